/**
 * The locales the prompt's own words ship in. English is bundled (it is the fallback); every other locale is its
 * own file, loaded only when a visitor needs it.
 */
import en, { type UiStrings } from './en.js';
import { registerLanguageNames } from '../core/i18n/language-names.js';
import { registerLocalFormats, type LocalFormatter } from '../core/text/local-formats.js';
import { loadChunk } from '../core/load-chunk.js';

export type { UiStrings };
export { en };

/**
 * A locale of the prompt's words; one whose language browsers may have no `Intl` names in also carries the names
 * of the shipped languages in it (see core/i18n/language-names).
 */
type LocaleModule = {
  readonly default: UiStrings;
  readonly languageNames?: Readonly<Record<string, string>>;
  readonly formats?: LocalFormatter;
};

// An explicit map (not a template-string import) so bundlers emit one chunk per locale and nothing else.
const LOADERS: Readonly<Record<string, () => Promise<LocaleModule>>> = {
  bg: () => import('./bg.js'),
  cs: () => import('./cs.js'),
  da: () => import('./da.js'),
  de: () => import('./de.js'),
  el: () => import('./el.js'),
  es: () => import('./es.js'),
  et: () => import('./et.js'),
  fi: () => import('./fi.js'),
  fr: () => import('./fr.js'),
  ga: () => import('./ga.js'),
  hr: () => import('./hr.js'),
  hu: () => import('./hu.js'),
  it: () => import('./it.js'),
  lt: () => import('./lt.js'),
  lv: () => import('./lv.js'),
  mt: () => import('./mt.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  'pt-PT': () => import('./pt-PT.js'),
  ro: () => import('./ro.js'),
  sk: () => import('./sk.js'),
  sl: () => import('./sl.js'),
  sv: () => import('./sv.js'),
  am: () => import('./am.js'),
  ar: () => import('./ar.js'),
  bn: () => import('./bn.js'),
  fa: () => import('./fa.js'),
  fil: () => import('./fil.js'),
  gu: () => import('./gu.js'),
  ha: () => import('./ha.js'),
  he: () => import('./he.js'),
  hi: () => import('./hi.js'),
  id: () => import('./id.js'),
  ja: () => import('./ja.js'),
  ko: () => import('./ko.js'),
  mr: () => import('./mr.js'),
  ms: () => import('./ms.js'),
  pa: () => import('./pa.js'),
  'pt-BR': () => import('./pt-BR.js'),
  ru: () => import('./ru.js'),
  sw: () => import('./sw.js'),
  ta: () => import('./ta.js'),
  te: () => import('./te.js'),
  th: () => import('./th.js'),
  tr: () => import('./tr.js'),
  uk: () => import('./uk.js'),
  ur: () => import('./ur.js'),
  vi: () => import('./vi.js'),
  'zh-Hans': () => import('./zh-Hans.js'),
  'zh-Hant': () => import('./zh-Hant.js'),
};

/** Every locale the prompt's own strings are available in (51: the 24 official EU languages and 27 more). */
export const SHIPPED_LOCALES: readonly string[] = Object.freeze(['en', ...Object.keys(LOADERS)]);

/** Loads one shipped locale's strings. */
export async function loadLocale(locale: string): Promise<UiStrings> {
  if (locale === 'en') return en;
  const loader = Object.prototype.hasOwnProperty.call(LOADERS, locale) ? LOADERS[locale] : undefined;
  if (!loader) throw new RangeError(`unticked ships no locale "${locale}"`);
  const module = await loadChunk(loader(), `The words in ${locale}`);
  if (module.languageNames) registerLanguageNames(locale, module.languageNames);
  if (module.formats) registerLocalFormats(locale, module.formats);
  return module.default;
}
