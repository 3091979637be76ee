// Launches the system Chromium through puppeteer-core. Never downloads a browser: the path comes from
// scripts/browsers.mjs (CHROME_PATH, CHROMIUM_PATH, then the usual install locations).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowser, installHint } from '../../scripts/browsers.mjs';

/**
 * Starts a headless Chromium with a fresh profile and a temporary HOME (browsers write crash reports and caches
 * there). `close()` ends the browser and removes both folders. `extraArgs` and `defaultViewport` are added to
 * puppeteer's launch options.
 */
export async function launchChromium({ extraArgs = [], defaultViewport } = {}) {
  const executablePath = findBrowser('chromium');
  if (!executablePath) throw new Error(`Chromium not found; install it with: ${installHint('chromium')}`);
  const home = mkdtempSync(join(tmpdir(), 'unticked-bench-home-'));
  const userDataDir = mkdtempSync(join(tmpdir(), 'unticked-bench-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir,
    env: { ...process.env, HOME: home },
    ...(defaultViewport ? { defaultViewport } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  return {
    browser,
    executablePath,
    version: await browser.version(),
    async close() {
      try {
        await browser.close();
      } finally {
        rmSync(home, { recursive: true, force: true });
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}
