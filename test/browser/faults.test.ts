// Fault injection: a config URL that times out or returns invalid JSON, and IndexedDB that cannot be opened. Each
// gives a typed error and a usable page, and records no consent the visitor did not give. (Storage that throws,
// a config URL that 404s and a failing or forged signer have their own tests: lifecycle, consent-prompt and
// host-signer.)
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { ConsentError } from '../../src/core/errors.js';
import { annualReport, shadow, action, trustedClick, collect, endlessStream } from './helpers.js';

describe('faults', () => {
  const originalFetch = window.fetch;
  const originalTimeout = ConsentPrompt.configTimeoutMs;
  afterEach(() => {
    window.fetch = originalFetch;
    ConsentPrompt.configTimeoutMs = originalTimeout;
    document.querySelectorAll('consent-prompt').forEach((el) => el.remove());
  });

  it('a config URL that never answers: a typed error after the timeout, no buttons, nothing recorded', async () => {
    ConsentPrompt.configTimeoutMs = 300;
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const element = await fixture<ConsentPrompt>(
      html`<consent-prompt layout="inline" src="/never/answers.json"></consent-prompt>`,
    );
    const { detail } = await oneEvent(element, 'consent-error');
    expect(detail.problems[0]).to.include({ code: 'config-load', path: 'src' });
    expect(detail.problems[0]!.message).to.contain('timed out');
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('button[part="action"]').length).to.equal(0);
    expect(shadow(element).querySelector('[part="error"]')).to.exist;
    expect(element.decisions).to.equal(null);
    expect(localStorage.length).to.equal(0);
  });

  it('refuses a config timeout it cannot keep, naming it, and keeps the one in use', async () => {
    ConsentPrompt.configTimeoutMs = 4000;
    const hostile = {
      valueOf() {
        throw new Error('hostile');
      },
    };
    // Timers hold at most 2**31 - 1 ms: a longer one fires at once, and a valid config would "time out" at once.
    for (const value of [Infinity, 2 ** 32, 2 ** 31, NaN, -1, 0, 1.5, '5000', null, undefined, Symbol('x'), hostile]) {
      expect(
        () => {
          ConsentPrompt.configTimeoutMs = value as never;
        },
        String(typeof value),
      )
        .to.throw(ConsentError)
        .with.property('path', 'configTimeoutMs');
      expect(ConsentPrompt.configTimeoutMs).to.equal(4000);
    }
    ConsentPrompt.configTimeoutMs = 2 ** 31 - 1;
    expect(ConsentPrompt.configTimeoutMs).to.equal(2 ** 31 - 1);
    // The longest timer kept still loads a config that answers at once.
    const element = document.createElement('consent-prompt') as ConsentPrompt;
    element.setAttribute('layout', 'inline');
    element.setAttribute('src', '/test/fixtures/annual-report.json');
    const errors = collect(element, 'consent-error');
    const ready = oneEvent(element, 'consent-ready');
    document.body.append(element);
    await ready;
    expect(errors).to.have.length(0);
  });

  it('refuses a subscriber that is not a function, naming it', async () => {
    const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline"></consent-prompt>`);
    for (const value of [null, 'listener', {}, 42]) {
      expect(() => element.subscribe(value as never))
        .to.throw(ConsentError)
        .with.property('code', 'invalid-argument');
    }
  });

  it('a config URL whose answer never ends: refused once it passes 2 MB, not held until the timeout', async () => {
    ConsentPrompt.configTimeoutMs = 60_000;
    let cancelled = false;
    window.fetch = async () => new Response(endlessStream(() => (cancelled = true)));
    const element = await fixture<ConsentPrompt>(
      html`<consent-prompt layout="inline" src="/endless/config.json"></consent-prompt>`,
    );
    const { detail } = await oneEvent(element, 'consent-error');
    expect(detail.problems[0]).to.include({ code: 'config-load', path: 'src' });
    expect(detail.problems[0]!.message).to.contain('larger than 2 MB');
    expect(cancelled, 'the download is stopped').to.equal(true);
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('button[part="action"]').length).to.equal(0);
    expect(element.decisions).to.equal(null);
  });

  it('a config URL that returns invalid JSON: a typed error naming it, nothing recorded', async () => {
    const element = await fixture<ConsentPrompt>(
      html`<consent-prompt layout="inline" src="/test/pages/invalid-config.json"></consent-prompt>`,
    );
    const { detail } = await oneEvent(element, 'consent-error');
    expect(detail.problems[0]!.code).to.equal('format');
    expect(detail.problems[0]!.message).to.contain('not valid JSON');
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('button[part="action"]').length).to.equal(0);
    expect(element.decision('offers')).to.equal(null);
  });

  it('a config URL redirected to another origin: a typed error, the config it sent is not applied', async () => {
    const config = await annualReport();
    // A response as fetch gives it after following a redirect to `url`.
    const answer = (url: string) => {
      const response = new Response(JSON.stringify(config), { headers: { 'content-type': 'application/json' } });
      Object.defineProperty(response, 'redirected', { value: true });
      return Object.defineProperty(response, 'url', { value: url });
    };
    const load = (src: string) => {
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      element.setAttribute('layout', 'inline');
      element.setAttribute('src', src);
      const outcome = Promise.race([oneEvent(element, 'consent-error'), oneEvent(element, 'consent-ready')]);
      document.body.append(element);
      return { element, outcome };
    };
    window.fetch = async () => answer('https://elsewhere.example/consent.json');
    const { element, outcome } = load('/consent.json');
    const { detail } = (await outcome) as CustomEvent<{ problems: { code: string; path: string; message: string }[] }>;
    expect(detail.problems[0]).to.include({ code: 'config-load', path: 'src' });
    expect(detail.problems[0]!.message).to.contain('redirected to another origin (https://elsewhere.example)');
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('button[part="action"]').length).to.equal(0);
    // Redirected within the page's own origin: applied.
    window.fetch = async () => answer(new URL('/moved/consent.json', location.href).href);
    const same = load('/consent.json');
    expect((await same.outcome).type).to.equal('consent-ready');
    expect(same.element.config?.policy.id).to.equal('annual-report');
  });

  it('IndexedDB that cannot be opened: the decision counts, the receipt is signed, and an error says it will not last', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function () {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    try {
      const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline" lang="en"></consent-prompt>`);
      const ready = oneEvent(element, 'consent-ready');
      element.config = await annualReport();
      await ready;
      await element.updateComplete;
      const storageErrors = collect(element, 'consent-storage-error');
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'reject-all'));
      const { detail } = await decision;
      expect(detail.decisions).to.deep.equal({ 'credit-scoring': false, offers: false, 'partner-sharing': false });
      expect(detail.receipt!.jws.split('.')).to.have.length(3);
      await waitUntil(() => storageErrors.length > 0, 'a storage error');
      expect(storageErrors[0]!.detail.code).to.equal('unavailable');
      expect(storageErrors[0]!.detail.message).to.contain('IndexedDB');
    } finally {
      IDBFactory.prototype.open = open;
    }
  });
});

describe('no WebCrypto (a page that is not a secure context)', () => {
  afterEach(() => {
    delete (window.crypto as { subtle?: unknown }).subtle;
    document.querySelectorAll('consent-prompt').forEach((el) => el.remove());
  });

  it('decides and fires events with receipt null and a typed error saying receipts need HTTPS', async () => {
    // What a plain-HTTP page sees: crypto.subtle is only exposed to secure contexts.
    Object.defineProperty(window.crypto, 'subtle', { configurable: true, get: () => undefined });
    const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline" lang="en"></consent-prompt>`);
    const ready = oneEvent(element, 'consent-ready');
    element.config = await annualReport();
    await ready;
    await element.updateComplete;
    const errors = collect(element, 'consent-error');
    const decision = oneEvent(element, 'consent-decision');
    await trustedClick(action(element, 'accept-all'));
    const { detail } = await decision;
    expect(detail.receipt).to.equal(null);
    expect(detail.chainHead).to.equal(null);
    expect(detail.decisions['offers']).to.equal(true);
    expect(errors.map((e) => e.detail.problems[0]!.code)).to.deep.equal(['receipt-unavailable']);
    expect(errors[0]!.detail.problems[0]!.message).to.contain('HTTPS');
    expect(element.decision('offers')).to.equal(true);
  });

  it('remembers the decision for the next visit, and notices a changed clause', async () => {
    Object.defineProperty(window.crypto, 'subtle', { configurable: true, get: () => undefined });
    localStorage.removeItem('unticked:annual-report');
    const visit = async (config: unknown) => {
      const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline" lang="en"></consent-prompt>`);
      const storageErrors = collect(element, 'consent-storage-error');
      const ready = oneEvent(element, 'consent-ready');
      element.config = config;
      await ready;
      await element.updateComplete;
      return { element, storageErrors };
    };
    const config = await annualReport();
    const first = await visit(config);
    const decision = oneEvent(first.element, 'consent-decision');
    await trustedClick(action(first.element, 'accept-all'));
    await decision;
    await waitUntil(() => localStorage.getItem('unticked:annual-report') !== null, 'stored', { timeout: 5000 });
    expect(first.storageErrors.map((e) => e.detail.message)).to.deep.equal([]);
    first.element.remove();

    const next = await visit(config);
    expect(next.storageErrors.map((e) => e.detail.message)).to.deep.equal([]);
    expect(next.element.decision('offers')).to.equal(true);
    next.element.remove();

    const changed = structuredClone(config);
    const offers = changed.purposes.find((purpose) => purpose.id === 'offers')! as { clause: Record<string, string> };
    offers.clause['en'] += ' We also call you.';
    const after = await visit(changed);
    expect(after.element.decisions).to.equal(null);
    expect(shadow(after.element).querySelector('[part="reask"]')?.textContent).to.contain(
      'the text of 1 purpose you agreed to changed',
    );
  });
});
