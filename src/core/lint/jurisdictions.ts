/**
 * The languages people in a jurisdiction can be expected to read a consent request in: the official or dominant
 * languages, by ISO 3166-1 country (the part of `jurisdiction` before a `-`). One of them should be offered.
 * Deliberately small: a country missing here is simply not checked.
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
