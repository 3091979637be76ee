// Size budgets for the script-tag build, in brotli bytes (quality 11), as bench/budgets.json sets them.
import { readFileSync } from 'node:fs';

/**
 * @typedef {object} Budgets
 * @property {{ maxBrotliBytes: number }} firstVisit  for every shipped language: main bundle, its static imports
 *   and that language's locale chunk
 * @property {Record<string, number>} lazy  per lazy part (`locale:de`, `receipt-issuer`, `floating-ui.dom`, …): the
 *   chunk and the static imports it adds
 */

/** @returns {Budgets} */
export function readBudgets(file) {
  const budgets = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof budgets?.firstVisit?.maxBrotliBytes !== 'number' || typeof budgets.lazy !== 'object') {
    throw new Error(`${file}: expected { firstVisit: { maxBrotliBytes }, lazy: { part: bytes } }`);
  }
  return budgets;
}

/**
 * Every check, passed or not: first visit for each language, then each lazy part. A lazy part without a budget
 * fails, so that a new chunk is budgeted on purpose.
 *
 * @param {Awaited<ReturnType<import('./chunks.mjs').analyzeScriptTag>>} analysis
 * @param {Budgets} budgets
 */
export function checkBudgets(analysis, budgets) {
  const checks = [];
  const languages = analysis.locales ? [...analysis.locales] : ['en'];
  for (const language of languages) {
    const visit = analysis.firstVisit(language);
    checks.push({
      check: `first visit (${language})`,
      group: 'firstVisit',
      files: visit.files,
      actual: visit.sizes.brotli,
      limit: budgets.firstVisit.maxBrotliBytes,
    });
  }
  for (const part of analysis.lazy) {
    const limit = budgets.lazy[part.part];
    checks.push({
      check: part.part,
      group: 'lazy',
      files: part.files,
      actual: part.sizes.brotli,
      limit: limit ?? null,
    });
  }
  for (const check of checks) check.ok = check.limit !== null && check.actual <= check.limit;
  return checks;
}

/** Budgets for the lazy parts as they are now, plus about 10 %, rounded up to 50 bytes. */
export function suggestLazyBudgets(analysis) {
  return Object.fromEntries(analysis.lazy.map((part) => [part.part, Math.ceil((part.sizes.brotli * 1.1) / 50) * 50]));
}
