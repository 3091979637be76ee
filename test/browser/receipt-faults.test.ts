// Faults around receipts and the page's own scripts: IndexedDB that never answers, the receipt chain's lock held
// by another tab, receipts issued without Web Locks or with every lock request refused, a page gtag() that throws,
// a modal with nothing to decide, and a config URL answering JSON that is not a config. Each gives a typed error, a
// usable page, and no grant the visitor did not give. (The first test must run first: it needs IndexedDB not yet
// opened by this page.)
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { databaseWait } from '../../src/receipt/device-store.js';
import { deviceSigningWait } from '../../src/receipt/receipt-issuer.js';
import { chainLockWait, issueReceipt } from '../../src/receipt/receipt-issuer.js';
import { storageKey } from '../../src/core/storage/key.js';
import { action, annualReport, collect, forgetRememberedDecisions, shadow, trustedClick } from './helpers.js';

async function renderPrompt(
  layout: 'inline' | 'dialog' = 'inline',
  change?: (config: Record<string, unknown>) => void,
): Promise<ConsentPrompt> {
  const element = await fixture<ConsentPrompt>(html`<consent-prompt layout=${layout} lang="en"></consent-prompt>`);
  const config = (await annualReport()) as unknown as Record<string, unknown>;
  change?.(config);
  const ready = oneEvent(element, 'consent-ready');
  element.config = config;
  await ready;
  await element.updateComplete;
  return element;
}

const STORED = storageKey('annual-report');

/** What issueReceipt needs for one decision on the annual-report config, everything shown in English. */
function receiptInput(config: Awaited<ReturnType<typeof annualReport>>, chosen: 'accept-all' | 'reject-all') {
  return {
    config,
    decisions: { 'credit-scoring': false, offers: chosen === 'accept-all', 'partner-sharing': false },
    action: chosen,
    source: 'visitor' as const,
    language: 'en',
    shown: Object.fromEntries(
      config.purposes.map((purpose) => [purpose.id, { language: 'en', text: purpose.clause['en'] ?? '' }]),
    ),
    now: new Date(),
  };
}

/**
 * Takes the receipt chain's lock as another tab would, once granted (another test file of this origin may hold it
 * for a while): a lock granted only after the test ended would be held for good, and every other file's receipts
 * would wait for it. The function that releases it.
 */
async function holdReceiptChain(): Promise<() => void> {
  return new Promise((granted) => {
    void navigator.locks.request(
      'unticked-receipt-chain',
      () => new Promise<void>((resolve) => granted(() => resolve())),
    );
  });
}

describe('receipt faults', () => {
  const waits = { database: databaseWait.ms, lock: chainLockWait.ms };
  afterEach(() => {
    databaseWait.ms = waits.database;
    chainLockWait.ms = waits.lock;
    document.querySelectorAll('consent-prompt').forEach((el) => el.remove());
    forgetRememberedDecisions();
  });

  it('IndexedDB that never answers: the decision is made, said not to last, and the next visit is not stuck', async function () {
    this.timeout(20_000);
    databaseWait.ms = 300;
    const open = IDBFactory.prototype.open;
    // A request whose events never fire, as some browsers leave one.
    IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
    try {
      const element = await renderPrompt();
      const storageErrors = collect(element, 'consent-storage-error');
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'reject-all'));
      const { detail } = await decision;
      expect(detail.decisions['offers']).to.equal(false);
      await waitUntil(() => storageErrors.length > 0, 'a storage error');
      expect(storageErrors[0]!.detail.code).to.equal('unavailable');
      element.remove();
      // The next visit reads the stored decision back: it is answered, not left hidden for good.
      await renderPrompt();
    } finally {
      IDBFactory.prototype.open = open;
    }
  });

  it('a signing failure whatever was thrown is told in whole sentences, and the decision still counts', async () => {
    const sign = SubtleCrypto.prototype.sign;
    // Not an Error: a bare string, as a replaced implementation may reject with.
    SubtleCrypto.prototype.sign = (() => Promise.reject('op')) as unknown as typeof sign;
    try {
      const element = await renderPrompt();
      const errors = collect(element, 'consent-error');
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'reject-all'));
      expect((await decision).detail.receipt).to.equal(null);
      await waitUntil(() => errors.length > 0, 'the failure is told');
      expect(errors[0]!.detail.problems[0]).to.include({
        code: 'receipt-failed',
        path: 'receipt',
        message: 'The receipt could not be signed: op. The decision still counts.',
      });
    } finally {
      SubtleCrypto.prototype.sign = sign;
    }
  });

  it('WebCrypto that never answers: the decision is told without a receipt, not held for good', async function () {
    this.timeout(20_000);
    const signing = deviceSigningWait.ms;
    deviceSigningWait.ms = 500;
    const generateKey = SubtleCrypto.prototype.generateKey;
    const sign = SubtleCrypto.prototype.sign;
    // A key that is never made and a signature never given, as a broken or replaced implementation may leave them.
    SubtleCrypto.prototype.generateKey = (() => new Promise(() => {})) as typeof generateKey;
    SubtleCrypto.prototype.sign = (() => new Promise(() => {})) as typeof sign;
    try {
      const element = await renderPrompt();
      const errors = collect(element, 'consent-error');
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'accept-all'));
      const { detail } = await decision;
      expect(detail.receipt).to.equal(null);
      expect(detail.decisions['offers']).to.equal(true);
      expect(errors.map((event) => event.detail.problems[0]!.code)).to.include('receipt-failed');
    } finally {
      SubtleCrypto.prototype.generateKey = generateKey;
      SubtleCrypto.prototype.sign = sign;
      deviceSigningWait.ms = signing;
    }
  });

  it('a withdrawal while another tab holds the receipt chain: the old grant is gone at once, and never comes back', async function () {
    this.timeout(20_000);
    const element = await renderPrompt();
    const first = oneEvent(element, 'consent-decision');
    await trustedClick(action(element, 'accept-all'));
    expect((await first).detail.receipt).to.not.equal(null);
    await waitUntil(() => localStorage.getItem(STORED)?.includes('offers'), 'the grant stored');
    const release = await holdReceiptChain();
    chainLockWait.ms = 600;
    try {
      const errors = collect(element, 'consent-error');
      const decisions = collect(element, 'consent-decision');
      element.show();
      await element.updateComplete;
      await trustedClick(action(element, 'reject-all'));
      // Before the receipt: a page closed now must not find the grant on the next visit. What is stored meanwhile
      // is no decision, only the mark that tells other tabs which grants end.
      await waitUntil(() => localStorage.getItem(STORED) === 'withdrawing:offers', 'the old grant replaced', {
        timeout: 500,
      });
      expect(element.decision('offers')).to.equal(false);
      await waitUntil(() => decisions.length === 1, 'the withdrawal told, without a receipt', { timeout: 5000 });
      expect(decisions[0]!.detail.receipt).to.equal(null);
      expect(decisions[0]!.detail.decisions['offers']).to.equal(false);
      expect(errors.map((event) => event.detail.problems[0]!.code)).to.include('receipt-failed');
      element.remove();
      const next = await renderPrompt();
      expect(next.decision('offers')).to.not.equal(true);
    } finally {
      release();
    }
  });

  it('receipts of one page chain one after another without Web Locks, however slow a signature', async () => {
    const locks = Object.getOwnPropertyDescriptor(Navigator.prototype, 'locks');
    Object.defineProperty(navigator, 'locks', { configurable: true, get: () => undefined });
    try {
      const config = await annualReport();
      const finished: string[] = [];
      const slow = issueReceipt(receiptInput(config, 'accept-all'), async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        finished.push('accept-all');
        return { jws: 'e30.e30.slow', publicJwk: null };
      });
      const fast = issueReceipt(receiptInput(config, 'reject-all'), async () => {
        finished.push('reject-all');
        return { jws: 'e30.e30.fast', publicJwk: null };
      });
      const [older, newer] = await Promise.all([slow, fast]);
      expect(finished).to.deep.equal(['accept-all', 'reject-all']);
      expect(newer.chainHead.sequence).to.equal(older.chainHead.sequence + 1);
    } finally {
      delete (navigator as { locks?: unknown }).locks;
      if (locks) expect(navigator.locks).to.exist;
    }
  });

  it('receipts are signed and chain in page order where Web Locks refuse every request, as a sandboxed frame does', async () => {
    const config = await annualReport();
    const denied = () => new DOMException('Access to the Locks API is denied in this context.', 'SecurityError');
    // Chromium and Firefox reject the request; an older or wrapped LockManager might throw instead.
    for (const refuse of [
      () => Promise.reject(denied()),
      () => {
        throw denied();
      },
    ]) {
      Object.defineProperty(navigator.locks, 'request', { configurable: true, value: refuse });
      try {
        const finished: string[] = [];
        let signed = 0;
        const slow = issueReceipt(receiptInput(config, 'accept-all'), async () => {
          signed++;
          await new Promise((resolve) => setTimeout(resolve, 300));
          finished.push('accept-all');
          return { jws: 'e30.e30.slow', publicJwk: null };
        });
        const fast = issueReceipt(receiptInput(config, 'reject-all'), async () => {
          signed++;
          finished.push('reject-all');
          return { jws: 'e30.e30.fast', publicJwk: null };
        });
        const [older, newer] = await Promise.all([slow, fast]);
        expect(finished).to.deep.equal(['accept-all', 'reject-all']);
        expect(newer.chainHead.sequence).to.equal(older.chainHead.sequence + 1);
        // Each signed once: the refusal is not retried into a second signature.
        expect(signed).to.equal(2);
        // The device key signs too, not only a host's signer.
        const own = await issueReceipt(receiptInput(config, 'reject-all'));
        expect(own.receipt.publicJwk).to.not.equal(null);
        expect(own.chainHead.sequence).to.equal(newer.chainHead.sequence + 1);
      } finally {
        delete (navigator.locks as { request?: unknown }).request;
      }
    }
    expect(navigator.locks.request).to.equal(LockManager.prototype.request);
  });

  it('a page gtag() that throws: the decision still counts and is remembered, with a typed error', async () => {
    const page = window as { gtag?: unknown };
    page.gtag = () => {
      throw new Error('tag manager broke');
    };
    try {
      const element = await renderPrompt('inline', (config) => (config['consentMode'] = { ad_storage: ['offers'] }));
      const errors = collect(element, 'consent-error');
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'accept-all'));
      expect((await decision).detail.decisions['offers']).to.equal(true);
      expect(errors.flatMap((event) => event.detail.problems)).to.deep.include({
        code: 'consent-mode-failed',
        path: 'consentMode',
        message: errors.flatMap((event) => event.detail.problems)[0]!.message,
      });
      expect(element.decision('offers')).to.equal(true);
      await waitUntil(() => localStorage.getItem(STORED) !== null, 'remembered');
    } finally {
      delete page.gtag;
    }
  });

  it('a dialog whose config is invalid leaves the page usable: no modal with nothing to decide', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><button id="page-button">Page</button></div>`);
    const element = document.createElement('consent-prompt') as ConsentPrompt;
    element.layout = 'dialog';
    page.append(element);
    const failed = oneEvent(element, 'consent-error');
    element.config = { policy: 'not a config' };
    await failed;
    await element.updateComplete;
    // Its short message shows, in a dialog that is not modal and covers nothing.
    expect(shadow(element).querySelector('dialog')?.matches(':modal') ?? false).to.equal(false);
    expect(shadow(element).querySelector('[part="error"]')?.textContent ?? '').to.contain('set up incorrectly');
    const button = page.querySelector('#page-button')!;
    const box = button.getBoundingClientRect();
    expect(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)).to.equal(button);
  });

  it('a config URL answering JSON that is not a config names src and the address', async () => {
    const originalFetch = window.fetch;
    window.fetch = async () => new Response('null', { headers: { 'content-type': 'application/json' } });
    try {
      // Listened for first: the answer may be read and refused before the fixture has settled.
      const refused = oneEvent(document, 'consent-error');
      await fixture<ConsentPrompt>(html`<consent-prompt layout="inline" src="/configs/consent.json"></consent-prompt>`);
      const { detail } = (await refused) as CustomEvent<{ problems: { path: string; message: string }[] }>;
      expect(detail.problems[0]!.path).to.equal('src');
      expect(detail.problems[0]!.message).to.contain('/configs/consent.json');
    } finally {
      window.fetch = originalFetch;
    }
  });

  /** A signer that answers after `ms`: the decision's receipt is still being signed meanwhile. */
  const slowSigner = (ms: number) => async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    throw new Error('signer down');
  };

  it('"Forget my choices" while a receipt is signed: the forgotten decision is neither announced nor stored again', async function () {
    this.timeout(20_000);
    const element = await renderPrompt();
    element.signer = slowSigner(1200);
    const decisions = collect(element, 'consent-decision');
    await trustedClick(action(element, 'accept-all'));
    expect(element.decision('offers')).to.equal(true);
    await element.forget();
    expect(element.decision('offers')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(decisions).to.have.length(0);
    expect(element.decision('offers')).to.equal(null);
    expect(localStorage.getItem(STORED)).to.equal(null);
  });

  it('a new config while a receipt is signed: the old decision does not come back in storage', async function () {
    this.timeout(20_000);
    const element = await renderPrompt();
    element.signer = slowSigner(1200);
    const decisions = collect(element, 'consent-decision');
    await trustedClick(action(element, 'accept-all'));
    const ready = oneEvent(element, 'consent-ready');
    const replacement = structuredClone(await annualReport()) as unknown as { policy: { version: string } };
    replacement.policy.version = '2027-01-01';
    element.config = replacement;
    await ready;
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(decisions).to.have.length(0);
    expect(element.decision('offers')).to.equal(null);
    expect(localStorage.getItem(STORED) ?? '').not.to.contain('"offers":true');
  });

  it('"Forget my choices" while another tab holds the receipt chain too long: a typed error, no unhandled rejection', async function () {
    this.timeout(20_000);
    const element = await renderPrompt();
    await trustedClick(action(element, 'accept-all'));
    await waitUntil(() => localStorage.getItem(STORED)?.includes('offers'), 'the grant stored', { timeout: 5000 });
    const release = await holdReceiptChain();
    chainLockWait.ms = 300;
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const errors = collect(element, 'consent-error');
      element.show();
      await element.updateComplete;
      const details = shadow(element).querySelector<HTMLDetailsElement>('[part="receipts"]')!;
      if (!details.open) await trustedClick(details.querySelector('summary')!);
      // The list has loaded and the layout settled, so the button does not move down as it is clicked.
      await waitUntil(() => details.getAttribute('data-state') === 'ready', 'receipts load', { timeout: 5000 });
      await element.updateComplete;
      await nextFrame();
      // Not as the second click of a double click on "Accept all" (refused as such): the visitor has read the view.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await trustedClick(shadow(element).querySelector<HTMLElement>('[part="forget"]')!);
      await waitUntil(() => errors.length > 0, 'the failure reported', { timeout: 5000 });
      expect(errors[0]!.detail.problems[0]!.code).to.equal('receipt-failed');
      expect(element.decision('offers')).to.equal(null);
      expect(localStorage.getItem(STORED)).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled).to.deep.equal([]);
    } finally {
      release();
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });
});
