import type { UiStrings } from './en.js';

/** Dansk */
const strings: UiStrings = {
  heading: 'Dine valg om dine data',
  intro: {
    asker: '{{controller}} beder om dit samtykke.',
    contact: 'Kontakt: {{contact}}',
    withdraw:
      'Du kan til enhver tid ændre eller trække dit samtykke tilbage under »Privatlivsindstillinger« på dette websted – lige så nemt, som du gav det.',
    policy: 'Læs hele privatlivspolitikken',
    decide_one: 'Tag stilling til {{count}} formål. Intet er tilladt, før du selv vælger det.',
    decide_other: 'Tag stilling til hvert af disse {{count}} formål. Intet er tilladt, før du selv vælger det.',
  },
  purpose: {
    necessary: 'Altid slået til',
    necessaryNote:
      'Nødvendigt for den tjeneste, du har bedt om. Det bygger ikke på dit samtykke, så der er ingen til/fra-knap.',
    separate: 'Kræver dit særskilte samtykke',
    allow: 'Tillad',
    dataCategories: 'Anvendte data',
    recipients: 'Deles med',
    retention: 'Opbevares i',
  },
  language: {
    notice: 'Denne tekst findes ikke på {{wanted}}. Den vises på {{shown}}.',
    menu: 'Sprog',
    changed: 'Samtykkeformularen vises nu på {{language}}.',
  },
  recipients: {
    show: 'Hvem modtager disse data',
    contact: 'Kontakt',
  },
  glossary: {
    explain: 'Hvad betyder »{{term}}«?',
  },
  preferences: {
    open: 'Privatlivsindstillinger',
    heading: 'Dine privatlivsindstillinger',
    current: 'Dine nuværende valg vises nedenfor. Slå et formål fra, og gem for at trække dit samtykke tilbage.',
    granted: 'Tilladt',
    refused: 'Ikke tilladt',
    forget: 'Glem mine valg',
  },
  reask: {
    intro: 'Der er sket ændringer, siden du sidst tog stilling, så vi spørger igen:',
    policy: 'der er kommet en ny version af privatlivspolitikken',
    clause_one: 'teksten til {{count}} formål, som du har givet samtykke til, er ændret',
    clause_other: 'teksten til {{count}} formål, som du har givet samtykke til, er ændret',
    added_one: '{{count}} nyt formål er tilføjet',
    added_other: '{{count}} nye formål er tilføjet',
    expired_one: 'din seneste beslutning er mere end {{count}} dag gammel',
    expired_other: 'din seneste beslutning er mere end {{count}} dage gammel',
    gpc: 'din browser sender nu et Global Privacy Control-signal, som afviser salg eller deling af dine data',
  },
  gpc: {
    note: 'Ikke tilladt, fordi din browser sender et Global Privacy Control-signal. Du kan stadig selv tillade det.',
  },
  receipt: {
    heading: 'Dine samtykkekvitteringer',
    download: 'Download mine kvitteringer (JSON)',
    none: 'Der er endnu ingen kvitteringer.',
    decidedOn: 'Besluttet den {{date}}',
    action: 'Handling',
    selfSigned:
      'Signeret af denne browser. Det beviser, at registreringen ikke er ændret, men ikke hvem der lavede den.',
    hostSigned: 'Signeret med webstedets nøgle.',
    verified: 'Signaturen er bekræftet',
    notVerified: 'Signaturen kunne ikke bekræftes',
    textShown: 'Teksten blev vist på {{language}}',
    needsHttps: 'Kvitteringer kræver en sikker side (HTTPS). Dine valg gælder stadig.',
  },
  placeholder: {
    blocked: 'Dette indhold er blokeret, indtil du tillader »{{purpose}}«.',
    allow: 'Tillad »{{purpose}}«',
  },
  actions: {
    rejectAll: 'Afvis alle',
    save: 'Gem mine valg',
    acceptAll: 'Accepter alle',
    group: 'Din beslutning',
    withdraw: 'Træk tilbage',
    acceptAllExcludes_one: '»Accepter alle« omfatter ikke {{purposes}}: Det kræver sit eget valg ovenfor.',
    acceptAllExcludes_other: '»Accepter alle« omfatter ikke {{purposes}}: Hvert af dem kræver sit eget valg ovenfor.',
    close: 'Luk uden at tage stilling',
  },
  status: {
    saved: 'Dine valg er gemt. Du kan ændre dem når som helst.',
    loading: 'Indlæser samtykkeformularen…',
  },
  errors: {
    invalidConfig: 'Denne samtykkeformular kan ikke vises, fordi den er sat forkert op. Intet er blevet registreret.',
    loadFailed: 'Denne samtykkeformular kunne ikke indlæses. Intet er blevet registreret.',
  },
};

export default strings;
