/**
 * The script-tag build's entry (`dist/unticked.min.js`): registers both elements as it runs and exposes the element
 * classes and events. Everything not needed for the prompt's first paint (other locales, receipt signing,
 * stored-decision checks, popovers) is loaded from sibling chunks when first needed. Servers and build tools use
 * the npm entries instead.
 *
 * `<consent-preferences>` is defined here with the prompt, not loaded when the page first has one: a site should
 * offer it on every page (withdrawing must be as easy as giving), so a lazy chunk would save nothing there, and a
 * page's script that uses the element right after this file has run must find it defined.
 */
import './define.js';
import { ConsentError } from './core/errors.js';

// The lazy chunks import this file by its plain name. Loaded under another address (a "?v=2" added for cache
// busting), the browser runs a second copy once a chunk is needed: twice the bytes, and under Trusted Types a second
// "lit-html" policy refused, so receipts and storage fail. Said at once, not found later in a receipt failure.
const address = new URL(import.meta.url);
if (address.search || address.hash) {
  console.error(
    new ConsentError(
      'script-address',
      `${address.href}: the chunks import it without ${address.search}${address.hash} and would run a second copy; version the folder instead (see getting-started).`,
      'src',
    ),
  );
}

export { ConsentPrompt } from './elements/consent-prompt/consent-prompt.js';
export { ConsentPreferences } from './elements/consent-preferences/consent-preferences.js';
export * from './events/index.js';
