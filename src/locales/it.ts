import type { UiStrings } from './en.js';

/** Italiano */
const strings: UiStrings = {
  heading: 'Le sue scelte sui suoi dati',
  intro: {
    asker: '{{controller}} chiede il suo consenso.',
    contact: 'Contatto: {{contact}}',
    withdraw:
      'Può modificare o revocare il suo consenso in qualsiasi momento da «Scelte sulla privacy» su questo sito, con la stessa facilità con cui lo ha dato.',
    policy: 'Legga l’informativa sulla privacy completa',
    decide_one: 'Decida su {{count}} finalità. Nulla è consentito finché non lo sceglie lei.',
    decide_many: 'Decida su ciascuna di queste {{count}} finalità. Nulla è consentito finché non lo sceglie lei.',
    decide_other: 'Decida su ciascuna di queste {{count}} finalità. Nulla è consentito finché non lo sceglie lei.',
  },
  purpose: {
    necessary: 'Sempre attivo',
    necessaryNote:
      'Necessario per il servizio che ha richiesto. Non si basa sul suo consenso, quindi non c’è alcun interruttore.',
    separate: 'Richiede un suo consenso separato',
    allow: 'Consenti',
    dataCategories: 'Dati utilizzati',
    recipients: 'Condivisi con',
    retention: 'Conservati per',
  },
  language: {
    notice: 'Questo testo non è disponibile in {{wanted}}. Viene mostrato in {{shown}}.',
    menu: 'Lingua',
    changed: 'Il modulo è ora visualizzato in {{language}}.',
  },
  recipients: {
    show: 'Chi riceve questi dati',
    contact: 'Contatto',
  },
  glossary: {
    explain: 'Che cosa significa «{{term}}»?',
  },
  preferences: {
    open: 'Scelte sulla privacy',
    heading: 'Le sue scelte sulla privacy',
    current:
      'Qui sotto sono riportate le sue scelte attuali. Per revocare il consenso, disattivi una finalità e salvi.',
    granted: 'Consentito',
    refused: 'Non consentito',
    forget: 'Dimentica le mie scelte',
  },
  reask: {
    intro: 'Qualcosa è cambiato dalla sua ultima decisione, quindi glielo chiediamo di nuovo:',
    policy: 'l’informativa sulla privacy ha una nuova versione',
    clause_one: 'il testo di {{count}} finalità a cui ha acconsentito è cambiato',
    clause_many: 'il testo di {{count}} finalità a cui ha acconsentito è cambiato',
    clause_other: 'il testo di {{count}} finalità a cui ha acconsentito è cambiato',
    added_one: 'è stata aggiunta {{count}} nuova finalità',
    added_many: 'sono state aggiunte {{count}} nuove finalità',
    added_other: 'sono state aggiunte {{count}} nuove finalità',
    expired_one: 'la sua ultima decisione risale a più di {{count}} giorno fa',
    expired_many: 'la sua ultima decisione risale a più di {{count}} giorni fa',
    expired_other: 'la sua ultima decisione risale a più di {{count}} giorni fa',
    gpc: 'il suo browser ora invia un segnale Global Privacy Control, che rifiuta la vendita o la condivisione dei suoi dati',
  },
  gpc: {
    note: 'Non consentito perché il suo browser invia un segnale Global Privacy Control. Può comunque consentirlo di sua iniziativa.',
  },
  receipt: {
    heading: 'Le sue ricevute di consenso',
    download: 'Scarica le mie ricevute (JSON)',
    none: 'Non ci sono ancora ricevute.',
    decidedOn: 'Decisione del {{date}}',
    action: 'Azione',
    selfSigned:
      'Firmata da questo browser. Dimostra che la registrazione non è stata modificata, ma non chi l’ha effettuata.',
    hostSigned: 'Firmata con la chiave del sito.',
    verified: 'Firma verificata',
    notVerified: 'Impossibile verificare la firma',
    textShown: 'Testo mostrato in {{language}}',
    needsHttps: 'Le ricevute richiedono una pagina sicura (HTTPS); le sue scelte restano comunque valide.',
  },
  placeholder: {
    blocked: 'Questo contenuto è bloccato finché non consente «{{purpose}}».',
    allow: 'Consenti «{{purpose}}»',
  },
  actions: {
    rejectAll: 'Rifiuta tutto',
    save: 'Salva le mie scelte',
    acceptAll: 'Accetta tutto',
    group: 'La sua decisione',
    withdraw: 'Revoca',
    acceptAllExcludes_one: '«Accetta tutto» non include {{purposes}}: richiede una decisione a parte qui sopra.',
    acceptAllExcludes_many:
      '«Accetta tutto» non include {{purposes}}: ciascuna richiede una decisione a parte qui sopra.',
    acceptAllExcludes_other:
      '«Accetta tutto» non include {{purposes}}: ciascuna richiede una decisione a parte qui sopra.',
    close: 'Chiudi senza decidere',
  },
  status: {
    saved: 'Le sue scelte sono state salvate. Può modificarle in qualsiasi momento.',
    loading: 'Caricamento del modulo di consenso…',
  },
  errors: {
    invalidConfig:
      'Questo modulo di consenso non può essere visualizzato perché non è configurato correttamente. Non è stato registrato nulla.',
    loadFailed: 'Non è stato possibile caricare questo modulo di consenso. Non è stato registrato nulla.',
  },
};

export default strings;
