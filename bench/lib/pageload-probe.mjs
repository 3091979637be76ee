// What the page-load suites run inside the page. The probe is injected before any of the page's own scripts (CDP
// Page.addScriptToEvaluateOnNewDocument) and is the same for every library; only the selector path of the prompt
// differs.
//
// First paint of the prompt: on every animation frame the probe looks for the prompt's element; the first frame in
// which it holds the prompt's heading (not a loading placeholder), is in the viewport with a non-empty box, and
// neither it nor an ancestor (across shadow roots) is hidden by `visibility` or `opacity: 0`
// (Element.checkVisibility), is the frame that paints it. Animation-frame callbacks
// run before that frame's style, layout and paint, so the probe posts a message from there: the message runs after
// the frame has been painted and committed, and its time is "painted". Both times are marked with
// performance.mark, which puts them into the trace as well.

export const PROBE_URL = 'unticked-bench-probe.js';
export const MARK_ORIGIN = 'bench:origin';
export const MARK_VISIBLE = 'bench:prompt-visible';
export const MARK_PAINTED = 'bench:prompt-painted';
export const MARK_SETTLED = 'bench:settled';

/**
 * Runs in the page. `prompt` is a selector path (see pageload-pages.mjs), or null for a page without a prompt;
 * `text` is what the prompt must show (its heading).
 */
function probe(prompt, text, marks) {
  // At navigation start: lines the trace's clock up with performance.now().
  performance.mark(marks.origin, { startTime: 0 });
  const state = { prompt: null, longTasks: [], layoutShifts: [], events: [], activity: 0 };
  Object.defineProperty(window, '__benchProbe', { value: state });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.layoutShifts.push({ startTime: entry.startTime, value: entry.value, hadRecentInput: entry.hadRecentInput });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // Event Timing only reports events of 16 ms or more (in steps of 8 ms): a cross-check for the toggle.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.events.push({
        name: entry.name,
        startTime: entry.startTime,
        duration: entry.duration,
        interactionId: entry.interactionId,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // When resources last finished loading: the page is settled once nothing has loaded for a while.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.activity = Math.max(state.activity, entry.responseEnd);
  }).observe({ type: 'resource', buffered: true });

  if (!prompt) return;
  const find = (path) => {
    let scope = document;
    let element = null;
    for (const selector of path) {
      if (!scope) return null;
      element = scope.querySelector(selector);
      if (!element) return null;
      scope = element.shadowRoot;
    }
    return element;
  };
  const visible = (element) => {
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < innerHeight &&
      box.left < innerWidth &&
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    );
  };
  const poll = () => {
    const element = find(prompt);
    if (!element || !element.textContent.includes(text) || !visible(element)) {
      requestAnimationFrame(poll);
      return;
    }
    const visibleAt = performance.now();
    performance.mark(marks.visible);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      state.prompt = { visibleAt, paintedAt: performance.now() };
      performance.mark(marks.painted);
      // The driver's binding (page.exposeFunction), so that it need not poll.
      globalThis.__benchPainted?.();
    };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(poll);
}

/** The probe as a script for Page.addScriptToEvaluateOnNewDocument. */
export function probeScript(prompt, text) {
  const marks = { origin: MARK_ORIGIN, visible: MARK_VISIBLE, painted: MARK_PAINTED };
  const args = [prompt ?? null, text ?? '', marks].map((arg) => JSON.stringify(arg)).join(', ');
  return `(${probe})(${args});\n//# sourceURL=${PROBE_URL}\n`;
}

/**
 * Runs in the page: resolves once nothing has loaded and no frame has been late for `quietMs`, and at least `minMs`
 * after `since`; at the latest after `maxMs`. Marks the moment as MARK_SETTLED.
 */
export function settleInPage({ since, quietMs, minMs, maxMs, mark }) {
  const state = window.__benchProbe;
  return new Promise((resolve) => {
    const begun = performance.now();
    let last = begun;
    let busy = begun;
    const tick = () => {
      const now = performance.now();
      // A frame more than 50 ms after the previous one: the main thread was busy.
      if (now - last > 50) busy = now;
      last = now;
      const quietSince = Math.max(busy, state.activity);
      if ((now - quietSince >= quietMs && now - since >= minMs) || now - begun >= maxMs) {
        performance.mark(mark);
        resolve({ settledAt: now, timedOut: now - begun >= maxMs });
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Runs in the page: the element at a selector path, its centre and whether it shows; scrolls it into view first. */
export function locateInPage(path) {
  let scope = document;
  let element = null;
  for (const selector of path) {
    element = scope?.querySelector(selector) ?? null;
    if (!element) return null;
    scope = element.shadowRoot;
  }
  const box0 = element.getBoundingClientRect();
  if (box0.top < 0 || box0.bottom > innerHeight) element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  return {
    x: box.left + box.width / 2,
    y: box.top + box.height / 2,
    visible:
      box.width > 0 && box.height > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    checked: 'checked' in element ? element.checked : null,
  };
}

/** Runs in the page: resolves after two frames in which no animation or transition ran. */
export function stillInPage(maxMs) {
  return new Promise((resolve) => {
    const begun = performance.now();
    let calm = 0;
    const tick = () => {
      const running = document.getAnimations().some((animation) => animation.playState === 'running');
      calm = running ? 0 : calm + 1;
      if (calm >= 2 || performance.now() - begun > maxMs) resolve(!running);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Runs in the page, before the toggle is pressed: listens for the press and resolves with the timestamps of its
 * pointerdown and click (when the input happened) and the end of the first frame rendered after the click's
 * handlers ran (an animation-frame callback queued from the click posts a message, which runs after that frame).
 */
export function armToggleInPage() {
  window.__benchToggle = new Promise((resolve) => {
    let down = null;
    addEventListener(
      'pointerdown',
      (event) => {
        down = event.timeStamp;
      },
      { capture: true, once: true },
    );
    addEventListener(
      'click',
      (event) => {
        const click = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ pointerdown: down, click, painted: performance.now() });
          channel.port2.postMessage(null);
        });
      },
      { capture: true, once: true },
    );
  });
}

/** Runs in the page: what the probe gathered. */
export function readProbeInPage() {
  const state = window.__benchProbe;
  return {
    prompt: state.prompt,
    longTasks: state.longTasks,
    layoutShifts: state.layoutShifts,
    events: state.events,
  };
}
