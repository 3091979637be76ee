/**
 * Text helpers of the linter: normalising, phrase search with negation, word counts and script-aware lengths.
 *
 * @module
 */
import { canonicalLanguage } from '../i18n/resolve.js';

/** Lowercased, NFKC (full-width letters become ASCII), typographic apostrophes straightened, spaces collapsed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The primary language subtag (`zh` for `zh-Hant-TW`), lowercased; empty when the tag is not valid. */
export function primaryLanguage(tag: string): string {
  const canonical = canonicalLanguage(tag);
  return canonical ? (canonical.split('-')[0] ?? '').toLowerCase() : '';
}

/** The script a language is written in (`Hans`, `Latn`, `Jpan`...), from the maximized tag; empty when unknown. */
export function languageScript(tag: string): string {
  const canonical = canonicalLanguage(tag);
  if (!canonical) return '';
  try {
    return new Intl.Locale(canonical).maximize().script ?? '';
  } catch {
    return '';
  }
}

/** A phrase pattern: the regular expression (global, written for normalised text) and whether a negation cancels it. */
export interface Phrase {
  readonly pattern: RegExp;
  /** `true` when "we do not share with partners" must not count as sharing. */
  readonly negatable?: boolean;
}

// Words that, earlier in the same sentence, turn a mention into a denial ("we never share...").
const NEGATION_EN = /\b(?:not|never|no|don't|doesn't|won't|neither|nor|without)\b/u;
const NEGATION_ZH = /不会|不得|绝不|从不|不与|不向|不将|没有|并不|无需/u;
const SENTENCE_END = /[.!?;。！？；\n]/gu;

/** The part of the sentence before `index`: where a negation would be. */
function sentenceBefore(text: string, index: number): string {
  // Only the 80 characters before the match are read, so a long clause with many matches stays linear.
  const window = text.slice(Math.max(0, index - 80), index);
  let start = 0;
  for (const match of window.matchAll(SENTENCE_END)) start = (match.index ?? 0) + 1;
  return window.slice(start);
}

function negated(text: string, index: number): boolean {
  const before = sentenceBefore(text, index);
  return NEGATION_EN.test(before) || NEGATION_ZH.test(before);
}

/** The distinct phrases of `phrases` found in normalised `text`, in order of first appearance. */
export function findPhrases(text: string, phrases: readonly Phrase[]): string[] {
  const found: { index: number; phrase: string }[] = [];
  for (const { pattern, negatable } of phrases) {
    for (const match of text.matchAll(pattern)) {
      const index = match.index ?? 0;
      if (negatable && negated(text, index)) continue;
      const phrase = match[0].trim();
      if (phrase) found.push({ index, phrase });
    }
  }
  // In text order, longest first at one position; a match inside an earlier one ("may share" in "we may share")
  // is the same finding.
  found.sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length);
  const kept = new Set<string>();
  let end = 0;
  for (const { index, phrase } of found) {
    if (index < end) continue;
    kept.add(phrase);
    end = index + phrase.length;
  }
  return [...kept];
}

/** `"a", "b" and "c"`: quoted phrases for a message. */
export function quoteList(phrases: readonly string[]): string {
  const quoted = phrases.map((phrase) => JSON.stringify(phrase.length > 60 ? `${phrase.slice(0, 60)}…` : phrase));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

// Scripts written without spaces between words: runs in them are split into words by `Intl.Segmenter`.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED_CHARACTERS = new RegExp(UNSPACED.source, 'gu');
// A word of a spaced script: letters, marks and digits, joined by an apostrophe, hyphen or dot ("don't", "e-mail").
const RUN = /[\p{L}\p{M}\p{N}]+(?:['.-][\p{L}\p{M}\p{N}]+)*/gu;
// Segmenting a long string at once is slow in V8 (it grows faster than the length); short pieces keep it linear.
const SEGMENT_PIECE = 100;

/** A word segmenter for `language`, or `undefined` where `Intl.Segmenter` is missing. */
export function wordSegmenter(language: string): Intl.Segmenter | undefined {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (typeof Segmenter !== 'function') return undefined;
  try {
    return new Segmenter(canonicalLanguage(language) ?? 'en', { granularity: 'word' });
  } catch {
    return new Segmenter('en', { granularity: 'word' });
  }
}

function unspacedWords(run: string, segmenter: Intl.Segmenter | undefined): number {
  if (!segmenter) return Math.ceil((run.match(UNSPACED_CHARACTERS)?.length ?? 0) / 2) || 1;
  let count = 0;
  for (let start = 0; start < run.length; start += SEGMENT_PIECE) {
    for (const segment of segmenter.segment(run.slice(start, start + SEGMENT_PIECE))) {
      if (segment.isWordLike) count++;
    }
  }
  return count;
}

/**
 * Words in `text`, counted up to just past `limit` (a long clause is not walked to its end). Words of spaced
 * scripts are runs of letters; runs of Chinese, Japanese, Thai and the like are split into words by `segmenter`
 * (`Intl.Segmenter`), or count as one word per two characters without one.
 */
export function countWords(text: string, limit: number, segmenter: Intl.Segmenter | undefined): number {
  let count = 0;
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    count += UNSPACED.test(run) ? unspacedWords(run, segmenter) : 1;
    if (count > limit) break;
  }
  return count;
}

/**
 * Characters of text in a language per character of the same text in English, by script. Measured on the
 * fixtures' translations and common references: Chinese runs about 0.3–0.35 of English, Japanese about 0.5,
 * Korean about 0.55; alphabetic scripts stay close to 1 (German and French are a little longer).
 */
const CHARACTERS_PER_ENGLISH_CHARACTER: Readonly<Record<string, number>> = Object.freeze({
  Hans: 0.33,
  Hant: 0.33,
  Hani: 0.33,
  Jpan: 0.5,
  Kore: 0.55,
});

/** The expected length ratio of a language against English (see {@link CHARACTERS_PER_ENGLISH_CHARACTER}). */
export function expectedLengthRatio(language: string): number {
  return CHARACTERS_PER_ENGLISH_CHARACTER[languageScript(language)] ?? 1;
}

/** Characters (code points, whitespace runs counted once) divided by the language's expected ratio. */
export function englishEquivalentLength(text: string, language: string): number {
  let characters = 0;
  // A for...of walks code points; no array of the whole clause is built.
  for (const _character of text.replace(/\s+/gu, ' ').trim()) characters++;
  return characters / expectedLengthRatio(language);
}
