/**
 * Styles for an element moved into another document. A shadow root's adopted style sheets belong to the document
 * that made them: moved into another document (an iframe's, or one made with `createHTMLDocument` on the way back),
 * the element loses them, and moving it back does not bring them back. Without its styles the prompt is a form of
 * unequal native buttons, its clauses no longer shown as written.
 *
 * @module
 */
import { adoptStyles, type CSSResultOrNative, type ReactiveElement } from 'lit';

// The sheets made anew in each other window, per sheet of this one.
const madeIn = new WeakMap<object, WeakMap<CSSResultOrNative, CSSStyleSheet>>();

const cssTextOf = (style: CSSResultOrNative): string =>
  style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;

/** Adopts the element's styles again, in sheets of its new document where this document's cannot be used there. */
export function adoptStylesAgain(element: ReactiveElement, styles: readonly CSSResultOrNative[]): void {
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
