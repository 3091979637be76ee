#!/usr/bin/env node
// Runs every test: Node tests of the pure logic (no browser), then the browser tests in every supported browser
// found on this machine. Prints which browsers ran and one closing line "N passed, N failed".
//
//   node scripts/test.mjs                 everything (builds dist first: the Node tests import the built package)
//   node scripts/test.mjs --node-only     only the Node tests
//   node scripts/test.mjs --browser-only  only the browser tests
//   UNTICKED_REQUIRE_BROWSERS=chromium,firefox   fail unless these browsers are found (CI sets this)
//   UNTICKED_BROWSERS=chromium            run in these browsers only
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { findBrowser, installHint, BROWSER_NAMES } from './browsers.mjs';

const args = new Set(process.argv.slice(2));
const runNode = !args.has('--browser-only');
const runBrowser = !args.has('--node-only');
const totals = { passed: 0, failed: 0, skipped: 0 };
let problems = 0;

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.test.ts') || file.endsWith('.test.mjs'))
    .sort()
    .map((file) => join(dir, file));
}

if (runNode) {
  if (!args.has('--no-build')) {
    console.log('\n== build (the Node smoke test imports the built package) ==');
    if (run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']) !== 0) {
      console.error('build failed');
      process.exit(1);
    }
  }
  const files = testFiles('test/node');
  console.log(`\n== Node ${process.version}: ${files.length} test files ==`);
  const reportDir = mkdtempSync(join(tmpdir(), 'unticked-node-tests-'));
  const reportFile = join(reportDir, 'report.tap');
  const status = run('node', [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${reportFile}`,
    ...files,
  ]);
  const tap = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  const node = {
    passed: count('pass'),
    failed: count('fail') + count('cancelled'),
    skipped: count('skipped') + count('todo'),
  };
  if (status !== 0 && node.failed === 0) node.failed = 1;
  console.log(`Node: ${node.passed} passed, ${node.failed} failed, ${node.skipped} skipped`);
  for (const key of Object.keys(totals)) totals[key] += node[key];
}

if (runBrowser) {
  console.log('\n== examples (scripts/build-examples.mjs: each app bundled against dist/) ==');
  if (run('node', ['scripts/build-examples.mjs']) !== 0) {
    console.error('building the examples failed (test/browser/examples.test.ts opens them)');
    process.exit(1);
  }
  const required = (process.env.UNTICKED_REQUIRE_BROWSERS ?? '').split(',').filter(Boolean);
  const requested = (process.env.UNTICKED_BROWSERS ?? BROWSER_NAMES.join(',')).split(',').filter(Boolean);
  const found = requested.filter((name) => findBrowser(name));
  const missing = BROWSER_NAMES.filter((name) => !findBrowser(name));
  for (const name of missing) {
    const level = required.includes(name) ? 'ERROR' : 'note';
    console.log(`${level}: ${name} not found; install it with: ${installHint(name)}`);
    if (required.includes(name)) problems++;
  }
  if (found.length === 0) {
    console.error('No supported browser found. Install at least one:');
    for (const name of BROWSER_NAMES) console.error(`  ${installHint(name)}`);
    process.exit(1);
  }
  console.log(`\n== browser tests in: ${found.map((name) => `${name} (${findBrowser(name)})`).join(', ')} ==`);
  const resultsFile = join(mkdtempSync(join(tmpdir(), 'unticked-browser-tests-')), 'results.json');
  const status = run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {
    UNTICKED_BROWSERS: found.join(','),
    UNTICKED_RESULTS_FILE: resultsFile,
  });
  const perBrowser = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
  let browserFailed = 0;
  for (const [name, counts] of Object.entries(perBrowser)) {
    console.log(
      `${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped, ${counts.fileErrors} file errors`,
    );
    totals.passed += counts.passed;
    totals.skipped += counts.skipped;
    browserFailed += counts.failed + counts.fileErrors;
  }
  if (status !== 0 && browserFailed === 0) browserFailed = 1;
  totals.failed += browserFailed;
}

if (totals.passed === 0) {
  console.error('No test ran.');
  problems++;
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed + problems} failed, ${totals.skipped} skipped`);
process.exit(totals.failed + problems > 0 ? 1 : 0);
