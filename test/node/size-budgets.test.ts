/// <reference types="node" />
// bench/lib/budgets.mjs, what `node bench/check-size.mjs` (run by CI) checks: a part over its budget or without one
// fails, and so does a budget naming a part the build no longer makes, which would otherwise check nothing.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs module of the bench, without declarations
import { checkBudgets } from '../../bench/lib/budgets.mjs';

interface Check {
  check: string;
  group: string;
  actual: number;
  limit: number | null;
  ok: boolean;
  stale?: boolean;
}

const dist = mkdtempSync(join(tmpdir(), 'unticked-budgets-'));
writeFileSync(join(dist, 'consent-mode-default.js'), 'window.dataLayer=window.dataLayer||[];');
after(() => rmSync(dist, { recursive: true, force: true }));

const sizes = (brotli: number) => ({ raw: brotli * 3, gzip: brotli + 10, brotli });
const analysis = {
  locales: new Set(['en']),
  firstVisit: () => ({ files: ['unticked.min.js'], sizes: sizes(60_000) }),
  lazy: [
    { part: 'gate', files: ['unticked-gate.min.js'], sizes: sizes(4_000) },
    { part: 'verify', files: ['unticked-verify.min.js'], sizes: sizes(8_000) },
  ],
};
const run = (lazy: Record<string, number>, head: Record<string, number>) =>
  checkBudgets(analysis, { firstVisit: { maxBrotliBytes: 63_000 }, lazy, head }, dist) as Check[];
const find = (checks: Check[], name: string) => checks.find((check) => check.check === name);

describe('size budgets', () => {
  it('passes when every part is within its budget', () => {
    const checks = run({ gate: 4_500, verify: 9_000 }, { 'consent-mode-default.js': 250 });
    assert.deepEqual(
      checks.filter((check) => !check.ok).map((check) => check.check),
      [],
    );
    assert.equal(find(checks, 'consent-mode-default.js')?.group, 'head');
  });

  it('fails a part over its budget and a part without one', () => {
    const checks = run({ gate: 3_000 }, { 'consent-mode-default.js': 250 });
    assert.equal(find(checks, 'gate')?.ok, false);
    assert.equal(find(checks, 'verify')?.limit, null);
    assert.equal(find(checks, 'verify')?.ok, false);
  });

  it('fails a budget for a part the build no longer makes, lazy or head', () => {
    const checks = run(
      { gate: 4_500, verify: 9_000, 'consent-mode': 450 },
      { 'consent-mode-default.js': 250, 'x.js': 9 },
    );
    const stale = checks.filter((check) => check.stale);
    assert.deepEqual(
      stale.map((check) => [check.check, check.group, check.ok]),
      [
        ['consent-mode', 'lazy', false],
        ['x.js', 'head', false],
      ],
    );
  });

  it('fails a head script over its budget or without one', () => {
    assert.equal(
      find(run({ gate: 4_500, verify: 9_000 }, { 'consent-mode-default.js': 5 }), 'consent-mode-default.js')?.ok,
      false,
    );
    assert.equal(find(run({ gate: 4_500, verify: 9_000 }, {}), 'consent-mode-default.js')?.limit, null);
  });
});
