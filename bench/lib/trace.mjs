// Main-thread time from a Chromium trace (the devtools.timeline categories), attributed to one library's scripts.
//
// The unit is the top-level task on the page's main thread (a `RunTask` event). A task counts for the library when
// it runs the library's code: it holds a script event (EvaluateScript, v8.compile, v8.compileModule, FunctionCall)
// whose URL is one of the library's, or it evaluates a module and every module the page compiled is the library's
// (module evaluation carries no URL in the trace). The whole task counts, as Lighthouse's "bootup time" does: the
// microtasks a script queues, the style and layout it forces, and the rendering of a frame in which it ran an
// animation-frame callback. The bench's own probe is subtracted wherever it ran. Outside such tasks, only the parsing
// of the library's own stylesheets counts. Rendering in frames that run none of the library's code is not counted
// for anyone; the page's total main-thread time shows it.

/** The events Chromium records for running a script, with the script's URL in `args.data.url`. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall']);

/** Style recalculation and layout: how much of a task went into laying out what its scripts built. */
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout']);

/** Trace categories that hold everything read here. */
export const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  // v8.parseOnBackground: a script parsed and compiled off the main thread while it streams in.
  'disabled-by-default-v8.compile',
  '__metadata',
];

const urlOf = (event) => event.args?.data?.url ?? event.args?.fileName ?? '';

/**
 * @typedef {object} MainThreadTime
 * @property {number} wallMs  as DevTools shows it: includes CPU throttling, and time the thread waited for a core
 * @property {number} cpuMs   thread time: what the work itself cost, unaffected by throttling and by other processes
 * @property {number} tasks   how many tasks contributed
 * @property {number} [styleAndLayoutMs]  (library only) the part of wallMs spent recalculating style and laying out
 * @property {number} [offThreadCompileMs]  (library only) parsing and compiling its scripts on a background thread
 *   (not in wallMs: another thread), up to the window's end
 */

/**
 * Reads one page load out of a trace.
 *
 * @param {object[]} events  `traceEvents`
 * @param {object} options
 * @param {string} options.startMark  a `performance.mark` made with `startTime: 0`: the trace's clock at navigation
 *   start, on the page's main thread
 * @param {Record<string, string>} options.marks  window name → the `performance.mark` name that ends it
 * @param {(url: string) => boolean} options.isLibrary  whether a script or stylesheet URL belongs to the library
 * @param {string} options.probeUrl  the probe script's URL (`//# sourceURL`), whose time is subtracted
 * @param {string} [options.pageUrl]  the page's URL: its navigationStart stands in for a start mark the trace lost
 * @returns {{ windows: Record<string, { endMs: number, library: MainThreadTime, all: MainThreadTime }>,
 *   libraryUrls: string[], moduleUrls: string[] }}
 */
export function analyzeTrace(events, { startMark, marks, isLibrary, probeUrl, pageUrl }) {
  const isMark = (event, name) => event.name === name && event.cat?.includes('blink.user_timing');
  // The page's main thread is where its marks were made; the last load in the trace if there are several. The
  // navigation's own event is the same instant (both are the document's time origin).
  const origin =
    events.filter((event) => isMark(event, startMark)).at(-1) ??
    (pageUrl &&
      events
        .filter((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === pageUrl)
        .at(-1));
  if (!origin) throw new Error(`No performance.mark "${startMark}" in the trace`);
  const { pid } = origin;
  // navigationStart is not recorded on the main thread: take the thread that parsed the page.
  const tid =
    origin.name === startMark
      ? origin.tid
      : events.find(
          (event) => event.pid === pid && event.name === 'ParseHTML' && event.args?.beginData?.url === pageUrl,
        )?.tid;
  if (tid === undefined) throw new Error(`No main thread for ${pageUrl} in the trace`);
  const start = origin.ts;

  const thread = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && typeof event.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);

  // Which modules the page compiled: module evaluation is attributed only when all of them are the library's.
  const moduleUrls = [...new Set(thread.filter((e) => e.name === 'v8.compileModule').map(urlOf))];
  const modulesAreLibrary = moduleUrls.length > 0 && moduleUrls.every((url) => isLibrary(url));
  const libraryUrls = new Set();

  // Each top-level task with what it holds.
  const tasks = [];
  let open = null;
  for (const event of thread) {
    if (event.name === 'RunTask') {
      open = {
        event,
        library: false,
        probeWall: 0,
        probeCpu: 0,
        probeEnd: -Infinity,
        styleWall: 0,
        styleCpu: 0,
        renderWall: 0,
        renderEnd: -Infinity,
      };
      tasks.push(open);
      continue;
    }
    if (!open || event.ts >= open.event.ts + open.event.dur) continue;
    const url = urlOf(event);
    if (SCRIPT_EVENTS.has(event.name)) {
      if (url === probeUrl) {
        // Only the outermost probe call: nested events are inside its duration already.
        if (event.ts >= open.probeEnd) {
          open.probeWall += event.dur;
          open.probeCpu += event.tdur ?? event.dur;
          open.probeEnd = event.ts + event.dur;
        }
      } else if (url && isLibrary(url)) {
        open.library = true;
        libraryUrls.add(url);
      }
    } else if (event.name === 'v8.evaluateModule' && modulesAreLibrary) {
      open.library = true;
    } else if (RENDER_EVENTS.has(event.name)) {
      // Style recalculation and layout, forced or in a frame; only the outermost (they can nest), and none that
      // the probe forced (its time is subtracted).
      if (event.ts >= open.renderEnd && event.ts >= open.probeEnd) {
        open.renderWall += event.dur;
        open.renderEnd = event.ts + event.dur;
      }
    } else if (event.name === 'ParseAuthorStyleSheet') {
      const sheet = event.args?.data?.styleSheetUrl ?? '';
      if (sheet && isLibrary(sheet)) {
        open.styleWall += event.dur;
        open.styleCpu += event.tdur ?? event.dur;
        libraryUrls.add(sheet);
      }
    }
  }

  // Parsing and compiling the library's scripts on a background thread (streaming): off the main thread, but a
  // script cannot run before it is done, so it lies on the way to the first paint.
  const offThread = events.filter(
    (event) =>
      event.pid === pid &&
      event.tid !== tid &&
      event.name === 'v8.parseOnBackground' &&
      event.ph === 'X' &&
      typeof event.dur === 'number' &&
      isLibrary(urlOf(event)),
  );

  const markTs = (name) => events.find((event) => event.pid === pid && isMark(event, name) && event.ts >= start)?.ts;

  const windows = {};
  for (const [window, mark] of Object.entries(marks)) {
    const end = markTs(mark);
    if (end === undefined) throw new Error(`No performance.mark "${mark}" in the trace`);
    const library = { wallMs: 0, cpuMs: 0, tasks: 0, styleAndLayoutMs: 0, offThreadCompileMs: 0 };
    const all = { wallMs: 0, cpuMs: 0, tasks: 0 };
    for (const task of tasks) {
      const { ts, dur } = task.event;
      const overlap = Math.min(ts + dur, end) - Math.max(ts, start);
      if (overlap <= 0) continue;
      // A task cut by the window's edge counts pro rata (CPU time too).
      const share = overlap / dur;
      const cpu = task.event.tdur ?? dur;
      const wall = (dur - task.probeWall) * share;
      const cpuTime = (cpu - task.probeCpu) * share;
      all.wallMs += wall / 1000;
      all.cpuMs += cpuTime / 1000;
      all.tasks += 1;
      if (task.library) {
        library.wallMs += wall / 1000;
        library.cpuMs += cpuTime / 1000;
        library.tasks += 1;
        library.styleAndLayoutMs += (task.renderWall * share) / 1000;
      } else if (task.styleWall > 0) {
        library.wallMs += (task.styleWall * share) / 1000;
        library.cpuMs += (task.styleCpu * share) / 1000;
        library.tasks += 1;
      }
    }
    for (const event of offThread) {
      const overlap = Math.min(event.ts + event.dur, end) - Math.max(event.ts, start);
      if (overlap > 0) library.offThreadCompileMs += overlap / 1000;
    }
    windows[window] = { endMs: (end - start) / 1000, library, all };
  }
  return { windows, libraryUrls: [...libraryUrls], moduleUrls };
}
