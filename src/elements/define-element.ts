/**
 * Registering elements without clashing with another copy of unticked on the same page, and registering one only
 * once the page uses it.
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

/**
 * Calls `load` as soon as the document has a `<tagName>`: now, or when one is added (by markup still being
 * parsed, or by a script), and stops watching then. Elements inside shadow roots are not seen: call the returned
 * function for those. It starts the load if it has not started, and resolves when the load settles. A load that
 * fails (a chunk that could not be fetched) is logged, and the next element added, or the next call, tries again.
 */
export function loadWhenUsed(tagName: string, load: () => Promise<unknown>): () => Promise<void> {
  let loading: Promise<void> | undefined;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && (node.localName === tagName || node.querySelector(tagName))) {
          void start();
          return;
        }
      }
    }
  });
  const watch = () => observer.observe(document, { childList: true, subtree: true });
  const start = (): Promise<void> => {
    observer.disconnect();
    loading ??= load().then(
      () => undefined,
      (error: unknown) => {
        console.error(`unticked: <${tagName}> could not be loaded`, error);
        loading = undefined;
        watch();
      },
    );
    return loading;
  };
  if (document.querySelector(tagName)) void start();
  else watch();
  return start;
}
