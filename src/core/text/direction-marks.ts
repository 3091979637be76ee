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
 * @module
 */

import { onFirstUse } from '../cache.js';

const DIRECTION_MARK = /[\u200E\u200F\u061C]/;
// Built on first use: a Unicode property class costs before the prompt shows, and most text has no mark to scan.
const letter = onFirstUse(() => /\p{L}/u);

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

/** A direction mark placed where it swaps the words around it. */
export interface ReorderingMark {
  /** Its position in the text, in UTF-16 code units. */
  readonly index: number;
  /** The mark: U+200E, U+200F or U+061C. */
  readonly mark: string;
  /** Whether the words on both sides of it are right-to-left (then it is U+200E), or left-to-right. */
  readonly rightToLeftWords: boolean;
}

/**
 * The first direction mark whose nearest letters on both sides (skipping spaces, digits, punctuation and other
 * marks) are of one direction, opposite to its own: there it swaps them. A mark at either end of the text, or
 * between words of different directions, only places the characters around it, and is left alone.
 */
export function reorderingMark(text: string): ReorderingMark | undefined {
  if (!DIRECTION_MARK.test(text)) return undefined;
  let lastLetterRtl: boolean | undefined;
  let pending: { index: number; mark: string; before: boolean | undefined }[] = [];
  for (const { 0: char, index } of text.matchAll(/./gsu)) {
    if (DIRECTION_MARK.test(char)) {
      pending.push({ index, mark: char, before: lastLetterRtl });
    } else if (letter().test(char)) {
      const rtl = isRightToLeftLetter(char.codePointAt(0) ?? 0);
      // U+200E is left-to-right; U+200F and U+061C are right-to-left.
      const swapped = pending.find(({ mark, before }) => before === rtl && rtl === (mark === '\u200E'));
      if (swapped) return { index: swapped.index, mark: swapped.mark, rightToLeftWords: rtl };
      pending = [];
      lastLetterRtl = rtl;
    }
  }
  return undefined;
}

/**
 * Says, in a problem message, what a reordering mark does: "U+200F (right-to-left mark) between two left-to-right
 * words, which swaps them in right-to-left text, so it reads differently from what is stored".
 */
export function describeReorderingMark({ mark, rightToLeftWords }: ReorderingMark): string {
  const name =
    mark === '\u200E' ? 'left-to-right mark' : mark === '\u200F' ? 'right-to-left mark' : 'Arabic letter mark';
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
