/**
 * The script-tag build's entry (`dist/unticked.min.js`): registers the elements and exposes the element classes
 * and events. Everything not needed for the prompt's first paint (other locales, receipt signing, popovers) is
 * loaded from sibling chunks when first needed. Servers and build tools use the npm entries instead.
 */
import './define.js';

export { ConsentPrompt } from './elements/consent-prompt/consent-prompt.js';
export { ConsentPreferences } from './elements/consent-preferences/consent-preferences.js';
export * from './events/index.js';
