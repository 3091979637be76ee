/**
 * Problems found in a config: each names the exact field, carries a machine-readable code and a sentence a
 * person understands.
 *
 * @module
 */

/** Machine-readable problem codes returned by {@link validateConfig}. */
export type ConfigProblemCode =
  /**
   * A value could not be read at all (a getter that throws, a revoked Proxy), at the top or anywhere inside. (Text
   * that is not JSON is `format`.)
   */
  | 'not-an-object'
  /** A required field is missing. */
  | 'required'
  /**
   * A field has the wrong type (e.g. a number where text is expected), the config itself included: `42`, `null`, an
   * array or a `Date` where the config object should be is `type` with the path `""`.
   */
  | 'type'
  /** A key the config does not know. A typo must not silently drop a setting. */
  | 'unknown-key'
  /** A text or value is malformed (bad id, URL, email, language tag, duration...). */
  | 'format'
  /** A value is outside the allowed set (e.g. an unknown purpose category). */
  | 'enum'
  /** Text, arrays or objects beyond the documented limits. */
  | 'too-long'
  /** An empty string or list where content is required. */
  | 'empty'
  /** Two purposes share an id, a list repeats a value, or JSON text gives a key twice in one object. */
  | 'duplicate'
  /** A purpose lacks its title or its clause, or a data category its label, in a declared language, or it is blank. */
  | 'missing-translation'
  /** Text in a language the config does not declare. */
  | 'undeclared-language'
  /** A reference (data category, purpose id) points at nothing. */
  | 'unknown-reference'
  /** An attempt to start an optional purpose ticked (`checked`, `default`, `enabled`, ...). */
  | 'pre-ticked'
  /** An option that would hide or weaken "Reject all", or make refusing harder than granting. */
  | 'reject-hidden'
  /** Consent by inaction: accepting on scroll, close, navigation or a timeout. */
  | 'implied-consent'
  /** Options that bundle several purposes into one decision. */
  | 'bundled'
  /** `necessary` together with `separateConsent`, or a similar contradiction. */
  | 'conflict'
  /**
   * Control characters (NUL, other C0 and C1 controls, DEL), lone surrogates (broken UTF-16), or more than 30
   * combining marks on one character, in text; in single-line text (titles, names, labels), a combining mark drawn
   * across its letter (U+0334–0338, U+20D2–20D3, U+20D8–20DA, U+20E5–20E6, U+20EA–20EB), which strikes it through.
   */
  | 'unsafe-text'
  /**
   * A bidirectional override, embedding or isolate control (U+202A–U+202E, U+2066–U+2069) in single-line text: a
   * title, name, label, contact, id or URL. There it could make a line read as something else, such as a button or
   * a decision. Also a direction mark (U+200E, U+200F, U+061C) between two words of the other direction, which it
   * swaps ("all\u200F Accept" reads "Accept all" in right-to-left text), or right-to-left punctuation, a symbol or
   * tatweel between two left-to-right words ("data\u05F3 my" in a Hebrew title reads "my\u05F3 data"), or a
   * left-to-right modifier letter such as U+02BB between two right-to-left words, part of neither; marks that
   * only place punctuation stay. Clauses and glossary explanations keep both verbatim: each is shown in its own isolated region.
   */
  | 'bidi-control';

/** One problem with a config. */
export interface ConfigProblem {
  /** What kind of problem it is. */
  readonly code: ConfigProblemCode;
  /** The exact field, e.g. `purposes[2].title.de` or `controller.email`. Empty for the whole config. */
  readonly path: string;
  /** A sentence a person understands, naming the field and what to do. */
  readonly message: string;
}

/** Thrown or reported when a config cannot be used; carries every problem at once. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    const first = problems[0];
    const summary = first ? first.message : 'invalid config';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`Invalid consent config: ${summary}${more}`);
    this.problems = problems;
  }
}
