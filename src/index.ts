/**
 * unticked: web components that collect consent honestly.
 *
 * This entry has no side effects: import `unticked/define` (or load `unticked.min.js`) to register the elements.
 *
 * @module
 */
export { ConsentPrompt, type ConsentLayout, type HostDecision } from './elements/consent-prompt/consent-prompt.js';
export {
  ConsentPreferences,
  type ConsentPreferencesVariant,
  type ConsentPreferencesPlacement,
} from './elements/consent-preferences/consent-preferences.js';
export type { ConsentChange, ConsentStorage } from './controllers/consent-lifecycle.js';
export type { ReceiptSigner } from './receipt/host-signer.js';
export type { IssuedReceipt } from './receipt/receipt-issuer.js';
export * from './gating/index.js';
export { updateConsentMode, ensureGtag, type Gtag, type GtagWindow } from './integrations/consent-mode.js';
export * from './events/index.js';
export * from './core/index.js';
