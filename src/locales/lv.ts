import type { UiStrings } from './en.js';

/** Latviešu */
const strings: UiStrings = {
  heading: 'Izvēles par jūsu datiem',
  intro: {
    asker: '{{controller}} lūdz jūsu piekrišanu.',
    contact: 'Kontaktinformācija: {{contact}}',
    withdraw:
      'Jūs varat jebkurā laikā mainīt vai atsaukt savu piekrišanu šīs vietnes sadaļā „Privātuma iestatījumi” tikpat vienkārši, kā to devāt.',
    policy: 'Lasīt visu privātuma politiku',
    decide_zero: 'Pieņemiet lēmumu par katru no šiem {{count}} mērķiem. Nekas nav atļauts, kamēr jūs to neizvēlaties.',
    decide_one: 'Pieņemiet lēmumu par {{count}} mērķi. Nekas nav atļauts, kamēr jūs to neizvēlaties.',
    decide_other: 'Pieņemiet lēmumu par katru no šiem {{count}} mērķiem. Nekas nav atļauts, kamēr jūs to neizvēlaties.',
  },
  purpose: {
    necessary: 'Vienmēr ieslēgts',
    necessaryNote:
      'Nepieciešams jūsu pieprasītajam pakalpojumam. Tas nav balstīts uz jūsu piekrišanu, tāpēc slēdža nav.',
    separate: 'Nepieciešama jūsu atsevišķa piekrišana',
    allow: 'Atļaut',
    dataCategories: 'Izmantotie dati',
    recipients: 'Saņēmēji',
    retention: 'Glabāšanas laiks',
  },
  language: {
    notice: 'Šis teksts nav pieejams {{wanted}} valodā. Tas tiek rādīts {{shown}} valodā.',
    menu: 'Valoda',
    changed: 'Forma tagad tiek rādīta {{language}} valodā.',
  },
  recipients: {
    show: 'Kas saņem šos datus',
    contact: 'Kontaktinformācija',
  },
  glossary: {
    explain: 'Ko nozīmē „{{term}}”?',
  },
  preferences: {
    open: 'Privātuma iestatījumi',
    heading: 'Jūsu privātuma iestatījumi',
    current: 'Tālāk redzamas jūsu pašreizējās izvēles. Lai atsauktu piekrišanu, izslēdziet mērķi un saglabājiet.',
    granted: 'Atļauts',
    refused: 'Nav atļauts',
    forget: 'Aizmirst manas izvēles',
  },
  reask: {
    intro: 'Kopš jūsu pēdējā lēmuma kaut kas ir mainījies, tāpēc jautājam vēlreiz:',
    policy: 'ir jauna privātuma politikas versija',
    clause_zero: 'ir mainīts teksts {{count}} mērķiem, kuriem piekritāt',
    clause_one: 'ir mainīts teksts {{count}} mērķim, kuram piekritāt',
    clause_other: 'ir mainīts teksts {{count}} mērķiem, kuriem piekritāt',
    added_zero: 'pievienoti {{count}} jauni mērķi',
    added_one: 'pievienots {{count}} jauns mērķis',
    added_other: 'pievienoti {{count}} jauni mērķi',
    expired_zero: 'jūsu pēdējais lēmums ir vecāks par {{count}} dienām',
    expired_one: 'jūsu pēdējais lēmums ir vecāks par {{count}} dienu',
    expired_other: 'jūsu pēdējais lēmums ir vecāks par {{count}} dienām',
    gpc: 'jūsu pārlūks tagad sūta Global Privacy Control signālu, kas atsaka jūsu datu pārdošanu vai kopīgošanu',
  },
  gpc: {
    note: 'Nav atļauts, jo jūsu pārlūks sūta Global Privacy Control signālu. Tomēr jūs to joprojām varat atļaut.',
  },
  receipt: {
    heading: 'Jūsu piekrišanas apliecinājumi',
    download: 'Lejupielādēt manus apliecinājumus (JSON)',
    none: 'Apliecinājumu vēl nav.',
    decidedOn: 'Lēmuma datums: {{date}}',
    action: 'Darbība',
    selfSigned: 'Parakstīts šajā pārlūkā. Tas pierāda, ka ieraksts nav mainīts, bet ne to, kas to izveidoja.',
    hostSigned: 'Parakstīts ar vietnes atslēgu.',
    verified: 'Paraksts pārbaudīts',
    notVerified: 'Parakstu neizdevās pārbaudīt',
    textShown: 'Teksts rādīts {{language}} valodā',
    needsHttps: 'Apliecinājumiem nepieciešama droša (HTTPS) lapa; jūsu izvēles joprojām ir spēkā.',
  },
  placeholder: {
    blocked: 'Šis saturs ir bloķēts, līdz jūs atļausiet „{{purpose}}”.',
    allow: 'Atļaut „{{purpose}}”',
  },
  actions: {
    rejectAll: 'Noraidīt visu',
    save: 'Saglabāt manas izvēles',
    acceptAll: 'Pieņemt visu',
    group: 'Jūsu lēmums',
    withdraw: 'Atsaukt',
    acceptAllExcludes_zero:
      '„Pieņemt visu” neietver: {{purposes}}. Par katru no šiem mērķiem jāizlemj atsevišķi augstāk.',
    acceptAllExcludes_one: '„Pieņemt visu” neietver: {{purposes}}. Par šo mērķi jāizlemj atsevišķi augstāk.',
    acceptAllExcludes_other:
      '„Pieņemt visu” neietver: {{purposes}}. Par katru no šiem mērķiem jāizlemj atsevišķi augstāk.',
    close: 'Aizvērt, neizlemjot',
  },
  status: {
    saved: 'Jūsu izvēles ir saglabātas. Jūs tās varat mainīt jebkurā laikā.',
    loading: 'Ielādē piekrišanas formu…',
  },
  errors: {
    invalidConfig: 'Šo piekrišanas formu nevar parādīt, jo tā ir nepareizi iestatīta. Nekas nav reģistrēts.',
    loadFailed: 'Šo piekrišanas formu neizdevās ielādēt. Nekas nav reģistrēts.',
  },
};

export default strings;
