// Another tab of the same site: a prompt on the fixture config whose events the test reads from outside.
import '../../src/define.js';

const tab = window as unknown as { __events: { type: string; detail: unknown }[] };
tab.__events = [];
for (const type of ['consent-ready', 'consent-decision', 'consent-storage-error']) {
  document.addEventListener(type, (event) => tab.__events.push({ type, detail: (event as CustomEvent).detail }));
}
