import type { UiStrings } from './en.js';

/** Eesti */
const strings: UiStrings = {
  heading: 'Teie valikud teie andmete kohta',
  intro: {
    asker: '{{controller}} palub teie nõusolekut.',
    contact: 'Kontakt: {{contact}}',
    withdraw:
      'Saate oma nõusolekut igal ajal muuta või selle tagasi võtta selle veebisaidi jaotises „Privaatsusseaded“ – sama lihtsalt, kui selle andsite.',
    policy: 'Lugege kogu privaatsuspoliitikat',
    decide_one: 'Tehke otsus {{count}} eesmärgi kohta. Midagi ei lubata enne, kui te selle ise valite.',
    decide_other:
      'Tehke eraldi otsus kõigi nende {{count}} eesmärgi kohta. Midagi ei lubata enne, kui te selle ise valite.',
  },
  purpose: {
    necessary: 'Alati sees',
    necessaryNote: 'Vajalik teie soovitud teenuse jaoks. See ei põhine teie nõusolekul, seega puudub lüliti.',
    separate: 'Vajab teie eraldi nõusolekut',
    allow: 'Luba',
    dataCategories: 'Kasutatavad andmed',
    recipients: 'Andmete saajad',
    retention: 'Säilitamise aeg',
  },
  language: {
    notice: 'See tekst ei ole {{wanted}} keeles saadaval. See kuvatakse {{shown}} keeles.',
    menu: 'Keel',
    changed: 'Nõusolekuvorm kuvatakse nüüd {{language}} keeles.',
  },
  recipients: {
    show: 'Kes neid andmeid saavad',
    contact: 'Kontakt',
  },
  glossary: {
    explain: 'Mida tähendab „{{term}}“?',
  },
  preferences: {
    open: 'Privaatsusseaded',
    heading: 'Teie privaatsusseaded',
    current:
      'Allpool on näha teie praegused valikud. Nõusoleku tagasivõtmiseks lülitage eesmärk välja ja salvestage muudatus.',
    granted: 'Lubatud',
    refused: 'Pole lubatud',
    forget: 'Unusta minu valikud',
  },
  reask: {
    intro: 'Pärast teie viimast otsust on midagi muutunud, seega küsime uuesti:',
    policy: 'privaatsuspoliitikast on uus versioon',
    clause_one: 'muutunud on {{count}} sellise eesmärgi tekst, millega nõustusite',
    clause_other: 'muutunud on {{count}} sellise eesmärgi tekst, millega nõustusite',
    added_one: 'lisatud on {{count}} uus eesmärk',
    added_other: 'lisatud on {{count}} uut eesmärki',
    expired_one: 'teie viimane otsus on vanem kui {{count}} päev',
    expired_other: 'teie viimane otsus on vanem kui {{count}} päeva',
    gpc: 'teie brauser saadab nüüd signaali Global Privacy Control, mis keelab teie andmete müümise või jagamise',
  },
  gpc: {
    note: 'Pole lubatud, sest teie brauser saadab signaali Global Privacy Control. Saate selle siiski ise lubada.',
  },
  receipt: {
    heading: 'Teie nõusolekukviitungid',
    download: 'Laadi minu kviitungid alla (JSON)',
    none: 'Kviitungeid veel ei ole.',
    decidedOn: 'Otsustatud {{date}}',
    action: 'Toiming',
    selfSigned:
      'Selle brauseri allkirjastatud. See tõendab, et kirjet ei ole muudetud, kuid mitte seda, kes selle tegi.',
    hostSigned: 'Allkirjastatud veebisaidi võtmega.',
    verified: 'Allkiri on kontrollitud',
    notVerified: 'Allkirja ei õnnestunud kontrollida',
    textShown: 'Tekst kuvati {{language}} keeles',
    needsHttps: 'Kviitungite jaoks on vaja turvalist (HTTPS) lehte; teie valikud kehtivad siiski.',
  },
  placeholder: {
    blocked: 'See sisu on blokeeritud, kuni lubate eesmärgi „{{purpose}}“.',
    allow: 'Luba „{{purpose}}“',
  },
  actions: {
    rejectAll: 'Keeldu kõigist',
    save: 'Salvesta minu valikud',
    acceptAll: 'Nõustu kõigiga',
    group: 'Teie otsus',
    withdraw: 'Võta tagasi',
    acceptAllExcludes_one:
      '„Nõustu kõigiga“ ei hõlma eesmärki {{purposes}}: selle kohta tuleb eespool teha eraldi valik.',
    acceptAllExcludes_other:
      '„Nõustu kõigiga“ ei hõlma eesmärke {{purposes}}: igaühe kohta tuleb eespool teha eraldi valik.',
    close: 'Sulge otsustamata',
  },
  status: {
    saved: 'Teie valikud on salvestatud. Saate neid igal ajal muuta.',
    loading: 'Nõusolekuvormi laaditakse…',
  },
  errors: {
    invalidConfig: 'Seda nõusolekuvormi ei saa kuvada, sest see on valesti seadistatud. Midagi ei ole salvestatud.',
    loadFailed: 'Nõusolekuvormi ei õnnestunud laadida. Midagi ei ole salvestatud.',
  },
};

export default strings;
