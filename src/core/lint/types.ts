/**
 * The shapes the dark-pattern linter reports in.
 *
 * @module
 */
import type { ConsentConfig } from '../config/types.js';
import type { ConfigProblemCode } from '../config/problems.js';

/**
 * How serious a finding is. `error`: the config cannot be used, or the law plainly requires something missing.
 * `warning`: likely a dark pattern or a gap a regulator would ask about. `info`: worth a look, often fine.
 */
export type LintSeverity = 'error' | 'warning' | 'info';

/** The id of a lint rule: `valid-config` for validation problems, or one of {@link LINT_RULES}. */
export type LintRuleId =
  | 'valid-config'
  | 'vague-purpose'
  | 'bundled-purpose'
  | 'third-parties-unnamed'
  | 'third-party-separate-consent'
  | 'sensitive-separate-consent'
  | 'sensitive-undeclared'
  | 'retention-missing'
  | 'clause-length-mismatch'
  | 'clause-untranslated'
  | 'jurisdiction-language'
  | 'necessary-mislabelled'
  | 'max-age-too-long'
  | 'policy-other-site'
  | 'clause-too-long'
  | 'negated-title'
  | 'implied-consent-wording'
  | 'pressure-language'
  | 'wording-unchecked'
  | 'ui-words-missing';

/** One thing the linter found. */
export interface LintFinding {
  /** Which rule found it. */
  readonly rule: LintRuleId;
  readonly severity: LintSeverity;
  /** The exact field, e.g. `purposes[2].clause.en`; empty for the whole config. */
  readonly path: string;
  /** A sentence a person understands: what was found (with the phrase that matched) and what to do. */
  readonly message: string;
  /** Where the rule comes from: the law, guideline or study it applies. */
  readonly source: string;
  /** The phrases in the text that triggered a text rule, as they read after normalisation (lowercased, NFKC). */
  readonly matches?: readonly string[];
  /** For `valid-config`: the validation problem code. */
  readonly code?: ConfigProblemCode;
}

/** A rule, as listed in the docs and the playground. */
export interface LintRuleInfo {
  readonly id: Exclude<LintRuleId, 'valid-config'>;
  /** The severity its findings usually have (some rules raise or lower it case by case). */
  readonly severity: LintSeverity;
  /** One sentence: what the rule looks for. */
  readonly summary: string;
  /** Where the rule comes from. */
  readonly source: string;
}

/** Options of {@link lintConfig}. Anything malformed is ignored rather than thrown about. */
export interface LintOptions {
  /** Rule ids to skip. */
  readonly disable?: readonly string[];
  /** The word count above which a clause is reported by `clause-too-long`. Default 120. */
  readonly maxClauseWords?: number;
}

/** Counts of findings by severity. */
export interface LintCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** What {@link lintConfig} returns. */
export interface LintResult {
  /** Whether the config passed validation. When `false`, `findings` starts with the validation problems. */
  readonly valid: boolean;
  /**
   * Whether the rules ran: always on a valid config; on an invalid one, on what could be read of it, unless its
   * `languages` or `defaultLanguage` could not be read (every rule reads texts by language).
   */
  readonly rulesRan: boolean;
  /** The validated config, when valid. */
  readonly config: ConsentConfig | undefined;
  /** Validation errors, then the findings of each rule in the order of {@link LINT_RULES}. */
  readonly findings: readonly LintFinding[];
  readonly counts: LintCounts;
}
