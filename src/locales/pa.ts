import type { UiStrings } from './en.js';

/** ਪੰਜਾਬੀ */
const strings: UiStrings = {
  heading: 'ਤੁਹਾਡੇ ਡਾਟੇ ਬਾਰੇ ਤੁਹਾਡੀਆਂ ਚੋਣਾਂ',
  intro: {
    asker: '{{controller}} ਤੁਹਾਡੀ ਸਹਿਮਤੀ ਮੰਗਦਾ ਹੈ।',
    contact: 'ਸੰਪਰਕ: {{contact}}',
    withdraw:
      'ਤੁਸੀਂ ਇਸ ਸਾਈਟ ’ਤੇ “ਪਰਦੇਦਾਰੀ ਦੀਆਂ ਚੋਣਾਂ” ਤੋਂ ਕਿਸੇ ਵੀ ਸਮੇਂ ਆਪਣੀ ਸਹਿਮਤੀ ਬਦਲ ਸਕਦੇ ਹੋ ਜਾਂ ਵਾਪਸ ਲੈ ਸਕਦੇ ਹੋ, ਓਨੀ ਹੀ ਆਸਾਨੀ ਨਾਲ ਜਿੰਨੀ ਆਸਾਨੀ ਨਾਲ ਤੁਸੀਂ ਇਹ ਦਿੱਤੀ ਸੀ।',
    policy: 'ਪੂਰੀ ਪਰਦੇਦਾਰੀ ਨੀਤੀ ਪੜ੍ਹੋ',
    decide_one: '{{count}} ਮਕਸਦ ਬਾਰੇ ਫ਼ੈਸਲਾ ਕਰੋ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਖੁਦ ਨਹੀਂ ਚੁਣਦੇ, ਕਿਸੇ ਵੀ ਚੀਜ਼ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ।',
    decide_other: 'ਇਹਨਾਂ {{count}} ਮਕਸਦਾਂ ਵਿੱਚੋਂ ਹਰੇਕ ਬਾਰੇ ਫ਼ੈਸਲਾ ਕਰੋ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਖੁਦ ਨਹੀਂ ਚੁਣਦੇ, ਕਿਸੇ ਵੀ ਚੀਜ਼ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ।',
  },
  purpose: {
    necessary: 'ਹਮੇਸ਼ਾ ਚਾਲੂ',
    necessaryNote: 'ਤੁਹਾਡੇ ਵੱਲੋਂ ਮੰਗੀ ਗਈ ਸੇਵਾ ਲਈ ਲੋੜੀਂਦਾ ਹੈ। ਇਹ ਤੁਹਾਡੀ ਸਹਿਮਤੀ ’ਤੇ ਨਿਰਭਰ ਨਹੀਂ ਕਰਦਾ, ਇਸ ਲਈ ਕੋਈ ਸਵਿੱਚ ਨਹੀਂ ਹੈ।',
    separate: 'ਤੁਹਾਡੀ ਵੱਖਰੀ ਸਹਿਮਤੀ ਦੀ ਲੋੜ ਹੈ',
    allow: 'ਇਜਾਜ਼ਤ ਦਿਓ',
    dataCategories: 'ਵਰਤਿਆ ਜਾਂਦਾ ਡਾਟਾ',
    recipients: 'ਇਨ੍ਹਾਂ ਨਾਲ ਸਾਂਝਾ ਕੀਤਾ ਜਾਂਦਾ ਹੈ',
    retention: 'ਰੱਖਣ ਦੀ ਮਿਆਦ',
  },
  language: {
    notice: 'ਇਹ ਲਿਖਤ {{wanted}} ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ ਹੈ। ਇਹ {{shown}} ਵਿੱਚ ਦਿਖਾਈ ਜਾ ਰਹੀ ਹੈ।',
    menu: 'ਭਾਸ਼ਾ',
    changed: 'ਹੁਣ ਇਹ {{language}} ਵਿੱਚ ਦਿਖਾਇਆ ਜਾ ਰਿਹਾ ਹੈ।',
  },
  recipients: {
    show: 'ਇਹ ਡਾਟਾ ਕੌਣ ਪ੍ਰਾਪਤ ਕਰਦਾ ਹੈ',
    contact: 'ਸੰਪਰਕ',
  },
  glossary: {
    explain: '“{{term}}” ਦਾ ਕੀ ਅਰਥ ਹੈ?',
  },
  preferences: {
    open: 'ਪਰਦੇਦਾਰੀ ਦੀਆਂ ਚੋਣਾਂ',
    heading: 'ਤੁਹਾਡੀਆਂ ਪਰਦੇਦਾਰੀ ਦੀਆਂ ਚੋਣਾਂ',
    current: 'ਤੁਹਾਡੀਆਂ ਮੌਜੂਦਾ ਚੋਣਾਂ ਹੇਠਾਂ ਦਿਖਾਈਆਂ ਗਈਆਂ ਹਨ। ਆਪਣੀ ਸਹਿਮਤੀ ਵਾਪਸ ਲੈਣ ਲਈ ਕਿਸੇ ਮਕਸਦ ਨੂੰ ਬੰਦ ਕਰੋ ਅਤੇ ਰੱਖਿਅਤ ਕਰੋ।',
    granted: 'ਇਜਾਜ਼ਤ ਹੈ',
    refused: 'ਇਜਾਜ਼ਤ ਨਹੀਂ',
    forget: 'ਮੇਰੀਆਂ ਚੋਣਾਂ ਮਿਟਾਓ',
  },
  reask: {
    intro: 'ਤੁਹਾਡੇ ਪਿਛਲੇ ਫ਼ੈਸਲੇ ਤੋਂ ਬਾਅਦ ਕੁਝ ਬਦਲ ਗਿਆ ਹੈ, ਇਸ ਲਈ ਅਸੀਂ ਦੁਬਾਰਾ ਪੁੱਛ ਰਹੇ ਹਾਂ:',
    policy: 'ਪਰਦੇਦਾਰੀ ਨੀਤੀ ਦਾ ਨਵਾਂ ਸੰਸਕਰਨ ਆਇਆ ਹੈ',
    clause_one: 'ਜਿਸ {{count}} ਮਕਸਦ ਨਾਲ ਤੁਸੀਂ ਸਹਿਮਤ ਹੋਏ ਸੀ, ਉਸ ਦੀ ਲਿਖਤ ਬਦਲ ਗਈ ਹੈ',
    clause_other: 'ਜਿਨ੍ਹਾਂ {{count}} ਮਕਸਦਾਂ ਨਾਲ ਤੁਸੀਂ ਸਹਿਮਤ ਹੋਏ ਸੀ, ਉਨ੍ਹਾਂ ਦੀ ਲਿਖਤ ਬਦਲ ਗਈ ਹੈ',
    added_one: '{{count}} ਨਵਾਂ ਮਕਸਦ ਜੋੜਿਆ ਗਿਆ ਹੈ',
    added_other: '{{count}} ਨਵੇਂ ਮਕਸਦ ਜੋੜੇ ਗਏ ਹਨ',
    expired_one: 'ਤੁਹਾਡਾ ਪਿਛਲਾ ਫ਼ੈਸਲਾ {{count}} ਦਿਨ ਤੋਂ ਵੱਧ ਪੁਰਾਣਾ ਹੈ',
    expired_other: 'ਤੁਹਾਡਾ ਪਿਛਲਾ ਫ਼ੈਸਲਾ {{count}} ਦਿਨਾਂ ਤੋਂ ਵੱਧ ਪੁਰਾਣਾ ਹੈ',
    gpc: 'ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ ਹੁਣ Global Privacy Control ਸਿਗਨਲ ਭੇਜਦਾ ਹੈ, ਜੋ ਤੁਹਾਡੇ ਡੇਟਾ ਨੂੰ ਵੇਚਣ ਜਾਂ ਸਾਂਝਾ ਕਰਨ ਤੋਂ ਇਨਕਾਰ ਕਰਦਾ ਹੈ',
  },
  gpc: {
    note: 'ਇਜਾਜ਼ਤ ਨਹੀਂ ਦਿੱਤੀ ਗਈ ਕਿਉਂਕਿ ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ Global Privacy Control ਸਿਗਨਲ ਭੇਜਦਾ ਹੈ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਖੁਦ ਇਸ ਦੀ ਇਜਾਜ਼ਤ ਦੇ ਸਕਦੇ ਹੋ।',
  },
  receipt: {
    heading: 'ਤੁਹਾਡੀਆਂ ਸਹਿਮਤੀ ਰਸੀਦਾਂ',
    download: 'ਮੇਰੀਆਂ ਰਸੀਦਾਂ ਡਾਊਨਲੋਡ ਕਰੋ (JSON)',
    none: 'ਹਾਲੇ ਕੋਈ ਰਸੀਦ ਨਹੀਂ ਹੈ।',
    decidedOn: '{{date}} ਨੂੰ ਫ਼ੈਸਲਾ ਕੀਤਾ ਗਿਆ',
    action: 'ਕਾਰਵਾਈ',
    selfSigned: 'ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵੱਲੋਂ ਦਸਤਖ਼ਤ ਕੀਤਾ ਗਿਆ। ਇਹ ਸਾਬਤ ਕਰਦਾ ਹੈ ਕਿ ਰਿਕਾਰਡ ਬਦਲਿਆ ਨਹੀਂ ਗਿਆ, ਇਹ ਨਹੀਂ ਕਿ ਇਸ ਨੂੰ ਕਿਸ ਨੇ ਬਣਾਇਆ।',
    hostSigned: 'ਸਾਈਟ ਦੀ ਕੁੰਜੀ ਨਾਲ ਦਸਤਖ਼ਤ ਕੀਤਾ ਗਿਆ।',
    verified: 'ਦਸਤਖ਼ਤ ਦੀ ਪੁਸ਼ਟੀ ਹੋ ਗਈ',
    notVerified: 'ਦਸਤਖ਼ਤ ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੋ ਸਕੀ',
    textShown: 'ਲਿਖਤ {{language}} ਵਿੱਚ ਦਿਖਾਈ ਗਈ',
    needsHttps: 'ਰਸੀਦਾਂ ਲਈ ਸੁਰੱਖਿਅਤ (HTTPS) ਪੰਨੇ ਦੀ ਲੋੜ ਹੈ; ਤੁਹਾਡੀਆਂ ਚੋਣਾਂ ਫਿਰ ਵੀ ਗਿਣੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।',
  },
  placeholder: {
    blocked: 'ਇਹ ਸਮੱਗਰੀ ਉਦੋਂ ਤੱਕ ਬਲੌਕ ਹੈ ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ “{{purpose}}” ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਦਿੰਦੇ।',
    allow: '“{{purpose}}” ਦੀ ਇਜਾਜ਼ਤ ਦਿਓ',
  },
  actions: {
    rejectAll: 'ਸਭ ਰੱਦ ਕਰੋ',
    save: 'ਮੇਰੀਆਂ ਚੋਣਾਂ ਰੱਖਿਅਤ ਕਰੋ',
    acceptAll: 'ਸਭ ਸਵੀਕਾਰ ਕਰੋ',
    group: 'ਤੁਹਾਡਾ ਫ਼ੈਸਲਾ',
    withdraw: 'ਵਾਪਸ ਲਓ',
    acceptAllExcludes_one: '“ਸਭ ਸਵੀਕਾਰ ਕਰੋ” ਵਿੱਚ {{purposes}} ਸ਼ਾਮਲ ਨਹੀਂ ਹੈ: ਇਸ ਲਈ ਉੱਪਰ ਵੱਖਰੀ ਚੋਣ ਲੋੜੀਂਦੀ ਹੈ।',
    acceptAllExcludes_other: '“ਸਭ ਸਵੀਕਾਰ ਕਰੋ” ਵਿੱਚ {{purposes}} ਸ਼ਾਮਲ ਨਹੀਂ ਹਨ: ਇਹਨਾਂ ਵਿੱਚੋਂ ਹਰੇਕ ਲਈ ਉੱਪਰ ਵੱਖਰੀ ਚੋਣ ਲੋੜੀਂਦੀ ਹੈ।',
    close: 'ਫ਼ੈਸਲਾ ਕੀਤੇ ਬਿਨਾਂ ਬੰਦ ਕਰੋ',
  },
  status: {
    saved: 'ਤੁਹਾਡੀਆਂ ਚੋਣਾਂ ਰੱਖਿਅਤ ਹੋ ਗਈਆਂ ਹਨ। ਤੁਸੀਂ ਇਹਨਾਂ ਨੂੰ ਕਿਸੇ ਵੀ ਸਮੇਂ ਬਦਲ ਸਕਦੇ ਹੋ।',
    loading: 'ਸਹਿਮਤੀ ਫ਼ਾਰਮ ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…',
  },
  errors: {
    invalidConfig: 'ਇਹ ਸਹਿਮਤੀ ਫ਼ਾਰਮ ਦਿਖਾਇਆ ਨਹੀਂ ਜਾ ਸਕਦਾ ਕਿਉਂਕਿ ਇਸ ਨੂੰ ਗਲਤ ਢੰਗ ਨਾਲ ਸੈੱਟ ਕੀਤਾ ਗਿਆ ਹੈ। ਕੁਝ ਵੀ ਰਿਕਾਰਡ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।',
    loadFailed: 'ਇਹ ਸਹਿਮਤੀ ਫ਼ਾਰਮ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਕੁਝ ਵੀ ਰਿਕਾਰਡ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।',
  },
};

export default strings;
// Chromium has no Intl durations in this language, and a broken date pattern: the prompt writes them with these, from CLDR.
export { default as formats } from './formats/pa.js';
// Chromium claims Intl names in this language but answers with the codes ("en"): the prompt names languages with these.
export { default as languageNames } from './language-names/pa.js';
