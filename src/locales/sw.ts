import type { UiStrings } from './en.js';

/** Kiswahili */
const strings: UiStrings = {
  heading: 'Chaguo zako kuhusu data yako',
  intro: {
    asker: '{{controller}} inaomba idhini yako.',
    contact: 'Mawasiliano: {{contact}}',
    withdraw:
      'Unaweza kubadilisha au kuondoa idhini yako wakati wowote kupitia “Chaguo za faragha” kwenye tovuti hii, kwa urahisi uleule ulioitoa.',
    policy: 'Soma sera kamili ya faragha',
    decide_one: 'Amua kuhusu madhumuni {{count}}. Hakuna kinachoruhusiwa hadi wewe mwenyewe ukichague.',
    decide_other:
      'Amua kuhusu kila moja ya madhumuni haya {{count}}. Hakuna kinachoruhusiwa hadi wewe mwenyewe ukichague.',
  },
  purpose: {
    necessary: 'Huwashwa kila wakati',
    necessaryNote: 'Inahitajika kwa huduma uliyoomba. Haitegemei idhini yako, kwa hivyo hakuna swichi.',
    separate: 'Inahitaji idhini yako tofauti',
    allow: 'Ruhusu',
    dataCategories: 'Data inayotumika',
    recipients: 'Inashirikiwa na',
    retention: 'Huhifadhiwa kwa muda wa',
  },
  language: {
    notice: 'Maandishi haya hayapatikani kwa {{wanted}}. Yanaonyeshwa kwa {{shown}}.',
    menu: 'Lugha',
    changed: 'Ombi hili sasa linaonyeshwa kwa {{language}}.',
  },
  recipients: {
    show: 'Nani hupokea data hii',
    contact: 'Mawasiliano',
  },
  glossary: {
    explain: '“{{term}}” inamaanisha nini?',
  },
  preferences: {
    open: 'Chaguo za faragha',
    heading: 'Chaguo zako za faragha',
    current:
      'Chaguo zako za sasa zimeonyeshwa hapa chini. Zima madhumuni fulani kisha uhifadhi ili kuondoa idhini yako.',
    granted: 'Imeruhusiwa',
    refused: 'Haijaruhusiwa',
    forget: 'Sahau chaguo zangu',
  },
  reask: {
    intro: 'Kuna kitu kimebadilika tangu ulipoamua mara ya mwisho, kwa hivyo tunauliza tena:',
    policy: 'sera ya faragha ina toleo jipya',
    clause_one: 'maandishi ya madhumuni {{count}} uliyokubali yamebadilika',
    clause_other: 'maandishi ya madhumuni {{count}} uliyokubali yamebadilika',
    added_one: 'madhumuni mapya {{count}} yameongezwa',
    added_other: 'madhumuni mapya {{count}} yameongezwa',
    expired_one: 'uamuzi wako wa mwisho ni wa zaidi ya siku {{count}} iliyopita',
    expired_other: 'uamuzi wako wa mwisho ni wa zaidi ya siku {{count}} zilizopita',
    gpc: 'kivinjari chako sasa kinatuma ishara ya Global Privacy Control, inayokataa kuuzwa au kushirikiwa kwa data yako',
  },
  gpc: {
    note: 'Haijaruhusiwa kwa sababu kivinjari chako kinatuma ishara ya Global Privacy Control. Bado unaweza kuiruhusu mwenyewe.',
  },
  receipt: {
    heading: 'Stakabadhi zako za idhini',
    download: 'Pakua stakabadhi zangu (JSON)',
    none: 'Bado hakuna stakabadhi.',
    decidedOn: 'Iliamuliwa tarehe {{date}}',
    action: 'Kitendo',
    selfSigned: 'Imesainiwa na kivinjari hiki. Inathibitisha kwamba rekodi haikubadilishwa, si nani aliyeiunda.',
    hostSigned: 'Imesainiwa kwa ufunguo wa tovuti.',
    verified: 'Sahihi imethibitishwa',
    notVerified: 'Sahihi haikuweza kuthibitishwa',
    textShown: 'Maandishi yameonyeshwa kwa {{language}}',
    needsHttps: 'Stakabadhi zinahitaji ukurasa salama (HTTPS); chaguo zako bado zinahesabiwa.',
  },
  placeholder: {
    blocked: 'Maudhui haya yamezuiwa hadi utakaporuhusu “{{purpose}}”.',
    allow: 'Ruhusu “{{purpose}}”',
  },
  actions: {
    rejectAll: 'Kataa zote',
    save: 'Hifadhi chaguo zangu',
    acceptAll: 'Kubali zote',
    group: 'Uamuzi wako',
    withdraw: 'Ondoa idhini',
    acceptAllExcludes_one: '“Kubali zote” haijumuishi {{purposes}}: yanahitaji chaguo lake tofauti hapo juu.',
    acceptAllExcludes_other:
      '“Kubali zote” haijumuishi {{purposes}}: kila moja linahitaji chaguo lake tofauti hapo juu.',
    close: 'Funga bila kuamua',
  },
  status: {
    saved: 'Chaguo zako zimehifadhiwa. Unaweza kuzibadilisha wakati wowote.',
    loading: 'Inapakia fomu ya idhini…',
  },
  errors: {
    invalidConfig: 'Fomu hii ya idhini haiwezi kuonyeshwa kwa sababu imewekwa vibaya. Hakuna kilichorekodiwa.',
    loadFailed: 'Fomu hii ya idhini haikuweza kupakiwa. Hakuna kilichorekodiwa.',
  },
};

export default strings;
