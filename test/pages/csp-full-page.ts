// Registers the elements on the full strict-CSP page and records what the test reads: events and receipts.
import '../../src/define.js';

const page = window as unknown as { __events: { type: string; detail: unknown }[] };
page.__events = [];
for (const type of ['consent-ready', 'consent-decision', 'consent-error', 'consent-storage-error']) {
  document.addEventListener(type, (event) => page.__events.push({ type, detail: (event as CustomEvent).detail }));
}
