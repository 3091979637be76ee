import type { UiStrings } from './en.js';

/** Gaeilge */
const strings: UiStrings = {
  heading: 'Do roghanna maidir le do shonraí',
  intro: {
    asker: 'Iarrann {{controller}} do thoiliú.',
    contact: 'Teagmháil: {{contact}}',
    withdraw:
      'Is féidir leat do thoiliú a athrú nó a tharraingt siar tráth ar bith trí “Roghanna príobháideachta” ar an suíomh seo, chomh héasca agus a thug tú é.',
    policy: 'Léigh an beartas príobháideachta iomlán',
    decide_one: 'Déan cinneadh faoi chuspóir amháin. Ní cheadaítear aon rud go dtí go roghnaíonn tú é.',
    decide_two: 'Déan cinneadh faoi gach ceann den dá chuspóir seo. Ní cheadaítear aon rud go dtí go roghnaíonn tú é.',
    decide_few:
      'Déan cinneadh faoi gach ceann de na {{count}} chuspóir seo. Ní cheadaítear aon rud go dtí go roghnaíonn tú é.',
    decide_many:
      'Déan cinneadh faoi gach ceann de na {{count}} gcuspóir seo. Ní cheadaítear aon rud go dtí go roghnaíonn tú é.',
    decide_other:
      'Déan cinneadh faoi gach ceann de na {{count}} cuspóir seo. Ní cheadaítear aon rud go dtí go roghnaíonn tú é.',
  },
  purpose: {
    necessary: 'Ar siúl i gcónaí',
    necessaryNote:
      'Tá sé riachtanach don tseirbhís a d’iarr tú. Ní bhraitheann sé ar do thoiliú, mar sin níl lasc ann.',
    separate: 'Teastaíonn do thoiliú ar leith',
    allow: 'Ceadaigh',
    dataCategories: 'Sonraí a úsáidtear',
    recipients: 'Roinntear le',
    retention: 'Tréimhse choinneála',
  },
  language: {
    notice: 'Níl an téacs seo ar fáil as {{wanted}}. Taispeántar as {{shown}} é.',
    menu: 'Teanga',
    changed: 'Taispeántar an fhoirm toilithe as {{language}} anois.',
  },
  recipients: {
    show: 'Cé a fhaigheann na sonraí seo',
    contact: 'Teagmháil',
  },
  glossary: {
    explain: 'Cad is brí le “{{term}}”?',
  },
  preferences: {
    open: 'Roghanna príobháideachta',
    heading: 'Do roghanna príobháideachta',
    current: 'Taispeántar do roghanna reatha thíos. Chun do thoiliú a tharraingt siar, múch cuspóir agus sábháil.',
    granted: 'Ceadaithe',
    refused: 'Gan cheadú',
    forget: 'Déan dearmad ar mo roghanna',
  },
  reask: {
    intro: 'Tá athrú tagtha ar rud éigin ón uair dheireanach a rinne tú cinneadh, mar sin táimid ag fiafraí díot arís:',
    policy: 'tá leagan nua den bheartas príobháideachta ann',
    clause_one: 'athraíodh téacs cuspóra amháin ar thoiligh tú leis',
    clause_two: 'athraíodh téacs {{count}} chuspóir ar thoiligh tú leo',
    clause_few: 'athraíodh téacs {{count}} chuspóir ar thoiligh tú leo',
    clause_many: 'athraíodh téacs {{count}} gcuspóir ar thoiligh tú leo',
    clause_other: 'athraíodh téacs {{count}} cuspóir ar thoiligh tú leo',
    added_one: 'cuireadh cuspóir nua amháin leis',
    added_two: 'cuireadh {{count}} chuspóir nua leis',
    added_few: 'cuireadh {{count}} chuspóir nua leis',
    added_many: 'cuireadh {{count}} gcuspóir nua leis',
    added_other: 'cuireadh {{count}} cuspóir nua leis',
    expired_one: 'rinne tú do chinneadh deireanach breis agus lá amháin ó shin',
    expired_two: 'rinne tú do chinneadh deireanach breis agus {{count}} lá ó shin',
    expired_few: 'rinne tú do chinneadh deireanach breis agus {{count}} lá ó shin',
    expired_many: 'rinne tú do chinneadh deireanach breis agus {{count}} lá ó shin',
    expired_other: 'rinne tú do chinneadh deireanach breis agus {{count}} lá ó shin',
    gpc: 'seolann do bhrabhsálaí comhartha Global Privacy Control anois, a dhiúltaíonn do dhíol nó do chomhroinnt do shonraí',
  },
  gpc: {
    note: 'Níl sé ceadaithe toisc go seolann do bhrabhsálaí comhartha Global Privacy Control. Is féidir leat é a cheadú tú féin fós.',
  },
  receipt: {
    heading: 'Do chuid admhálacha toilithe',
    download: 'Íoslódáil m’admhálacha (JSON)',
    none: 'Níl aon admháil ann fós.',
    decidedOn: 'Cinneadh déanta ar {{date}}',
    action: 'Gníomh',
    selfSigned:
      'Sínithe ag an mbrabhsálaí seo. Cruthaíonn sé nár athraíodh an taifead, ach ní chruthaíonn sé cé a rinne é.',
    hostSigned: 'Sínithe le heochair an tsuímh.',
    verified: 'Síniú fíoraithe',
    notVerified: 'Níorbh fhéidir an síniú a fhíorú',
    textShown: 'Taispeánadh an téacs as {{language}}',
    needsHttps: 'Teastaíonn leathanach slán (HTTPS) le haghaidh admhálacha; tá feidhm le do roghanna mar sin féin.',
  },
  placeholder: {
    blocked: 'Tá an t-ábhar seo blocáilte go dtí go gceadaíonn tú “{{purpose}}”.',
    allow: 'Ceadaigh “{{purpose}}”',
  },
  actions: {
    rejectAll: 'Diúltaigh do gach rud',
    save: 'Sábháil mo roghanna',
    acceptAll: 'Glac le gach rud',
    group: 'Do chinneadh',
    withdraw: 'Tarraing siar',
    acceptAllExcludes_one: 'Ní chuimsíonn “Glac le gach rud” {{purposes}}: teastaíonn rogha ar leith dó thuas.',
    acceptAllExcludes_two:
      'Ní chuimsíonn “Glac le gach rud” {{purposes}}: teastaíonn rogha ar leith do gach ceann acu thuas.',
    acceptAllExcludes_few:
      'Ní chuimsíonn “Glac le gach rud” {{purposes}}: teastaíonn rogha ar leith do gach ceann acu thuas.',
    acceptAllExcludes_many:
      'Ní chuimsíonn “Glac le gach rud” {{purposes}}: teastaíonn rogha ar leith do gach ceann acu thuas.',
    acceptAllExcludes_other:
      'Ní chuimsíonn “Glac le gach rud” {{purposes}}: teastaíonn rogha ar leith do gach ceann acu thuas.',
    close: 'Dún gan cinneadh a dhéanamh',
  },
  status: {
    saved: 'Sábháladh do roghanna. Is féidir leat iad a athrú tráth ar bith.',
    loading: 'An fhoirm toilithe á lódáil…',
  },
  errors: {
    invalidConfig:
      'Ní féidir an fhoirm toilithe seo a thaispeáint toisc nach bhfuil sí socraithe i gceart. Níor taifeadadh aon rud.',
    loadFailed: 'Níorbh fhéidir an fhoirm toilithe seo a lódáil. Níor taifeadadh aon rud.',
  },
};

export default strings;
// Browsers may have no Intl names in this language (Chromium has none): the prompt names languages with these.
export { default as languageNames } from './language-names/ga.js';
// Chromium has no Intl durations or dates in this language: the prompt writes them with these, from CLDR.
export { default as formats } from './formats/ga.js';
