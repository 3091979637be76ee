import type { UiStrings } from './en.js';

/** Română */
const strings: UiStrings = {
  heading: 'Opțiunile dumneavoastră privind datele personale',
  intro: {
    asker: '{{controller}} vă solicită consimțământul.',
    contact: 'Date de contact: {{contact}}',
    withdraw:
      'Vă puteți modifica sau retrage consimțământul în orice moment din „Opțiuni de confidențialitate” de pe acest site, la fel de ușor cum l-ați acordat.',
    policy: 'Citiți politica de confidențialitate completă',
    decide_one: 'Luați o decizie privind {{count}} scop. Nimic nu este permis fără alegerea dumneavoastră.',
    decide_few:
      'Luați o decizie privind fiecare dintre aceste {{count}} scopuri. Nimic nu este permis fără alegerea dumneavoastră.',
    decide_other:
      'Luați o decizie privind fiecare dintre aceste {{count}} de scopuri. Nimic nu este permis fără alegerea dumneavoastră.',
  },
  purpose: {
    necessary: 'Mereu activ',
    necessaryNote:
      'Necesar pentru serviciul pe care l-ați solicitat. Nu se bazează pe consimțământul dumneavoastră, așa că nu există un comutator.',
    separate: 'Necesită consimțământul dumneavoastră separat',
    allow: 'Permiteți',
    dataCategories: 'Date utilizate',
    recipients: 'Partajate cu',
    retention: 'Păstrate timp de',
  },
  language: {
    notice: 'Acest text nu este disponibil în limba {{wanted}}. Este afișat în limba {{shown}}.',
    menu: 'Limbă',
    changed: 'Formularul este afișat acum în limba {{language}}.',
  },
  recipients: {
    show: 'Cine primește aceste date',
    contact: 'Contact',
  },
  glossary: {
    explain: 'Ce înseamnă „{{term}}”?',
  },
  preferences: {
    open: 'Opțiuni de confidențialitate',
    heading: 'Opțiunile dumneavoastră de confidențialitate',
    current:
      'Mai jos sunt afișate opțiunile dumneavoastră actuale. Pentru a vă retrage consimțământul, dezactivați un scop și salvați.',
    granted: 'Permis',
    refused: 'Nepermis',
    forget: 'Ștergeți opțiunile mele',
  },
  reask: {
    intro: 'Ceva s-a schimbat de la ultima dumneavoastră decizie, așa că vă întrebăm din nou:',
    policy: 'politica de confidențialitate are o versiune nouă',
    clause_one: 's-a modificat textul pentru {{count}} scop la care ați consimțit',
    clause_few: 's-a modificat textul pentru {{count}} scopuri la care ați consimțit',
    clause_other: 's-a modificat textul pentru {{count}} de scopuri la care ați consimțit',
    added_one: 'a fost adăugat {{count}} scop nou',
    added_few: 'au fost adăugate {{count}} scopuri noi',
    added_other: 'au fost adăugate {{count}} de scopuri noi',
    expired_one: 'ultima dumneavoastră decizie este mai veche de {{count}} zi',
    expired_few: 'ultima dumneavoastră decizie este mai veche de {{count}} zile',
    expired_other: 'ultima dumneavoastră decizie este mai veche de {{count}} de zile',
    gpc: 'browserul dumneavoastră trimite acum un semnal Global Privacy Control, care refuză vânzarea sau partajarea datelor dumneavoastră',
  },
  gpc: {
    note: 'Nepermis, deoarece browserul dumneavoastră trimite un semnal Global Privacy Control. Îl puteți permite totuși, dacă doriți.',
  },
  receipt: {
    heading: 'Dovezile consimțământului dumneavoastră',
    download: 'Descărcați dovezile mele (JSON)',
    none: 'Nu există încă dovezi.',
    decidedOn: 'Data deciziei: {{date}}',
    action: 'Acțiune',
    selfSigned: 'Semnată de acest browser. Dovedește că înregistrarea nu a fost modificată, dar nu și cine a făcut-o.',
    hostSigned: 'Semnată cu cheia site-ului.',
    verified: 'Semnătură verificată',
    notVerified: 'Semnătura nu a putut fi verificată',
    textShown: 'Text afișat în limba {{language}}',
    needsHttps: 'Dovezile necesită o pagină securizată (HTTPS); opțiunile dumneavoastră rămân valabile.',
  },
  placeholder: {
    blocked: 'Acest conținut este blocat până când permiteți „{{purpose}}”.',
    allow: 'Permiteți „{{purpose}}”',
  },
  actions: {
    rejectAll: 'Respingeți tot',
    save: 'Salvați opțiunile mele',
    acceptAll: 'Acceptați tot',
    group: 'Decizia dumneavoastră',
    withdraw: 'Retrageți',
    acceptAllExcludes_one: '„Acceptați tot” nu include {{purposes}}: necesită o alegere separată mai sus.',
    acceptAllExcludes_few: '„Acceptați tot” nu include {{purposes}}: fiecare necesită o alegere separată mai sus.',
    acceptAllExcludes_other: '„Acceptați tot” nu include {{purposes}}: fiecare necesită o alegere separată mai sus.',
    close: 'Închideți fără a decide',
  },
  status: {
    saved: 'Opțiunile dumneavoastră au fost salvate. Le puteți modifica în orice moment.',
    loading: 'Se încarcă formularul de consimțământ…',
  },
  errors: {
    invalidConfig:
      'Acest formular de consimțământ nu poate fi afișat deoarece nu este configurat corect. Nu s-a înregistrat nimic.',
    loadFailed: 'Acest formular de consimțământ nu a putut fi încărcat. Nu s-a înregistrat nimic.',
  },
};

export default strings;
