/// <reference types="node" />
// `unticked import`, run as a child process against the TypeScript sources (UNTICKED_CORE), so no build is needed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { validateConfig } from '../../src/core/config/validate.js';
import { cliRunner } from '../fixtures/cli.js';

const fixtures = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const v3 = join(fixtures, 'vanilla-cookieconsent-v3.json');
const klaro = join(fixtures, 'klaro.json');
const controller = join(fixtures, 'controller.json');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let dir: string;

const unticked = cliRunner('src/core/import/index.ts');

const COMPLETE = [
  '--controller',
  controller,
  '--policy-id',
  'main',
  '--policy-version',
  '2025-01',
  '--policy-url',
  'https://shop.example/privacy',
  '--jurisdiction',
  'DE',
];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'unticked-import-'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('unticked import', () => {
  it('is listed in the help and has its own', async () => {
    const help = await unticked(['--help']);
    assert.match(help.stdout, /^ {2}import {3}Draft a config from a vanilla-cookieconsent or Klaro config/m);
    const own = await unticked(['import', '--help']);
    assert.equal(own.code, 0);
    assert.match(own.stdout, /--policy-version/);
    assert.match(own.stdout, /never evaluates source code/);
  });

  it('exits 0 and writes a draft that validates when the options are complete', async () => {
    const out = join(dir, 'v3.json');
    const result = await unticked(['import', v3, '--from', 'vanilla-cookieconsent', ...COMPLETE, '--out', out]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(result.stderr, '');
    const lines = result.stdout.trim().split('\n');
    assert.ok(
      lines.includes(
        'categories.analytics.enabled  warning  pre-ticked  The category "analytics" was enabled by default. Refused: the draft\'s purpose starts unticked, and only the visitor\'s own action grants it.',
      ),
    );
    assert.ok(lines.some((line) => /^categories\.analytics\.services {2}warning {2}bundled {2}/.test(line)));
    assert.match(result.stdout, /^3 warnings, \d+ info\. Read as vanilla-cookieconsent-v3\.$/m);
    assert.match(result.stdout, /^ {2}necessary {2}necessary$/m);
    assert.match(result.stdout, /^The draft validates\./m);
    assert.equal(lines.at(-1), `Draft written to ${out}.`);
    const draft = JSON.parse(readFileSync(out, 'utf8')) as Json;
    const validation = validateConfig(draft);
    assert.equal(validation.valid, true, JSON.stringify(validation.problems));
    assert.deepEqual(
      (draft.purposes as Json[]).map((purpose) => purpose.id),
      ['necessary', 'analytics', 'ads'],
    );
  });

  it('without --out, prints the draft on standard output and the report on standard error', async () => {
    const result = await unticked(['import', '-', '--from', 'auto', ...COMPLETE], readFileSync(klaro, 'utf8'));
    assert.equal(result.code, 0, result.stderr);
    const draft = JSON.parse(result.stdout) as Json;
    assert.equal(validateConfig(draft).valid, true);
    assert.match(result.stderr, /^services\[0\]\.onAccept {2}warning {2}callback {2}/m);
    assert.match(result.stderr, /^ {2}google-analytics \(was "googleAnalytics"\)$/m);
    assert.match(result.stderr, /^ {2}cloudflare {2}necessary$/m);
  });

  it('exits 1 and says which option gives what is missing', async () => {
    const out = join(dir, 'partial.json');
    const result = await unticked(['import', klaro, '--from', 'klaro', '--out', out]);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /The draft needs more before it validates \(4 problems\):/);
    assert.match(
      result.stdout,
      /controller: the data controller is required but missing\. Give it with --controller controller\.json\./,
    );
    assert.match(result.stdout, /Give it with --policy-id\./);
    assert.match(result.stdout, /Give it with --policy-version\./);
    assert.match(result.stdout, /Give it with --jurisdiction\./);
    assert.doesNotMatch(result.stdout, /--policy-url/);
    // The draft is written all the same, to be completed.
    assert.equal((JSON.parse(readFileSync(out, 'utf8')) as Json).policy.url, '/en/privacy');
  });

  it('exits 1 when a purpose lacks its clause, naming the field', async () => {
    const file = join(fixtures, 'klaro-apps.json');
    const result = await unticked(['import', file, '--from', 'klaro', ...COMPLETE]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^translations\.de\.adsense\.description {2}warning {2}missing-translation {2}/m);
    assert.match(result.stderr, /purposes\[1\]\.clause\.de: the clause is missing in "de"/);
  });

  it('prints a JSON report with --json', async () => {
    const result = await unticked(['import', klaro, '--from', 'klaro', '--json', '--policy-id', 'main']);
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout) as Json;
    assert.deepEqual(Object.keys(report), [
      'ok',
      'format',
      'valid',
      'counts',
      'missing',
      'purposes',
      'findings',
      'problems',
      'config',
    ]);
    assert.equal(report.ok, false);
    assert.equal(report.format, 'klaro');
    assert.deepEqual(report.missing, ['controller', 'policy.version', 'jurisdiction']);
    assert.deepEqual(report.purposes[0], {
      id: 'google-analytics',
      sourceName: 'googleAnalytics',
      sourcePath: 'services[0]',
      necessary: false,
    });
    for (const finding of report.findings as Json[]) {
      for (const key of ['code', 'severity', 'path', 'message']) assert.equal(typeof finding[key], 'string');
    }
    assert.ok((report.findings as Json[]).some((finding) => finding.code === 'reject-hidden' && finding.reference));
    assert.equal(report.config.policy.id, 'main');
  });

  it('exits 2 on usage errors', async () => {
    const noFrom = await unticked(['import', klaro]);
    assert.equal(noFrom.code, 2);
    assert.match(noFrom.stderr, /import needs --from/);
    const badFrom = await unticked(['import', klaro, '--from', 'orejime']);
    assert.equal(badFrom.code, 2);
    assert.match(badFrom.stderr, /--from must be one of vanilla-cookieconsent, klaro, auto/);
    assert.equal((await unticked(['import', '--from', 'klaro'])).code, 2);
    assert.equal((await unticked(['import', klaro, v3, '--from', 'auto'])).code, 2);
    assert.equal((await unticked(['import', klaro, '--from', 'auto', '--bogus'])).code, 2);
    const missingFile = await unticked(['import', join(dir, 'nope.json'), '--from', 'auto']);
    assert.equal(missingFile.code, 2);
    assert.match(missingFile.stderr, /cannot read/);
    const badController = await unticked(['import', klaro, '--from', 'auto', '--controller', join(dir, 'nope.json')]);
    assert.equal(badController.code, 2);
    const sameFile = await unticked(['import', klaro, '--from', 'auto', '--out', klaro]);
    assert.equal(sameFile.code, 2);
    assert.match(sameFile.stderr, /--out must not be the input file/);
  });

  it('exits 2 on JavaScript instead of JSON, and never runs it', async () => {
    const marker = join(dir, 'ran');
    const source = `var klaroConfig = { services: [] }; require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x');`;
    const js = join(dir, 'config.js');
    writeFileSync(js, source);
    const byName = await unticked(['import', js, '--from', 'klaro']);
    assert.equal(byName.code, 2);
    assert.match(byName.stderr, /looks like a source file.*never evaluates code.*JSON\.stringify/);
    const byContent = await unticked(['import', '-', '--from', 'klaro'], source);
    assert.equal(byContent.code, 2);
    assert.match(byContent.stderr, /not valid JSON.*exported to JSON first/);
    assert.throws(() => readFileSync(marker), /ENOENT/);
  });

  it('exits 2 on a config of another library', async () => {
    const result = await unticked(['import', klaro, '--from', 'vanilla-cookieconsent']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /looks like a Klaro config, not "vanilla-cookieconsent"/);
    const other = await unticked(['import', '-', '--from', 'auto'], '{"purposes": []}');
    assert.equal(other.code, 2);
    assert.match(other.stderr, /neither a vanilla-cookieconsent config/);
  });
});
