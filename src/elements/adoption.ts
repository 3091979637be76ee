/**
 * What an element moved into another document loses, given back.
 *
 * - Its styles. A shadow root's adopted style sheets belong to the document that made them: moved into another
 *   document (an iframe's, or one made with `createHTMLDocument` on the way back), the element loses them, and
 *   moving it back does not bring them back. Without its styles the prompt is a form of unequal native buttons, its
 *   clauses no longer shown as written.
 * - Its class. Firefox ESR 140.12 gives an element adopted into another document that document's
 *   `HTMLElement.prototype`, for good (moving it back does not undo it): every method of the element is gone, and
 *   its next callback throws. Its own state (fields, shadow root) is kept, so putting its prototype back is enough.
 *
 * @module
 */
import { adoptStyles, type CSSResultOrNative, type ReactiveElement } from 'lit';

// The sheets made anew in each other window, per sheet of this one.
const madeIn = new WeakMap<object, WeakMap<CSSResultOrNative, CSSStyleSheet>>();

const cssTextOf = (style: CSSResultOrNative): string =>
  style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;

/**
 * Called from `adoptedCallback`: gives the element back its prototype (the one it was made with) and adopts its
 * styles again, in sheets of its new document where this document's cannot be used there.
 */
export function settleAfterAdoption(
  element: ReactiveElement,
  prototype: object,
  styles: readonly CSSResultOrNative[],
): void {
  keepPrototype(element, prototype);
  adoptStylesAgain(element, styles);
}

/**
 * Puts back the prototype the element was made with. Also needed first thing in `disconnectedCallback` and
 * `connectedCallback`: a move runs its callbacks after the element has been adopted, the disconnection's first.
 */
export function keepPrototype(element: HTMLElement, prototype: object): void {
  if (Object.getPrototypeOf(element) !== prototype) Object.setPrototypeOf(element, prototype);
}

function adoptStylesAgain(element: ReactiveElement, styles: readonly CSSResultOrNative[]): void {
  const root = element.renderRoot as ShadowRoot;
  const view = element.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  // A document with no window shows nothing: the styles are adopted again when the element leaves it.
  if (!view || !('adoptedStyleSheets' in root)) return;
  try {
    adoptStyles(root, [...styles]);
  } catch {
    // Sheets of another document are refused (NotAllowedError): the same rules, in sheets of this one.
    let sheets = madeIn.get(view);
    if (!sheets) madeIn.set(view, (sheets = new WeakMap()));
    root.adoptedStyleSheets = styles.map((style) => {
      let sheet = sheets.get(style);
      if (!sheet) {
        sheet = new view.CSSStyleSheet();
        sheet.replaceSync(cssTextOf(style));
        sheets.set(style, sheet);
      }
      return sheet;
    });
  }
}
