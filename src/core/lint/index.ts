/**
 * The dark-pattern linter for consent configs: {@link lintConfig}, {@link lintConfigJson} and the list of rules,
 * {@link LINT_RULES}.
 *
 * @module
 */
export { lintConfig, lintConfigJson } from './lint.js';
export { LINT_RULES } from './rules.js';
export type {
  LintCounts,
  LintFinding,
  LintOptions,
  LintResult,
  LintRuleId,
  LintRuleInfo,
  LintSeverity,
} from './types.js';
