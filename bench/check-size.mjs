#!/usr/bin/env node
// Size budgets of the script-tag build (bench/budgets.json), in brotli bytes at quality 11:
//   - first visit, for every shipped language: dist/unticked.min.js, its static imports and that language's locale;
//   - each part loaded later (each locale, receipts, popovers): the chunk and the static imports it adds;
//   - each classic script for a page's <head> (consent-mode-default.js).
// Exits 1 when anything is over its budget, a part has none, or a budget names a part the build no longer has. Builds dist/ first when it is stale.
//
//   node bench/check-size.mjs              check
//   node bench/check-size.mjs --suggest    print lazy-part budgets for the sizes of today (+~10 %), change nothing
//   node bench/check-size.mjs --verbose    list every check, not only the failing ones and a summary
//   node bench/check-size.mjs --no-build   check dist/ as it is
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBuild } from './lib/build.mjs';
import { checkBudgets, readBudgets, suggestLazyBudgets } from './lib/budgets.mjs';
import { analyzeScriptTag } from './lib/chunks.mjs';
import { renderTable } from './lib/markdown.mjs';
import { formatInt } from './lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: { suggest: { type: 'boolean' }, verbose: { type: 'boolean' }, 'no-build': { type: 'boolean' } },
});

if (!flags['no-build']) ensureBuild(root);
const analysis = await analyzeScriptTag(join(root, 'dist'));

if (flags.suggest) {
  process.stdout.write(`${JSON.stringify(suggestLazyBudgets(analysis), null, 2)}\n`);
  process.exit(0);
}

const checks = checkBudgets(analysis, readBudgets(join(root, 'bench', 'budgets.json')), join(root, 'dist'));
const failed = checks.filter((check) => !check.ok);
const status = (check) =>
  check.ok
    ? 'ok'
    : check.stale
      ? 'NO SUCH PART (remove its budget)'
      : check.limit === null
        ? 'NO BUDGET'
        : `OVER by ${formatInt(check.actual - check.limit)}`;
const row = (check) => [
  check.check,
  formatInt(check.actual),
  check.limit === null ? 'none' : formatInt(check.limit),
  status(check),
];
const summary = (label, group) => {
  const over = group.filter((check) => !check.ok).length;
  return [label, '', '', over === 0 ? `all ${group.length} ok` : `${over} of ${group.length} failed`];
};

// Without --verbose: English, zh-Hans and the largest first visit, non-locale parts, failing locales, and counts.
const visits = checks.filter((check) => check.group === 'firstVisit');
const worst = visits.reduce((max, check) => (check.actual > max.actual ? check : max));
const named = new Set(['first visit (en)', 'first visit (zh-Hans)', worst.check]);
const lazy = checks.filter((check) => check.group === 'lazy');
const locales = lazy.filter((check) => check.check.startsWith('locale:'));
const rows = flags.verbose
  ? checks.map(row)
  : [
      ...visits.filter((check) => named.has(check.check)).map(row),
      summary(`first visit, each of ${visits.length} languages`, visits),
      ...lazy.filter((check) => !check.check.startsWith('locale:')).map(row),
      ...locales.filter((check) => !check.ok).map(row),
      ...checks.filter((check) => check.group === 'head').map(row),
      summary(`locale chunks (${locales.length})`, locales),
    ];
console.log(
  renderTable({
    title: 'Size budgets, script-tag build (brotli 11, bytes)',
    columns: ['check', 'brotli', 'budget', 'status'],
    rows,
  }),
);
console.log(
  failed.length === 0
    ? `\nAll ${checks.length} size checks within budget.`
    : `\n${failed.length} of ${checks.length} size checks failed.` +
        (failed.some((check) => check.limit === null)
          ? ' A part without a budget needs an entry in bench/budgets.json.'
          : '') +
        (failed.some((check) => check.stale) ? ' A budget for a part the build no longer has must go.' : ''),
);
process.exit(failed.length === 0 ? 0 : 1);
