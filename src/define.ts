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

/** Defines `tagName` unless it is defined already; warns when another class holds the name. */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (existing === elementClass) return;
  if (existing) {
    console.warn(`unticked: <${tagName}> is already defined by another script; keeping that definition.`);
    return;
  }
  customElements.define(tagName, elementClass);
}

defineElement('consent-prompt', ConsentPrompt);
defineElement('consent-preferences', ConsentPreferences);
