/**
 * The languages people in a jurisdiction can be expected to read a consent request in: the official or dominant
 * languages, by ISO 3166-1 country (the part of `jurisdiction` before a `-`), plus EU. One of them should be
 * offered. A jurisdiction missing here is reported as unchecked (info), never passed silently.
 *
 * @module
 */

/** Primary language subtags per country; any one of them satisfies `jurisdiction-language`. */
export const JURISDICTION_LANGUAGES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  // East Asia
  CN: ['zh'],
  HK: ['zh', 'en'],
  MO: ['zh', 'pt'],
  TW: ['zh'],
  JP: ['ja'],
  KR: ['ko'],
  SG: ['en', 'zh', 'ms', 'ta'],
  // EU and EEA
  AT: ['de'],
  BE: ['nl', 'fr', 'de'],
  BG: ['bg'],
  CY: ['el', 'tr'],
  CZ: ['cs'],
  DE: ['de'],
  DK: ['da'],
  EE: ['et'],
  ES: ['es', 'ca', 'eu', 'gl'],
  FI: ['fi', 'sv'],
  FR: ['fr'],
  GR: ['el'],
  HR: ['hr'],
  HU: ['hu'],
  IE: ['en', 'ga'],
  IS: ['is'],
  IT: ['it'],
  LI: ['de'],
  LT: ['lt'],
  LU: ['lb', 'fr', 'de'],
  LV: ['lv'],
  MT: ['mt', 'en'],
  NL: ['nl'],
  NO: ['nb', 'nn', 'no'],
  PL: ['pl'],
  PT: ['pt'],
  RO: ['ro'],
  SE: ['sv'],
  SI: ['sl'],
  SK: ['sk'],
  // The EU as a whole (ISO 3166-1 reserves EU for it): any of its official languages.
  EU: [
    'bg',
    'cs',
    'da',
    'de',
    'el',
    'en',
    'es',
    'et',
    'fi',
    'fr',
    'ga',
    'hr',
    'hu',
    'it',
    'lt',
    'lv',
    'mt',
    'nl',
    'pl',
    'pt',
    'ro',
    'sk',
    'sl',
    'sv',
  ],
  // Elsewhere in Europe
  CH: ['de', 'fr', 'it', 'rm'],
  GB: ['en'],
  TR: ['tr'],
  UA: ['uk'],
  // The Americas
  US: ['en'],
  CA: ['en', 'fr'],
  MX: ['es'],
  BR: ['pt'],
  AR: ['es'],
  CL: ['es'],
  CO: ['es'],
  PE: ['es'],
  // Elsewhere
  AU: ['en'],
  NZ: ['en', 'mi'],
  IN: ['en', 'hi'],
  ID: ['id'],
  MY: ['ms', 'en'],
  TH: ['th'],
  VN: ['vi'],
  PH: ['en', 'fil'],
  IL: ['he'],
  SA: ['ar'],
  AE: ['ar', 'en'],
  EG: ['ar'],
  ZA: ['en', 'af', 'zu', 'xh'],
  NG: ['en'],
  KE: ['en', 'sw'],
});

/**
 * Subdivisions whose language law differs from the country's (`jurisdiction` as `CC-SS`): Quebec's Charter of the
 * French language and Law 25 want French there, where Canada as a whole accepts English or French.
 */
export const SUBDIVISION_LANGUAGES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'CA-QC': ['fr'],
  'ES-CT': ['ca', 'es'],
  'BE-VLG': ['nl'],
  'BE-WAL': ['fr', 'de'],
  'CH-TI': ['it'],
});

/**
 * Where only one script of a language is read: mainland China reads Simplified Chinese, Taiwan Traditional. A tag
 * says which by its script or region (`zh-Hans`, `zh-CN`, `zh-SG`; `zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`); a bare `zh`
 * is taken as Simplified, as most software does.
 */
export const SCRIPT_OF_JURISDICTION: Readonly<
  Record<string, { readonly language: string; readonly script: 'Hans' | 'Hant' }>
> = Object.freeze({
  CN: { language: 'zh', script: 'Hans' },
  TW: { language: 'zh', script: 'Hant' },
});

/**
 * The Chinese script a tag asks for: its script subtag, else its region's; `undefined` for Chinese in another
 * script (`zh-Latn`, Pinyin), which readers of characters cannot be given instead.
 */
export function chineseScript(tag: string): 'Hans' | 'Hant' | undefined {
  const subtags = tag.toLowerCase().split(/[-_]/u);
  if (subtags.includes('hant')) return 'Hant';
  if (subtags.includes('hans')) return 'Hans';
  if (subtags.some((subtag) => /^[a-z]{4}$/u.test(subtag))) return undefined;
  return subtags.some((subtag) => subtag === 'tw' || subtag === 'hk' || subtag === 'mo') ? 'Hant' : 'Hans';
}

/** Example tags shown in messages, so "zh" reads as "zh (e.g. zh-CN)". */
export const EXAMPLE_TAG: Readonly<Record<string, string>> = Object.freeze({
  CN: 'zh-CN',
  HK: 'zh-HK',
  MO: 'zh-MO',
  TW: 'zh-TW',
  SG: 'zh-SG',
  BR: 'pt-BR',
  PT: 'pt-PT',
});
