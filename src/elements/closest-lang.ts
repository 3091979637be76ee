/** The closest `lang` attribute above an element, crossing shadow roots: the page's language for that element. */
export function closestLang(element: Element): string | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') || null;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * The visitor's languages for an element, most wanted first: one they chose in the element (if any), its own
 * `lang`, the closest `lang` up the tree, then the browser's.
 */
export function visitorLanguages(element: HTMLElement, chosen?: string | null): string[] {
  const preferences: string[] = [];
  if (chosen) preferences.push(chosen);
  if (element.lang) preferences.push(element.lang);
  const inherited = closestLang(element);
  if (inherited) preferences.push(inherited);
  preferences.push(...(navigator.languages ?? []));
  // No language tag is longer than 100 characters (canonicalLanguage): a longer value names none, and carried on
  // it would be copied into every lookup key on every update (a 20-million-character lang took seconds).
  return preferences.map((tag) => (typeof tag === 'string' && tag.length > 100 ? '' : tag));
}
