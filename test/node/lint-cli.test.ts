/// <reference types="node" />
// `unticked lint`, run as a child process against the TypeScript sources (UNTICKED_CORE), so no build is needed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cliPath, cliRunner, root } from '../fixtures/cli.js';
import type { CliRun } from '../fixtures/cli.js';

const fixturePath = fileURLToPath(new URL('../fixtures/annual-report.json', import.meta.url));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// The whole core, not only the linter: the CLI reads CONFIG_LIMITS from it.
const core = 'src/core/index.ts';
const unticked = cliRunner(core);

/** What the config limit allows (CONFIG_LIMITS.jsonText); more is refused while reading. */
const MAX_CHARACTERS = 2_000_000;
const TOO_LONG = new RegExp(`is too long: it has more than ${MAX_CHARACTERS} characters`);

let dir: string;

/** Writes the fixture, changed by `change`, to a file and returns its path. */
function configFile(name: string, change: (config: Json) => void): string {
  const config = JSON.parse(readFileSync(fixturePath, 'utf8')) as Json;
  change(config);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(config));
  return path;
}

/** Two warnings (no retention, vague wording) and one info (policy elsewhere). */
const warned = (config: Json): void => {
  const offers = (config.purposes as Json[]).find((purpose) => purpose.id === 'offers')!;
  delete offers.retention;
  offers.clause.en = 'We use your spending categories to improve your experience.';
  // One sentence in Chinese too: the fixture's second would be one the English lacks (clause-length-mismatch).
  offers.clause['zh-CN'] = '我们根据您的消费类别选择在应用中向您展示的优惠。';
  config.policy.url = 'https://policies.example.net/pay';
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'unticked-lint-'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('unticked lint', () => {
  it('is listed in the help and has its own', async () => {
    const help = await unticked(['--help']);
    assert.match(help.stdout, /lint/);
    const own = await unticked(['lint', '--help']);
    assert.equal(own.code, 0);
    assert.match(own.stdout, /--max-warnings/);
  });

  it('exits 0 on the fixture, with a summary line', async () => {
    const result = await unticked(['lint', fixturePath]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(result.stdout, '0 errors, 0 warnings, 0 info.\n');
  });

  it('prints each finding as path, severity, rule, message and source, and exits 0 on warnings', async () => {
    const file = configFile('warned.json', warned);
    const result = await unticked(['lint', file]);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines.length, 4);
    assert.match(
      lines[0]!,
      /^purposes\[2\]\.clause\.en {2}warning {2}vague-purpose {2}.*"improve your experience".* \(.*WP260.*\)$/,
    );
    assert.match(lines[1]!, /^purposes\[2\]\.retention {2}warning {2}retention-missing {2}/);
    assert.match(lines[2]!, /^policy\.url {2}info {2}policy-other-site {2}/);
    assert.equal(lines[3], '0 errors, 2 warnings, 1 info.');
  });

  it('exits 1 when warnings exceed --max-warnings', async () => {
    const file = configFile('warned.json', warned);
    const over = await unticked(['lint', file, '--max-warnings', '1']);
    assert.equal(over.code, 1);
    assert.match(over.stdout, /2 warnings, 1 info \(more than --max-warnings 1\)\.$/m);
    assert.equal((await unticked(['lint', file, '--max-warnings', '2'])).code, 0);
  });

  it('exits 1 on an invalid config, reading standard input', async () => {
    const config = JSON.parse(readFileSync(fixturePath, 'utf8')) as Json;
    delete config.controller.email;
    const result = await unticked(['lint', '-'], JSON.stringify(config));
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^controller\.email {2}error {2}valid-config {2}/m);
    assert.match(
      result.stdout,
      /1 error, 0 warnings, 0 info\. The config is invalid; the rules ran on what could be read of it\./,
    );
    delete config.defaultLanguage;
    const unreadable = await unticked(['lint', '-'], JSON.stringify(config));
    assert.equal(unreadable.code, 1);
    assert.match(
      unreadable.stdout,
      /2 errors, 0 warnings, 0 info\. The config is invalid: no lint rule ran, since its languages could not be read\./,
    );
    const json = await unticked(['lint', '-', '--json'], JSON.stringify(config));
    assert.equal((JSON.parse(json.stdout) as Json).rulesRan, false);
    // A key given twice hides its first value from every reader: an error naming it, as in the browser.
    const twice = await unticked(
      ['lint', '-'],
      JSON.stringify(config).replace('{"policy":', '{"jurisdiction":"CN","policy":'),
    );
    assert.equal(twice.code, 1);
    assert.match(twice.stdout, /^jurisdiction {2}error {2}valid-config {2}this key is given twice/m);
    const syntax = await unticked(['lint', '-'], '{"policy":');
    assert.equal(syntax.code, 1);
    assert.match(syntax.stdout, /^config {2}error {2}valid-config {2}the text is not valid JSON/m);
  });

  it('prints JSON with --json', async () => {
    const file = configFile('warned.json', warned);
    const result = await unticked(['lint', file, '--json', '--max-warnings', '1']);
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout) as Json;
    assert.deepEqual(Object.keys(report), ['ok', 'valid', 'rulesRan', 'counts', 'maxWarnings', 'findings']);
    assert.equal(report.ok, false);
    assert.equal(report.valid, true);
    assert.deepEqual(report.counts, { error: 0, warning: 2, info: 1 });
    assert.equal(report.maxWarnings, 1);
    assert.deepEqual(
      (report.findings as Json[]).map((finding) => finding.rule),
      ['vague-purpose', 'retention-missing', 'policy-other-site'],
    );
    for (const finding of report.findings as Json[]) {
      for (const key of ['rule', 'severity', 'path', 'message', 'source']) assert.equal(typeof finding[key], 'string');
    }
    assert.deepEqual(report.findings[0].matches, ['improve your experience']);
  });

  it('skips rules given with --disable, and lists rules with --rules', async () => {
    const file = configFile('warned.json', warned);
    const result = await unticked([
      'lint',
      file,
      '--disable',
      'retention-missing',
      '--disable',
      'vague-purpose',
      '--max-warnings',
      '0',
    ]);
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /0 errors, 0 warnings, 1 info\./);
    const rules = await unticked(['lint', '--rules', '--json']);
    assert.equal(rules.code, 0);
    const list = JSON.parse(rules.stdout) as Json[];
    assert.ok(list.some((rule) => rule.id === 'bundled-purpose' && /Recital 43/.test(rule.source)));
  });

  it('refuses a file that is not UTF-8, naming the first byte that is not', async () => {
    const config = readFileSync(fixturePath, 'utf8').replace('Example Pay', 'Caf\u00e9 Pay');
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from(config, 'latin1'));
    const result = await unticked(['lint', latin1]);
    assert.equal(result.code, 1);
    const offset = Buffer.from(config, 'latin1').indexOf(0xe9);
    assert.match(result.stderr, new RegExp(`is not UTF-8 text \\(byte ${offset}: 0xe9\\)`));
    assert.doesNotMatch(result.stdout, /errors?, \d+ warnings?/);
    const utf16 = join(dir, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(config, 'utf16le')]));
    assert.equal((await unticked(['lint', utf16])).code, 1);
    // The same file in UTF-8 is read.
    const utf8 = join(dir, 'utf8.json');
    writeFileSync(utf8, config);
    assert.equal((await unticked(['lint', utf8])).code, 0);
  });

  it('exits 2 on usage errors', async () => {
    assert.equal((await unticked(['lint'])).code, 2);
    assert.equal((await unticked(['lint', fixturePath, fixturePath])).code, 2);
    assert.equal((await unticked(['lint', fixturePath, '--bogus'])).code, 2);
    const count = await unticked(['lint', fixturePath, '--max-warnings', 'many']);
    assert.equal(count.code, 2);
    assert.match(count.stderr, /--max-warnings must be a whole number/);
    assert.equal((await unticked(['lint', fixturePath, '--max-clause-words', '0'])).code, 2);
    const rule = await unticked(['lint', fixturePath, '--disable', 'no-such-rule']);
    assert.equal(rule.code, 2);
    assert.match(rule.stderr, /unknown rule "no-such-rule"/);
    const missing = await unticked(['lint', join(dir, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read/);
  });

  it('never echoes control characters of a rule name it does not know', async () => {
    const rule = await unticked(['lint', fixturePath, '--disable', 'x\u001b[2J\u009b\u202e\r']);
    assert.equal(rule.code, 2);
    for (const character of ['\u001b', '\u009b', '\u202e', '\r']) {
      assert.ok(!rule.stderr.includes(character), rule.stderr);
    }
    assert.match(rule.stderr, /unknown rule "x\\u001b\[2J\\u009b\\u202e\\r"/);
  });

  it('reports an unreadable file as JSON with --json, and never echoes control characters of its name', async () => {
    const name = join(dir, 'nope\u001b[31m\u202e.json');
    const json = await unticked(['lint', name, '--json']);
    assert.equal(json.code, 2);
    const report = JSON.parse(json.stdout) as { ok: boolean; valid: boolean; error: { message: string } };
    assert.equal(report.ok, false);
    assert.equal(report.valid, false);
    assert.match(report.error.message, /cannot read .*nope\\u001b\[31m\\u202e\.json/);
    const plain = await unticked(['lint', name]);
    assert.equal(plain.code, 2);
    assert.ok(!plain.stderr.includes('\u001b') && !plain.stderr.includes('\u202e'), plain.stderr);
    assert.match(plain.stderr, /nope\\u001b\[31m\\u202e\.json/);
  });
});

interface StreamedRun extends CliRun {
  readonly signal: NodeJS.Signals | null;
}

/**
 * Runs `unticked` with `stdin` piped in (an endless stream, say), giving up after `timeout` ms; `onStdout` sees
 * each chunk of standard output and may close the pipe, as `| head -1` does.
 */
function streamed(
  args: readonly string[],
  options: { stdin?: Readable; timeout?: number; onStdout?: (chunk: string, stdout: Readable) => void } = {},
): Promise<StreamedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cliPath, ...args], {
      cwd: root,
      env: { ...process.env, UNTICKED_CORE: pathToFileURL(join(root, core)).href },
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 15_000);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      options.onStdout?.(chunk.toString(), child.stdout);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The CLI stops reading an endless input: writing on into the closed pipe is expected to fail.
    child.stdin.on('error', () => {});
    if (options.stdin) options.stdin.pipe(child.stdin);
    else child.stdin.end();
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      options.stdin?.destroy();
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** A config with `count` purposes, each with vague wording, unnamed partners and no retention. */
function manyFindings(count: number): string {
  const config = JSON.parse(readFileSync(fixturePath, 'utf8')) as Json;
  config.purposes = [
    config.purposes[0],
    ...Array.from({ length: count }, (_, index) => ({
      id: `offers-${index}`,
      title: { en: `Offers ${index}`, 'zh-CN': `优惠${index}` },
      clause: {
        en: 'We use your spending categories to improve your experience, etc., and share them with our partners.',
        'zh-CN': '我们使用您的消费类别来改善您的体验，并与合作伙伴共享。',
      },
    })),
  ];
  return JSON.stringify(config);
}

describe('unticked lint output and input at the edges', () => {
  it('exits with its own code, quietly, when the reader closes the pipe early', async () => {
    const file = join(dir, 'many.json');
    writeFileSync(file, manyFindings(300));
    const whole = await unticked(['lint', file]);
    assert.ok(whole.stdout.length > 256 * 1024, 'more output than a pipe holds');
    const headed = await streamed(['lint', file], {
      // `| head -1`: the first line read, the pipe closed.
      onStdout: (chunk, stdout) => {
        if (chunk.includes('\n')) stdout.destroy();
      },
    });
    assert.equal(headed.stderr, '');
    assert.equal(headed.code, whole.code);
  });

  it('prints each finding on one line, escaping line breaks and controls from the input', async () => {
    const broken = readFileSync(fixturePath, 'utf8').replace('"jurisdiction": "CN"', '"jurisdiction": NaN');
    const result = await unticked(['lint', '-'], broken);
    assert.equal(result.code, 1);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2, result.stdout);
    assert.match(lines[0]!, /^config {2}error {2}valid-config {2}the text is not valid JSON: .*NaN,\\n/);
    assert.match(lines[1]!, /^1 error, 0 warnings, 0 info\./);
    const bidi = await unticked(['lint', '-'], '{"policy":\r\n\u202e\u2066}');
    assert.equal(bidi.stdout.trimEnd().split('\n').length, 2, bidi.stdout);
    assert.doesNotMatch(bidi.stdout, /[\r\u202e\u2066]/u);
    assert.match(bidi.stdout, /\\r\\n\\u202e/);
  });

  it('refuses a text over the limit while reading, counting characters, not bytes', async () => {
    // Exactly at the limit in three-byte characters: read, then refused by the config rules (not an object).
    const atLimit = join(dir, 'at-limit.json');
    writeFileSync(atLimit, `"${'中'.repeat(MAX_CHARACTERS - 2)}"`);
    const read = await unticked(['lint', atLimit]);
    assert.equal(read.stderr, '');
    assert.match(read.stdout, /^config {2}error {2}valid-config {2}/);
    const overLimit = join(dir, 'over-limit.json');
    writeFileSync(overLimit, `"${'中'.repeat(MAX_CHARACTERS - 1)}"`);
    const refused = await unticked(['lint', overLimit]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, TOO_LONG);
    assert.equal(refused.stdout, '');
  });

  it('refuses a file larger than a string can hold as too long, not as "not UTF-8", without reading it all', async () => {
    // 600 MB without taking the disk space: a sparse file of zero bytes, which are UTF-8 (U+0000).
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 600 * 1024 * 1024);
    // The kill is a hang guard for a loaded machine, not a timing goal.
    const result = await streamed(['lint', huge], { timeout: 30_000 });
    assert.equal(result.signal, null, 'killed after 30 s');
    assert.equal(result.code, 1);
    assert.match(result.stderr, TOO_LONG);
    rmSync(huge);
  });

  it('stops reading an endless input, from a device or standard input', async (t) => {
    if (!existsSync('/dev/zero')) t.skip('no /dev/zero here');
    else {
      const device = await streamed(['lint', '/dev/zero'], { timeout: 10_000 });
      assert.equal(device.signal, null, 'killed after 10 s: it read on');
      assert.equal(device.code, 1);
      assert.match(device.stderr, TOO_LONG);
    }
    // `yes '{' | unticked lint -`
    const endless = Readable.from(
      (function* () {
        for (;;) yield '{\n'.repeat(8192);
      })(),
    );
    const piped = await streamed(['lint', '-'], { stdin: endless, timeout: 10_000 });
    assert.equal(piped.signal, null, 'killed after 10 s: it read on');
    assert.equal(piped.code, 1);
    assert.match(piped.stderr, TOO_LONG);
    assert.ok(piped.stderr.length < 500, piped.stderr);
    assert.equal(piped.stdout, '');
  });

  it('stops every other subcommand reading an endless input too, at 100 million characters', async () => {
    for (const args of [
      ['verify', '-', '--self-signed'],
      ['import', '-', '--from', 'auto'],
    ]) {
      const endless = Readable.from(
        (function* () {
          for (;;) yield '{\n'.repeat(65_536);
        })(),
      );
      const result = await streamed(args, { stdin: endless, timeout: 20_000 });
      assert.equal(result.signal, null, `${args[0]}: killed after 20 s, it read on`);
      assert.equal(result.code, 1, `${args[0]}: ${result.stderr}`);
      assert.match(result.stderr, /standard input is too long: it has more than 100000000 characters/);
    }
  });
});
