// Issue 4 "Speed": how long a browser takes to build and sign one receipt, and how many receipts one Node core
// verifies per second with verifyReceipt, side by side with jose on the same tokens.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeScriptTag } from '../lib/chunks.mjs';
import { launchChromium } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/server.mjs';
import { formatInt, formatMs, formatRatio, median, summarize } from '../lib/stats.mjs';

const FIXTURE = 'test/fixtures/annual-report.json';
const VERIFY_ROUNDS = 7;
const TOKEN_COUNT = 64;

const warmupFor = (runs) => Math.max(10, Math.round(runs / 10));

/** Times receipt building, signing and issuing in Chromium, on a page served from dist/. */
async function browserTimings(ctx, config) {
  const scriptTag = await analyzeScriptTag(join(ctx.root, 'dist'));
  const issuer = scriptTag.lazy.find((part) => part.kind === 'receipts');
  if (!issuer) throw new Error('No receipt-issuer chunk in the script-tag build');
  const server = await serveStatic({ '/dist/': join(ctx.root, 'dist'), '/bench/': join(ctx.root, 'bench', 'pages') });
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${server.origin}/bench/receipts.html`, { waitUntil: 'load' });
    await page
      .waitForFunction(() => typeof globalThis.runReceiptBench === 'function', { timeout: 10_000 })
      .catch(() => {
        throw new Error(`The bench page did not load: ${pageErrors.join('; ') || 'no error reported'}`);
      });
    const result = await page.evaluate((options) => globalThis.runReceiptBench(options), {
      config,
      runs: ctx.runs,
      warmup: warmupFor(ctx.runs),
      issuerUrl: `/dist/${issuer.root}`,
    });
    if (!result.valid.signed || !result.valid.issued) {
      throw new Error(`The benchmarked receipts do not verify: ${result.failures.join('; ')}`);
    }
    return { ...result, chromium: chromium.version, issuerChunk: issuer.root };
  } finally {
    await chromium.close();
    await server.close();
  }
}

/** Verifications per second, one at a time, for each verifier; rounds interleave the verifiers. */
async function nodeThroughput(ctx, config) {
  const core = await import(pathToFileURL(join(ctx.root, 'dist/core/index.js')).href);
  const jose = await import('jose');
  const pair = await core.generateSigningKeyPair();
  const jwks = { keys: [pair.publicJwk] };
  const now = new Date();

  // Distinct receipts: different decisions, ids and times, as a server would receive them.
  const optional = config.purposes.filter((purpose) => !purpose.necessary);
  const shown = Object.fromEntries(config.purposes.map((p) => [p.id, { language: 'en', text: p.clause.en }]));
  const tokens = [];
  for (let i = 0; i < TOKEN_COUNT; i++) {
    const decisions = Object.fromEntries(optional.map((purpose, bit) => [purpose.id, ((i >> bit) & 1) === 1]));
    const payload = await core.buildReceiptPayload({
      config,
      decisions,
      action: 'save',
      source: 'visitor',
      language: 'en',
      shown,
      principalId: crypto.randomUUID(),
      issuer: 'https://pay.example',
      previous: null,
      now: new Date(now.getTime() - i * 1000),
    });
    tokens.push(await core.signReceipt(payload, pair.privateJwk));
  }

  const localJwks = jose.createLocalJWKSet(jwks);
  const verifiers = [
    {
      id: 'unticked',
      label: 'unticked `verifyReceipt` (JWKS)',
      verify: async (jws) => (await core.verifyReceipt(jws, { jwks, now })).valid,
    },
    {
      id: 'unticked-config',
      label: 'unticked `verifyReceipt` (JWKS + config: clause digests)',
      verify: async (jws) => (await core.verifyReceipt(jws, { jwks, now, config })).valid,
    },
    {
      id: 'jose-compact',
      label: 'jose `compactVerify` (`createLocalJWKSet`)',
      verify: async (jws) => (await jose.compactVerify(jws, localJwks, { algorithms: ['ES256'] })).payload.length > 0,
    },
    {
      id: 'jose-jwt',
      label: 'jose `jwtVerify` (`createLocalJWKSet`, typ, ES256)',
      verify: async (jws) =>
        typeof (
          await jose.jwtVerify(jws, localJwks, { algorithms: ['ES256'], typ: 'consent-receipt+jwt', currentDate: now })
        ).payload.iat === 'number',
    },
    {
      id: 'jose-import',
      label: 'jose `compactVerify`, key imported per call (`importJWK`)',
      verify: async (jws) =>
        (await jose.compactVerify(jws, await jose.importJWK(pair.publicJwk, 'ES256'))).payload.length > 0,
    },
  ];

  // Every verifier must accept every token, or the comparison measures failures.
  for (const verifier of verifiers) {
    for (const jws of tokens) {
      if (!(await verifier.verify(jws))) throw new Error(`${verifier.label} rejected a benchmark token`);
    }
  }
  const warmup = warmupFor(ctx.runs);
  for (const verifier of verifiers) for (let i = 0; i < warmup; i++) await verifier.verify(tokens[i % TOKEN_COUNT]);

  // Interleaved call by call, so that load from other processes falls on every verifier alike.
  const rounds = new Map(verifiers.map((verifier) => [verifier.id, []]));
  for (let round = 0; round < VERIFY_ROUNDS; round++) {
    const spent = new Map(verifiers.map((verifier) => [verifier.id, 0]));
    for (let i = 0; i < ctx.runs; i++) {
      const jws = tokens[i % TOKEN_COUNT];
      for (let k = 0; k < verifiers.length; k++) {
        // Rotate who goes first, so that no verifier always follows the same other one.
        const verifier = verifiers[(k + i) % verifiers.length];
        const start = performance.now();
        await verifier.verify(jws);
        spent.set(verifier.id, spent.get(verifier.id) + performance.now() - start);
      }
    }
    for (const verifier of verifiers) rounds.get(verifier.id).push((ctx.runs * 1000) / spent.get(verifier.id));
  }
  // A ratio per round compares verifiers that ran at the same moments; its median resists outliers.
  const ours = rounds.get(verifiers[0].id);
  const results = verifiers.map((verifier) => {
    const perRound = rounds.get(verifier.id);
    return {
      id: verifier.id,
      label: verifier.label,
      opsPerSecond: median(perRound),
      minOpsPerSecond: Math.min(...perRound),
      maxOpsPerSecond: Math.max(...perRound),
      microsecondsPerOp: 1e6 / median(perRound),
      relativeToUnticked: median(perRound.map((ops, round) => ops / ours[round])),
      rounds: perRound,
    };
  });
  return { tokens: TOKEN_COUNT, tokenLength: tokens[0].length, rounds: VERIFY_ROUNDS, perRound: ctx.runs, results };
}

export default {
  name: 'receipts',
  title: 'Speed (issue 4): building, signing and verifying receipts',

  /** @param {import('../run.mjs').BenchContext} ctx */
  async run(ctx) {
    const config = JSON.parse(readFileSync(join(ctx.root, FIXTURE), 'utf8'));
    ctx.log('receipts: Chromium, build and sign …');
    const browser = await browserTimings(ctx, config);
    ctx.log('receipts: Node, verify …');
    const node = await nodeThroughput(ctx, config);

    const stats = Object.fromEntries(Object.entries(browser.samples).map(([key, values]) => [key, summarize(values)]));
    const row = (label, s) => [label, formatMs(s.median), formatMs(s.p95), formatMs(s.mean), formatMs(s.min)];
    const jose = node.results.find((result) => result.id === 'jose-compact');
    const joseJwt = node.results.find((result) => result.id === 'jose-jwt');
    return {
      environment: { chromium: browser.chromium },
      data: {
        fixture: FIXTURE,
        browser: {
          chromium: browser.chromium,
          userAgent: browser.userAgent,
          crossOriginIsolated: browser.crossOriginIsolated,
          issuerChunk: browser.issuerChunk,
          warmup: warmupFor(ctx.runs),
          issueFirstMs: browser.issueFirst,
          chainLength: browser.chainLength,
          stats,
          samples: browser.samples,
        },
        node,
      },
      notes: [
        `Receipts for \`${FIXTURE}\` (4 purposes, English). Chromium: ${browser.chromium}, page on http://127.0.0.1 ` +
          `(a secure context${browser.crossOriginIsolated ? ', cross-origin isolated so timers are fine-grained' : ''}); ` +
          `${warmupFor(ctx.runs)} warm-up calls, then ${ctx.runs} timed calls each.`,
        `Node: ${node.tokens} distinct receipts (${node.tokenLength} characters each) signed with one key; each verifier ` +
          `verifies ${node.perRound} of them per round, one at a time (one verification in flight: about one core), the ` +
          `verifiers taking turns call by call; ${node.rounds} rounds, median round reported, and the ratio is the median ` +
          `of per-round ratios. jose \`compactVerify\` verifies ` +
          `${formatRatio(jose.relativeToUnticked)} and \`jwtVerify\` ${formatRatio(joseJwt.relativeToUnticked)} ` +
          'as many receipts per second as ' +
          '`verifyReceipt`, which also checks strict JSON, the header, the Kantara fields and the extension claim.',
      ],
      tables: [
        {
          title: 'One receipt in Chromium (ms)',
          columns: ['operation', 'median', 'p95', 'mean', 'min'],
          rows: [
            row('`buildReceiptPayload`', stats.build),
            row('`signReceiptWithKey` (WebCrypto P-256 key)', stats.sign),
            row('build + sign', stats.buildAndSign),
            row('`issueReceipt` end to end (IndexedDB, Web Locks, chain)', stats.issue),
            [
              '`issueReceipt`, first receipt on a fresh profile (creates the database and device key)',
              formatMs(browser.issueFirst),
              '',
              '',
              '',
            ],
          ],
        },
        {
          title: 'Receipts verified per second, one Node core',
          columns: [
            'verifier',
            'ops/s (median round)',
            'slowest–fastest round',
            'µs per receipt',
            'relative to `verifyReceipt`',
          ],
          rows: node.results.map((result) => [
            result.label,
            formatInt(result.opsPerSecond),
            `${formatInt(result.minOpsPerSecond)}–${formatInt(result.maxOpsPerSecond)}`,
            result.microsecondsPerOp.toFixed(0),
            formatRatio(result.relativeToUnticked),
          ]),
        },
      ],
    };
  },
};
