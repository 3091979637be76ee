// Parts loaded when first needed that cannot be loaded (a chunk missing from a deploy, a network that drops it):
// popovers still open where the visitor can use them, gated content stays held back, the prompt shows unchecked,
// and the host hears why each time (consent-error chunk-load). Its own file: a module that failed to load in a page
// may stay failed there (see web-test-runner.config.mjs for the cookie that makes one fail).
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { action, annualReport, renderPrompt, shadow, trustedClick, collect, heldScript } from './helpers.js';

const unloadable = (name: string) => (document.cookie = `unticked-unloadable=${name}; path=/`);

/** Shows the annual report inline, decides with a real click, and waits for the consent-error at `path`. */
async function decideAndHear(name: 'reject-all' | 'accept-all', path: string) {
  const element = await renderPrompt(await annualReport(), { lang: 'en', layout: 'inline' });
  const errors = collect(element, 'consent-error');
  const decision = oneEvent(element, 'consent-decision');
  await trustedClick(action(element, name));
  const decided = (await decision).detail.decisions;
  const at = () => errors.find((event) => event.detail.problems[0]?.path === path)?.detail.problems[0];
  await waitUntil(() => at() !== undefined, `the host hears of ${path}`);
  return { element, decided, problem: at()! };
}

// Each test's fault ends with it (this file's page only).
afterEach(() => {
  document.cookie = 'unticked-unloadable=; path=/; max-age=0';
  document.querySelectorAll('consent-prompt, script[data-consent]').forEach((el) => el.remove());
  delete (window as { __uncheckedGateRan?: number }).__uncheckedGateRan;
});

// First in the file: every prompt shown later loads the check, and a module loaded once stays loaded in the page.
describe('<consent-prompt> when the rendered check cannot be loaded', () => {
  it('shows the prompt unchecked and says so when the rendered check cannot be loaded', async () => {
    unloadable('rendered-check');
    const element = document.createElement('consent-prompt') as ConsentPrompt;
    const errors = collect(element, 'consent-error');
    element.setAttribute('lang', 'en');
    document.body.append(element);
    const ready = oneEvent(element, 'consent-ready');
    element.config = await annualReport();
    await ready;
    await waitUntil(() => errors.length > 0, 'the host hears the check could not be loaded');
    expect(errors[0]!.detail.source).to.equal('load');
    expect(errors[0]!.detail.problems[0]).to.include({ code: 'chunk-load', path: '' });
    expect(errors[0]!.detail.problems[0]!.message).to.contain('shown unchecked');
    expect(shadow(element).querySelectorAll('button[data-action]')).to.have.length(3);
  });
});

// Before any test that shows receipts: a module loaded once stays loaded in the page.
describe('<consent-prompt> when the receipts cannot be loaded', () => {
  it('keeps the decision, says so, and never throws when the receipts’ code cannot be loaded', async () => {
    // The gate too: a decision loads it, and the gate's own test below needs it never loaded in this page.
    unloadable('receipt-summary,gate');
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const { element, decided, problem } = await decideAndHear('reject-all', 'receipts');
      expect(decided['offers']).to.equal(false);
      expect(problem.code).to.equal('chunk-load');
      expect(element.decision('offers')).to.equal(false);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(rejections.map(String)).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});

describe('<consent-prompt> popovers without Floating UI', () => {
  it('opens the language menu under its button, inside the viewport, reports chunk-load, and still switches', async () => {
    document.cookie = 'unticked-unloadable=floating-ui; path=/';
    const element = await renderPrompt(await annualReport(), { lang: 'en' });
    const errors = collect(element, 'consent-error');
    const button = shadow(element).querySelector<HTMLButtonElement>('[part="language-button"]')!;
    await trustedClick(button);
    const menu = shadow(element).querySelector<HTMLElement>('[part="language-menu"]')!;
    await waitUntil(() => menu.hasAttribute('data-positioned'), 'the menu is placed');
    await waitUntil(() => errors.length > 0, 'the host hears why');
    expect(errors[0]!.detail.source).to.equal('load');
    expect(errors[0]!.detail.problems[0]).to.include({ code: 'chunk-load', path: '' });
    expect(getComputedStyle(menu).visibility).to.equal('visible');
    const box = menu.getBoundingClientRect();
    const anchor = button.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(0);
    expect(box.left).to.be.at.least(0);
    expect(box.top).to.be.at.least(0);
    expect(box.right).to.be.at.most(document.documentElement.clientWidth);
    expect(box.bottom).to.be.at.most(document.documentElement.clientHeight);
    // Beside its button, not at the viewport's corner.
    expect(box.bottom <= anchor.top || box.top >= anchor.bottom, 'above or below the button').to.equal(true);
    const chinese = [...menu.querySelectorAll<HTMLElement>('[role="menuitemradio"]')].find((item) =>
      item.textContent!.includes('中文'),
    )!;
    const hit = chinese.getBoundingClientRect();
    const top = shadow(element).elementFromPoint(hit.left + hit.width / 2, hit.top + hit.height / 2);
    expect(chinese.contains(top), 'the item is what a click there reaches').to.equal(true);
    await trustedClick(chinese);
    await waitUntil(() => element.language === 'zh-Hans', 'the words switch to Chinese');
  });
});

describe('<consent-prompt> when the gate cannot be loaded', () => {
  it('keeps gated content held back, says so, and the decision still counts, when the gate cannot be loaded', async () => {
    unloadable('gate');
    const gated = heldScript('offers', 'window.__uncheckedGateRan = 1;');
    // Firefox keeps the rendered check's failed load of the test above for the page: its report may come too.
    const { decided, problem } = await decideAndHear('accept-all', 'data-consent');
    expect(decided['offers']).to.equal(true);
    expect(problem.code).to.equal('chunk-load');
    expect(problem.message).to.contain('stays held back');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((window as { __uncheckedGateRan?: number }).__uncheckedGateRan).to.equal(undefined);
    expect(gated.type).to.equal('text/plain');
  });
});
