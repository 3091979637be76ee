/**
 * The script-tag build's entry (`dist/unticked.min.js`): registers the elements and exposes the prompt's class and
 * the events. Everything not needed for the prompt's first paint (other locales, receipt signing, stored-decision
 * checks, popovers, `<consent-preferences>`) is loaded from sibling chunks when first needed. Servers and build
 * tools use the npm entries instead.
 *
 * @module
 */
import { ConsentPrompt } from './elements/consent-prompt/consent-prompt.js';
import { defineElement, loadWhenUsed } from './elements/define-element.js';

defineElement('consent-prompt', ConsentPrompt);

/**
 * Loads and defines `<consent-preferences>`. That happens by itself as soon as the document has one (in its
 * markup, or added by a script); call this for one created inside a shadow root, which the document does not
 * show. Resolves once it is defined (or could not be loaded: the error is logged).
 */
export const defineConsentPreferences: () => Promise<void> = loadWhenUsed('consent-preferences', () =>
  import('./elements/consent-preferences/consent-preferences.js').then(({ ConsentPreferences }) =>
    defineElement('consent-preferences', ConsentPreferences),
  ),
);

export { ConsentPrompt };
export * from './events/index.js';
