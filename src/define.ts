/**
 * Registers unticked's elements. Importing this module is the only side effect the package has.
 *
 * Registration is guarded: when another copy of unticked already defined an element (two bundles on one page),
 * the first definition stays and a warning names the clash instead of throwing.
 *
 * @module
 */
import { ConsentPrompt } from './elements/consent-prompt/consent-prompt.js';
import { ConsentPreferences } from './elements/consent-preferences/consent-preferences.js';
import { defineElement } from './elements/define-element.js';

export { defineElement };
// Types only (nothing more runs): `import 'unticked/define'` alone makes TypeScript know both tags and every event
// (the elements' modules declare them in HTMLElementTagNameMap and HTMLElementEventMap).
export type { ConsentPrompt, ConsentPreferences };
export type * from './events/index.js';

defineElement('consent-prompt', ConsentPrompt);
defineElement('consent-preferences', ConsentPreferences);
