/**
 * Checks a host's overrides of the prompt's own words (`<consent-prompt>.strings`) before any of them reaches a
 * visitor. Pure: the element applies what passes.
 *
 * Overriding is for tone and terminology ("Reject all" → "Decline all"), not for changing what a button does or
 * hiding what the law requires to be said. So an override is refused when it would make a label empty or invisible,
 * drop the site text a sentence must name (who asks, which language, which purposes), smuggle in i18next nesting
 * (`$t(...)`) or placeholders the sentence does not have, carry direction overrides that can reorder what a visitor
 * reads, or give two of the three actions the same label.
 *
 * @module
 */
import { cached, onFirstUse } from '../cache.js';
import { describeError } from '../errors.js';
import { canonicalLanguage, matchLanguage } from './resolve.js';
import {
  DIRECTION_CHARACTERS,
  describeReorderingMark,
  escapeCharacters,
  reorderingMark,
} from '../text/direction-marks.js';

/** Nested like the shipped locales: `{ actions: { rejectAll: 'Decline all' } }`, plus top-level strings. */
export type StringTree = { readonly [key: string]: string | StringTree };

/** Overrides per language tag: a shipped locale may be overridden in part; any other language must be complete. */
export type StringOverrides = Readonly<Record<string, StringTree>>;

/** Why an override was refused. */
export type StringsProblemCode =
  | 'not-object'
  | 'language'
  | 'unknown-key'
  | 'not-text'
  | 'empty'
  | 'too-long'
  | 'control-character'
  | 'bidi-control'
  | 'nesting'
  | 'placeholder'
  | 'incomplete'
  | 'duplicate'
  | 'deceptive-label';

/** One refused override, with the path of the field, e.g. `strings.en.actions.rejectAll`. */
export interface StringsProblem {
  readonly code: StringsProblemCode;
  readonly path: string;
  readonly message: string;
}

/** The result of {@link validateStrings}. */
export type StringsValidation =
  | {
      readonly valid: true;
      /** Overrides keyed by the locale they apply to (a shipped locale's own spelling, or the canonical tag). */
      readonly strings: Readonly<Record<string, Readonly<Record<string, string>>>>;
      /** Languages that are not shipped and that the overrides add in full. */
      readonly added: readonly string[];
    }
  | { readonly valid: false; readonly problems: readonly StringsProblem[] };

/** What overrides are checked against. */
export interface StringsReference {
  /** The English strings: the keys and placeholders every locale has. */
  readonly english: StringTree;
  /** The locales the package ships. */
  readonly shipped: readonly string[];
}

/** Longest accepted override; the longest shipped English sentence is about 130 characters. */
export const MAX_STRING_LENGTH = 400;

const MAX_LANGUAGES = 100;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
// Explicit embeddings, overrides and isolates: they can make one label read as another.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
// C0/C1 controls other than tab and newline, and lone surrogates: exactly what this pattern is for.
const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// What does not show on screen: whitespace, default-ignorable characters (zero-width, Hangul fillers and the like),
// blank Braille, and combining marks alone. This and the other patterns with Unicode property classes here are
// built on first use: most labels are plain ASCII and never need them.
const invisible = onFirstUse(() => /[\s\p{Default_Ignorable_Code_Point}\p{M}\u2800]/gu);
// More combining marks on one character than any script needs: they draw over the lines and buttons around them.
// Format characters between them (zero-width joiners...) start no new character to stack on.
const markFlood = onFirstUse(() => /(?:\p{M}\p{Cf}*){31}/u);
// Combining marks drawn across a letter (stroke, solidus, tilde, vertical-line and ring overlays): one per letter
// strikes a label through ("R̶e̶j̶e̶c̶t̶"), offering the action while showing it crossed out. No script spells with them.
export const OVERLAY_MARK = /[\u0334-\u0338\u20D2\u20D3\u20D8-\u20DA\u20E5\u20E6\u20EA\u20EB]/;
/** The three actions of the first screen: each must keep a label of its own. */
const ACTION_KEYS = ['actions.rejectAll', 'actions.save', 'actions.acceptAll'] as const;

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function flatten(tree: StringTree, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [key, child] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out[path] = child;
    else flatten(child, path, out);
  }
  return out;
}

/** Leaves of an override tree, two levels deep at most (groups of strings, like the shipped locales). */
function leaves(tree: Record<string, unknown>, english: Record<string, string>): { field: string; value: unknown }[] {
  const out: { field: string; value: unknown }[] = [];
  for (const [group, value] of Object.entries(tree)) {
    // A top-level string (`heading`) given an object is a wrong value, not a group.
    if (isPlainObject(value) && !has(english, group)) {
      for (const [key, leaf] of Object.entries(value)) out.push({ field: `${group}.${key}`, value: leaf });
    } else {
      out.push({ field: group, value });
    }
  }
  return out;
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

// Letters of Cyrillic, Greek, Cherokee and Latin extensions drawn like basic Latin ones (the common part of Unicode's
// confusables, UTS #39), folded before labels are compared: "R\u0435ject all" with a Cyrillic е reads "Reject all".
const lookAlikes = onFirstUse(
  () =>
    new Map(
      (
        [
          ['АВЕКМНОРСТХУЅІЈ', 'abekmhopctxysij'],
          ['аеорсухіјѕԁԛԝһӏѵ', 'aeopcyxijsdqwhlv'],
          ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', 'abezhikmnoptyx'],
          ['αονρικυχϲ', 'aovpikuxc'],
          ['ıɑɡ', 'iag'],
          // Latin small capitals: "ᴀᴄᴄᴇᴘᴛ ᴀʟʟ" reads "ACCEPT ALL", and NFKC leaves them as they are.
          ['ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ', 'abcdefghijklmnopqrstuvwyz'],
          // Cherokee letters drawn like Latin capitals, and their lower-case forms (the same shapes, smaller).
          ['ᎪᏴᏟᎠᎬᏀᎻᎥᎫᏦᏞᎷᏢᎡᏒᏚᎢᏙᏔᏃᎩ', 'abcdeghijklmprrstvwzy'],
          ['ᎪᏴᏟᎠᎬᏀᎻᎥᎫᏦᏞᎷᏢᎡᏒᏚᎢᏙᏔᏃᎩ'.toLowerCase(), 'abcdeghijklmprrstvwzy'],
        ] as const
      ).flatMap<readonly [string, string]>(([from, to]) =>
        [...from].map((letter, index) => [letter, to[index] ?? letter] as const),
      ),
    ),
);
// Printable ASCII and whitespace: no compatibility forms, marks, look-alikes or invisible characters.
const PLAIN_ASCII = /^[\t\n\v\f\r\x20-\x7E]*$/;
const NOT_ASCII_LETTER_OR_DIGIT = /[^0-9A-Za-z]/g;
const lookAlike = onFirstUse(() => new RegExp(`[${[...lookAlikes().keys()].join('')}]`, 'gu'));
// Scripts whose letters pass for each other's: a label mixing two of them is built to look like something else.
const confusableScripts = onFirstUse(() => [
  /\p{sc=Latn}/u,
  /\p{sc=Cyrl}/u,
  /\p{sc=Grek}/u,
  /\p{sc=Armn}/u,
  /\p{sc=Cher}/u,
]);

/**
 * What a reader takes a label for: case, width, spacing, punctuation, symbols ("Accept all ✓") and accents on Latin
 * letters make no difference, and look-alike letters of other scripts read as the Latin ones they imitate.
 */
export function normalizeLabel(text: string): string {
  // Most titles and labels are plain ASCII, where all of the below comes down to keeping letters and digits,
  // lower-cased: the same result without the Unicode tables, whose first use costs about a millisecond at 4x CPU
  // before the prompt can show. (Lower-cased without a locale: a Turkish "I" is folded to "i" below anyway.)
  if (PLAIN_ASCII.test(text)) return text.replace(NOT_ASCII_LETTER_OR_DIGIT, '').toLowerCase();
  const fold = (letter: string): string => lookAlikes().get(letter) ?? letter;
  const folded = text
    .normalize('NFKC')
    .replace(lookAlike(), fold)
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(invisible(), '')
    .toLocaleLowerCase()
    .replace(lookAlike(), fold);
  return withoutLatinAccents(folded);
}

// Accents on Latin letters: "Rejéct all" reads "Reject all" (a reader sees the word, not the accent).
const latinMarks = onFirstUse(() => /(?<=\p{sc=Latn})\p{M}+/gu);

/** `text` without the accents on its Latin letters, whether written as one character or as combining marks. */
export function withoutLatinAccents(text: string): string {
  return text.normalize('NFD').replace(latinMarks(), '').normalize('NFC');
}

/**
 * The labels whose meaning `label-leaning.ts` checks: an override of any of them is applied only after that check,
 * which is loaded when first needed (its word lists would cost every page about 1.4 KB).
 */
export const LEANING_KEYS: readonly string[] = [
  'actions.acceptAll',
  'actions.rejectAll',
  'actions.save',
  'actions.close',
  'actions.withdraw',
  'purpose.allow',
  'placeholder.allow',
  'preferences.granted',
  'preferences.refused',
];

/** Whether validated overrides (flat, per locale) change one of {@link LEANING_KEYS}. */
export function overridesLeaningKeys(strings: Readonly<Record<string, Readonly<Record<string, string>>>>): boolean {
  return Object.values(strings).some((flat) => LEANING_KEYS.some((key) => has(flat, key)));
}

/** `text` with look-alike letters (Cyrillic а, Greek ο…) folded to the letters they imitate. */
export function foldLookAlikes(text: string): string {
  const fold = (letter: string): string => lookAlikes().get(letter) ?? letter;
  return text.replace(lookAlike(), fold);
}

/** Whether a label mixes letters of scripts that imitate each other (Latin with Cyrillic, Greek with Latin...). */
function mixesLookAlikeScripts(text: string): boolean {
  return confusableScripts().filter((script) => script.test(text)).length > 1;
}

/** Whether `field` ends in a plural form (`_few`) that counts in `language` never take; `zero` any may take. */
function unusedPluralForm(field: string, language: string): boolean {
  const category = PLURAL_SUFFIX.exec(field)?.[1];
  return category !== undefined && category !== 'zero' && !pluralCategories(language).includes(category);
}

const pluralCategoriesByLanguage = new Map<string, readonly string[]>();

/** The plural categories a language needs, as `Intl.PluralRules` names them (asked once per field otherwise). */
function pluralCategories(language: string): readonly string[] {
  return cached(pluralCategoriesByLanguage, language, () => {
    try {
      return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    } catch {
      return ['other'];
    }
  });
}

/**
 * Validates overrides of the prompt's own words. Never throws: hostile input gives problems, each naming the
 * field (`strings.<language>.<group>.<key>`).
 */
export function validateStrings(input: unknown, reference: StringsReference): StringsValidation {
  try {
    // Called from plain JavaScript without its second argument, every override would look unknown: say so instead.
    if (!isPlainObject(reference) || !isPlainObject(reference.english) || !Array.isArray(reference.shipped)) {
      const message =
        'reference: validateStrings needs the words to check against as its second argument (SHIPPED_STRINGS from unticked/core).';
      return { valid: false, problems: [Object.freeze({ code: 'not-object' as const, path: 'reference', message })] };
    }
    return checkStrings(input, reference);
  } catch (error) {
    // A getter that throws or a proxy trap: refused like any other bad input, never thrown at the host.
    const message = `strings: cannot be read as plain data (${describeError(error)}).`;
    return { valid: false, problems: [Object.freeze({ code: 'not-object' as const, path: 'strings', message })] };
  }
}

/** How deep overrides go: language, group, key. Anything deeper is refused by the check whatever it holds. */
const OVERRIDE_DEPTH = 3;

/**
 * A copy of overrides as plain data, read once: what is checked is what is applied, whatever getters or a later
 * change do. Objects are read by their own enumerable keys, so a framework's reactive proxy over plain data (Vue's
 * `reactive()`, Svelte's `$state`) is copied as the data it shows; anything else is kept for the check to refuse.
 * Throws what a getter or proxy trap throws.
 */
export function copyStringOverrides(value: unknown, depth = 0): unknown {
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  // Deeper than a key's text can be: an empty object is refused just as the original would be.
  if (depth > OVERRIDE_DEPTH) return copy;
  for (const key of Object.keys(value)) {
    Object.defineProperty(copy, key, {
      value: copyStringOverrides(value[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** Longer keys are cut in a problem's path, as validateConfig cuts them. */
const MAX_SHOWN_KEY = 100;

/** A path of the host's keys as a problem shows it: each key cut to 100 characters, direction controls escaped. */
function shownPath(path: string): string {
  const shown = path
    .split('.')
    .map((key) => (key.length > MAX_SHOWN_KEY ? `${key.slice(0, MAX_SHOWN_KEY)}…` : key))
    .join('.');
  // Direction controls and marks in a host's key would reorder the problem's message wherever it is shown.
  return escapeCharacters(shown, DIRECTION_CHARACTERS);
}

function checkStrings(input: unknown, reference: StringsReference): StringsValidation {
  const problems: StringsProblem[] = [];
  const report = (code: StringsProblemCode, path: string, message: string) => {
    const shown = shownPath(path);
    problems.push(Object.freeze({ code, path: shown, message: `${shown}: ${message}` }));
  };
  if (!isPlainObject(input)) {
    report('not-object', 'strings', 'must be an object keyed by language tag, e.g. { en: { actions: { … } } }.');
    return { valid: false, problems };
  }
  const english = flatten(reference.english);
  const pluralBases = new Set(
    Object.keys(english)
      .filter((key) => key.endsWith('_other'))
      .map((key) => key.slice(0, -'_other'.length)),
  );
  const strings: Record<string, Readonly<Record<string, string>>> = {};
  const added: string[] = [];
  const languages = Object.keys(input);
  if (languages.length > MAX_LANGUAGES) {
    report('not-object', 'strings', `has ${languages.length} languages; at most ${MAX_LANGUAGES} are accepted.`);
    return { valid: false, problems };
  }
  // Two spellings of one language (zh-hant and zh-Hant, iw and he) would leave one set of words silently unused.
  const spelledAs = new Map<string, string>();
  for (const tag of languages) {
    const base = `strings.${tag}`;
    const canonical = canonicalLanguage(tag);
    if (!canonical) {
      report('language', base, 'is not a valid BCP 47 language tag.');
      continue;
    }
    const shipped = reference.shipped.find((locale) => locale.toLowerCase() === canonical.toLowerCase());
    const locale = shipped ?? canonical;
    const earlier = spelledAs.get(locale.toLowerCase());
    if (earlier !== undefined) {
      report('duplicate', base, `is the same language as strings.${earlier} ("${locale}"); give its words once.`);
      continue;
    }
    spelledAs.set(locale.toLowerCase(), tag);
    const tree = input[tag];
    if (!isPlainObject(tree)) {
      report('not-object', base, 'must be an object of strings grouped like the shipped locales.');
      continue;
    }
    const flat: Record<string, string> = {};
    for (const { field, value } of leaves(tree, english)) {
      const path = `${base}.${field}`;
      const englishKey = field.replace(PLURAL_SUFFIX, '_other');
      const knownPlural = englishKey === field || pluralBases.has(field.replace(PLURAL_SUFFIX, ''));
      if (Object.keys(english).some((key) => key.startsWith(`${field}.`))) {
        report('not-object', path, 'must be an object of strings, like the same group in the shipped locales.');
      } else if (!has(english, englishKey) || !knownPlural) {
        report('unknown-key', path, 'is not one of the prompt’s strings (see the English locale).');
      } else if (unusedPluralForm(field, locale)) {
        // Never shown: a count in this language never takes that form (i18next tries "zero" for 0 in any).
        const forms = ['zero', ...pluralCategories(locale).filter((category) => category !== 'zero')].join(', ');
        report('unknown-key', path, `is a plural form "${locale}" never uses; it uses ${forms}.`);
      } else if (typeof value !== 'string') {
        report('not-text', path, 'must be a string; markup and template objects are not accepted.');
      } else {
        checkText(value, path, english[englishKey] as string);
        flat[field] = value;
      }
    }
    if (!shipped) {
      const missing = Object.keys(english)
        .filter((key) => !PLURAL_SUFFIX.test(key))
        .concat(
          [...pluralBases].flatMap((baseKey) =>
            pluralCategories(canonical).map((category) => `${baseKey}_${category}`),
          ),
        )
        .filter((key) => !has(flat, key));
      if (missing.length > 0) {
        const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? `, and ${missing.length - 5} more` : '');
        // A config's own spelling of a shipped language (zh-CN for zh-Hans, en-US for en): say which key changes
        // the shipped words in part, since that is most often what was meant.
        const near = matchLanguage([canonical], reference.shipped);
        const hint = near.isWanted
          ? ` To change the shipped "${near.language}" words in part, key them "${near.language}".`
          : '';
        report(
          'incomplete',
          base,
          `"${canonical}" is not a shipped locale, so every string is needed; missing: ${shown}.${hint}`,
        );
        continue;
      }
      added.push(canonical);
    }
    checkActions(flat, base);
    strings[locale] = Object.freeze(flat);
  }
  return problems.length > 0 ? { valid: false, problems } : { valid: true, strings: Object.freeze(strings), added };

  function checkText(text: string, path: string, englishText: string): void {
    // Only within the length limit: the scan walks every character of a text that has a mark.
    const mark = text.length > MAX_STRING_LENGTH ? undefined : reorderingMark(text);
    if (text.length > MAX_STRING_LENGTH) {
      report('too-long', path, `is ${text.length} characters long; at most ${MAX_STRING_LENGTH} are accepted.`);
    } else if (text.replace(invisible(), '').length === 0) {
      report('empty', path, 'would show nothing; every word of the prompt must be visible.');
    } else if (BIDI_CONTROLS.test(text)) {
      report('bidi-control', path, 'contains a bidirectional override or isolate, which can reorder what is read.');
    } else if (mark) {
      report('bidi-control', path, `contains, at position ${mark.index}, ${describeReorderingMark(mark)}.`);
    } else if (markFlood().test(text)) {
      report(
        'control-character',
        path,
        'has more than 30 combining marks on one character, which draw over what is around them.',
      );
    } else if (CONTROL_CHARACTERS.test(text)) {
      report('control-character', path, 'contains a control character or a lone surrogate.');
    } else if (OVERLAY_MARK.test(text)) {
      const at = text.search(OVERLAY_MARK);
      const code = (text.codePointAt(at) ?? 0).toString(16).toUpperCase().padStart(4, '0');
      report(
        'control-character',
        path,
        `contains, at position ${at}, a combining overlay (U+${code}), which strikes through or crosses out the letters it is on.`,
      );
    } else if (text.includes('$t(')) {
      report('nesting', path, 'contains "$t(", i18next nesting, which the prompt does not allow.');
    } else {
      const allowed = placeholdersOf(englishText);
      const used = placeholdersOf(text);
      const unknown = used.filter((name) => !allowed.includes(name));
      // A sentence must still name what it is about (who asks, which language, which purposes); only the count
      // may be left implicit, as many languages do in their singular form.
      const dropped = allowed.filter((name) => name !== 'count' && !used.includes(name));
      if (unknown.length > 0) {
        report('placeholder', path, `uses {{${unknown[0]}}}, which this string does not have.`);
      } else if (dropped.length > 0) {
        report('placeholder', path, `must keep {{${dropped[0]}}}.`);
      }
    }
  }

  function checkActions(flat: Record<string, string>, base: string): void {
    const seen = new Map<string, string>();
    for (const key of ACTION_KEYS) {
      // A label too long is refused already; folding megabytes of it would only cost time.
      if (!has(flat, key) || (flat[key] as string).length > MAX_STRING_LENGTH) continue;
      const label = normalizeLabel(flat[key] as string);
      if (mixesLookAlikeScripts((flat[key] as string).normalize('NFKC'))) {
        report(
          'deceptive-label',
          `${base}.${key}`,
          'mixes letters of scripts that look alike (Latin with Cyrillic or Greek); write it in one script.',
        );
        continue;
      }
      const other = seen.get(label);
      // "Reject all" relabelled "Accept all": each label distinct, yet the button says what another one does.
      const swapped = ACTION_KEYS.find((action) => action !== key && normalizeLabel(english[action] ?? '') === label);
      if (other)
        report('deceptive-label', `${base}.${key}`, `reads the same as ${other}; each action needs its own label.`);
      else if (swapped)
        report(
          'deceptive-label',
          `${base}.${key}`,
          `reads as ${swapped} does in English; a label must say what its own action does.`,
        );
      seen.set(label, key);
    }
  }
}

/**
 * Whether the three actions' labels, after overrides, are told apart by a reader. The element checks the merged
 * strings of each language with it, since an override may collide with a shipped label it did not change.
 */
export function distinctActionLabels(labels: readonly string[]): boolean {
  return new Set(labels.map(normalizeLabel)).size === labels.length;
}

/**
 * Whether the actions' labels (in one order) are distinct and none reads as another action's label in any of the
 * `shipped` sets (the same order): an override must not give "Reject all" the words of "Accept all", even when
 * it relabels both.
 */
export function honestActionLabels(labels: readonly string[], shipped: readonly (readonly string[])[]): boolean {
  if (!distinctActionLabels(labels)) return false;
  const normalized = labels.map(normalizeLabel);
  return shipped.every((set) =>
    set.every((text, owner) => normalized.every((label, index) => index === owner || label !== normalizeLabel(text))),
  );
}
