/**
 * unticked: web components that collect consent honestly.
 *
 * This entry has no side effects: import `unticked/define` (or load `unticked.min.js`) to register the elements.
 *
 * @module
 */
export { ConsentPrompt, type ConsentLayout, type HostDecision } from './elements/consent-prompt/consent-prompt.js';
export * from './events/index.js';
export * from './core/index.js';
