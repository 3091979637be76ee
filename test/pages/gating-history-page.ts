// Starts a consent gate on the page the history tests leave and come back to. The decisions live in the test's
// window, so they outlast this page; `__historyOwnScript` makes this visit give the iframe its address itself, as
// versions before the gate renewed frames did (or a page's own script might), instead of starting a gate.
import { createConsentGate, type ConsentGate } from '../../src/gating/index.js';
import type { Decisions } from '../../src/core/consent/decisions.js';

const tests = top as unknown as { __historyDecisions?: Decisions | null; __historyOwnScript?: boolean };
const page = window as unknown as { __gate?: ConsentGate; __started?: boolean };

if (tests.__historyOwnScript) {
  const iframe = document.querySelector('iframe')!;
  iframe.src = iframe.dataset.src!;
} else {
  page.__gate = createConsentGate({ decisions: () => tests.__historyDecisions ?? null, onError: () => {} });
}
page.__started = true;
