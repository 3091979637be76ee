// Parts loaded when first needed whose request the server accepts and never answers (a stalled CDN, a proxy that
// holds the connection): each load is given up after a while, and what waited on it happens all the same: the
// decision's event, its write (or the storage error saying why not), `consent-ready` with the words at hand.
// Each test stalls another module, in an order in which none loads a module an earlier one stalled (see stall.ts).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { rejections, stall } from './stall.js';
import { chunkTimeout } from '../../src/core/load-chunk.js';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import '../../src/elements/consent-preferences/consent-preferences.js';
import { action, annualReport, collect, renderPrompt, shadow, trustedClick } from './helpers.js';

describe('<consent-prompt> when a part it loads later never arrives', () => {
  it('fires consent-ready and reports locale-load when the visitor’s words stall', async () => {
    stall('zh-Hans');
    // Heard from the start: the words are asked for as soon as the element is in the page.
    const element = document.createElement('consent-prompt') as ConsentPrompt;
    element.setAttribute('layout', 'inline');
    element.setAttribute('lang', 'zh-CN');
    const errors = collect(element, 'consent-error');
    const ready = oneEvent(element, 'consent-ready');
    element.config = await annualReport();
    document.body.append(element);
    await ready;
    await waitUntil(() => errors.some((event) => event.detail.problems[0]?.code === 'locale-load'), 'locale-load');
    // The words at hand are shown, and they can be acted on.
    await waitUntil(() => shadow(element).querySelectorAll('button[data-action]').length === 3, 'the actions show');
    expect(action(element, 'reject-all').textContent).to.contain('Reject all');
    expect(rejections.map(String)).to.deep.equal([]);
  });

  it('says the words are not in the visitor’s language while they are late, and drops it when they come', async function () {
    this.timeout(30_000);
    // The server answers after 8 s: later than the prompt waits before showing the words at hand (3 s), within
    // the time it gives a part to load.
    chunkTimeout.ms = 15_000;
    stall('de');
    const element = document.createElement('consent-prompt') as ConsentPrompt;
    element.setAttribute('layout', 'inline');
    element.setAttribute('lang', 'de');
    element.config = await annualReport();
    document.body.append(element);
    const notice = () => shadow(element).querySelector('[part="language-notice"][data-words]')?.textContent ?? '';
    const started = performance.now();
    await waitUntil(() => shadow(element).querySelector<HTMLElement>('[part="prompt"]')?.hidden === false, 'shown', {
      timeout: 7000,
    });
    // Not updateComplete: it waits for the words in the visitor's language.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(performance.now() - started, 'shown before the words came').to.be.below(7000);
    expect(action(element, 'reject-all').textContent).to.contain('Reject all');
    expect(notice()).to.contain('German').and.to.contain('English');
    await waitUntil(() => action(element, 'reject-all').textContent!.includes('Alle ablehnen'), 'the German words', {
      timeout: 15_000,
    });
    await element.updateComplete;
    expect(notice()).to.equal('');
    expect(rejections.map(String)).to.deep.equal([]);
  });

  it('names the language asked for now in that notice, and drops it when the visitor goes back', async function () {
    this.timeout(40_000);
    chunkTimeout.ms = 20_000;
    // Each answers 8 s after it is asked for.
    stall('it,nl,es');
    const element = await renderPrompt(await annualReport(), { lang: 'en' });
    const notice = () => shadow(element).querySelector('[part="language-notice"][data-words]')?.textContent ?? '';
    const words = () => action(element, 'reject-all').textContent!.trim();
    const started = performance.now();
    element.lang = 'it';
    await waitUntil(() => notice().includes('Italian'), 'the Italian words are late', { timeout: 5000 });
    element.lang = 'nl';
    await waitUntil(() => notice().includes('Dutch'), 'now the Dutch words are', { timeout: 1000 });
    // The Italian words come first: not the ones asked for now, so the words at hand stay, and so does the notice.
    const arrived = (locale: string) =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/src/locales/${locale}.`));
    await waitUntil(() => arrived('it'), 'the Italian words arrive', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(performance.now() - started).to.be.below(11_000);
    expect(words()).to.equal('Reject all');
    expect(notice()).to.contain('Dutch');
    await waitUntil(() => words() === 'Alles weigeren', 'the Dutch words', { timeout: 10_000 });
    await waitUntil(() => notice() === '', 'no notice once they came', { timeout: 1000 });

    // Back to words at hand before the others come: nothing is late.
    element.lang = 'es';
    await new Promise((resolve) => setTimeout(resolve, 500));
    element.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(words()).to.equal('Reject all');
    expect(notice()).to.equal('');
    expect(rejections.map(String)).to.deep.equal([]);
  });

  it('still announces the decision when the receipts’ code stalls, and says why it has no receipt', async () => {
    stall('receipt-issuer');
    const element = await renderPrompt(await annualReport());
    const errors = collect(element, 'consent-error');
    const decision = oneEvent(element, 'consent-decision');
    await trustedClick(action(element, 'accept-all'));
    const { detail } = await decision;
    expect(detail.decisions['offers']).to.equal(true);
    expect(detail.receipt).to.equal(null);
    expect(element.decision('offers')).to.equal(true);
    const problem = errors.map((event) => event.detail.problems[0]!).find((p) => p.code === 'receipt-failed');
    expect(problem, JSON.stringify(errors.map((event) => event.detail))).to.not.equal(undefined);
    expect(problem!.message).to.contain('did not load within');
    expect(rejections.map(String)).to.deep.equal([]);
  });
});

describe('<consent-preferences> when its words cannot be loaded', () => {
  it('keeps its label in the words at hand and leaves no unhandled rejection for the page', async () => {
    document.cookie = 'unticked-unloadable=fr; path=/';
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      const element = await fixture(html`<consent-preferences lang="fr"></consent-preferences>`);
      await waitUntil(() => logged.length > 0, 'the console says why');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(String(logged[0]![0])).to.contain('fr');
      expect(element.shadowRoot!.textContent).to.contain('Privacy choices');
      expect(rejections.map(String)).to.deep.equal([]);
    } finally {
      console.error = original;
    }
  });
});
