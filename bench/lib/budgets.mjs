// Size budgets for the script-tag build, in brotli bytes (quality 11), as bench/budgets.json sets them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sizesOf } from './compress.mjs';

/** Classic scripts the package ships for a page's <head>, outside the script-tag build's chunks. */
export const HEAD_SCRIPTS = ['consent-mode-default.js'];

/**
 * @typedef {object} Budgets
 * @property {{ maxBrotliBytes: number }} firstVisit  for every shipped language: main bundle, its static imports
 *   and that language's locale chunk
 * @property {Record<string, number>} lazy  per lazy part (`locale:de`, `receipt-issuer`, `floating-ui.dom`, …): the
 *   chunk and the static imports it adds
 * @property {Record<string, number>} head  per file of {@link HEAD_SCRIPTS}
 */

/** @returns {Budgets} */
export function readBudgets(file) {
  const budgets = JSON.parse(readFileSync(file, 'utf8'));
  if (
    typeof budgets?.firstVisit?.maxBrotliBytes !== 'number' ||
    typeof budgets.lazy !== 'object' ||
    typeof budgets.head !== 'object'
  ) {
    throw new Error(
      `${file}: expected { firstVisit: { maxBrotliBytes }, lazy: { part: bytes }, head: { file: bytes } }`,
    );
  }
  return budgets;
}

/**
 * Every check, passed or not: first visit for each language, then each lazy part, then each head script. A part
 * without a budget fails, so that a new chunk is budgeted on purpose; so does a budget for a part the build no longer
 * has (`stale`), which would otherwise check nothing.
 *
 * @param {Awaited<ReturnType<import('./chunks.mjs').analyzeScriptTag>>} analysis
 * @param {Budgets} budgets
 * @param {string} dist  the build's folder, for the head scripts
 */
export function checkBudgets(analysis, budgets, dist) {
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
  for (const file of HEAD_SCRIPTS) {
    const sizes = sizesOf(readFileSync(join(dist, file)));
    checks.push({
      check: file,
      group: 'head',
      files: [file],
      sizes,
      actual: sizes.brotli,
      limit: budgets.head[file] ?? null,
    });
  }
  const built = new Set(checks.map((check) => check.check));
  for (const [group, table] of [
    ['lazy', budgets.lazy],
    ['head', budgets.head],
  ]) {
    for (const [part, limit] of Object.entries(table)) {
      if (!built.has(part)) checks.push({ check: part, group, files: [], actual: 0, limit, stale: true });
    }
  }
  for (const check of checks) check.ok = !check.stale && check.limit !== null && check.actual <= check.limit;
  return checks;
}

/** Budgets for the lazy parts as they are now, plus about 10 %, rounded up to 50 bytes. */
export function suggestLazyBudgets(analysis) {
  return Object.fromEntries(analysis.lazy.map((part) => [part.part, Math.ceil((part.sizes.brotli * 1.1) / 50) * 50]));
}
