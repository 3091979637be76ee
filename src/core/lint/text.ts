/**
 * Text helpers of the linter: normalising, phrase search with negation, word counts and script-aware lengths.
 *
 * @module
 */
import { canonicalLanguage } from '../i18n/resolve.js';
import { foldLookAlikes } from '../i18n/strings.js';

// Text between a right-to-left override and its end is shown reversed: read in the order the visitor sees it.
const OVERRIDDEN = /\u202E([^\u202A-\u202E\u2066-\u2069]*)(?:\u202C|(?=[\u202A-\u202E\u2066-\u2069])|$)/gu;
// Characters that draw nothing (zero-width spaces, joiners, soft hyphens, bidi controls, variation selectors, fillers,
// and the Braille blank, which Unicode does not call ignorable): inside a word they would hide it from every phrase,
// and they pad a short translation's length.
const DRAWS_NOTHING = /[\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;
const LATIN = /\p{Script=Latin}/u;
const IMITATING = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Cherokee}]/u;

/**
 * Lowercased, NFKC (full-width letters become ASCII), typographic apostrophes straightened, spaces collapsed, as
 * the visitor reads it: characters that draw nothing removed, text under a right-to-left override put in the order
 * shown, and a word that mixes Latin letters with Cyrillic or Greek look-alikes ("аnalytics" with a Cyrillic а)
 * folded to the Latin it imitates. Words wholly in Cyrillic or Greek are kept.
 */
export function normaliseText(text: string): string {
  return text
    .replace(OVERRIDDEN, (_, run: string) => [...run].reverse().join(''))
    .replace(DRAWS_NOTHING, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{L}+/gu, (word) =>
      LATIN.test(word) && IMITATING.test(word) ? foldLookAlikes(foldLookAlikes(word).toLowerCase()) : word,
    )
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
  /**
   * `true` when "we do not share with partners" must not count as sharing, nor "a cookie remembers whether you
   * allowed analytics" as analytics: a denial, or a record of the visitor's choice, is not the activity.
   */
  readonly negatable?: boolean;
}

/** How a language denies, and where a part of a sentence ends, for {@link findPhrases}. */
export interface SentenceRules {
  /** Words that, before a match in the same part of a sentence, deny it. */
  readonly negation: RegExp;
  /** Where a new part of a sentence starts ("…, but we share…"): a negation before it does not reach past it. */
  readonly boundary: RegExp;
  /** Words that, before a match in the same part, make it a record of the visitor's choice, not the activity. */
  readonly choiceRecord?: RegExp;
  /**
   * Words after a match, in the same part of the sentence, that deny it: Japanese denies after the verb
   * (提供しません), German and Dutch often at the end ("Eine Weitergabe an Dritte erfolgt nicht").
   */
  readonly negationAfter?: RegExp;
  /**
   * Words inside a match that spans a separable verb ("geben … nicht … weiter") and deny it. Only where the
   * language splits its verbs: in English "share your history, without your name, with Google" still shares.
   */
  readonly negationInside?: RegExp;
  /** A record of the visitor's choice after the match (see `choiceRecord`). */
  readonly choiceRecordAfter?: RegExp;
  /** Words that turn a denial into "only" ("ne … qu'à nos partenaires"): the phrase still counts. */
  readonly restrictive?: RegExp;
}

/** How {@link findPhrases} reads a match's surroundings. */
export interface FindOptions {
  /**
   * `true` for activities (analytics, advertising...): a record of the visitor's choice about them ("remembers
   * whether you allowed analytics") is not the activity. Never for sharing: "your preferences are shared" shares.
   */
  readonly choiceRecords?: boolean;
}

// A long clause dense with one phrase is reported as well after this many matches of it as after all.
const MATCHES_PER_PHRASE = 50;

const SENTENCE_END = /[.!?。！？\n]/gu;
// A negation reaches this far back (and a Japanese one this far forward): further away it denies something else.
const NEGATION_REACH = 150;

/** The part of the sentence before `index`, after the last boundary: where a negation would be. */
function partBefore(text: string, index: number, boundary: RegExp): string {
  // Only a window before the match is read, so a long clause with many matches stays linear.
  const window = text.slice(Math.max(0, index - NEGATION_REACH), index);
  let start = 0;
  for (const match of window.matchAll(SENTENCE_END)) start = (match.index ?? 0) + 1;
  const sentenceStart = start;
  for (const match of window.slice(sentenceStart).matchAll(boundary)) {
    start = sentenceStart + (match.index ?? 0) + match[0].length;
  }
  return window.slice(start);
}

/** The part of the sentence after `end`, up to the next boundary. */
function partAfter(text: string, end: number, boundary: RegExp): string {
  const window = text.slice(end, end + NEGATION_REACH);
  let stop = window.length;
  for (const pattern of [SENTENCE_END, boundary]) {
    // search() finds the first match and, unlike exec(), ignores and keeps the pattern's lastIndex.
    const at = window.search(pattern);
    if (at !== -1) stop = Math.min(stop, at);
  }
  return window.slice(0, stop);
}

function denied(text: string, index: number, end: number, rules: SentenceRules, options: FindOptions): boolean {
  const before = partBefore(text, index, rules.boundary);
  const after = partAfter(text, end, rules.boundary);
  // An aside between commas inside the phrase ("geben Ihre Daten, auch wenn Sie nicht angemeldet sind, an Google
  // weiter") denies nothing of it.
  const inside = text.slice(index, end).replace(/,[^,]*,/gu, ' ');
  const negated =
    nonGlobal(rules.negation).test(before) ||
    (rules.negationInside !== undefined && nonGlobal(rules.negationInside).test(inside)) ||
    (rules.negationAfter !== undefined && nonGlobal(rules.negationAfter).test(after));
  const only = rules.restrictive !== undefined && nonGlobal(rules.restrictive).test(`${before}${inside}${after}`);
  if (negated && !only) return true;
  if (!options.choiceRecords) return false;
  return (
    (rules.choiceRecord !== undefined && nonGlobal(rules.choiceRecord).test(before)) ||
    (rules.choiceRecordAfter !== undefined && nonGlobal(rules.choiceRecordAfter).test(after))
  );
}

const globalCache = new WeakMap<RegExp, RegExp>();

/**
 * A global copy of `pattern` owned by this module, so a search can move its `lastIndex` back (to look inside a
 * denied match) without touching the phrase lists' own patterns. Searches run synchronously, one at a time.
 */
function globalCopy(pattern: RegExp): RegExp {
  let copy = globalCache.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCache.set(pattern, copy);
  }
  return copy;
}

const nonGlobalCache = new WeakMap<RegExp, RegExp>();

/** `pattern` without the `g` flag, so `test` keeps no `lastIndex` between calls. */
function nonGlobal(pattern: RegExp): RegExp {
  if (!pattern.global) return pattern;
  let copy = nonGlobalCache.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.replace('g', ''));
    nonGlobalCache.set(pattern, copy);
  }
  return copy;
}

/**
 * The distinct phrases of `phrases` found in normalised `text`, in order of first appearance. `folded` is the same
 * text with each character replaced by one of equal length (Traditional Chinese by Simplified), matched instead of
 * `text` so one list serves both; the phrases reported are `text`'s own.
 */
export function findPhrases(
  text: string,
  phrases: readonly Phrase[],
  rules: SentenceRules,
  folded: string = text,
  options: FindOptions = {},
): string[] {
  const found: { index: number; phrase: string }[] = [];
  for (const { pattern, negatable } of phrases) {
    const search = globalCopy(pattern);
    search.lastIndex = 0;
    let kept = 0;
    for (let match = search.exec(folded); match !== null; match = search.exec(folded)) {
      const index = match.index;
      const end = index + match[0].length;
      if (end === index) {
        search.lastIndex = index + 1;
        continue;
      }
      if (negatable && denied(folded, index, end, rules, options)) {
        // A denial cancels only what it governs: in "we do not sell data, but share it with partners" the match
        // runs from "sell" to "with", and the sharing after "but" must still be read on its own.
        search.lastIndex = index + 1;
        continue;
      }
      const phrase = text.slice(index, end).trim();
      if (phrase) found.push({ index, phrase });
      if (++kept >= MATCHES_PER_PHRASE) break;
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

const sentenceSegmenters = new Map<string, Intl.Segmenter | null>();
const LETTER = /\p{L}/u;
// A break after a single letter or a short capitalised word and its full stop ("Dr.", "Inc.", "z. B.", "EE. UU.",
// "Δρ.") is an abbreviation's, not a sentence's end, which the engine takes it for before a capital.
const ABBREVIATED = /(?:^|[^\p{L}])(?:\p{L}|\p{Lu}\p{L}{1,2})\.\s*$/u;
// Written without sentence punctuation (spaces end sentences): not counted.
const UNPUNCTUATED = new Set(['th', 'lo', 'km', 'my']);

/**
 * Sentences in `text` by its language's rules (`Intl.Segmenter`: "。" ends one in Chinese, "।" in Hindi, "e.g." does
 * not end one in English), counting only those with a letter and not ended by an abbreviation; `undefined` where
 * the engine has no segmenter or the language ends sentences with spaces (Thai, Lao, Khmer, Burmese).
 */
export function countSentences(text: string, language: string): number | undefined {
  if (UNPUNCTUATED.has(primaryLanguage(language))) return undefined;
  let segmenter = sentenceSegmenters.get(language);
  if (segmenter === undefined) {
    const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
    if (typeof Segmenter !== 'function') segmenter = null;
    else {
      try {
        segmenter = new Segmenter(canonicalLanguage(language) ?? 'en', { granularity: 'sentence' });
      } catch {
        segmenter = new Segmenter('en', { granularity: 'sentence' });
      }
    }
    sentenceSegmenters.set(language, segmenter);
  }
  if (!segmenter) return undefined;
  let count = 0;
  let open = false;
  for (const { segment } of segmenter.segment(text)) {
    if (!LETTER.test(segment)) continue;
    if (!open) count++;
    open = ABBREVIATED.test(segment);
  }
  return count;
}

/** Words in a run of Chinese, Japanese, Thai…, counted up to just past `limit` (a long run is not walked to its end). */
function unspacedWords(run: string, segmenter: Intl.Segmenter | undefined, limit: number): number {
  if (!segmenter) return Math.ceil((run.match(UNSPACED_CHARACTERS)?.length ?? 0) / 2) || 1;
  let count = 0;
  for (let start = 0; start < run.length && count <= limit; start += SEGMENT_PIECE) {
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
    count += UNSPACED.test(run) ? unspacedWords(run, segmenter, limit - count) : 1;
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

// Text a translation carries over as it is: Latin words, digits and ASCII punctuation, with the spaces inside a
// run ("Google Ireland Limited", "Dublin 4", "privacy@example.com", URLs). It does not shrink in Chinese.
const CARRIED_OVER = /[\p{Script=Latin}\p{Nd}!-~]+(?: [\p{Script=Latin}\p{Nd}!-~]+)*/gu;

/** Code points in `text`; a for...of walks them without building an array of the whole clause. */
function codePoints(text: string): number {
  let count = 0;
  for (const _character of text) count++;
  return count;
}

const PILED_MARKS = /\p{M}{3,}/gu;

/**
 * The length of `text` in characters of English (code points, whitespace runs counted once): the language's own
 * script is divided by its expected ratio, while Latin runs, numbers, emails and URLs, which are the same in
 * every translation, count one for one.
 */
export function englishEquivalentLength(text: string, language: string): number {
  // Characters that draw nothing (zero-width spaces, soft hyphens, joiners, variation selectors) and marks piled on
  // one letter beyond two would pad a short translation up to the others' length: not counted.
  const collapsed = text
    .replace(DRAWS_NOTHING, '')
    .replace(PILED_MARKS, (marks) => marks.slice(0, 2))
    .replace(/\s+/gu, ' ')
    .trim();
  const characters = codePoints(collapsed);
  const ratio = expectedLengthRatio(language);
  if (ratio === 1) return characters;
  let carriedOver = 0;
  for (const match of collapsed.matchAll(CARRIED_OVER)) carriedOver += codePoints(match[0]);
  return carriedOver + (characters - carriedOver) / ratio;
}
