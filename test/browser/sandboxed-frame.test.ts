// A prompt in a sandboxed frame (<iframe sandbox="allow-scripts">): its opaque origin has navigator.locks,
// indexedDB and localStorage, and the browser refuses each. The library cannot load inside such a frame here (its
// module requests are cross-origin from an opaque origin, and the test server sends no CORS headers), so a real
// sandboxed frame is asked how each is refused, and this page refuses them the same way before deciding.
// (Its own file: once IndexedDB is refused, this page keeps its receipts in memory for good.)
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { verifyReceipt } from '../../src/core/receipt/index.js';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { action, annualReport, collect, trustedClick } from './helpers.js';

/** How a sandboxed frame's browser refused a call: thrown, or as a rejected promise or error event. */
interface Refusal {
  readonly how: 'threw' | 'rejected' | 'allowed';
  readonly name: string;
  readonly message: string;
}

interface SandboxRefusals {
  readonly locks: Refusal;
  readonly indexedDB: Refusal;
  readonly localStorage: Refusal;
}

/** Runs in the sandboxed frame: each API's answer, posted to this page. */
const PROBE = `
const refusal = async (call) => {
  let answer;
  try {
    answer = call();
  } catch (error) {
    return { how: 'threw', name: error.name, message: error.message };
  }
  try {
    await answer;
    return { how: 'allowed', name: '', message: '' };
  } catch (error) {
    return { how: 'rejected', name: error.name, message: error.message };
  }
};
const opened = (request) =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result.close());
    request.onerror = () => reject(request.error);
  });
parent.postMessage(
  {
    locks: await refusal(() => navigator.locks.request('probe', () => undefined)),
    indexedDB: await refusal(() => opened(indexedDB.open('probe', 1))),
    localStorage: await refusal(() => localStorage),
  },
  '*',
);
`;

/** What a real `<iframe sandbox="allow-scripts">` is refused, and how. */
async function sandboxRefusals(): Promise<SandboxRefusals> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.srcdoc = `<!doctype html><script type="module">${PROBE}</script>`;
  const answer = new Promise<SandboxRefusals>((resolve) => {
    const listener = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', listener);
      resolve(event.data as SandboxRefusals);
    };
    window.addEventListener('message', listener);
  });
  document.body.append(frame);
  try {
    return await answer;
  } finally {
    frame.remove();
  }
}

/** Refuses as the sandbox did: the same exception, thrown or as a rejection. */
function refuse({ how, name, message }: Refusal): never {
  const error = new DOMException(message, name);
  if (how === 'rejected') return Promise.reject(error) as never;
  throw error;
}

/** Refuses Web Locks, IndexedDB and localStorage here as `refusals` says; undoes it. */
function refuseAsSandboxed(refusals: SandboxRefusals): () => void {
  const locks = navigator.locks;
  const open = IDBFactory.prototype.open;
  Object.defineProperty(locks, 'request', { configurable: true, value: () => refuse(refusals.locks) });
  IDBFactory.prototype.open = () => refuse(refusals.indexedDB);
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => refuse(refusals.localStorage) });
  return () => {
    delete (locks as { request?: unknown }).request;
    IDBFactory.prototype.open = open;
    delete (window as { localStorage?: unknown }).localStorage;
  };
}

describe('in a sandboxed frame', () => {
  it('receipts are signed and chained for the page’s lifetime, and storage says it cannot keep them', async function () {
    this.timeout(20_000);
    const refusals = await sandboxRefusals();
    // What the sandbox does, as seen in Chromium and Firefox: each exists, and each is refused.
    expect(refusals.locks.how, 'Web Locks').to.not.equal('allowed');
    expect(refusals.indexedDB.how, 'IndexedDB').to.not.equal('allowed');
    expect(refusals.localStorage.how, 'localStorage').to.not.equal('allowed');
    expect(refusals.locks.name).to.equal('SecurityError');

    const restore = refuseAsSandboxed(refusals);
    try {
      const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline" lang="en"></consent-prompt>`);
      const storageErrors = collect(element, 'consent-storage-error');
      const errors = collect(element, 'consent-error');
      const decisions = collect(element, 'consent-decision');
      const ready = oneEvent(element, 'consent-ready');
      element.config = await annualReport();
      await ready;
      await element.updateComplete;

      await trustedClick(action(element, 'reject-all'));
      await waitUntil(() => decisions.length === 1, 'the decision told', { timeout: 10_000 });
      const first = decisions[0]!.detail;
      expect(errors.flatMap((event) => event.detail.problems.map((problem) => problem.code))).to.deep.equal([]);
      expect(first.receipt, 'a signed receipt').to.not.equal(null);
      const verified = await verifyReceipt(first.receipt!.jws, {
        publicJwk: first.receipt!.publicJwk!,
        allowSelfSigned: true,
      });
      expect(verified.valid, JSON.stringify(verified.failures)).to.equal(true);
      expect(first.chainHead?.sequence).to.equal(0);

      // The next decision of this page chains to the first: the page's own queue stands in for the lock.
      element.recordHostDecision({ action: 'accept-all' });
      await waitUntil(() => decisions.length === 2, 'the second decision told', { timeout: 10_000 });
      const second = decisions[1]!.detail;
      expect(second.receipt).to.not.equal(null);
      expect(second.chainHead?.sequence).to.equal(1);
      expect(second.receipt!.payload['urn:unticked:consent'].chain.previous).to.equal(first.chainHead!.digest);
      expect(second.receipt!.publicJwk).to.deep.equal(first.receipt!.publicJwk);

      // Nothing lasts beyond the page, and each fault says so as `unavailable`.
      await waitUntil(() => storageErrors.some((event) => /IndexedDB/.test(event.detail.message)), 'IndexedDB');
      expect([...new Set(storageErrors.map((event) => event.detail.code))]).to.deep.equal(['unavailable']);
      expect(element.decision('offers')).to.equal(true);
    } finally {
      restore();
    }
  });
});
