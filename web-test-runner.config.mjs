// Browser tests in the system's Chromium and Firefox ESR (driven by puppeteer-core over WebDriver BiDi).
// `node scripts/test.mjs` decides which browsers run and sets UNTICKED_BROWSERS; run directly, every browser
// found is used.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import * as puppeteerCore from 'puppeteer-core';
import { findBrowser, BROWSER_NAMES } from './scripts/browsers.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';

// Browsers write crash reports and caches into $HOME even with a fresh profile: keep them in a temp folder.
const home = mkdtempSync(join(tmpdir(), 'unticked-browser-home-'));
const browserEnv = { ...process.env, HOME: home };

const wanted = (process.env.UNTICKED_BROWSERS ?? BROWSER_NAMES.join(','))
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);

const launchers = {
  chromium: (executablePath) =>
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        env: browserEnv,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
          // The memory test forces garbage collection to see what stays retained.
          '--js-flags=--expose-gc',
          `--user-data-dir=${mkdtempSync(join(tmpdir(), 'unticked-chromium-'))}`,
        ],
      },
    }),
  firefox: (executablePath) =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath, headless: true, env: browserEnv },
      createPage: firefoxPage,
    }),
};

/**
 * puppeteer-core's setViewport sends `emulation.setScreenOrientationOverride` beside the size, and some Firefox ESR
 * 140 builds (Debian's 140.12) answer it "unknown command", failing every test file before it starts (and
 * rejecting before the size is set). No test here needs the orientation: on that refusal the size alone is set,
 * with WebDriver BiDi's own command, and the page waited for until it has that width.
 */
async function firefoxPage({ context }) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      const message = String(error?.message);
      if (!(message.includes('setScreenOrientationOverride') && message.includes('unknown command'))) throw error;
      await page.mainFrame().browsingContext.setViewport({
        viewport: viewport ? { width: viewport.width, height: viewport.height } : null,
        devicePixelRatio: viewport?.deviceScaleFactor ?? null,
      });
      // The command answers before the page has its new size: wait for it, as puppeteer's own wait did.
      if (viewport)
        await page.waitForFunction((width) => window.innerWidth === width, { timeout: 5000 }, viewport.width);
    }
  };
  return page;
}

/**
 * `executeServerCommand('unticked-touch', { type: 'start', x, y })` (then `{ type: 'end' }`) puts a finger on the
 * page and lifts it, as a phone's touch screen does (CDP touch events, with touch emulation on). Chromium only:
 * answers `{ supported: false }` in Firefox, whose WebDriver BiDi touch actions make no click.
 */
const touchPlugin = {
  name: 'unticked-touch',
  async executeCommand({ command, payload, session }) {
    if (command !== 'unticked-touch') return undefined;
    const page = session.browser.getPage?.(session.id);
    if (!page || session.browser.name !== 'Chrome') return { supported: false };
    const client = (page.__untickedTouch ??= await page.createCDPSession());
    await client.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const points = payload.type === 'start' ? [{ x: payload.x, y: payload.y }] : [];
    const type = payload.type === 'start' ? 'touchStart' : 'touchEnd';
    await client.send('Input.dispatchTouchEvent', { type, touchPoints: points });
    return { supported: true };
  },
};

const browsers = wanted
  .map((name) => {
    const path = findBrowser(name);
    return path && launchers[name] ? launchers[name](path) : undefined;
  })
  .filter(Boolean);

if (browsers.length === 0) {
  throw new Error('No supported browser found. Install Chromium (apt-get install -y chromium) or Firefox ESR.');
}

export default {
  files: process.env.UNTICKED_TEST_FILES ? process.env.UNTICKED_TEST_FILES.split(',') : ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // `?delay=<ms>` answers that much later (at most 5 s): a slow external script, for the tests of script order. A
  // cookie `unticked-unloadable=<locale>` makes that locale's words answer 404, as a chunk missing from a deploy;
  // `unticked-unloadable=floating-ui`, `=gate`, `=rendered-check` or `=receipt-summary` does the same to Floating
  // UI's modules, the gate for data-consent content, the rendered prompt's check or the receipts' summary (several,
  // comma-separated). A cookie `unticked-stalled=<name>` holds such a module's answer back for 8 s (a server that
  // accepts the request and does not answer), also for `receipt-issuer`, `host-signer` and `stored-value`.
  middleware: [
    async (context, next) => {
      const delay = Number(context.URL.searchParams.get('delay'));
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
      const locale = context.path.includes('/node_modules/@floating-ui/')
        ? 'floating-ui'
        : /^\/src\/gating\/gate\.[jt]s$/.test(context.path)
          ? 'gate'
          : /^\/src\/elements\/consent-prompt\/rendered-check\.[jt]s$/.test(context.path)
            ? 'rendered-check'
            : (/^\/src\/receipt\/(receipt-summary|receipt-issuer|host-signer)\.[jt]s$/.exec(context.path)?.[1] ??
              /^\/src\/core\/storage\/(stored-value)\.[jt]s$/.exec(context.path)?.[1] ??
              /^\/src\/locales\/([\w-]+)\.[jt]s$/.exec(context.path)?.[1]);
      if (!locale) return next();
      // Either answer varies with the cookie: a copy the browser cached for an earlier page must not stand in.
      context.set('vary', 'cookie');
      const named = (cookie) =>
        new RegExp(`(?:^|;\\s*)${cookie}=([\\w,-]+)`).exec(context.get('cookie'))?.[1]?.split(',') ?? [];
      if (named('unticked-stalled').includes(locale)) await new Promise((resolve) => setTimeout(resolve, 8000));
      const unloadable = named('unticked-unloadable');
      if (!unloadable.includes(locale)) return next();
      context.status = 404;
      context.set('cache-control', 'no-store');
      return undefined;
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), touchPlugin],
  browsers,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
