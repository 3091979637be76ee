#!/usr/bin/env node
// The project's benchmark: `npm run bench`. Figures only, never pass/fail; size budgets are checked separately
// by bench/check-size.mjs.
//
//   node bench/run.mjs                    every suite
//   node bench/run.mjs --only receipts    one suite (comma-separate several: --only receipts,bytes)
//   node bench/run.mjs --runs 500         timed iterations per measurement (default 200)
//   node bench/run.mjs --no-build         measure dist/ as it is, even if older than src/
//
// Writes bench/results/latest.json and bench/results/latest.md and prints the Markdown.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBuild } from './lib/build.mjs';
import { renderReport } from './lib/markdown.mjs';
import { SUITES } from './suites/index.mjs';

/**
 * What every suite receives.
 *
 * @typedef {object} BenchContext
 * @property {string} root   the repository root
 * @property {number} runs   timed iterations per measurement
 * @property {(message: string) => void} log   progress, to stderr
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_RUNS = 200;

function usage(message) {
  if (message) console.error(`${message}\n`);
  console.error(
    `Usage: node bench/run.mjs [--only ${SUITES.map((suite) => suite.name).join('|')}] [--runs N] [--no-build]`,
  );
  process.exit(message ? 2 : 0);
}

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        only: { type: 'string' },
        runs: { type: 'string' },
        'no-build': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    usage(error.message);
  }
  if (parsed.help) usage();
  const names = parsed.only
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names?.filter((name) => !SUITES.some((suite) => suite.name === name)) ?? [];
  if (unknown.length > 0) usage(`Unknown suite: ${unknown.join(', ')}`);
  const runs = parsed.runs === undefined ? DEFAULT_RUNS : Number(parsed.runs);
  if (!Number.isSafeInteger(runs) || runs < 1) usage('--runs takes a positive whole number');
  return {
    suites: names ? SUITES.filter((suite) => names.includes(suite.name)) : SUITES,
    runs,
    build: !parsed['no-build'],
  };
}

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

async function main() {
  const { suites, runs, build } = options();
  const log = (message) => console.error(message);
  // rollup.config.mjs and the build name paths relative to the repository root.
  process.chdir(root);
  if (build) ensureBuild(root, log);

  /** @type {BenchContext} */
  const ctx = { root, runs, log };
  const environment = {
    commit: git('rev-parse', '--short', 'HEAD'),
    dirty: (git('status', '--porcelain', '--', 'src') ?? '') !== '',
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpuModel: cpus()[0]?.model?.trim() ?? 'unknown CPU',
    cpus: cpus().length,
    // Other processes on the machine skew timings; a load near the core count means the figures are noisy.
    loadAverage: loadavg()[0],
  };
  const results = [];
  for (const suite of suites) {
    const started = performance.now();
    const result = await suite.run(ctx);
    Object.assign(environment, result.environment);
    results.push({ name: suite.name, title: suite.title, seconds: (performance.now() - started) / 1000, ...result });
    log(`${suite.name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const report = {
    generatedAt: new Date().toISOString(),
    environment,
    options: { runs, suites: suites.map((suite) => suite.name) },
    suites: results,
  };
  const markdown = renderReport(report);
  const out = join(root, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(out, 'latest.md'), markdown);
  process.stdout.write(markdown);
  log(
    `\nWrote ${relative(process.cwd(), join(out, 'latest.json'))} and ${relative(process.cwd(), join(out, 'latest.md'))}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
