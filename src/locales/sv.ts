import type { UiStrings } from './en.js';

/** Svenska */
const strings: UiStrings = {
  heading: 'Dina val om dina personuppgifter',
  intro: {
    asker: '{{controller}} ber om ditt samtycke.',
    contact: 'Kontakt: {{contact}}',
    withdraw:
      'Du kan när som helst ändra eller återkalla ditt samtycke under ”Integritetsval” på den här webbplatsen, lika enkelt som du ger det.',
    policy: 'Läs hela integritetspolicyn',
    decide_one: 'Ta ställning till {{count}} ändamål. Ingenting tillåts förrän du själv väljer det.',
    decide_other:
      'Ta ställning till vart och ett av dessa {{count}} ändamål. Ingenting tillåts förrän du själv väljer det.',
  },
  purpose: {
    necessary: 'Alltid på',
    necessaryNote:
      'Behövs för tjänsten som du har bett om. Det bygger inte på ditt samtycke, så det finns inget reglage.',
    separate: 'Kräver ditt separata samtycke',
    allow: 'Tillåt',
    dataCategories: 'Uppgifter som används',
    recipients: 'Delas med',
    retention: 'Sparas i',
  },
  language: {
    notice: 'Den här texten finns inte på {{wanted}}. Den visas på {{shown}}.',
    menu: 'Språk',
    changed: 'Formuläret visas nu på {{language}}.',
  },
  recipients: {
    show: 'Vem som tar emot uppgifterna',
    contact: 'Kontakt',
  },
  glossary: {
    explain: 'Vad betyder ”{{term}}”?',
  },
  preferences: {
    open: 'Integritetsval',
    heading: 'Dina integritetsval',
    current: 'Dina nuvarande val visas nedan. Stäng av ett ändamål och spara för att återkalla ditt samtycke.',
    granted: 'Tillåtet',
    refused: 'Inte tillåtet',
    forget: 'Glöm mina val',
  },
  reask: {
    intro: 'Något har ändrats sedan du senast bestämde dig, så vi frågar igen:',
    policy: 'det finns en ny version av integritetspolicyn',
    clause_one: 'texten för {{count}} ändamål som du godkände har ändrats',
    clause_other: 'texten för {{count}} ändamål som du godkände har ändrats',
    added_one: '{{count}} nytt ändamål har lagts till',
    added_other: '{{count}} nya ändamål har lagts till',
    expired_one: 'ditt senaste beslut är äldre än {{count}} dag',
    expired_other: 'ditt senaste beslut är äldre än {{count}} dagar',
    gpc: 'din webbläsare skickar nu en Global Privacy Control-signal, som avböjer försäljning eller delning av dina uppgifter',
  },
  gpc: {
    note: 'Inte tillåtet eftersom din webbläsare skickar en Global Privacy Control-signal. Du kan fortfarande tillåta det själv.',
  },
  receipt: {
    heading: 'Dina samtyckeskvitton',
    download: 'Ladda ned mina kvitton (JSON)',
    none: 'Det finns inga kvitton ännu.',
    decidedOn: 'Beslutat {{date}}',
    action: 'Åtgärd',
    selfSigned:
      'Signerat av den här webbläsaren. Det bevisar att posten inte har ändrats, men inte vem som skapade den.',
    hostSigned: 'Signerat med webbplatsens nyckel.',
    verified: 'Signaturen har verifierats',
    notVerified: 'Signaturen kunde inte verifieras',
    textShown: 'Texten visades på {{language}}',
    needsHttps: 'Kvitton kräver en säker sida (HTTPS); dina val gäller ändå.',
  },
  placeholder: {
    blocked: 'Det här innehållet är blockerat tills du tillåter ”{{purpose}}”.',
    allow: 'Tillåt ”{{purpose}}”',
  },
  actions: {
    rejectAll: 'Avvisa alla',
    save: 'Spara mina val',
    acceptAll: 'Godkänn alla',
    group: 'Ditt beslut',
    withdraw: 'Återkalla',
    acceptAllExcludes_one: '”Godkänn alla” omfattar inte {{purposes}}: det kräver ett eget val ovan.',
    acceptAllExcludes_other: '”Godkänn alla” omfattar inte {{purposes}}: vart och ett kräver ett eget val ovan.',
    close: 'Stäng utan att bestämma',
  },
  status: {
    saved: 'Dina val har sparats. Du kan ändra dem när som helst.',
    loading: 'Samtyckesformuläret läses in…',
  },
  errors: {
    invalidConfig: 'Samtyckesformuläret kan inte visas eftersom det är felaktigt inställt. Ingenting har registrerats.',
    loadFailed: 'Samtyckesformuläret kunde inte läsas in. Ingenting har registrerats.',
  },
};

export default strings;
