/// <reference types="node" />
// What the CLI's text output quotes from its input is printed escaped (one helper, bin/lib/cli.mjs), so that no
// terminal control, line break or bidi control in it can rewrite or reorder the lines around it. verify and lint are
// tested beside their other tests; the importer here, as its own test file is another engineer's.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliRunner } from '../fixtures/cli.js';

const klaro = fileURLToPath(new URL('../fixtures/import/klaro.json', import.meta.url));
const unticked = cliRunner('src/core/import/index.ts');

let dir: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'unticked-escapes-'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('unticked import', () => {
  it('prints a service name from the imported file with C0, DEL, C1, bidi controls and separators escaped', async () => {
    const config = JSON.parse(readFileSync(klaro, 'utf8')) as { services: { name: string }[] };
    config.services[0]!.name = 'evil\u001b[2J\u007f\u0085\u009b\u061c\u200e\u202e\u2066\u2028\r\tname ʻāina';
    const input = join(dir, 'klaro.json');
    writeFileSync(input, JSON.stringify(config));
    const result = await unticked(['import', input, '--from', 'klaro', '--out', join(dir, 'draft.json')]);
    assert.doesNotMatch(result.stdout, /[\p{Cc}\u061c\u200e\u202e\u2066\u2028](?<!\n)/u, result.stdout);
    const escaped = String.raw`evil\u001b[2J\u007f\u0085\u009b\u061c\u200e\u202e\u2066\u2028\r\tname ʻāina`;
    assert.ok(result.stdout.includes(`(was "${escaped}")\n`), result.stdout);
  });
});

describe('what any command prints from its arguments', () => {
  const unticked = cliRunner('src/core/index.ts');
  // ESC, CSI and RIGHT-TO-LEFT OVERRIDE, as printed raw (the escaped forms are plain ASCII).
  const raw = (text: string) => ['\u001b', '\u009b', '\u202e'].some((control) => text.includes(control));

  it('escapes an unknown command, an unknown option, a file name and a folder in errors and reports', async () => {
    for (const args of [
      ['cmd\u001b[31m'],
      ['lint', '--bogus\u001b[2J', 'x.json'],
      ['lint', join(dir, 'bad\u001b[31m\u202ename.json')],
      ['import', join(dir, 'source\u001b[2J.js'), '--from', 'klaro'],
    ]) {
      const result = await unticked(args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.ok(!raw(result.stderr + result.stdout), args.join(' '));
      assert.match(result.stderr, /\\u001b|\\u202e/);
    }
    const out = join(dir, 'draft\u001b[2J.json');
    const written = await unticked(['import', klaro, '--from', 'klaro', '--out', out]);
    assert.ok(!raw(written.stdout + written.stderr), written.stdout);
  });

  it('keygen into a folder it cannot make is a one-line error, no stack', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const result = await unticked(['keygen', '--out-dir', join(file, 'keys')]);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /^unticked: cannot make the folder .*a-file\/keys: /);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });
});
