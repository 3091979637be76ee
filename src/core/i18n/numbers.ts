/**
 * Numbers in the prompt's own sentences ("Decide on each of these 3 purposes"), written the visitor's way.
 *
 * The first `Intl.NumberFormat` a page creates costs 15–40 ms (the engine loads its number data), and the prompt's
 * first screen has a number in it. Small whole numbers in a language whose digits are 0–9 read the same either
 * way, so those skip `Intl`; test/browser/language.test.ts checks that they match `Intl.NumberFormat` in every
 * shipped locale where they are used.
 *
 * @module
 */
import { cached } from '../cache.js';

/**
 * Shipped locales whose default digits are 0–9 in every engine we test. Not here: Arabic, Persian, Urdu (some
 * engines use Arabic-Indic digits), Bengali and Marathi (their own digits); they, and any language a host adds,
 * always go through `Intl`.
 */
export const LATIN_DIGIT_LOCALES: ReadonlySet<string> = new Set(
  (
    'am bg cs da de el en es et fi fil fr ga gu ha he hi hr hu id it ja ko lt lv ms mt nl pa pl pt-BR pt-PT ro ' +
    'ru sk sl sv sw ta te th tr uk vi zh-Hans zh-Hant'
  ).split(' '),
);

const formats = new Map<string, Intl.NumberFormat>();

/** `value` as `Intl.NumberFormat(language)` writes it. */
export function formatNumber(value: number, language: string): string {
  // Below 1000 no language groups digits, so there is nothing but the digits themselves to get right.
  if (Number.isInteger(value) && value >= 0 && value < 1000 && LATIN_DIGIT_LOCALES.has(language)) {
    return String(value);
  }
  const format = cached(formats, language, () => {
    try {
      return new Intl.NumberFormat(language);
    } catch {
      return new Intl.NumberFormat();
    }
  });
  return format.format(value);
}
