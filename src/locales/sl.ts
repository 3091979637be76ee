import type { UiStrings } from './en.js';

/** Slovenščina */
const strings: UiStrings = {
  heading: 'Odločitve o vaših podatkih',
  intro: {
    asker: '{{controller}} prosi za vašo privolitev.',
    contact: 'Kontakt: {{contact}}',
    withdraw:
      'Privolitev lahko kadar koli spremenite ali prekličete v razdelku „Nastavitve zasebnosti“ na tem spletnem mestu, in to enako preprosto, kot ste jo dali.',
    policy: 'Preberite celotno politiko zasebnosti',
    decide_one: 'Odločite se o {{count}} namenu. Nič ni dovoljeno, dokler tega sami ne izberete.',
    decide_two: 'Odločite se o vsakem od teh {{count}} namenov. Nič ni dovoljeno, dokler tega sami ne izberete.',
    decide_few: 'Odločite se o vsakem od teh {{count}} namenov. Nič ni dovoljeno, dokler tega sami ne izberete.',
    decide_other: 'Odločite se o vsakem od teh {{count}} namenov. Nič ni dovoljeno, dokler tega sami ne izberete.',
  },
  purpose: {
    necessary: 'Vedno vklopljeno',
    necessaryNote: 'Potrebno za storitev, ki ste jo zahtevali. Ne temelji na vaši privolitvi, zato stikala ni.',
    separate: 'Zahteva vašo ločeno privolitev',
    allow: 'Dovoli',
    dataCategories: 'Uporabljeni podatki',
    recipients: 'Prejemniki',
    retention: 'Čas hrambe',
  },
  language: {
    notice: 'To besedilo ni na voljo v želenem jeziku ({{wanted}}). Prikazano je v jeziku: {{shown}}.',
    menu: 'Jezik',
    changed: 'Obrazec je zdaj prikazan v jeziku: {{language}}.',
  },
  recipients: {
    show: 'Kdo prejme te podatke',
    contact: 'Kontakt',
  },
  glossary: {
    explain: 'Kaj pomeni „{{term}}“?',
  },
  preferences: {
    open: 'Nastavitve zasebnosti',
    heading: 'Vaše nastavitve zasebnosti',
    current: 'Spodaj so prikazane vaše trenutne izbire. Če želite preklicati privolitev, izklopite namen in shranite.',
    granted: 'Dovoljeno',
    refused: 'Ni dovoljeno',
    forget: 'Izbriši moje izbire',
  },
  reask: {
    intro: 'Od vaše zadnje odločitve se je nekaj spremenilo, zato vas znova sprašujemo:',
    policy: 'na voljo je nova različica politike zasebnosti',
    clause_one: 'spremenilo se je besedilo {{count}} namena, s katerim ste se strinjali',
    clause_two: 'spremenilo se je besedilo {{count}} namenov, s katerima ste se strinjali',
    clause_few: 'spremenilo se je besedilo {{count}} namenov, s katerimi ste se strinjali',
    clause_other: 'spremenilo se je besedilo {{count}} namenov, s katerimi ste se strinjali',
    added_one: 'dodan je bil {{count}} nov namen',
    added_two: 'dodana sta bila {{count}} nova namena',
    added_few: 'dodani so bili {{count}} novi nameni',
    added_other: 'dodanih je bilo {{count}} novih namenov',
    expired_one: 'vaša zadnja odločitev je starejša od {{count}} dneva',
    expired_two: 'vaša zadnja odločitev je starejša od {{count}} dni',
    expired_few: 'vaša zadnja odločitev je starejša od {{count}} dni',
    expired_other: 'vaša zadnja odločitev je starejša od {{count}} dni',
    gpc: 'vaš brskalnik zdaj pošilja signal Global Privacy Control, ki zavrača prodajo ali deljenje vaših podatkov',
  },
  gpc: {
    note: 'Ni dovoljeno, ker vaš brskalnik pošilja signal Global Privacy Control. Kljub temu lahko to sami dovolite.',
  },
  receipt: {
    heading: 'Vaša potrdila o privolitvi',
    download: 'Prenesi moja potrdila (JSON)',
    none: 'Potrdil še ni.',
    decidedOn: 'Datum odločitve: {{date}}',
    action: 'Dejanje',
    selfSigned: 'Podpisano s tem brskalnikom. Dokazuje, da zapis ni bil spremenjen, ne pa tudi, kdo ga je ustvaril.',
    hostSigned: 'Podpisano s ključem spletnega mesta.',
    verified: 'Podpis je preverjen',
    notVerified: 'Podpisa ni bilo mogoče preveriti',
    textShown: 'Jezik prikazanega besedila: {{language}}',
    needsHttps: 'Za potrdila je potrebna varna stran (HTTPS); vaše izbire kljub temu veljajo.',
  },
  placeholder: {
    blocked: 'Ta vsebina je blokirana, dokler ne dovolite „{{purpose}}“.',
    allow: 'Dovoli „{{purpose}}“',
  },
  actions: {
    rejectAll: 'Zavrni vse',
    save: 'Shrani moje izbire',
    acceptAll: 'Sprejmi vse',
    group: 'Vaša odločitev',
    withdraw: 'Prekliči',
    acceptAllExcludes_one: '„Sprejmi vse“ ne vključuje: {{purposes}}. O tem namenu se odločite posebej zgoraj.',
    acceptAllExcludes_two:
      '„Sprejmi vse“ ne vključuje: {{purposes}}. O vsakem od teh namenov se odločite posebej zgoraj.',
    acceptAllExcludes_few:
      '„Sprejmi vse“ ne vključuje: {{purposes}}. O vsakem od teh namenov se odločite posebej zgoraj.',
    acceptAllExcludes_other:
      '„Sprejmi vse“ ne vključuje: {{purposes}}. O vsakem od teh namenov se odločite posebej zgoraj.',
    close: 'Zapri brez odločitve',
  },
  status: {
    saved: 'Vaše izbire so shranjene. Kadar koli jih lahko spremenite.',
    loading: 'Nalaganje obrazca za privolitev …',
  },
  errors: {
    invalidConfig:
      'Tega obrazca za privolitev ni mogoče prikazati, ker ni pravilno nastavljen. Nič ni bilo zabeleženo.',
    loadFailed: 'Obrazca za privolitev ni bilo mogoče naložiti. Nič ni bilo zabeleženo.',
  },
};

export default strings;
