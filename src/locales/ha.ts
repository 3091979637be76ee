import type { UiStrings } from './en.js';

/** Hausa */
const strings: UiStrings = {
  heading: 'Zaɓuɓɓukanku game da bayananku',
  intro: {
    asker: '{{controller}} yana neman izininku.',
    contact: 'Tuntuɓa: {{contact}}',
    withdraw:
      'Kuna iya canza ko janye izininku a kowane lokaci daga “Zaɓuɓɓukan sirri” a wannan shafin, cikin sauƙi kamar yadda kuka ba da shi.',
    policy: 'Karanta cikakkiyar manufar sirri',
    decide_one: 'Ku yanke shawara kan maƙasudi {{count}}. Ba a yarda da komai ba sai kun zaɓa.',
    decide_other:
      'Ku yanke shawara kan kowanne daga cikin waɗannan maƙasudai {{count}}. Ba a yarda da komai ba sai kun zaɓa.',
  },
  purpose: {
    necessary: 'Kullum a kunne',
    necessaryNote:
      'Ana buƙatar sa don sabis ɗin da kuka nema. Bai dogara da izininku ba, don haka babu maɓallin kunnawa ko kashewa.',
    separate: 'Yana buƙatar izininku na daban',
    allow: 'Ba da izini',
    dataCategories: 'Bayanan da ake amfani da su',
    recipients: 'Ana raba su da',
    retention: 'Tsawon lokacin ajiya',
  },
  language: {
    notice: 'Babu wannan rubutun da {{wanted}}, don haka an nuna shi da {{shown}}.',
    menu: 'Harshe',
    changed: 'Yanzu ana nuna buƙatar izinin da {{language}}.',
  },
  recipients: {
    show: 'Su wa ke karɓar waɗannan bayanan',
    contact: 'Tuntuɓa',
  },
  glossary: {
    explain: 'Mene ne ma’anar “{{term}}”?',
  },
  preferences: {
    open: 'Zaɓuɓɓukan sirri',
    heading: 'Zaɓuɓɓukanku na sirri',
    current: 'Ga zaɓuɓɓukanku na yanzu a ƙasa. Don janye izininku, ku kashe maƙasudin sannan ku adana.',
    granted: 'An yarda',
    refused: 'Ba a yarda ba',
    forget: 'Manta da zaɓuɓɓukana',
  },
  reask: {
    intro: 'Wani abu ya canza tun lokacin da kuka yanke shawara ta ƙarshe, don haka muna sake tambaya:',
    policy: 'akwai sabon sigar manufar sirri',
    clause_one: 'rubutun maƙasudi {{count}} da kuka amince da shi ya canza',
    clause_other: 'rubutun maƙasudai {{count}} da kuka amince da su ya canza',
    added_one: 'an ƙara sabon maƙasudi {{count}}',
    added_other: 'an ƙara sababbin maƙasudai {{count}}',
    expired_one: 'shawararku ta ƙarshe ta wuce kwana {{count}}',
    expired_other: 'shawararku ta ƙarshe ta wuce kwanaki {{count}}',
    gpc: 'burauzarku yanzu tana aika siginar Global Privacy Control, wadda ta ƙi sayarwa ko raba bayananku',
  },
  gpc: {
    note: 'Ba a yarda ba saboda burauzarku tana aika siginar Global Privacy Control. Har yanzu kuna iya ba da izini da kanku.',
  },
  receipt: {
    heading: 'Rasitocin izininku',
    download: 'Sauke rasitocina (JSON)',
    none: 'Babu rasiti tukuna.',
    decidedOn: 'An yanke shawara a {{date}}',
    action: 'Mataki',
    selfSigned:
      'Wannan burauzar ce ta sa hannu. Hakan yana tabbatar da cewa ba a canza rikodin ba, amma ba ya nuna wanda ya yi shi.',
    hostSigned: 'An sa hannu da maɓallin shafin.',
    verified: 'An tabbatar da sa hannun',
    notVerified: 'Ba a iya tabbatar da sa hannun ba',
    textShown: 'An nuna rubutun da {{language}}',
    needsHttps: 'Rasitoci suna buƙatar shafi mai tsaro (HTTPS); zaɓuɓɓukanku suna nan suna aiki.',
  },
  placeholder: {
    blocked: 'An toshe wannan abun ciki har sai kun ba da izini ga “{{purpose}}”.',
    allow: 'Ba da izini ga “{{purpose}}”',
  },
  actions: {
    rejectAll: 'Ƙi duka',
    save: 'Adana zaɓuɓɓukana',
    acceptAll: 'Amince da duka',
    group: 'Shawararku',
    withdraw: 'Janye',
    acceptAllExcludes_one: '“Amince da duka” bai haɗa da {{purposes}} ba: yana buƙatar zaɓinsa na kansa a sama.',
    acceptAllExcludes_other:
      '“Amince da duka” bai haɗa da {{purposes}} ba: kowanne yana buƙatar zaɓinsa na kansa a sama.',
    close: 'Rufe ba tare da yanke shawara ba',
  },
  status: {
    saved: 'An adana zaɓuɓɓukanku. Kuna iya canza su a kowane lokaci.',
    loading: 'Ana loda fom ɗin izini…',
  },
  errors: {
    invalidConfig:
      'Ba za a iya nuna wannan fom ɗin izini ba saboda an saita shi ba daidai ba. Ba a yi rikodin komai ba.',
    loadFailed: 'Ba a iya loda wannan fom ɗin izini ba. Ba a yi rikodin komai ba.',
  },
};

export default strings;
// Browsers may have no Intl names in this language (Chromium has none): the prompt names languages with these.
export { default as languageNames } from './language-names/ha.js';
// Chromium has no Intl durations or dates in this language: the prompt writes them with these, from CLDR.
export { default as formats } from './formats/ha.js';
