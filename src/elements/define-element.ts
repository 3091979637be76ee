/**
 * Registering elements without clashing with another copy of unticked on the same page.
 *
 * @module
 */

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
