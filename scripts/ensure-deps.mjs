#!/usr/bin/env node
// Installs the npm dependencies when they are missing or older than the lockfile, so `npm start` and `npm test`
// work on a fresh clone. Never downloads a browser: the tests use the system's Chromium and Firefox.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const marker = 'node_modules/.package-lock.json';
const lock = 'package-lock.json';
const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);

if (stale) {
  const command = existsSync(lock) ? 'ci' : 'install';
  console.log(`unticked: installing dependencies (npm ${command})…`);
  const result = spawnSync('npm', [command, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
