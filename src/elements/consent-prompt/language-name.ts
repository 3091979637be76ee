import { cached } from '../../core/cache.js';
import { fallbackLanguageName, hasAutonym } from '../../core/i18n/language-names.js';

// One Intl.DisplayNames per display language: names are looked up on every render (menu, notices, receipts).
const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesIn(displayLanguage: string): Intl.DisplayNames | null {
  return cached(displayNames, displayLanguage, () => {
    try {
      return new Intl.DisplayNames([displayLanguage], { type: 'language', fallback: 'code' });
    } catch {
      // An invalid display language: the tag itself is shown.
      return null;
    }
  });
}

// Whether the engine has names in a display language: without them Intl.DisplayNames answers in English, or, where
// it claims the language but has none (Chromium in Punjabi), with the codes themselves ("en", "zh (China)").
const hasNames = new Map<string, boolean>();

function namesAvailableIn(displayLanguage: string): boolean {
  return cached(hasNames, displayLanguage, () => {
    try {
      return (
        Intl.DisplayNames.supportedLocalesOf([displayLanguage]).length > 0 &&
        namesIn(displayLanguage)?.of('de') !== 'de'
      );
    } catch {
      return false;
    }
  });
}

// Display languages whose names CLDR gives with a capital that a sentence writes in lower case (CLDR's context
// transforms): Vietnamese "Tiếng Anh" standing alone, "bằng tiếng Anh" in a sentence.
const LOWER_IN_SENTENCE = /^vi(?:-|$)/i;

/**
 * A language's name in the given display language (the tag when it has none): with a capital, as it stands alone
 * (a menu), or as a sentence writes it. Where the engine has no names in that language, the shipped ones (see
 * core/i18n/language-names) come first.
 */
export function languageName(tag: string, displayLanguage: string, capitalize = false): string {
  // Extensions and private use name no language (and Intl.DisplayNames throws on some): "de-u-co-phonebk" is
  // German, "en-x-private" English.
  const language = tag.replace(/-[\da-z]-.*$/is, '') || tag;
  let name = tag;
  try {
    const shipped = namesAvailableIn(displayLanguage) ? undefined : fallbackLanguageName(language, displayLanguage);
    name = shipped ?? namesIn(displayLanguage)?.of(language) ?? tag;
  } catch {
    return tag;
  }
  if (capitalize) return name.charAt(0).toLocaleUpperCase(displayLanguage) + name.slice(1);
  if (LOWER_IN_SENTENCE.test(displayLanguage) && name !== tag) {
    return name.charAt(0).toLocaleLowerCase(displayLanguage) + name.slice(1);
  }
  return name;
}

/**
 * Whether any of `tags` would be named in English rather than in itself: the engine has no names in that language
 * (Chromium has none in Welsh, Khmer or Yoruba, and Intl.DisplayNames answers "Welsh") and none is shipped or loaded.
 * The language menu then loads the autonyms chunk.
 */
export function lacksAutonyms(tags: readonly string[]): boolean {
  return tags.some((tag) => !hasAutonym(tag) && !namesAvailableIn(tag));
}
