import type { UiStrings } from './en.js';

/** Nederlands */
const strings: UiStrings = {
  heading: 'Uw keuzes over uw gegevens',
  intro: {
    asker: '{{controller}} vraagt om uw toestemming.',
    contact: 'Contactgegevens: {{contact}}',
    withdraw:
      'U kunt uw toestemming op elk moment wijzigen of intrekken via “Privacykeuzes” op deze website, even gemakkelijk als u die geeft.',
    policy: 'Lees de volledige privacyverklaring',
    decide_one: 'Maak een keuze voor {{count}} doel. Niets wordt toegestaan voordat u daar zelf voor kiest.',
    decide_other:
      'Maak een keuze voor elk van deze {{count}} doelen. Niets wordt toegestaan voordat u daar zelf voor kiest.',
  },
  purpose: {
    necessary: 'Altijd aan',
    necessaryNote:
      'Nodig voor de dienst waarom u hebt gevraagd. Dit berust niet op uw toestemming, dus er is geen schakelaar.',
    separate: 'Vereist uw afzonderlijke toestemming',
    allow: 'Toestaan',
    dataCategories: 'Gebruikte gegevens',
    recipients: 'Gedeeld met',
    retention: 'Bewaard gedurende',
  },
  language: {
    notice: 'Deze tekst is niet beschikbaar in het {{wanted}}. Hij wordt getoond in het {{shown}}.',
    menu: 'Taal',
    changed: 'Het formulier wordt nu getoond in het {{language}}.',
  },
  recipients: {
    show: 'Wie deze gegevens ontvangt',
    contact: 'Contact',
  },
  glossary: {
    explain: 'Wat betekent “{{term}}”?',
  },
  preferences: {
    open: 'Privacykeuzes',
    heading: 'Uw privacykeuzes',
    current: 'Hieronder ziet u uw huidige keuzes. Zet een doel uit en sla op om uw toestemming in te trekken.',
    granted: 'Toegestaan',
    refused: 'Niet toegestaan',
    forget: 'Mijn keuzes vergeten',
  },
  reask: {
    intro: 'Er is iets veranderd sinds uw laatste beslissing, daarom vragen we het opnieuw:',
    policy: 'er is een nieuwe versie van de privacyverklaring',
    clause_one: 'de tekst van {{count}} doel waarvoor u toestemming gaf, is gewijzigd',
    clause_other: 'de tekst van {{count}} doelen waarvoor u toestemming gaf, is gewijzigd',
    added_one: 'er is {{count}} nieuw doel toegevoegd',
    added_other: 'er zijn {{count}} nieuwe doelen toegevoegd',
    expired_one: 'uw laatste beslissing is ouder dan {{count}} dag',
    expired_other: 'uw laatste beslissing is ouder dan {{count}} dagen',
    gpc: 'uw browser verstuurt nu een Global Privacy Control-signaal, dat verkoop of delen van uw gegevens weigert',
  },
  gpc: {
    note: 'Niet toegestaan omdat uw browser een Global Privacy Control-signaal verstuurt. U kunt het zelf nog steeds toestaan.',
  },
  receipt: {
    heading: 'Uw toestemmingsbewijzen',
    download: 'Mijn bewijzen downloaden (JSON)',
    none: 'Er zijn nog geen bewijzen.',
    decidedOn: 'Beslist op {{date}}',
    action: 'Actie',
    selfSigned:
      'Ondertekend door deze browser. Dit bewijst dat de registratie niet is gewijzigd, maar niet wie haar heeft gemaakt.',
    hostSigned: 'Ondertekend met de sleutel van de website.',
    verified: 'Handtekening geverifieerd',
    notVerified: 'Handtekening kon niet worden geverifieerd',
    textShown: 'Tekst getoond in het {{language}}',
    needsHttps: 'Voor bewijzen is een beveiligde pagina (HTTPS) nodig; uw keuzes gelden wel.',
  },
  placeholder: {
    blocked: 'Deze inhoud is geblokkeerd totdat u “{{purpose}}” toestaat.',
    allow: '“{{purpose}}” toestaan',
  },
  actions: {
    rejectAll: 'Alles weigeren',
    save: 'Mijn keuzes opslaan',
    acceptAll: 'Alles accepteren',
    group: 'Uw beslissing',
    withdraw: 'Intrekken',
    acceptAllExcludes_one:
      '“Alles accepteren” geldt niet voor {{purposes}}: daarvoor maakt u hierboven een aparte keuze.',
    acceptAllExcludes_other:
      '“Alles accepteren” geldt niet voor {{purposes}}: voor elk daarvan maakt u hierboven een aparte keuze.',
    close: 'Sluiten zonder te beslissen',
  },
  status: {
    saved: 'Uw keuzes zijn opgeslagen. U kunt ze op elk moment wijzigen.',
    loading: 'Toestemmingsformulier laden…',
  },
  errors: {
    invalidConfig:
      'Dit toestemmingsformulier kan niet worden getoond omdat het niet goed is ingesteld. Er is niets vastgelegd.',
    loadFailed: 'Dit toestemmingsformulier kon niet worden geladen. Er is niets vastgelegd.',
  },
};

export default strings;
