/**
 * `consent-mode-default.js`: the Google Consent Mode v2 default, for the very top of `<head>`.
 *
 * Built as a classic script (an IIFE, no imports) so it runs synchronously, before any Google tag loads, and as
 * an external file so a strict Content-Security-Policy (`script-src 'self'`) allows it without a nonce or hash:
 *
 *     <script src="/path/to/unticked/dist/consent-mode-default.js"></script>
 *
 * It defines `gtag` exactly as Google's snippet does when the page has none, then sets every type `denied` and
 * asks tags to wait for an update (which `updateConsentMode` sends when the visitor decides).
 *
 * @module
 */
import { CONSENT_MODE_TYPES } from './core/config/types.js';
import { CONSENT_MODE_WAIT_FOR_UPDATE } from './core/integrations/consent-mode.js';

interface GtagGlobals {
  dataLayer?: unknown[];
  gtag?: (...args: unknown[]) => void;
}

const page = window as Window & GtagGlobals;
page.dataLayer = page.dataLayer || [];
page.gtag =
  page.gtag ||
  function gtag() {
    // The global looked up on each call, as Google's `dataLayer.push(arguments)` does: a page that declares
    // `dataLayer = [...]` above its tag manager replaces the array, and the tags read only the new one.
    // eslint-disable-next-line prefer-rest-params -- gtag.js wants the arguments object itself
    (page.dataLayer as unknown[]).push(arguments);
  };
const defaults: Record<string, string | number> = {};
for (const type of CONSENT_MODE_TYPES) defaults[type] = 'denied';
defaults.wait_for_update = CONSENT_MODE_WAIT_FOR_UPDATE;
page.gtag('consent', 'default', defaults);
