/**
 * Direction marks that reorder words. Pure.
 *
 * U+200E (left-to-right mark), U+200F (right-to-left mark) and U+061C (Arabic letter mark) are invisible letters
 * with a direction. Most uses are honest: they keep a full stop or a bracket beside the word it belongs to. Between
 * two words of the other direction, though, a mark splits them into two runs, which a paragraph of the mark's
 * direction lays out in its own order: in right-to-left text, "all\u200F Accept" reads "Accept all", and in
 * left-to-right text an LRM swaps two Arabic or Hebrew words the same way. What is shown then differs from what is
 * stored, hashed into the receipt and checked against the other labels.
 *
 * Visible right-to-left characters that are not letters of a word do the same: Hebrew punctuation such as the
 * geresh (U+05F3, which looks like an apostrophe), the Arabic tatweel (U+0640) or full stop (U+06D4). Between
 * English words with no Hebrew or Arabic word beside them, they are there only to reorder the words. The mirror
 * image too: a left-to-right modifier letter such as U+02BB (ʻ, like an opening quote) between two Hebrew or Arabic
 * words splits them in left-to-right text.
 *
 * @module
 */

import { onFirstUse } from '../cache.js';

const DIRECTION_MARK = /[\u200E\u200F\u061C]/;
// Any character of the right-to-left blocks (surrogate pairs by their high half): text without one, or a mark, has
// nothing to scan, and is cleared without the Unicode tables below.
const RIGHT_TO_LEFT_OR_MARK = /[\u0590-\u08FF\u200E\u200F\uFB1D-\uFDFF\uFE70-\uFEFE\uD802\uD803\uD83A\uD83B]/;
// Built on first use: a Unicode property class costs before the prompt shows, and most text has no mark to scan.
const letter = onFirstUse(() => /\p{L}/u);
// Punctuation, symbols, modifier letters (the tatweel), format characters and numerals: in the right-to-left
// blocks, these are strongly right-to-left (bidirectional class R or AL) but for the neutral and weak ones below.
const notWordLetter = onFirstUse(() => /[\p{P}\p{S}\p{Lm}\p{Cf}\p{N}]/u);
// Those of class AN, EN, CS, ET, ES or ON (Arabic digits, comma, percent signs, ornate parentheses, honorific
// ligatures...), which take the direction of the words around them and so split nothing. Listed from Unicode 14's
// data: a later neutral in these blocks counts as a sign, so errs towards refusing it between two English words.
const NEUTRAL_IN_RIGHT_TO_LEFT_BLOCKS =
  /[\u0600-\u0607\u0609\u060A\u060C\u060E\u060F\u0660-\u066C\u06DD\u06DE\u06E9\u06F0-\u06F9\u07F6-\u07F9\u0890\u0891\u08E2\uFB29\uFD3E-\uFD4F\uFDCF\uFDFD-\uFDFF\u{1091F}\u{10B39}-\u{10B3F}\u{10E60}-\u{10E7E}\u{1EEF0}\u{1EEF1}]/u;

// Modifier letters outside those blocks are strongly left-to-right but for these (class ON: the prime-like U+02B9,
// U+02BA, the accents U+02C6-U+02CF, U+02EC), which take the direction of the words around them.
const NEUTRAL_MODIFIER_LETTERS = /[\u02B9\u02BA\u02C6-\u02CF\u02EC]/;
const modifierLetter = onFirstUse(() => /\p{Lm}/u);

/**
 * Whether a letter is written right to left: the blocks Unicode gives the bidirectional class R or AL (Hebrew,
 * Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, their presentation forms, and the historic and African scripts
 * of plane 1's right-to-left areas).
 */
function isRightToLeftLetter(code: number): boolean {
  return (
    (code >= 0x0590 && code <= 0x08ff) ||
    (code >= 0xfb1d && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefe) ||
    (code >= 0x10800 && code <= 0x10fff) ||
    (code >= 0x1e800 && code <= 0x1efff)
  );
}

/** Whether `char` is strongly right to left but no letter of a word: punctuation, a symbol, tatweel, a numeral. */
function isRightToLeftSign(char: string): boolean {
  return (
    isRightToLeftLetter(char.codePointAt(0) ?? 0) &&
    notWordLetter().test(char) &&
    !NEUTRAL_IN_RIGHT_TO_LEFT_BLOCKS.test(char)
  );
}

/** Whether `char` is a left-to-right modifier letter (U+02BB, U+02BC...): part of a word only beside its letters. */
function isLeftToRightSign(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return !isRightToLeftLetter(code) && modifierLetter().test(char) && !NEUTRAL_MODIFIER_LETTERS.test(char);
}

/** A direction mark, or a sign of one direction, placed where it swaps the words around it. */
export interface ReorderingMark {
  /** Its position in the text, in UTF-16 code units. */
  readonly index: number;
  /** The mark (U+200E, U+200F or U+061C), or the first sign of a run of them. */
  readonly mark: string;
  /** Whether the words on both sides of it are right-to-left (then it is U+200E or a left-to-right sign). */
  readonly rightToLeftWords: boolean;
}

/**
 * The first direction mark or sign whose nearest letters on both sides (skipping spaces, digits,
 * punctuation and other marks) are of one direction, opposite to its own: there it swaps them. A mark at either
 * end of the text, or between words of different directions, only places the characters around it, and is left
 * alone; so is Hebrew or Arabic punctuation beside a Hebrew or Arabic word.
 */
export function reorderingMark(text: string): ReorderingMark | undefined {
  if (!RIGHT_TO_LEFT_OR_MARK.test(text)) return undefined;
  let lastLetterRtl: boolean | undefined;
  let pending: { index: number; mark: string; rtl: boolean; before: boolean | undefined }[] = [];
  for (const { 0: char, index } of text.matchAll(/./gsu)) {
    // U+200E is left-to-right; U+200F, U+061C and the signs in the right-to-left blocks are right-to-left. The
    // tatweel, the N'Ko tone apostrophes and U+02BB are modifier letters, but no word starts with one: they count
    // as signs, not letters.
    if (DIRECTION_MARK.test(char) || isRightToLeftSign(char)) {
      pending.push({ index, mark: char, rtl: char !== '\u200E', before: lastLetterRtl });
    } else if (isLeftToRightSign(char)) {
      pending.push({ index, mark: char, rtl: false, before: lastLetterRtl });
    } else if (letter().test(char)) {
      const rtl = isRightToLeftLetter(char.codePointAt(0) ?? 0);
      const swapped = pending.find((mark) => mark.before === rtl && rtl !== mark.rtl);
      if (swapped) return { index: swapped.index, mark: swapped.mark, rightToLeftWords: rtl };
      pending = [];
      lastLetterRtl = rtl;
    }
  }
  return undefined;
}

const MARK_NAMES: Readonly<Record<string, string>> = {
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u061C': 'Arabic letter mark',
};

/**
 * Says, in a problem message, what a reordering mark does: "U+200F (right-to-left mark) between two left-to-right
 * words, which swaps them in right-to-left text, so it reads differently from what is stored". The message names
 * the character by its code point only, so a log or terminal showing it is not reordered in turn.
 */
export function describeReorderingMark({ mark, rightToLeftWords }: ReorderingMark): string {
  const name =
    MARK_NAMES[mark] ??
    (rightToLeftWords
      ? 'left-to-right modifier letter, part of no word'
      : 'right-to-left punctuation, symbol or modifier letter, part of no word');
  const [words, paragraph] = rightToLeftWords ? ['right-to-left', 'left-to-right'] : ['left-to-right', 'right-to-left'];
  const code = `U+${(mark.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `${code} (${name}) between two ${words} words, which swaps them in ${paragraph} text, so it reads differently from what is stored`;
}

/** Every direction control and mark: embeddings, overrides, isolates, and the LRM, RLM and ALM marks. */
export const DIRECTION_CHARACTERS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * `text` with each character `pattern` finds written as a `\uXXXX` escape (`pattern` global, of characters in the
 * Basic Multilingual Plane), so that a path or message quoting a host's text reads the way it is stored.
 */
export function escapeCharacters(text: string, pattern: RegExp): string {
  return text.replace(pattern, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
