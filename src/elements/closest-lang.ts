/** The closest `lang` attribute above an element, crossing shadow roots: the page's language for that element. */
export function closestLang(element: Element): string | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') || null;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}
