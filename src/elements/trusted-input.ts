/**
 * What the visitor did, as the browser itself saw it.
 *
 * Lit keeps a template's listeners reachable from the page (through `shadowRoot._$litPart$`), so a page script can
 * call one directly with a look-alike event: `{ isTrusted: true }`, or an object built on `MouseEvent.prototype`
 * with its own `isTrusted`. It can also redefine `checked` on `HTMLInputElement.prototype`, so that an unticked
 * switch reads as ticked. Both are read here through the browser's own accessors, taken when this module loads:
 * `isTrusted`'s getter checks that it is given a real event, and `:checked` is the switch's state as drawn. A page
 * script that runs before this module loads can replace those accessors, so a real event's own `isTrusted`, which
 * no script can redefine, is read as well; one that runs later cannot change any of these.
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
const timeStampOf = hasDom ? Object.getOwnPropertyDescriptor(Event.prototype, 'timeStamp')?.get : undefined;

const detailOf = hasDom ? Object.getOwnPropertyDescriptor(UIEvent.prototype, 'detail')?.get : undefined;
const keyOf = hasDom ? Object.getOwnPropertyDescriptor(KeyboardEvent.prototype, 'key')?.get : undefined;
const repeatOf = hasDom ? Object.getOwnPropertyDescriptor(KeyboardEvent.prototype, 'repeat')?.get : undefined;
const composedPathOf = hasDom ? Event.prototype.composedPath : undefined;

/** When the visitor's last pointer (finger, mouse button, pen) went down, as `performance.now()` counts. */
let pointerDownAt = -Infinity;

/** The key the visitor is holding down (Enter or Space), where it went down, and when. */
let keyHeld: { readonly key: unknown; readonly target: unknown; readonly time: number } | null = null;
// A key held longer than this with no keyup seen (one lost to another window) no longer counts as held.
const HELD_FOR_AT_MOST_MS = 5000;

if (hasDom && typeof window !== 'undefined' && keyOf && repeatOf && composedPathOf) {
  // A page script can move the focus onto a prompt's button while the visitor presses Enter in its own field: the
  // browser then clicks that button for them, with a trusted click. Where each key went down is noted here (on the
  // window, before the page's own listeners, which run later), so such a click can be told from a press on the button.
  const listen = EventTarget.prototype.addEventListener;
  apply(listen, window, [
    'keydown',
    (event: KeyboardEvent) => {
      if (!isTrustedInput(event)) return;
      const key: unknown = apply(keyOf, event, []);
      // Held down, a key repeats where the focus is now: where it first went down is what it pressed.
      const held = keyHeld;
      if (held && apply(repeatOf, event, []) === true && held.key === key) {
        keyHeld = { key, target: held.target, time: eventTime(event) };
        return;
      }
      keyHeld = { key, target: (apply(composedPathOf, event, []) as unknown[])[0], time: eventTime(event) };
    },
    true,
  ]);
  // Space clicks as it comes up, after the keyup's listeners: the press it ends is forgotten only after that click.
  const release = (event: Event) => {
    const held = keyHeld;
    if (isTrustedInput(event)) setTimeout(() => keyHeld === held && (keyHeld = null));
  };
  apply(listen, window, ['keyup', release, true]);
  // A tap (or press) whose finger went down before the prompt was painted ends in a click on whatever is under it when
  // it comes up: when each pointer went down is noted, so the click's input can be dated from its start.
  apply(listen, window, [
    'pointerdown',
    (event: PointerEvent) => {
      if (isTrustedInput(event)) pointerDownAt = eventTime(event);
    },
    true,
  ]);
  // The window losing focus is not the key coming up: a page script can move the focus into a frame and back
  // during the visitor's key press, and the keyup may never come here. The press expires instead (HELD_FOR_AT_MOST_MS),
  // or ends with the next key that goes down.
}

/**
 * Whether a click the keyboard made (`detail` 0) comes from a key pressed on another element: a script moved the
 * focus onto `control` during that key press. A click made by assistive technology follows no key press here.
 */
function keyPressedElsewhere(event: Event, control: Element): boolean {
  if (!detailOf || !keyHeld) return false;
  let detail: unknown;
  try {
    detail = apply(detailOf, event, []);
  } catch {
    // Not a UIEvent: no click at all.
    return false;
  }
  const recent = eventTime(event) - keyHeld.time <= HELD_FOR_AT_MOST_MS;
  return detail === 0 && recent && keyHeld.target !== control;
}

/** Whether `event` is a real event the browser marks as the visitor's own input; `false` for any look-alike. */
export function isTrustedInput(event: Event): boolean {
  try {
    // Read both ways: the getter taken at load refuses look-alike objects, and the event's own unforgeable
    // property (non-configurable on every real event) holds even where a script that ran before this module
    // loaded handed it a getter that always answers true.
    return trustedFlag !== undefined && apply(trustedFlag, event, []) === true && event.isTrusted === true;
  } catch {
    // Not an event at all: the getter's brand check refused it.
    return false;
  }
}

/**
 * The control a real input event reached, when it is the one this listener serves: the element rendered as `role`
 * (see {@link markControl}) in `root`. A page can hand a listener the visitor's genuine click on something else (its
 * own checkbox, the prompt's "Reject all", after changing that button's `data-action`); the browser's own
 * `currentTarget` says where that click went, and the mark made at render says what that element is, whatever its
 * attributes say now. `null` for a look-alike event, a click on another control, or a click made by a key pressed on
 * another element.
 */
export function controlReached(event: Event, root: Node, marks: ControlMarks, role: string): Element | null {
  if (!isTrustedInput(event) || !currentTargetOf || !rootNodeOf) return null;
  const control: unknown = apply(currentTargetOf, event, []);
  if (!(control instanceof Element) || apply(rootNodeOf, control, []) !== root) return null;
  return marks.get(control) === role && !keyPressedElsewhere(event, control) ? control : null;
}

/**
 * What each control of a prompt was rendered as: `action:accept-all`, `purpose:offers`... (see `markControl` in
 * control-mark.ts, kept apart so that the gate, which reads trusted input too, does not load Lit).
 */
export type ControlMarks = WeakMap<Element, string>;

/**
 * Whether `event` is input the visitor did not give to the control it reached: a look-alike or scripted event, or a
 * click made by a key pressed on another element. Such a click on a switch is cancelled rather than left to tick it.
 */
export function notTheVisitors(event: Event): boolean {
  if (!isTrustedInput(event)) return true;
  const control: unknown = currentTargetOf ? apply(currentTargetOf, event, []) : null;
  return control instanceof Element && keyPressedElsewhere(event, control);
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

/**
 * When the input that made `event` began: for a click a pointer made (`detail` above 0), when that pointer went
 * down, and for one Enter or Space made (`detail` 0), when that key went down, if no longer than
 * {@link HELD_FOR_AT_MOST_MS} before; otherwise the event's own time. A finger that touched the page before the
 * prompt was painted is a press on what was there, whatever the click reaches when it comes up.
 */
export function inputTime(event: Event): number {
  const time = eventTime(event);
  let detail: unknown = 0;
  try {
    detail = detailOf ? apply(detailOf, event, []) : 0;
  } catch {
    return time;
  }
  if (typeof detail === 'number' && detail > 0) {
    return pointerDownAt <= time && time - pointerDownAt <= HELD_FOR_AT_MOST_MS ? pointerDownAt : time;
  }
  // A key's click (Space clicks as it comes up): dated from when that key went down.
  const held = keyHeld;
  const clicks = held?.key === ' ' || held?.key === 'Enter';
  return detail === 0 && held && clicks && held.time <= time && time - held.time <= HELD_FOR_AT_MOST_MS
    ? held.time
    : time;
}

const checkedAccessor = hasDom ? Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked') : undefined;
const defineProperty = Object.defineProperty;

/**
 * Lets a script set `input.checked` only to what `recorded` says for the switch's purpose (its `data-purpose`):
 * the element's own render does just that, and a script that sets anything else is `refused`, the switch
 * unchanged. A script can still reach the prototype's own setter; the prompt checks the switches before it records.
 */
export function guardChecked(
  input: HTMLInputElement,
  recorded: (purposeId: string) => boolean,
  refused: () => void,
): void {
  const get = checkedAccessor?.get;
  const set = checkedAccessor?.set;
  if (!get || !set || !attributeOf) return;
  defineProperty(input, 'checked', {
    enumerable: true,
    get: () => apply(get, input, []) as boolean,
    set: (value: unknown) => {
      const purpose: unknown = apply(attributeOf, input, ['data-purpose']);
      if (Boolean(value) === recorded(typeof purpose === 'string' ? purpose : '')) apply(set, input, [value]);
      else refused();
    },
  });
}

/** Whether a checkbox is ticked as drawn (`:checked`), whatever its `checked` property has been made to say. */
export function isTicked(input: Element): boolean {
  return matchesSelector !== undefined && apply(matchesSelector, input, [':checked']) === true;
}
