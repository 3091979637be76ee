import type { UiStrings } from './en.js';

/** Malti */
const strings: UiStrings = {
  heading: 'L-għażliet tiegħek dwar id-data tiegħek',
  intro: {
    asker: 'Il-kunsens tiegħek qed jintalab minn {{controller}}.',
    contact: 'Kuntatt: {{contact}}',
    withdraw:
      'Tista’ tbiddel jew tirtira l-kunsens tiegħek fi kwalunkwe ħin minn “Għażliet tal-privatezza” f’dan is-sit, b’mod faċli daqs kemm tajtu.',
    policy: 'Aqra l-politika sħiħa dwar il-privatezza',
    decide_one: 'Iddeċiedi dwar {{count}} skop. Xejn ma jkun permess sakemm ma tagħżlux int.',
    decide_two:
      'Hawn {{count}} skopijiet: iddeċiedi dwar kull wieħed minnhom. Xejn ma jkun permess sakemm ma tagħżlux int.',
    decide_few:
      'Hawn {{count}} skopijiet: iddeċiedi dwar kull wieħed minnhom. Xejn ma jkun permess sakemm ma tagħżlux int.',
    decide_many:
      'Hawn {{count}} skop: iddeċiedi dwar kull wieħed minnhom. Xejn ma jkun permess sakemm ma tagħżlux int.',
    decide_other:
      'Hawn {{count}} skop: iddeċiedi dwar kull wieħed minnhom. Xejn ma jkun permess sakemm ma tagħżlux int.',
  },
  purpose: {
    necessary: 'Dejjem attiv',
    necessaryNote: 'Meħtieġ għas-servizz li tlabt. Ma jiddependix fuq il-kunsens tiegħek, għalhekk m’hemmx swiċċ.',
    separate: 'Jeħtieġ il-kunsens separat tiegħek',
    allow: 'Ippermetti',
    dataCategories: 'Data użata',
    recipients: 'Riċevituri',
    retention: 'Perjodu taż-żamma',
  },
  language: {
    notice: 'Dan it-test mhuwiex disponibbli fil-lingwa mitluba ({{wanted}}). Qed jintwera bil-lingwa: {{shown}}.',
    menu: 'Lingwa',
    changed: 'Il-formola issa qed tintwera bil-lingwa: {{language}}.',
  },
  recipients: {
    show: 'Min jirċievi din id-data',
    contact: 'Kuntatt',
  },
  glossary: {
    explain: 'Xi jfisser “{{term}}”?',
  },
  preferences: {
    open: 'Għażliet tal-privatezza',
    heading: 'L-għażliet tal-privatezza tiegħek',
    current: 'L-għażliet attwali tiegħek jidhru hawn taħt. Biex tirtira l-kunsens tiegħek, itfi skop u ssejvja.',
    granted: 'Permess',
    refused: 'Mhux permess',
    forget: 'Insa l-għażliet tiegħi',
  },
  reask: {
    intro: 'Inbidlet xi ħaġa minn meta ddeċidejt l-aħħar darba, għalhekk qed nerġgħu nistaqsuk:',
    policy: 'il-politika dwar il-privatezza għandha verżjoni ġdida',
    clause_one: 'inbidel it-test ta’ {{count}} skop li qbilt miegħu',
    clause_two: 'inbidel it-test ta’ {{count}} skopijiet li qbilt magħhom',
    clause_few: 'inbidel it-test ta’ {{count}} skopijiet li qbilt magħhom',
    clause_many: 'inbidel it-test ta’ {{count}} skop li qbilt magħhom',
    clause_other: 'inbidel it-test ta’ {{count}} skop li qbilt magħhom',
    added_one: 'żdied {{count}} skop ġdid',
    added_two: 'żdiedu {{count}} skopijiet ġodda',
    added_few: 'żdiedu {{count}} skopijiet ġodda',
    added_many: 'żdiedu {{count}} skop ġdid',
    added_other: 'żdiedu {{count}} skop ġdid',
    expired_one: 'l-aħħar deċiżjoni tiegħek ittieħdet aktar minn {{count}} jum ilu',
    expired_two: 'l-aħħar deċiżjoni tiegħek ittieħdet aktar minn jumejn ilu',
    expired_few: 'l-aħħar deċiżjoni tiegħek ittieħdet aktar minn {{count}} ijiem ilu',
    expired_many: 'l-aħħar deċiżjoni tiegħek ittieħdet aktar minn {{count}} jum ilu',
    expired_other: 'l-aħħar deċiżjoni tiegħek ittieħdet aktar minn {{count}} jum ilu',
    gpc: 'il-browser tiegħek issa qed jibgħat sinjal Global Privacy Control, li jirrifjuta l-bejgħ jew il-qsim tad-data tiegħek',
  },
  gpc: {
    note: 'Mhux permess għax il-browser tiegħek qed jibgħat sinjal Global Privacy Control. Xorta tista’ tippermettih int stess.',
  },
  receipt: {
    heading: 'Ir-riċevuti tal-kunsens tiegħek',
    download: 'Niżżel ir-riċevuti tiegħi (JSON)',
    none: 'Għad m’hemm l-ebda riċevuta.',
    decidedOn: 'Data tad-deċiżjoni: {{date}}',
    action: 'Azzjoni',
    selfSigned: 'Iffirmata minn dan il-browser. Turi li r-rekord ma nbidilx, iżda mhux min għamlu.',
    hostSigned: 'Iffirmata biċ-ċavetta tas-sit.',
    verified: 'Il-firma ġiet ivverifikata',
    notVerified: 'Il-firma ma setgħetx tiġi vverifikata',
    textShown: 'Lingwa tat-test: {{language}}',
    needsHttps: 'Ir-riċevuti jeħtieġu paġna sigura (HTTPS); l-għażliet tiegħek xorta jgħoddu.',
  },
  placeholder: {
    blocked: 'Dan il-kontenut huwa mblukkat sakemm tippermetti “{{purpose}}”.',
    allow: 'Ippermetti “{{purpose}}”',
  },
  actions: {
    rejectAll: 'Irrifjuta kollox',
    save: 'Issejvja l-għażliet tiegħi',
    acceptAll: 'Aċċetta kollox',
    group: 'Id-deċiżjoni tiegħek',
    withdraw: 'Irtira',
    acceptAllExcludes_one: '“Aċċetta kollox” ma jinkludix: {{purposes}}. Dan jeħtieġ għażla separata hawn fuq.',
    acceptAllExcludes_two:
      '“Aċċetta kollox” ma jinkludix: {{purposes}}. Kull wieħed minnhom jeħtieġ għażla separata hawn fuq.',
    acceptAllExcludes_few:
      '“Aċċetta kollox” ma jinkludix: {{purposes}}. Kull wieħed minnhom jeħtieġ għażla separata hawn fuq.',
    acceptAllExcludes_many:
      '“Aċċetta kollox” ma jinkludix: {{purposes}}. Kull wieħed minnhom jeħtieġ għażla separata hawn fuq.',
    acceptAllExcludes_other:
      '“Aċċetta kollox” ma jinkludix: {{purposes}}. Kull wieħed minnhom jeħtieġ għażla separata hawn fuq.',
    close: 'Agħlaq mingħajr ma tiddeċiedi',
  },
  status: {
    saved: 'L-għażliet tiegħek ġew issejvjati. Tista’ tibdilhom fi kwalunkwe ħin.',
    loading: 'Il-formola tal-kunsens qed titgħabba…',
  },
  errors: {
    invalidConfig: 'Din il-formola tal-kunsens ma tistax tintwera għax mhijiex issettjata sew. Ma ġie rreġistrat xejn.',
    loadFailed: 'Din il-formola tal-kunsens ma setgħetx titgħabba. Ma ġie rreġistrat xejn.',
  },
};

export default strings;
// Browsers may have no Intl names in this language (Chromium has none): the prompt names languages with these.
export { default as languageNames } from './language-names/mt.js';
// Chromium has no Intl durations or dates in this language: the prompt writes them with these, from CLDR.
export { default as formats } from './formats/mt.js';
