/**
 * What the visitor did, as the browser itself saw it.
 *
 * Lit keeps a template's listeners reachable from the page (through `shadowRoot._$litPart$`), so a page script can
 * call one directly with a look-alike event: `{ isTrusted: true }`, or an object built on `MouseEvent.prototype`
 * with its own `isTrusted`. It can also redefine `checked` on `HTMLInputElement.prototype`, so that an unticked
 * switch reads as ticked. Both are read here through the browser's own accessors, taken when this module loads:
 * `isTrusted`'s getter checks that it is given a real event, and `:checked` is the switch's state as drawn.
 *
 * @module
 */

// `isTrusted` is defined on each event itself ([LegacyUnforgeable]), not on Event.prototype.
const trustedFlag =
  typeof Event === 'undefined' ? undefined : Object.getOwnPropertyDescriptor(new Event(''), 'isTrusted')?.get;
const matchesSelector = typeof Element === 'undefined' ? undefined : Element.prototype.matches;

/** Whether `event` is a real event the browser marks as the visitor's own input; `false` for any look-alike. */
export function isTrustedInput(event: Event): boolean {
  try {
    return trustedFlag?.call(event) === true;
  } catch {
    // Not an event at all: the getter's brand check refused it.
    return false;
  }
}

/** Whether a checkbox is ticked as drawn (`:checked`), whatever its `checked` property has been made to say. */
export function isTicked(input: HTMLInputElement): boolean {
  return matchesSelector?.call(input, ':checked') === true;
}
