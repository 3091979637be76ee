/**
 * The dark-pattern linter: validation first, then rules that look for what validation cannot refuse by shape
 * alone (vague or bundled purposes, unnamed recipients, missing retention, translations that drift...).
 *
 * @module
 */
import type { ConfigProblem } from '../config/problems.js';
import { readConfigJson, readConfigValue } from '../config/validate.js';
import type { ConfigReading } from '../config/validate.js';
import { DEFAULT_MAX_CLAUSE_WORDS, RULES } from './rules.js';
import type { RuleContext } from './rules.js';
import { CITE } from './sources.js';
import { normaliseText, wordSegmenter } from './text.js';
import type { LintCounts, LintFinding, LintOptions, LintResult } from './types.js';

/** Where `valid-config` findings come from. */
const VALIDATION_SOURCE = `unticked config validation (validateConfig); ${CITE.recital32}; ${CITE.edpbConsent}`;

/** The most words a clause limit may be set to; larger values are ignored. */
const MAX_CLAUSE_WORDS_LIMIT = 100_000;

interface ResolvedOptions {
  readonly disabled: ReadonlySet<string>;
  readonly maxClauseWords: number;
}

/** Reads options that may be anything (a Proxy, a throwing getter); what cannot be read is ignored. */
function resolveOptions(options: unknown): ResolvedOptions {
  const disabled = new Set<string>();
  let maxClauseWords = DEFAULT_MAX_CLAUSE_WORDS;
  if (typeof options !== 'object' || options === null) return { disabled, maxClauseWords };
  try {
    const disable: unknown = (options as Record<string, unknown>).disable;
    if (Array.isArray(disable)) {
      for (const id of disable.slice(0, 100)) if (typeof id === 'string') disabled.add(id);
    }
  } catch {
    disabled.clear();
  }
  try {
    const words: unknown = (options as Record<string, unknown>).maxClauseWords;
    if (typeof words === 'number' && Number.isInteger(words) && words >= 1 && words <= MAX_CLAUSE_WORDS_LIMIT) {
      maxClauseWords = words;
    }
  } catch {
    // Keep the default.
  }
  return { disabled, maxClauseWords };
}

function count(findings: readonly LintFinding[]): LintCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return Object.freeze(counts);
}

/** A validation problem as a finding. Its message starts with the path, which findings carry separately. */
function fromProblem(problem: ConfigProblem): LintFinding {
  const prefix = `${problem.path || 'config'}: `;
  const message = problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message;
  return Object.freeze({
    rule: 'valid-config' as const,
    severity: 'error' as const,
    path: problem.path,
    message,
    source: VALIDATION_SOURCE,
    code: problem.code,
  });
}

/** A path into what could be read of a config (some purposes left out), as a path into the config as written. */
function renumberPurposes(path: string, indices: readonly number[] | undefined): string {
  if (!indices) return path;
  return path.replace(/^purposes\[(\d+)\]/, (whole, index: string) => {
    const original = indices[Number(index)];
    return original === undefined ? whole : `purposes[${original}]`;
  });
}

function lintValidation({ validation, readable, purposeIndices }: ConfigReading, options: unknown): LintResult {
  const errors = validation.valid ? [] : validation.problems.map(fromProblem);
  // An invalid config is still linted as far as it could be read, so that one run shows everything to fix.
  const config = validation.valid ? validation.config : readable;
  if (!config) {
    const findings = Object.freeze(errors);
    return Object.freeze({ valid: false, rulesRan: false, config: undefined, findings, counts: count(findings) });
  }
  const { disabled, maxClauseWords } = resolveOptions(options);
  const normalised = new Map<string, string>();
  const segmenters = new Map<string, Intl.Segmenter | undefined>();
  const context: RuleContext = {
    config,
    maxClauseWords,
    normal(text) {
      let value = normalised.get(text);
      if (value === undefined) {
        value = normaliseText(text);
        normalised.set(text, value);
      }
      return value;
    },
    segmenter(language) {
      if (!segmenters.has(language)) segmenters.set(language, wordSegmenter(language));
      return segmenters.get(language);
    },
  };
  const findings: LintFinding[] = errors;
  for (const rule of RULES) {
    if (disabled.has(rule.id)) continue;
    try {
      for (const draft of rule.check(context)) {
        findings.push(
          Object.freeze({
            rule: rule.id,
            severity: draft.severity ?? rule.severity,
            path: renumberPurposes(draft.path, purposeIndices),
            message: draft.message,
            source: rule.source,
            ...(draft.matches ? { matches: Object.freeze([...draft.matches]) } : {}),
          }),
        );
      }
    } catch (error) {
      // A rule must never take the linter down; a failure is reported, not hidden.
      findings.push(
        Object.freeze({
          rule: rule.id,
          severity: 'error' as const,
          path: '',
          message: `The rule could not run (${error instanceof Error ? error.message : 'unknown error'}). Please report this.`,
          source: rule.source,
        }),
      );
    }
  }
  const frozen = Object.freeze(findings);
  return Object.freeze({
    valid: validation.valid,
    rulesRan: true,
    config: validation.valid ? validation.config : undefined,
    findings: frozen,
    counts: count(frozen),
  });
}

/**
 * Lints a consent config for dark patterns and gaps the law asks about. Validates first ({@link validateConfig});
 * an invalid config yields its validation problems as `valid-config` errors, and the rules still run on what could
 * be read of it (purposes whose id, title and clause could be read; nothing when `languages` or `defaultLanguage`
 * could not be), so one run shows everything to fix. Every rule in {@link LINT_RULES} not listed in
 * `options.disable` runs.
 *
 * Never throws, whatever `config` and `options` are.
 *
 * @example
 * ```ts
 * const { findings, counts } = lintConfig(config);
 * for (const f of findings) console.log(`${f.path}  ${f.severity}  ${f.rule}  ${f.message}`);
 * ```
 */
export function lintConfig(config: unknown, options?: LintOptions): LintResult {
  return lintValidation(readConfigValue(config), options);
}

/** Like {@link lintConfig}, for JSON text (as {@link parseConfigJson} reads it). Never throws. */
export function lintConfigJson(text: string, options?: LintOptions): LintResult {
  return lintValidation(
    readConfigJson(text, readConfigValue, (validation) => ({ validation, readable: undefined })),
    options,
  );
}
