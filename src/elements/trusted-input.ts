/**
 * What the visitor did, as the browser itself saw it.
 *
 * Lit keeps a template's listeners reachable from the page (through `shadowRoot._$litPart$`), so a page script can
 * call one directly with a look-alike event: `{ isTrusted: true }`, or an object built on `MouseEvent.prototype`
 * with its own `isTrusted`. It can also redefine `checked` on `HTMLInputElement.prototype`, so that an unticked
 * switch reads as ticked. Both are read here through the browser's own accessors, taken when this module loads:
 * `isTrusted`'s getter checks that it is given a real event, and `:checked` is the switch's state as drawn. A page
 * script that runs before this module loads can change anything; one that runs later cannot change these.
 *
 * @module
 */

// Called through Reflect.apply taken now: `getter.call(event)` would look `call` up on Function.prototype when it
// runs, and a page can replace that with one that answers `true`.
const apply = Reflect.apply;
const hasDom = typeof Event !== 'undefined' && typeof Element !== 'undefined';
// `isTrusted` is defined on each event itself ([LegacyUnforgeable]), not on Event.prototype.
const trustedFlag = hasDom ? Object.getOwnPropertyDescriptor(new Event(''), 'isTrusted')?.get : undefined;
const currentTargetOf = hasDom ? Object.getOwnPropertyDescriptor(Event.prototype, 'currentTarget')?.get : undefined;
const matchesSelector = hasDom ? Element.prototype.matches : undefined;
const rootNodeOf = hasDom ? Node.prototype.getRootNode : undefined;
const attributeOf = hasDom ? Element.prototype.getAttribute : undefined;
const localNameOf = hasDom ? Object.getOwnPropertyDescriptor(Element.prototype, 'localName')?.get : undefined;
const timeStampOf = hasDom ? Object.getOwnPropertyDescriptor(Event.prototype, 'timeStamp')?.get : undefined;

/** Whether `event` is a real event the browser marks as the visitor's own input; `false` for any look-alike. */
export function isTrustedInput(event: Event): boolean {
  try {
    return trustedFlag !== undefined && apply(trustedFlag, event, []) === true;
  } catch {
    // Not an event at all: the getter's brand check refused it.
    return false;
  }
}

/**
 * The control a real input event reached, when it is the one this listener serves: a `tag` element of `root` whose
 * `attribute` is `value`. A page can hand a listener the visitor's genuine click on something else (its own
 * checkbox, the prompt's "Reject all"); the browser's own `currentTarget` says where that click went. `null` for a
 * look-alike event or a click on another control.
 */
export function controlReached(
  event: Event,
  root: Node,
  tag: 'input' | 'button',
  attribute: string,
  value: string,
): Element | null {
  if (!isTrustedInput(event) || !currentTargetOf || !rootNodeOf || !attributeOf || !localNameOf) return null;
  const control: unknown = apply(currentTargetOf, event, []);
  if (!(control instanceof Element) || apply(rootNodeOf, control, []) !== root) return null;
  const isIt = apply(localNameOf, control, []) === tag && apply(attributeOf, control, [attribute]) === value;
  return isIt ? control : null;
}

/** When the browser created `event` (its `timeStamp`, as `performance.now()` counts), read through its own getter. */
export function eventTime(event: Event): number {
  try {
    const time: unknown = timeStampOf ? apply(timeStampOf, event, []) : 0;
    return typeof time === 'number' ? time : 0;
  } catch {
    return 0;
  }
}

/** Whether a checkbox is ticked as drawn (`:checked`), whatever its `checked` property has been made to say. */
export function isTicked(input: Element): boolean {
  return matchesSelector !== undefined && apply(matchesSelector, input, [':checked']) === true;
}
