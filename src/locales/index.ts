/**
 * The locales the prompt's own words ship in. English is bundled (it is the fallback); every other locale is its
 * own file, loaded only when a visitor needs it.
 */
import en, { type UiStrings } from './en.js';

export type { UiStrings };
export { en };

type LocaleModule = { readonly default: UiStrings };

// An explicit map (not a template-string import) so bundlers emit one chunk per locale and nothing else.
const LOADERS: Readonly<Record<string, () => Promise<LocaleModule>>> = {
  'zh-Hans': () => import('./zh-Hans.js'),
};

/** Every locale the prompt's own strings are available in. */
export const SHIPPED_LOCALES: readonly string[] = Object.freeze(['en', ...Object.keys(LOADERS)]);

/** Loads one shipped locale's strings. */
export async function loadLocale(locale: string): Promise<UiStrings> {
  if (locale === 'en') return en;
  const loader = LOADERS[locale];
  if (!loader) throw new RangeError(`unticked ships no locale "${locale}"`);
  return (await loader()).default;
}
