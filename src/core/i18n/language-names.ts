/**
 * Language names where the browser's `Intl` has none. Chromium ships no display-name data for some of the
 * languages unticked's own words come in (Irish, Maltese, Hausa; in Punjabi it answers with the codes):
 * `Intl.DisplayNames` then answers in English without saying so, and an Irish visitor read "Níl an téacs seo ar fáil as Irish". The names here are CLDR's,
 * as Node's full ICU gives them (scripts/generate-language-names.mjs; test/node/language-names.test.ts checks).
 *
 * @module
 */

/** Those languages each named in itself, for the language menu, which names every language in itself. */
export const AUTONYMS: Readonly<Record<string, string>> = Object.freeze({
  ga: 'Gaeilge',
  ha: 'Hausa',
  mt: 'Malti',
  pa: 'ਪੰਜਾਬੀ',
});

// Every language CLDR names in itself, once the autonyms chunk has loaded (see registerAutonyms).
let moreAutonyms: Readonly<Record<string, string>> | undefined;

/** Adds CLDR's names of every language in itself (the autonyms chunk), for languages unticked ships no words in. */
export function registerAutonyms(names: Readonly<Record<string, string>>): void {
  moreAutonyms = names;
}

/** Whether the name of `tag` in itself is known here (shipped, or from the autonyms chunk once loaded). */
export function hasAutonym(tag: string): boolean {
  const base = baseOf(tag);
  return own(AUTONYMS, base) !== undefined || own(moreAutonyms, base) !== undefined;
}

// Names in one display language, added when its locale of the prompt's words loads (each carries its own).
const namesByDisplay = new Map<string, Readonly<Record<string, string>>>();

/** Adds the names in `displayLanguage` (a shipped locale's tag) of the shipped languages. */
export function registerLanguageNames(displayLanguage: string, names: Readonly<Record<string, string>>): void {
  namesByDisplay.set(displayLanguage, names);
}

const own = (table: Readonly<Record<string, string>> | undefined, key: string): string | undefined =>
  table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

const baseOf = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/**
 * The name of `tag` in `displayLanguage` from these tables: by the whole tag, then by its language alone (a
 * region or script is then left out); `undefined` when they have none.
 */
export function fallbackLanguageName(tag: string, displayLanguage: string): string | undefined {
  const display = baseOf(displayLanguage);
  const names = namesByDisplay.get(displayLanguage) ?? namesByDisplay.get(display);
  const base = baseOf(tag);
  return (
    own(names, tag) ??
    own(names, base) ??
    (base === display ? (own(AUTONYMS, base) ?? own(moreAutonyms, base)) : undefined)
  );
}
