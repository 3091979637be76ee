/**
 * The shapes `importConfig` takes and returns.
 *
 * @module
 */
import type { ConfigValidation } from '../config/validate.js';
import type { ControllerConfig, PolicyConfig } from '../config/types.js';

/** The consent libraries `importConfig` reads, or `auto` to tell them apart by the shape of the config. */
export type ImportFrom = 'vanilla-cookieconsent' | 'klaro' | 'auto';

/** The format that was read: vanilla-cookieconsent 3.x, 2.x, or Klaro (0.7 `services`, or the older `apps`). */
export type ImportedFormat = 'vanilla-cookieconsent-v3' | 'vanilla-cookieconsent-v2' | 'klaro';

/**
 * How serious a finding is. `error`: nothing could be imported (the input is unreadable or of an unknown kind).
 * `warning`: something the source did is refused or lost (a pre-ticked purpose, a callback, a missing text), and the
 * site must act. `info`: a setting with no equivalent, or a change worth knowing about (an id renamed, markup
 * removed).
 */
export type ImportSeverity = 'error' | 'warning' | 'info';

/** Machine-readable codes of {@link ImportFinding}. */
export type ImportFindingCode =
  /** The input is not JSON, not an object, or not of the library named in `from` (or of any, with `auto`). */
  | 'unrecognized'
  /** Part of a runtime object was not read: an accessor (getter), a cycle, a Proxy whose trap threw, too deep or too large. */
  | 'unreadable'
  /** The options passed to `importConfig` are malformed. */
  | 'options'
  /** A category or service was enabled by default (`enabled: true`, Klaro `default: true`). It starts unticked. */
  | 'pre-ticked'
  /** Scripts ran before any choice (`mode: 'opt-out'`, Klaro `optOut: true`). Refused: consent is asked first. */
  | 'opt-out'
  /** One decision covered several services or purposes. Carried over as one purpose: split it. */
  | 'bundled'
  /** Refusing was hidden or made harder than accepting (no reject button, `hideDeclineAll`, unequal buttons). */
  | 'reject-hidden'
  /** Every service was made impossible to refuse (Klaro top-level `required: true`). They are imported as optional. */
  | 'forced'
  /** A function or a string of code (callbacks, `onAccept`...). Never called, never carried over. */
  | 'callback'
  /** Markup in a text was converted to plain text (tags removed, entities decoded, links written out). */
  | 'html'
  /** A purpose has no title or clause in a language the draft declares. */
  | 'missing-translation'
  /** A language whose texts are loaded from elsewhere (a URL or a function), or a tag that is not valid BCP 47. */
  | 'language'
  /** A setting unticked has no field for; the message says what to use instead, if anything. */
  | 'no-equivalent'
  /** A field the importer does not know for this library. Not carried over. */
  | 'unknown-field'
  /** A purpose id was made from a category or service name that did not fit `^[a-z][a-z0-9-]{0,63}$` or was taken. */
  | 'renamed'
  /** A value carried over into the draft in another form (a revision number as the policy version, cookie days as `maxAgeDays`). */
  | 'mapped';

/** One thing the importer found in the source config. */
export interface ImportFinding {
  readonly code: ImportFindingCode;
  readonly severity: ImportSeverity;
  /** The field in the source config, e.g. `categories.analytics.enabled` or `services[2].onAccept`; empty for the whole input. */
  readonly path: string;
  /** Sentences a person understands: what was found, what the draft does instead, and what to do. (Without the path.) */
  readonly message: string;
  /** For a refused pattern: the law or guideline that refuses it. */
  readonly reference?: string;
}

/** Where a purpose of the draft came from. */
export interface ImportedPurpose {
  /** The purpose id in the draft: use it in `data-consent`, `granted()` and `decisions`. */
  readonly id: string;
  /** The category or service name in the source (what `data-category`, `data-service` or `data-name` used). */
  readonly sourceName: string;
  /** The path of the category or service in the source. */
  readonly sourcePath: string;
  /** Whether it was imported as `necessary: true`. */
  readonly necessary: boolean;
}

/** A purpose as the importer drafts it: titles and clauses may lack languages that the source did not translate. */
export interface PurposeDraft {
  id: string;
  title: Record<string, string>;
  clause: Record<string, string>;
  necessary?: boolean;
  separateConsent?: boolean;
}

/**
 * The config the importer drafts. It has the shape of a `ConsentConfig` but may lack what the source config
 * cannot say (the controller, the policy, the jurisdiction) unless the options supplied it. It is plain JSON: write it
 * to a file, edit it, and validate it again.
 */
export interface ConfigDraft {
  policy?: { id?: string; version?: string; url?: string };
  controller?: unknown;
  jurisdiction?: string;
  languages: string[];
  defaultLanguage?: string;
  purposes: PurposeDraft[];
  maxAgeDays?: number;
}

/** Options of `importConfig`: the library, and what the source config cannot say. */
export interface ImportOptions {
  /** The library the config is for, or `auto` to tell by its shape. */
  readonly from: ImportFrom;
  /** The data controller (who asks and answers for consent); copied into the draft as plain data and validated there. */
  readonly controller?: ControllerConfig;
  /**
   * The policy. Parts left out are taken from the source where it has them (a Klaro privacy policy URL, a
   * vanilla-cookieconsent `revision` as the version), or stay missing.
   */
  readonly policy?: Partial<PolicyConfig>;
  /** Where the controller is established, e.g. `DE`, `CN`, `US-CA`. */
  readonly jurisdiction?: string;
  /** The languages to carry over, in order. Default: every language the source has purpose texts in. */
  readonly languages?: readonly string[];
  /** The default language. Default: the source's own default (`language.default`, `current_lang`, Klaro `lang`). */
  readonly defaultLanguage?: string;
  /** Ask again after this many days. Default: the source's cookie lifetime, where it has a fixed one. */
  readonly maxAgeDays?: number;
}

/** Counts of findings by severity. */
export interface ImportCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** What `importConfig` returns. */
export interface ImportResult {
  /** The format that was read, or `undefined` when the input was not recognized. */
  readonly format: ImportedFormat | undefined;
  /** The draft config, or `undefined` when nothing could be imported. */
  readonly config: ConfigDraft | undefined;
  /** The draft validated by `validateConfig`: when `valid`, `validation.config` is ready to use. */
  readonly validation: ConfigValidation;
  /** Option names still needed for a valid draft: `controller`, `policy.id`, `policy.version`, `policy.url`, `jurisdiction`. */
  readonly missing: readonly string[];
  /** Each purpose of the draft and where it came from, in order. */
  readonly purposes: readonly ImportedPurpose[];
  /** Everything refused, lost, renamed or mapped, roughly in the order of the source. */
  readonly findings: readonly ImportFinding[];
  readonly counts: ImportCounts;
}
