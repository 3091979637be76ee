// The prompt's own words when their language cannot be loaded or keeps being set: said, never papered over, and
// a decision records the words on screen. Its own file: a locale that failed to load stays failed in the page.
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { annualReport, renderPrompt, renderUnder, shadow, toggle, action, trustedClick, collect } from './helpers.js';

const clauseOf = (element: ConsentPrompt, id: string) =>
  shadow(element).querySelector<HTMLElement>(`li[data-purpose="${id}"] [part="clause"]`)!;

describe('<consent-prompt> words that fail to load or keep changing', () => {
  afterEach(() => {
    document.querySelectorAll('consent-prompt').forEach((el) => el.remove());
    localStorage.clear();
  });

  /** Runs `body` while the prompt's words in `locale` answer 404 (see web-test-runner.config.mjs). */
  async function withUnloadableWords(locale: string, body: () => Promise<void>): Promise<void> {
    document.cookie = `unticked-unloadable=${locale}; path=/`;
    try {
      await body();
    } finally {
      document.cookie = 'unticked-unloadable=; path=/; max-age=0';
    }
  }

  const wordRequests = (locale: string) =>
    performance.getEntriesByType('resource').filter((entry) => entry.name.includes(`/src/locales/${locale}.`)).length;

  it('shows the prompt in the words at hand, says so and reports it when the visitor’s words fail to load', async () => {
    await withUnloadableWords('ga', async () => {
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      element.layout = 'inline';
      element.lang = 'ga';
      const errors = collect(element, 'consent-error');
      document.body.append(element);
      const ready = oneEvent(element, 'consent-ready');
      element.config = await annualReport();
      await ready;
      await waitUntil(() => errors.length > 0, 'consent-error says the words did not load');
      expect(errors[0]!.detail.problems[0]).to.include({ code: 'locale-load', path: '' });
      expect(errors[0]!.detail.problems[0]!.message).to.contain('ga');
      await waitUntil(() => !shadow(element).querySelector<HTMLElement>('[part="prompt"]')!.hidden, 'shown');
      expect(element.language).to.equal('en');
      const notice = shadow(element).querySelector('[part="language-notice"][data-words]');
      expect(notice?.textContent).to.contain('Irish').and.to.contain('English');
      // Asked for once, not on every update (the page stays responsive).
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(wordRequests('ga')).to.be.at.most(2);
      // A decision records the words shown.
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'reject-all'));
      expect((await decision).detail.language).to.equal('en');
    });
  });

  it('says so when the words of a language chosen in the menu fail to load, keeping the toggles', async () => {
    await withUnloadableWords('zh-Hans', async () => {
      const element = await renderPrompt(await annualReport(), { lang: 'en' });
      const errors = collect(element, 'consent-error');
      await trustedClick(toggle(element, 'offers'));
      await trustedClick(shadow(element).querySelector<HTMLButtonElement>('[part="language-button"]')!);
      const menu = shadow(element).querySelector<HTMLElement>('[part="language-menu"]')!;
      const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
      await waitUntil(() => shadow(element).activeElement === items[0], 'focus moves into the menu');
      await trustedClick(items[1]!);
      await waitUntil(() => clauseOf(element, 'offers').lang === 'zh-CN', 'the clauses switch', { timeout: 5000 });
      await waitUntil(() => errors.length > 0, 'consent-error says the words did not load');
      expect(errors.map((error) => error.detail.problems[0]!.code)).to.deep.equal(['locale-load']);
      await element.updateComplete;
      expect(element.language).to.equal('en');
      const notice = shadow(element).querySelector('[part="language-notice"][data-words]')!.textContent!.trim();
      expect(notice).to.contain('English');
      // Told to assistive technology as it is shown: the words could not follow the clauses' new language.
      const status = () => shadow(element).querySelector('[role="status"]')!.textContent!;
      await waitUntil(() => status().includes(notice), 'the notice is announced');
      expect(toggle(element, 'offers').checked).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(wordRequests('zh-Hans')).to.be.at.most(2);
    });
  });

  it('records the words on screen when the page sets <html lang> on every frame', async () => {
    const original = document.documentElement.lang;
    let running = true;
    let lang = 'en';
    const everyFrame = () => {
      // Checked first: a frame after the test must not set the page's language for the tests after it.
      if (!running) return;
      document.documentElement.lang = lang;
      requestAnimationFrame(everyFrame);
    };
    try {
      requestAnimationFrame(everyFrame);
      const element = await renderUnder(null, await annualReport());
      // The same language, set again and again: a click still counts.
      let decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'reject-all'));
      expect((await decision).detail.language).to.equal('en');
      element.remove();
      localStorage.clear();
      // Switched to German, then set again on every frame: the click records the German words on screen.
      const german = await renderUnder(null, await annualReport());
      lang = 'de';
      await waitUntil(() => action(german, 'reject-all').textContent!.trim() === 'Alle ablehnen', 'German words');
      await new Promise((resolve) => setTimeout(resolve, 100));
      decision = oneEvent(german, 'consent-decision');
      await trustedClick(action(german, 'accept-all'));
      const { detail } = await decision;
      expect(detail.language).to.equal('de');
      expect(detail.receipt?.payload.language ?? 'de').to.equal('de');
    } finally {
      running = false;
      document.documentElement.lang = original;
    }
  });

  it('records nothing for a click whose input came before the words it would record were first painted', async () => {
    // Chromium may run a frame between an input and its click event: words first painted in that frame were not on
    // screen when the visitor pressed. Every frame here claims a time after any input, so each screen is "first
    // painted after" the click, and the click must count for nothing (not-shown), not record those words.
    const element = await renderUnder('en', await annualReport());
    const original = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => original.call(window, () => callback(performance.now() + 60_000));
    try {
      element.lang = 'de';
      await waitUntil(() => action(element, 'reject-all').textContent!.trim() === 'Alle ablehnen', 'German words');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const decisions = collect(element, 'consent-decision');
      const errors = collect(element, 'consent-error');
      await trustedClick(action(element, 'accept-all'));
      // (The rendered check, timing its waits by these frames too, may report what it measured meanwhile.)
      const refused = () => errors.some((event) => event.detail.problems.some((p) => p.code === 'not-shown'));
      await waitUntil(refused, 'the click is refused as not-shown').catch((error: Error) => {
        const seen = errors.flatMap((event) => event.detail.problems.map((p) => `${p.code}: ${p.message}`));
        throw new Error(`${error.message}; decisions ${decisions.length}; errors ${seen.join(' | ')}`);
      });
      expect(decisions).to.have.length(0);
    } finally {
      window.requestAnimationFrame = original;
    }
    // With frames on time again, words painted before the click count: French here.
    element.lang = 'fr';
    await waitUntil(() => action(element, 'reject-all').textContent!.trim() === 'Tout refuser', 'French words');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const decision = oneEvent(element, 'consent-decision');
    await trustedClick(action(element, 'accept-all'));
    expect((await decision).detail.language).to.equal('fr');
  });
});
