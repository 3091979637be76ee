/// <reference types="node" />
// The unticked CLI, run as a child process against the TypeScript sources (UNTICKED_CORE), so no build is needed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestJws, generateSigningKeyPair, signReceipt } from '../../src/core/receipt/index.js';
import type { P256PrivateJwk, SigningKeyPair } from '../../src/core/receipt/index.js';
import {
  grant,
  loadConfig,
  makePayload,
  makeKey,
  FIXTURE_URL,
  signRaw,
  headerFor,
} from '../fixtures/receipt-helpers.js';
import { cliRunner } from '../fixtures/cli.js';
import { signatureTwin } from '../fixtures/high-s.js';

const config = loadConfig();

// The whole core, not only the receipts: `--config` is validated with parseConfigJson, as the prompt does.
const unticked = cliRunner('src/core/index.ts');

let dir: string;
let keys: SigningKeyPair;
let jwksFile: string;

/** Signs a linked chain of receipts with `privateJwk`. */
async function receipts(count: number, privateJwk: P256PrivateJwk): Promise<string[]> {
  const list: string[] = [];
  let previous: { sequence: number; digest: string } | null = null;
  for (let i = 0; i < count; i++) {
    const jws = await signReceipt(await makePayload({ previous, now: new Date() }), privateJwk);
    list.push(jws);
    previous = { sequence: i, digest: await digestJws(jws) };
  }
  return list;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'unticked-cli-'));
  keys = await generateSigningKeyPair();
  jwksFile = join(dir, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [keys.publicJwk] }));
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('unticked CLI', () => {
  it('prints help, and exits 2 on unknown commands and options', async () => {
    const help = await unticked(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /verify/);
    assert.match(help.stdout, /keygen/);
    assert.equal((await unticked(['verify', '--help'])).code, 0);
    assert.equal((await unticked(['frobnicate'])).code, 2);
    assert.equal((await unticked([])).code, 2);
    assert.equal((await unticked(['verify', 'x', '--jwks', jwksFile, '--bogus'])).code, 2);
    assert.equal((await unticked(['verify', 'x'])).code, 2);
  });

  it('exits 2 on an option given twice and on a JWKS holding a private key, before reading any receipt', async () => {
    const [receipt] = await receipts(1, keys.privateJwk);
    const log = join(dir, 'setup.log');
    writeFileSync(log, `${receipt}\n`);
    const twice = await unticked(['verify', log, '--jwks', jwksFile, '--jwks', jwksFile]);
    assert.equal(twice.code, 2, twice.stdout + twice.stderr);
    assert.match(twice.stderr, /--jwks is given more than once/);
    const privateJwks = join(dir, 'private.jwks.json');
    writeFileSync(privateJwks, JSON.stringify({ keys: [keys.privateJwk] }));
    const leaked = await unticked(['verify', log, '--jwks', privateJwks]);
    assert.equal(leaked.code, 2, leaked.stdout + leaked.stderr);
    assert.match(leaked.stderr, /holds a private key \(keys\[0\] has "d"\)/);
    assert.equal(leaked.stdout, '');
    // JSON.parse would keep the second "keys": the key trusted would not be the one a reader sees first.
    const repeated = join(dir, 'repeated.jwks.json');
    const other = (await generateSigningKeyPair()).publicJwk;
    writeFileSync(repeated, `{"keys":[${JSON.stringify(other)}],"keys":[${JSON.stringify(keys.publicJwk)}]}`);
    const twiceOver = await unticked(['verify', log, '--jwks', repeated]);
    assert.equal(twiceOver.code, 2, twiceOver.stdout + twiceOver.stderr);
    assert.match(twiceOver.stderr, /gives the member "keys" twice in one object/);
    assert.equal(twiceOver.stdout, '');
    assert.equal((await unticked(['verify', jwksFile, '--jwks', jwksFile, '--max-age', 'soon'])).code, 2);
    const missing = await unticked(['verify', join(dir, 'nope.txt'), '--jwks', jwksFile]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read/);
  });

  it('verify exits 0 on a valid log, skipping blank lines and comments', async () => {
    const log = join(dir, 'valid.log');
    writeFileSync(log, `# receipts\n${(await receipts(3, keys.privateJwk)).join('\n\n')}\n`);
    const result = await unticked([
      'verify',
      log,
      '--jwks',
      jwksFile,
      '--config',
      fileURLToPath(FIXTURE_URL),
      '--max-age',
      '30d',
    ]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /3 receipts: 3 valid/);
    assert.match(result.stdout, /line 2: valid/);
  });

  it('verify does not take a receipt turned into a comment for one: a first character changed to # is an error', async () => {
    const list = await receipts(2, keys.privateJwk);
    const log = join(dir, 'commented.log');
    const cases = [`#${list[1]!.slice(1)}`, `# ${list[1]!.slice(2)}`, `# kept: ${list[1]}`, `#{"jws":"${list[1]}"}`];
    for (const changed of cases) {
      // Comments, one naming a host (dotted labels, not a receipt), before the receipt and the changed one.
      const comments = ['# a real comment', '#', '# exported from consent-store.production-eu.cluster-internal'];
      writeFileSync(log, [...comments, list[0], changed, ''].join('\n'));
      const result = await unticked(['verify', log, '--jwks', jwksFile]);
      assert.equal(result.code, 1, `${changed.slice(0, 12)}: ${result.stdout}`);
      assert.match(result.stdout, /line 5: INVALID/);
      assert.match(result.stdout, /a receipt changed here\?/);
      assert.match(result.stdout, /2 receipts: 1 valid, 1 invalid \(line 5\)/);
    }
  });

  it('verify accepts a receipt whose signature is in its high-S form, and notes it', async () => {
    const [low] = await receipts(1, keys.privateJwk);
    const high = signatureTwin(low!);
    const log = join(dir, 'high-s.log');
    writeFileSync(log, `${high}\n`);
    const result = await unticked(['verify', log, '--jwks', jwksFile]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /line 1: valid/);
    assert.match(result.stdout, /note: the signature is in its high-S form/);
  });

  it('verify exits 1 and names the line of a tampered receipt', async () => {
    const list = await receipts(3, keys.privateJwk);
    const [h, p, s] = list[1]!.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, language: 'fr' })).toString('base64url')}.${s}`;
    const log = join(dir, 'tampered.log');
    writeFileSync(log, `${list[0]}\n# the next one was changed\n${tampered}\n${list[2]}\n`);
    const result = await unticked(['verify', log, '--jwks', jwksFile]);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /line 3: INVALID/);
    assert.match(result.stdout, /- signature: /);
    assert.match(result.stdout, /3 receipts: 2 valid, 1 invalid \(line 3\)/);
  });

  it('verify reads standard input and prints JSON with --json', async () => {
    const list = await receipts(2, keys.privateJwk);
    const result = await unticked(['verify', '-', '--jwks', jwksFile, '--json'], `${list.join('\n')}\nnot-a-receipt\n`);
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout) as {
      valid: boolean;
      total: number;
      invalid: number;
      receipts: { line: number; valid: boolean; failures: { code: string }[] }[];
    };
    assert.equal(report.valid, false);
    assert.equal(report.total, 3);
    assert.equal(report.invalid, 1);
    assert.deepEqual(
      report.receipts.map((receipt) => [receipt.line, receipt.valid]),
      [
        [1, true],
        [2, true],
        [3, false],
      ],
    );
    assert.equal(report.receipts[2]?.failures[0]?.code, 'malformed');
  });

  it('verify --self-signed trusts the key stored with each receipt, and only then', async () => {
    const device = await makeKey();
    const payload = await makePayload({ decisions: grant(config, 'offers'), now: new Date() });
    const jws = await signRaw(headerFor(device), JSON.stringify(payload), device);
    const log = join(dir, 'device.log');
    writeFileSync(log, `${JSON.stringify({ jws, publicJwk: device.publicJwk })}\n`);
    const trusted = await unticked(['verify', log, '--self-signed']);
    assert.equal(trusted.code, 0, trusted.stdout);
    assert.match(trusted.stdout, /self-signed/);
    const untrusted = await unticked(['verify', log, '--jwks', jwksFile]);
    assert.equal(untrusted.code, 1);
    assert.match(untrusted.stdout, /untrusted-key/);
  });

  it('verify --history checks the chain: a receipt removed from the middle is a gap', async () => {
    const list = await receipts(4, keys.privateJwk);
    const whole = join(dir, 'history.log');
    writeFileSync(whole, `${list.join('\n')}\n`);
    const intact = await unticked(['verify', whole, '--jwks', jwksFile, '--history']);
    assert.equal(intact.code, 0, intact.stdout);
    assert.match(intact.stdout, /history: chain intact/);
    const gapped = join(dir, 'gapped.log');
    writeFileSync(gapped, `${[list[0], list[1], list[3]].join('\n')}\n`);
    const broken = await unticked(['verify', gapped, '--jwks', jwksFile, '--history']);
    assert.equal(broken.code, 1, broken.stdout);
    assert.match(broken.stdout, /3 receipts: 3 valid/);
    assert.match(broken.stdout, /CHAIN BROKEN/);
    const json = await unticked(['verify', gapped, '--jwks', jwksFile, '--history', '--json']);
    const codes = (JSON.parse(json.stdout) as { history: { failures: { code: string }[] } }).history.failures.map(
      (failure) => failure.code,
    );
    assert.ok(codes.includes('gap') || codes.includes('broken-link'), codes.join());
  });

  it('verify --history holds the chain to --config too: receipts whose clauses differ put nothing in force', async () => {
    const list = await receipts(2, keys.privateJwk);
    const log = join(dir, 'history-config.log');
    writeFileSync(log, `${list.join('\n')}\n`);
    const raw = JSON.parse(readFileSync(FIXTURE_URL, 'utf8')) as { purposes: { clause: Record<string, string> }[] };
    raw.purposes[2]!.clause['en'] += ' We also send it to our partners.';
    const changed = join(dir, 'changed-clause.json');
    writeFileSync(changed, JSON.stringify(raw));
    const run = await unticked(['verify', log, '--jwks', jwksFile, '--config', changed, '--history']);
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /2 receipts: 0 valid, 2 invalid/);
    assert.doesNotMatch(run.stdout, /chain intact/);
    assert.doesNotMatch(run.stdout, /in force/);
    const same = await unticked([
      'verify',
      log,
      '--jwks',
      jwksFile,
      '--config',
      fileURLToPath(FIXTURE_URL),
      '--history',
    ]);
    assert.equal(same.code, 0, same.stdout);
    assert.match(same.stdout, /history: chain intact/);
  });

  it('verify --history names a grant that a later receipt withdrew', async () => {
    const first = await signReceipt(
      await makePayload({ decisions: grant(config, 'offers'), previous: null, now: new Date() }),
      keys.privateJwk,
    );
    const withdrawal = await signReceipt(
      await makePayload({
        decisions: grant(config),
        action: 'withdraw',
        previous: { sequence: 0, digest: await digestJws(first) },
        now: new Date(),
      }),
      keys.privateJwk,
    );
    const log = join(dir, 'withdrawn.log');
    writeFileSync(log, `${first}\n${withdrawal}\n`);
    const run = await unticked(['verify', log, '--jwks', jwksFile, '--history']);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /offers: refused/);
    assert.match(run.stdout, /offers: granted on line 1, withdrawn on line 2/);
  });

  it('verify --config validates the config as the prompt does, so clause keys are read by the tags in languages', async () => {
    const raw = JSON.parse(readFileSync(FIXTURE_URL, 'utf8')) as {
      purposes: { clause: Record<string, string> }[];
    };
    // The prompt accepts "zh-cn" for the "zh-CN" of languages, and records "zh-CN" in its receipts.
    for (const purpose of raw.purposes) {
      const { 'zh-CN': zh, ...rest } = purpose.clause;
      purpose.clause = { ...rest, 'zh-cn': zh ?? '' };
    }
    const configFile = join(dir, 'lowercase-keys.json');
    writeFileSync(configFile, JSON.stringify(raw));
    const jws = await signReceipt(await makePayload({ language: 'zh-CN', now: new Date() }), keys.privateJwk);
    const log = join(dir, 'zh.log');
    writeFileSync(log, `${jws}\n`);
    const run = await unticked(['verify', log, '--jwks', jwksFile, '--config', configFile]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /1 receipt: 1 valid/);
  });

  it('verify --config refuses what is not a consent config as a usage error naming its fields', async () => {
    const log = join(dir, 'one.log');
    writeFileSync(log, `${(await receipts(1, keys.privateJwk)).join('\n')}\n`);
    const notConfig = join(dir, 'not-a-config.json');
    for (const [content, field] of [
      [JSON.stringify({ keys: [keys.publicJwk] }), /- keys: "keys" is not a known config field/],
      [JSON.stringify({ purposes: [{ id: 'x' }] }), /- purposes\[0\]\.clause: the clause is required/],
      ['{}', /- policy: the policy .* is required but missing/],
    ] as const) {
      writeFileSync(notConfig, content);
      const run = await unticked(['verify', log, '--jwks', jwksFile, '--config', notConfig]);
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /is not a valid consent config:/);
      assert.match(run.stderr, field);
      assert.doesNotMatch(run.stderr, /internal|Cannot read properties/);
    }
  });

  it('verify reads at most 100,000 receipts, and refuses more at once without running out of memory', async () => {
    const tooMany = join(dir, 'tiny-lines.log');
    writeFileSync(tooMany, 'a\n'.repeat(200_001));
    const lines = await unticked(['verify', tooMany, '--self-signed']);
    assert.equal(lines.code, 1, lines.stderr);
    assert.equal(lines.stdout, '');
    assert.match(lines.stderr, /tiny-lines\.log holds more than 100000 receipts, and at most 100000 are verified/);
    // Counted before JSON.parse builds anything: 3.4 million empty objects are refused as they stand.
    const document = join(dir, 'objects.json');
    writeFileSync(document, `[${'{},'.repeat(3_400_000)}{}]`);
    const objects = await unticked(['verify', document, '--self-signed']);
    assert.equal(objects.code, 1, objects.stderr);
    assert.match(objects.stderr, /holds more than 100000 receipts/);
    const jws = (await receipts(1, keys.privateJwk))[0]!;
    const list = await unticked(['verify', '-', '--jwks', jwksFile], JSON.stringify(Array(100_001).fill('x')));
    assert.equal(list.code, 1, list.stderr);
    assert.match(list.stderr, /standard input holds more than 100000 receipts/);
    // Blank lines and comments are not receipts.
    const commented = await unticked(['verify', '-', '--jwks', jwksFile], `${'# note\n\n'.repeat(150_000)}${jws}\n`);
    assert.equal(commented.code, 0, commented.stderr);
    assert.match(commented.stdout, /^line 300001: valid/);
  });

  it('verify --history reports chains started by "forget" listed out of time order, by line', async () => {
    // One origin for every receipt: reading the clock per receipt let a slow signature cross a second, and 10 s became 11.
    const origin = Date.now() - 60_000;
    const at = (seconds: number): Date => new Date(origin + seconds * 1000);
    const first = await signReceipt(
      await makePayload({ decisions: grant(config, 'partner-sharing'), now: at(0) }),
      keys.privateJwk,
    );
    const restart = (seconds: number, granted: string[]): Promise<string> =>
      makePayload({ decisions: grant(config, ...granted), newChain: 'forget', now: at(seconds) }).then((payload) =>
        signReceipt(payload, keys.privateJwk),
      );
    const older = await restart(10, ['partner-sharing']);
    const newer = await restart(20, []);
    const log = join(dir, 'forget-swapped.log');
    writeFileSync(log, `${first}\n${newer}\n${older}\n`);
    const run = await unticked(['verify', log, '--jwks', jwksFile, '--history']);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /3 receipts: 3 valid/);
    assert.match(run.stdout, /CHAIN BROKEN/);
    assert.match(
      run.stdout,
      /- reorder \(line 3\): The receipt on line 3 was issued 10 s before the receipt on line 2, of a chain listed/,
    );
    assert.match(run.stdout, /partner-sharing: refused/);
    writeFileSync(log, `${first}\n${older}\n${newer}\n`);
    const ordered = await unticked(['verify', log, '--jwks', jwksFile, '--history']);
    assert.equal(ordered.code, 0, ordered.stdout + ordered.stderr);
    assert.match(ordered.stdout, /history: chain intact/);
  });

  it('verify prints what a forged receipt carries escaped, so it cannot write a "valid" line over its verdict', async () => {
    const attacker = await makeKey();
    const payload = await makePayload({ now: new Date() });
    // Terminal controls (C0, C1 and DEL), line breaks and bidi controls, in the unverified kid and jti.
    const hostile = '\r\u001b[2K\u009b1A\u007f\u2028\u202e\u2066line 1: valid\n1 receipt: 1 valid';
    const forged = await signRaw(
      headerFor({ ...attacker, kid: `${attacker.kid}${hostile}` }),
      JSON.stringify({ ...payload, jti: hostile, consentReceiptID: hostile }),
      attacker,
    );
    const log = join(dir, 'forged.log');
    // And a line that is not JSON, with the same controls.
    writeFileSync(log, `${forged}\n{"jws":"x",\r\u001b[2K\u009b1A}\n`);
    for (const history of [[], ['--history']]) {
      const result = await unticked(['verify', log, '--jwks', jwksFile, ...history]);
      assert.equal(result.code, 1);
      assert.doesNotMatch(result.stdout, /[\p{Cc}\u2028\u202e\u2066](?<!\n)/u, result.stdout);
      const lines = result.stdout.split('\n');
      assert.match(lines[0]!, /^line 1: INVALID {2}receipt \\r\\u001b\[2K\\u009b1A\\u007f\\u2028\\u202e\\u2066line 1/);
      assert.equal(lines.filter((line) => line.startsWith('line ')).length, 2);
      assert.ok(lines.includes('2 receipts: 0 valid, 2 invalid (lines 1, 2)'), result.stdout);
    }
  });

  it('verify reads the file a visitor downloads from the prompt', async () => {
    const device = await makeKey();
    const payload = await makePayload({ decisions: grant(config, 'offers'), now: new Date() });
    const jws = await signRaw(headerFor(device), JSON.stringify(payload), device);
    const file = join(dir, 'my-receipts.json');
    const download = {
      format: 'unticked-receipts/1',
      receipts: [{ jws, publicJwk: device.publicJwk, selfSigned: true }],
    };
    writeFileSync(file, JSON.stringify(download, null, 2));
    const run = await unticked(['verify', file, '--self-signed', '--history']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /1 receipt: 1 valid/);
  });

  it('verify --self-signed --history refuses a stranger’s receipt spliced into a visitor’s download', async () => {
    const device = await makeKey();
    const stranger = await makeKey();
    const first = await makePayload({ decisions: grant(config, 'offers'), now: new Date(Date.now() - 5000) });
    const jws = await signRaw(headerFor(device), JSON.stringify(first), device);
    // In the visitor's name, linked to the visitor's receipt (anyone holding it can link to it), signed by a stranger.
    const withdrawal = await makePayload({
      decisions: grant(config),
      action: 'withdraw',
      previous: { sequence: 0, digest: await digestJws(jws) },
      now: new Date(),
    });
    const spliced = await signRaw(headerFor(stranger), JSON.stringify(withdrawal), stranger);
    const file = join(dir, 'spliced-receipts.json');
    const download = {
      format: 'unticked-receipts/1',
      receipts: [
        { jws, publicJwk: device.publicJwk, selfSigned: true },
        { jws: spliced, publicJwk: stranger.publicJwk, selfSigned: true },
      ],
    };
    writeFileSync(file, JSON.stringify(download, null, 2));
    const run = await unticked(['verify', file, '--self-signed', '--history']);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /history: CHAIN BROKEN/);
    assert.match(run.stdout, /key-change \(line \d+\): The receipt on line \d+ is signed with another device key/);
  });

  it('verify refuses input that repeats a key, where JSON would keep only the last', async () => {
    const device = await makeKey();
    const payload = await makePayload({ decisions: grant(config, 'offers'), now: new Date() });
    const jws = await signRaw(headerFor(device), JSON.stringify(payload), device);
    const entry = JSON.stringify({ jws, publicJwk: device.publicJwk });
    const file = join(dir, 'repeated-receipts.json');
    writeFileSync(file, `{"format":"unticked-receipts/1","receipts":[{"jws":"x.y.z"}],"receipts":[${entry}]}`);
    const document = await unticked(['verify', file, '--self-signed']);
    assert.equal(document.code, 1, document.stdout + document.stderr);
    assert.match(document.stderr, /repeats the key "receipts" in one object/);
    // Escaped spellings are the same key; a line of the log is refused on its own.
    const log = join(dir, 'repeated.log');
    writeFileSync(log, `${entry}\n{"jws":"x.y.z","\\u006aws":${JSON.stringify(jws)}}\n`);
    const lines = await unticked(['verify', log, '--self-signed']);
    assert.equal(lines.code, 1, lines.stdout + lines.stderr);
    assert.match(lines.stdout, /^line 2: INVALID\n {2}- malformed: the JSON object repeats the key "jws"$/m);
    assert.match(lines.stdout, /2 receipts: 1 valid, 1 invalid/);
  });

  it('keygen writes keys that sign receipts which verify with --jwks', async () => {
    const out = join(dir, 'keys');
    const made = await unticked(['keygen', '--out-dir', out]);
    assert.equal(made.code, 0, made.stderr);
    const privatePath = join(out, 'signing-key.private.jwk.json');
    const publicPath = join(out, 'signing-key.public.jwks.json');
    assert.equal(statSync(privatePath).mode & 0o777, 0o600);
    const privateJwk = JSON.parse(readFileSync(privatePath, 'utf8')) as P256PrivateJwk;
    const jwks = JSON.parse(readFileSync(publicPath, 'utf8')) as { keys: Record<string, unknown>[] };
    assert.equal(jwks.keys.length, 1);
    assert.equal(Object.hasOwn(jwks.keys[0]!, 'd'), false);
    const log = join(dir, 'keygen.log');
    writeFileSync(log, `${(await receipts(2, privateJwk)).join('\n')}\n`);
    const verified = await unticked(['verify', log, '--jwks', publicPath]);
    assert.equal(verified.code, 0, verified.stdout);
    assert.equal((await unticked(['keygen', '--out-dir', out])).code, 2, 'refuses to overwrite');
    assert.equal((await unticked(['keygen', '--out-dir', out, '--force'])).code, 0);
  });

  it('keygen writes neither file when one of them exists', async () => {
    for (const [present, absent] of [
      ['signing-key.public.jwks.json', 'signing-key.private.jwk.json'],
      ['signing-key.private.jwk.json', 'signing-key.public.jwks.json'],
    ] as const) {
      const out = mkdtempSync(join(dir, 'keygen-half-'));
      const kept = join(out, present);
      writeFileSync(kept, 'unrelated\n');
      const refused = await unticked(['keygen', '--out-dir', out]);
      assert.equal(refused.code, 2, refused.stderr);
      assert.ok(refused.stderr.includes(`${present} exists; pass --force`), refused.stderr);
      // Once wrote a new private key beside an unrelated public key before it noticed.
      assert.equal(existsSync(join(out, absent)), false, `${absent} was written`);
      assert.equal(readFileSync(kept, 'utf8'), 'unrelated\n');
    }
  });

  it('keygen prints both keys as JSON without --out-dir', async () => {
    const result = await unticked(['keygen']);
    assert.equal(result.code, 0);
    const printed = JSON.parse(result.stdout) as {
      privateJwk: { d?: string; kid?: string };
      publicJwks: { keys: { kid?: string }[] };
    };
    assert.equal(typeof printed.privateJwk.d, 'string');
    assert.equal(printed.publicJwks.keys[0]?.kid, printed.privateJwk.kid);
  });
});
