// Drives one fresh page load for the page-load suites: a new browser context (nothing cached, no cookies or
// storage: a first visit), CPU throttling, the probe, a trace, then the measurements after the prompt has painted,
// then a press on one purpose toggle.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import {
  armToggleInPage,
  locateInPage,
  MARK_ORIGIN,
  MARK_PAINTED,
  MARK_SETTLED,
  PROBE_URL,
  probeScript,
  readProbeInPage,
  settleInPage,
  stillInPage,
} from './pageload-probe.mjs';
import { HEADING } from './pageload-pages.mjs';
import { analyzeTrace, TRACE_CATEGORIES } from './trace.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * The system Chromium as bench/lib/chromium.mjs starts it, plus two switches: headless Chromium otherwise builds the
 * address bar's WebUI popups in a renderer of their own for every new browser context, which on two cores competes
 * with the page being measured for a second or more.
 */
export function launchPageloadChromium() {
  return launchChromium({
    extraArgs: ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'],
    defaultViewport: VIEWPORT,
  });
}

/**
 * A private copy of dist/, served for the whole suite: every load measures the same build even if dist/ is rebuilt
 * meanwhile. `remove()` deletes it.
 */
export function snapshotDist(root) {
  const dir = mkdtempSync(join(tmpdir(), 'unticked-bench-dist-'));
  cpSync(join(root, 'dist'), dir, { recursive: true });
  // The script-tag entry holds everything the first paint needs; name it by its content, as the chunks are.
  const entry = readFileSync(join(dir, 'unticked.min.js'));
  const bundle = `unticked.min.js (sha256 ${createHash('sha256').update(entry).digest('hex').slice(0, 12)})`;
  return { dir, bundle, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits until the element at `path` shows; throws after `ms`. */
async function waitVisible(page, path, ms, what) {
  const begun = Date.now();
  for (;;) {
    const found = await page.evaluate(locateInPage, path);
    if (found?.visible) return found;
    if (Date.now() - begun > ms) throw new Error(`${what}: ${path.join(' >> ')} did not show within ${ms} ms`);
    await sleep(50);
  }
}

/**
 * @typedef {object} LoadOptions
 * @property {string} origin       the static server
 * @property {string} path         the page, e.g. /bench/pageload-unticked.html
 * @property {object} library      an entry of LIBRARIES (or BASELINE): scripts, prompt, openSettings, toggle…
 * @property {number} rate         CPU slowdown (1 = none)
 * @property {boolean} [trace]     record main-thread time (default true)
 * @property {boolean} [toggle]    press a purpose toggle after the load (default: when the library has one)
 */

/**
 * One fresh load. Times are milliseconds from navigation start; heap in bytes.
 *
 * @param {import('puppeteer-core').Browser} browser
 * @param {LoadOptions} options
 */
export async function measureLoad(browser, { origin, path, library, rate, trace = true, toggle }) {
  const url = `${origin}${path}`;
  const context = await browser.createBrowserContext();
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
    await page.setCacheEnabled(false);
    const client = await page.createCDPSession();
    await client.send('Emulation.setCPUThrottlingRate', { rate });

    // The probe reports the painted prompt through a binding, so that this need not poll the page often.
    let notifyPainted;
    const painted = new Promise((resolve) => {
      notifyPainted = resolve;
    });
    await page.exposeFunction('__benchPainted', () => notifyPainted());
    await page.evaluateOnNewDocument(probeScript(library.prompt, HEADING));

    if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (!(await page.evaluate(() => '__benchProbe' in window))) {
      throw new RetryableLoadError("the probe did not run before the page's scripts");
    }
    if (library.prompt) {
      // The binding answers at once; a slow poll covers a call that does not arrive.
      const begun = Date.now();
      let shown = false;
      while (!shown) {
        if (Date.now() - begun > 20_000) {
          const found = await page.evaluate(locateInPage, library.prompt);
          throw new Error(
            `${library.id}: the prompt did not paint within 20 s (${found ? `found, ${JSON.stringify(found)}` : 'not in the page'})` +
              (errors.length ? `; page errors: ${errors.join('; ')}` : ''),
          );
        }
        shown =
          (await Promise.race([painted.then(() => true), sleep(250).then(() => false)])) ||
          (await page.evaluate(() => window.__benchProbe.prompt !== null));
      }
    }
    const probe0 = await page.evaluate(readProbeInPage);
    const since = probe0.prompt?.paintedAt ?? 0;
    const settled = await page.evaluate(settleInPage, {
      since,
      quietMs: 300,
      minMs: 500,
      maxMs: 5000,
      mark: MARK_SETTLED,
    });

    let mainThread = null;
    if (trace) {
      const buffer = await page.tracing.stop();
      const { traceEvents } = JSON.parse(Buffer.from(buffer).toString('utf8'));
      const prefixes = library.scripts.map((script) => `${origin}${script}`);
      const marks = library.prompt ? { painted: MARK_PAINTED, settled: MARK_SETTLED } : { settled: MARK_SETTLED };
      try {
        mainThread = analyzeTrace(traceEvents, {
          startMark: MARK_ORIGIN,
          marks,
          isLibrary: (candidate) => prefixes.some((prefix) => candidate.startsWith(prefix)),
          probeUrl: PROBE_URL,
          pageUrl: url,
        });
      } catch (error) {
        throw new RetryableLoadError(String(error?.message ?? error));
      }
    }

    const probe = await page.evaluate(readProbeInPage);
    await client.send('HeapProfiler.collectGarbage');
    const heap = await client.send('Runtime.getHeapUsage');

    const record = {
      promptVisibleMs: probe.prompt?.visibleAt ?? null,
      promptPaintedMs: probe.prompt?.paintedAt ?? null,
      settledMs: settled.settledAt,
      settleTimedOut: settled.timedOut,
      mainThread,
      longTasks: summarizeLongTasks(probe.longTasks, settled.settledAt),
      cls: probe.layoutShifts
        .filter((shift) => !shift.hadRecentInput && shift.startTime <= settled.settledAt)
        .reduce((sum, shift) => sum + shift.value, 0),
      heapUsedBytes: heap.usedSize,
      toggle: null,
      errors,
    };

    const pressToggle = toggle ?? Boolean(library.toggle);
    if (pressToggle && library.toggle) record.toggle = await pressPurposeToggle(page, library);
    record.errors = errors;
    return record;
  } finally {
    await context.close();
  }
}

/**
 * A load that went wrong in the bench rather than in the page: the probe was not injected, or the trace lacks the
 * page's events. Both happen, rarely, on the first page a fresh browser opens.
 */
export class RetryableLoadError extends Error {}

/** Runs `attempt` again, once, when it failed with a RetryableLoadError: a fresh load is as good as any other. */
export async function retryOnce(attempt) {
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof RetryableLoadError)) throw error;
    return attempt();
  }
}

const round2 = (value) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value);

/** One load as the results JSON keeps it: flat, milliseconds to 0.01. */
export function compactRecord(record) {
  const windows = record.mainThread?.windows ?? {};
  return Object.fromEntries(
    Object.entries({
      round: record.round,
      promptVisibleMs: record.promptVisibleMs,
      promptPaintedMs: record.promptPaintedMs,
      settledMs: record.settledMs,
      libraryToPaintMs: windows.painted?.library.wallMs,
      libraryToPaintCpuMs: windows.painted?.library.cpuMs,
      libraryToPaintStyleAndLayoutMs: windows.painted?.library.styleAndLayoutMs,
      libraryToPaintOffThreadCompileMs: windows.painted?.library.offThreadCompileMs,
      librarySettledMs: windows.settled?.library.wallMs,
      libraryTasks: windows.settled?.library.tasks,
      allToPaintMs: windows.painted?.all.wallMs,
      allSettledMs: windows.settled?.all.wallMs,
      longTasks: record.longTasks.count,
      blockingMs: record.longTasks.blockingMs,
      cls: record.cls,
      heapUsedBytes: record.heapUsedBytes,
      toggleClickToPaintMs: record.toggle?.clickToPaintMs,
      togglePointerdownToPaintMs: record.toggle?.pointerdownToPaintMs,
      toggleEventTimingMs: record.toggle?.eventTimingMs,
      errors: record.errors.length ? record.errors : undefined,
    })
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, round2(value)]),
  );
}

function summarizeLongTasks(tasks, until) {
  const counted = tasks.filter((task) => task.startTime <= until);
  return {
    count: counted.length,
    totalMs: counted.reduce((sum, task) => sum + task.duration, 0),
    // Total blocking time: what each long task spent beyond 50 ms.
    blockingMs: counted.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
  };
}

/**
 * Opens the library's per-purpose view if its first screen has none, then presses the toggle of the `analytics`
 * purpose with a real mouse (moved there first, so hover styles are not part of the press) and times the press to
 * the next frame.
 */
async function pressPurposeToggle(page, library) {
  if (library.openSettings) {
    const opener = await waitVisible(page, library.openSettings, 5000, `${library.id} settings button`);
    await page.mouse.click(opener.x, opener.y);
    await waitVisible(page, library.settings, 5000, `${library.id} settings view`);
  }
  await page.evaluate(stillInPage, 3000);
  const before = await page.evaluate(locateInPage, library.toggleInput);
  if (!before || before.checked !== false) throw new Error(`${library.id}: the toggle is not an unticked checkbox`);
  const target = await waitVisible(page, library.toggle, 5000, `${library.id} toggle`);
  await page.mouse.move(target.x, target.y);
  await page.evaluate(stillInPage, 3000);
  await sleep(100);
  await page.evaluate(armToggleInPage);
  await page.mouse.down();
  await page.mouse.up();
  const timing = await within(
    page.evaluate(() => window.__benchToggle),
    10_000,
    `${library.id} toggle`,
  );
  const after = await page.evaluate(locateInPage, library.toggleInput);
  if (after?.checked !== true) throw new Error(`${library.id}: pressing the toggle did not tick it`);
  const probe = await page.evaluate(readProbeInPage);
  const slowEvents = probe.events.filter(
    (entry) => entry.interactionId > 0 && entry.startTime >= timing.pointerdown - 1,
  );
  return {
    // The click is the release, when the switch flips: INP's click event, from its timestamp to the next paint.
    clickToPaintMs: timing.painted - timing.click,
    // From the press instead: includes the gap between the two CDP input commands, which a hand does not have.
    pointerdownToPaintMs: timing.painted - timing.pointerdown,
    // Event Timing's duration for the interaction when it was 16 ms or more; null when shorter.
    eventTimingMs: slowEvents.length ? Math.max(...slowEvents.map((entry) => entry.duration)) : null,
  };
}
