import { cached } from '../../core/cache.js';

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

/** A language's name in the given display language (the tag when it has none), optionally with a capital. */
export function languageName(tag: string, displayLanguage: string, capitalize = false): string {
  let name = tag;
  try {
    name = namesIn(displayLanguage)?.of(tag) ?? tag;
  } catch {
    return tag;
  }
  return capitalize ? name.charAt(0).toLocaleUpperCase(displayLanguage) + name.slice(1) : name;
}
