import type { UiStrings } from './en.js';

/** Filipino */
const strings: UiStrings = {
  heading: 'Ang iyong mga pinili tungkol sa iyong data',
  intro: {
    asker: 'Humihingi ng iyong pahintulot ang {{controller}}.',
    contact: 'Kontak: {{contact}}',
    withdraw:
      'Maaari mong baguhin o bawiin ang iyong pahintulot anumang oras sa “Mga pagpipilian sa privacy” sa site na ito, kasingdali ng pagbibigay mo nito.',
    policy: 'Basahin ang buong patakaran sa privacy',
    decide_one: 'Magpasya tungkol sa {{count}} layunin. Walang pinapayagan hangga’t hindi mo ito pinipili.',
    decide_other:
      'Magpasya tungkol sa bawat isa sa {{count}} layuning ito. Walang pinapayagan hangga’t hindi mo ito pinipili.',
  },
  purpose: {
    necessary: 'Laging naka-on',
    necessaryNote:
      'Kailangan ito para sa serbisyong hiniling mo. Hindi ito nakabatay sa iyong pahintulot, kaya walang switch.',
    separate: 'Kailangan ng hiwalay mong pahintulot',
    allow: 'Payagan',
    dataCategories: 'Data na ginagamit',
    recipients: 'Ibinabahagi sa',
    retention: 'Tagal ng pagtatago',
  },
  language: {
    notice: 'Hindi available ang tekstong ito sa {{wanted}}. Ipinapakita ito sa {{shown}}.',
    menu: 'Wika',
    changed: 'Ipinapakita na ngayon sa {{language}} ang kahilingang ito.',
  },
  recipients: {
    show: 'Sino ang tumatanggap ng data na ito',
    contact: 'Kontak',
  },
  glossary: {
    explain: 'Ano ang ibig sabihin ng “{{term}}”?',
  },
  preferences: {
    open: 'Mga pagpipilian sa privacy',
    heading: 'Ang iyong mga pagpipilian sa privacy',
    current:
      'Nasa ibaba ang kasalukuyan mong mga pinili. I-off ang isang layunin at i-save para bawiin ang iyong pahintulot.',
    granted: 'Pinapayagan',
    refused: 'Hindi pinapayagan',
    forget: 'Kalimutan ang aking mga pinili',
  },
  reask: {
    intro: 'May nagbago mula nang huli kang magpasya, kaya nagtatanong kaming muli:',
    policy: 'may bagong bersyon ang patakaran sa privacy',
    clause_one: 'nagbago ang teksto ng {{count}} layuning sinang-ayunan mo',
    clause_other: 'nagbago ang teksto ng {{count}} layuning sinang-ayunan mo',
    added_one: 'may idinagdag na {{count}} bagong layunin',
    added_other: 'may idinagdag na {{count}} bagong layunin',
    expired_one: 'mahigit {{count}} araw na ang lumipas mula sa huli mong pasya',
    expired_other: 'mahigit {{count}} araw na ang lumipas mula sa huli mong pasya',
    gpc: 'nagpapadala na ngayon ang iyong browser ng signal na Global Privacy Control, na tumatanggi sa pagbebenta o pagbabahagi ng iyong data',
  },
  gpc: {
    note: 'Hindi pinapayagan dahil nagpapadala ang iyong browser ng signal na Global Privacy Control. Maaari mo pa rin itong payagan nang ikaw mismo.',
  },
  receipt: {
    heading: 'Ang iyong mga resibo ng pahintulot',
    download: 'I-download ang aking mga resibo (JSON)',
    none: 'Wala pang mga resibo.',
    decidedOn: 'Ipinasya noong {{date}}',
    action: 'Aksyon',
    selfSigned:
      'Nilagdaan ng browser na ito. Pinatutunayan nito na hindi binago ang rekord, hindi kung sino ang gumawa nito.',
    hostSigned: 'Nilagdaan ng key ng site.',
    verified: 'Na-verify ang lagda',
    notVerified: 'Hindi ma-verify ang lagda',
    textShown: 'Ipinakita ang teksto sa {{language}}',
    needsHttps: 'Kailangan ng mga resibo ang isang secure (HTTPS) na page; may bisa pa rin ang iyong mga pinili.',
  },
  placeholder: {
    blocked: 'Naka-block ang nilalamang ito hangga’t hindi mo pinapayagan ang “{{purpose}}”.',
    allow: 'Payagan ang “{{purpose}}”',
  },
  actions: {
    rejectAll: 'Tanggihan lahat',
    save: 'I-save ang aking mga pinili',
    acceptAll: 'Tanggapin lahat',
    group: 'Ang iyong pasya',
    withdraw: 'Bawiin',
    acceptAllExcludes_one:
      'Hindi kasama sa “Tanggapin lahat” ang {{purposes}}: kailangan nito ng sariling pagpili sa itaas.',
    acceptAllExcludes_other:
      'Hindi kasama sa “Tanggapin lahat” ang {{purposes}}: kailangan ng bawat isa ang sariling pagpili sa itaas.',
    close: 'Isara nang hindi nagpapasya',
  },
  status: {
    saved: 'Nai-save na ang iyong mga pinili. Maaari mong baguhin ang mga ito anumang oras.',
    loading: 'Nilo-load ang form ng pahintulot…',
  },
  errors: {
    invalidConfig: 'Hindi maipakita ang form ng pahintulot na ito dahil mali ang pagkaka-set up nito. Walang naitala.',
    loadFailed: 'Hindi ma-load ang form ng pahintulot na ito. Walang naitala.',
  },
};

export default strings;
