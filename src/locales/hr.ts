import type { UiStrings } from './en.js';

/** Hrvatski */
const strings: UiStrings = {
  heading: 'Vaše odluke o vašim podacima',
  intro: {
    asker: '{{controller}} traži vašu privolu.',
    contact: 'Kontakt: {{contact}}',
    withdraw:
      'Privolu možete u bilo kojem trenutku promijeniti ili povući u izborniku „Postavke privatnosti” na ovoj stranici, jednako jednostavno kao što ste je dali.',
    policy: 'Pročitajte cijelu politiku privatnosti',
    decide_one: 'Odlučite o {{count}} svrsi. Ništa nije dopušteno dok to sami ne odaberete.',
    decide_few: 'Odlučite o svakoj od ove {{count}} svrhe. Ništa nije dopušteno dok to sami ne odaberete.',
    decide_other: 'Odlučite o svakoj od ovih {{count}} svrha. Ništa nije dopušteno dok to sami ne odaberete.',
  },
  purpose: {
    necessary: 'Uvijek uključeno',
    necessaryNote: 'Potrebno za uslugu koju ste zatražili. Ne temelji se na vašoj privoli, stoga nema prekidača.',
    separate: 'Potrebna je vaša zasebna privola',
    allow: 'Dopusti',
    dataCategories: 'Korišteni podaci',
    recipients: 'Dijeli se s',
    retention: 'Razdoblje čuvanja',
  },
  language: {
    notice: 'Ovaj tekst nije dostupan na jeziku koji ste zatražili ({{wanted}}). Prikazan je na jeziku: {{shown}}.',
    menu: 'Jezik',
    changed: 'Obrazac je sada prikazan na jeziku: {{language}}.',
  },
  recipients: {
    show: 'Tko prima ove podatke',
    contact: 'Kontakt',
  },
  glossary: {
    explain: 'Što znači „{{term}}”?',
  },
  preferences: {
    open: 'Postavke privatnosti',
    heading: 'Vaše postavke privatnosti',
    current:
      'U nastavku su prikazani vaši trenutačni izbori. Da biste povukli privolu, isključite svrhu i spremite promjene.',
    granted: 'Dopušteno',
    refused: 'Nije dopušteno',
    forget: 'Zaboravi moje izbore',
  },
  reask: {
    intro: 'Nešto se promijenilo od vaše posljednje odluke pa vas ponovno pitamo:',
    policy: 'objavljena je nova verzija politike privatnosti',
    clause_one: 'promijenjen je tekst za {{count}} svrhu na koju ste pristali',
    clause_few: 'promijenjen je tekst za {{count}} svrhe na koje ste pristali',
    clause_other: 'promijenjen je tekst za {{count}} svrha na koje ste pristali',
    added_one: 'dodana je {{count}} nova svrha',
    added_few: 'dodane su {{count}} nove svrhe',
    added_other: 'dodano je {{count}} novih svrha',
    expired_one: 'vaša je posljednja odluka starija od {{count}} dana',
    expired_few: 'vaša je posljednja odluka starija od {{count}} dana',
    expired_other: 'vaša je posljednja odluka starija od {{count}} dana',
    gpc: 'vaš preglednik sada šalje signal Global Privacy Control, koji odbija prodaju ili dijeljenje vaših podataka',
  },
  gpc: {
    note: 'Nije dopušteno jer vaš preglednik šalje signal Global Privacy Control. I dalje to možete sami dopustiti.',
  },
  receipt: {
    heading: 'Vaše potvrde o privoli',
    download: 'Preuzmi moje potvrde (JSON)',
    none: 'Još nema potvrda.',
    decidedOn: 'Odluka donesena {{date}}',
    action: 'Radnja',
    selfSigned: 'Potpisao ovaj preglednik. To dokazuje da zapis nije mijenjan, ali ne i tko ga je izradio.',
    hostSigned: 'Potpisano ključem ove stranice.',
    verified: 'Potpis je provjeren',
    notVerified: 'Potpis nije bilo moguće provjeriti',
    textShown: 'Jezik prikazanog teksta: {{language}}',
    needsHttps: 'Za potvrde je potrebna sigurna stranica (HTTPS); vaši izbori svejedno vrijede.',
  },
  placeholder: {
    blocked: 'Ovaj je sadržaj blokiran dok ne dopustite „{{purpose}}”.',
    allow: 'Dopusti „{{purpose}}”',
  },
  actions: {
    rejectAll: 'Odbij sve',
    save: 'Spremi moje izbore',
    acceptAll: 'Prihvati sve',
    group: 'Vaša odluka',
    withdraw: 'Povuci',
    acceptAllExcludes_one: '„Prihvati sve” ne uključuje {{purposes}}: za to je potreban zaseban odabir iznad.',
    acceptAllExcludes_few:
      '„Prihvati sve” ne uključuje {{purposes}}: za svaku od njih potreban je zaseban odabir iznad.',
    acceptAllExcludes_other:
      '„Prihvati sve” ne uključuje {{purposes}}: za svaku od njih potreban je zaseban odabir iznad.',
    close: 'Zatvori bez odluke',
  },
  status: {
    saved: 'Vaši su izbori spremljeni. Možete ih promijeniti u bilo kojem trenutku.',
    loading: 'Učitavanje obrasca za privolu…',
  },
  errors: {
    invalidConfig: 'Ovaj se obrazac za privolu ne može prikazati jer nije ispravno postavljen. Ništa nije zabilježeno.',
    loadFailed: 'Ovaj obrazac za privolu nije bilo moguće učitati. Ništa nije zabilježeno.',
  },
};

export default strings;
