// Shared by the chunk-stalls test files: a cookie that has the test server hold one module's answer back (see
// web-test-runner.config.mjs), a short chunk timeout, and the page's unhandled rejections collected. Each file is its
// own page: a module whose load is pending stays pending in its page, and a decision loads several.
import { chunkTimeout } from '../../src/core/load-chunk.js';

/** Has the server hold back the module named `name` (a locale, `gate`, `receipt-issuer`, `stored-value`...). */
export const stall = (name: string) => (document.cookie = `unticked-stalled=${name}; path=/`);
/** The page's unhandled rejections during the current test. */
export const rejections: unknown[] = [];
const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
const defaultTimeout = chunkTimeout.ms;

beforeEach(() => {
  // The server holds a stalled module for 8 s; the prompt gives up on it well before.
  chunkTimeout.ms = 400;
  rejections.length = 0;
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(() => {
  chunkTimeout.ms = defaultTimeout;
  window.removeEventListener('unhandledrejection', onRejection);
  document.cookie = 'unticked-stalled=; path=/; max-age=0';
  document.cookie = 'unticked-unloadable=; path=/; max-age=0';
  document.querySelectorAll('consent-prompt, consent-preferences').forEach((el) => el.remove());
});
