/**
 * Google Consent Mode v2 in the browser: reports the visitor's decisions to Google tags through `gtag`.
 *
 * Load `consent-mode-default.js` as the first script in `<head>` so that every tag starts with all types denied;
 * then call {@link updateConsentMode} with each decision (and with stored decisions when they are loaded).
 *
 * @module
 */
import type { ConsentConfig } from '../core/config/types.js';
import type { Decisions } from '../core/consent/decisions.js';
import { consentModeState, type ConsentModeState } from '../core/integrations/consent-mode.js';

/** `gtag` as Google defines it: a function that pushes its `arguments` object onto `dataLayer`. */
export type Gtag = (...args: unknown[]) => void;

/** The globals Google's tags read. */
export interface GtagWindow {
  dataLayer?: unknown[];
  gtag?: Gtag;
}

/**
 * The page's `gtag`, defined exactly as Google's snippet does when the page has none yet:
 * `window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); }`.
 * Google's tags read only `arguments` objects as commands (an array would be ignored), so this one pushes its
 * `arguments`, never a copy.
 */
export function ensureGtag(win: Window = window): Gtag {
  const page = win as Window & GtagWindow;
  if (typeof page.gtag === 'function') return page.gtag;
  page.dataLayer = page.dataLayer || [];
  page.gtag = function gtag() {
    // The global looked up on each call, as Google's `dataLayer.push(arguments)` does (see consent-mode-default.ts).
    // eslint-disable-next-line prefer-rest-params -- gtag.js wants the arguments object itself
    (page.dataLayer as unknown[]).push(arguments);
  };
  return page.gtag;
}

/**
 * Sends `gtag('consent', 'update', state)` with the Consent Mode state for `decisions` (see `consentModeState` in
 * `unticked/core`) and returns that state. Does nothing and returns `null` when the config has no `consentMode`
 * mapping: the tags then keep the default that `consent-mode-default.js` set (all denied).
 */
export function updateConsentMode(
  config: Pick<ConsentConfig, 'purposes' | 'consentMode'>,
  decisions: Decisions,
  win: Window = window,
): ConsentModeState | null {
  if (!config.consentMode) return null;
  const state = consentModeState(config, decisions);
  // A fresh object per call: gtag.js may keep the one it is given.
  ensureGtag(win)('consent', 'update', { ...state });
  return state;
}
