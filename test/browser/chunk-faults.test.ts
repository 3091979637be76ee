// Popovers when Floating UI cannot be loaded (a chunk missing from a deploy, a network that drops it): they still
// open where the visitor can use them, and the host hears why. Its own file: a module that failed to load in a page
// may stay failed there.
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { annualReport, renderPrompt, shadow, trustedClick, collect } from './helpers.js';

describe('<consent-prompt> popovers without Floating UI', () => {
  afterEach(() => {
    document.cookie = 'unticked-unloadable=; path=/; max-age=0';
    document.querySelectorAll('consent-prompt').forEach((el) => el.remove());
  });

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
