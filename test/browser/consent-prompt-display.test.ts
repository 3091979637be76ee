// How the prompt adapts to the visitor's screen and settings: small and zoomed viewports, reduced motion, dark
// mode, and accessibility in every state.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport, emulateMedia } from '@web/test-runner-commands';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { waitUntil } from './wait.js';
import { annualReport, renderPrompt, shadow, action, toggle, trustedClick, collect } from './helpers.js';

const isFirefox = navigator.userAgent.includes('Firefox');

/** The prompt's visible parts that stick out of its box sideways. */
function partsOutside(root: ShadowRoot): string[] {
  const box = root.querySelector<HTMLElement>('[part="prompt"]')!.getBoundingClientRect();
  return [...root.querySelectorAll<HTMLElement>('[part="prompt"] *')]
    .filter((part) => part.checkVisibility() && !part.classList.contains('visually-hidden'))
    .filter((part) => {
      const rect = part.getBoundingClientRect();
      return rect.width > 0 && (rect.right > box.right + 1 || rect.left < box.left - 1);
    })
    .map((part) => `${part.localName}.${part.className || part.getAttribute('part')}`);
}

describe('<consent-prompt> on different screens and settings', () => {
  afterEach(async () => {
    document.querySelectorAll('consent-prompt').forEach((el) => el.remove());
    await setViewport({ width: 800, height: 600 });
  });

  // 320 CSS px wide is what a 640 px window shows at 200% zoom (WCAG 1.4.10 reflow).
  for (const layout of ['banner', 'dialog', 'inline'] as const) {
    it(`${layout}: at 320 px wide (200% zoom) nothing overflows sideways and every action is reachable`, async () => {
      await setViewport({ width: 320, height: 568 });
      const element = await renderPrompt(await annualReport(), { layout });
      const prompt = shadow(element).querySelector<HTMLElement>('[part="prompt"]')!;
      expect(prompt.scrollWidth, 'no horizontal scrolling').to.be.at.most(prompt.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320 + 1);
      for (const name of ['reject-all', 'save', 'accept-all'] as const) {
        const rect = action(element, name).getBoundingClientRect();
        expect(rect.width, name).to.be.greaterThan(100);
        if (layout !== 'inline') expect(rect.bottom, `${name} on screen`).to.be.at.most(568 + 1);
      }
      const sizes = (['reject-all', 'save', 'accept-all'] as const).map((name) => {
        const style = getComputedStyle(action(element, name));
        return [style.width, style.height];
      });
      expect(sizes[0]).to.deep.equal(sizes[1]);
      expect(sizes[1]).to.deep.equal(sizes[2]);
      await expect(element).to.be.accessible();
    });
  }

  // Text at 150% and 200% on a phone (a site's large type, or a visitor's larger default font): the heading, the
  // language and close buttons, the contact line and the purpose heads wrap instead of running off the side.
  for (const fontSize of ['24px', '32px'])
    for (const layout of ['banner', 'dialog', 'inline'] as const) {
      it(`${layout}: at 320 px wide with ${fontSize} text nothing sticks out sideways`, async () => {
        await setViewport({ width: 320, height: 568 });
        document.documentElement.style.fontSize = fontSize;
        try {
          const element = await renderPrompt(await annualReport(), { layout });
          const root = shadow(element);
          expect(partsOutside(root), 'parts outside the prompt').to.deep.equal([]);
          expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320 + 1);
          for (const control of root.querySelectorAll<HTMLElement>('.close, .language-button')) {
            const rect = control.getBoundingClientRect();
            expect(rect.right, `${control.className} on screen`).to.be.at.most(320 + 1);
          }
          // The close button's × grows with the text (1.25em of the prompt's size).
          const cross = root.querySelector('.close svg');
          if (cross) expect(cross.getBoundingClientRect().width).to.be.closeTo(1.25 * parseFloat(fontSize), 1);
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });
    }

  // German and Finnish compounds, a long Russian word: one word wider than a phone, in every place a title shows (the
  // purpose's head and the note under "Accept all" that names the separate-consent purposes it leaves out).
  for (const layout of ['banner', 'dialog', 'inline'] as const) {
    it(`${layout}: at 320 px wide a title longer than the screen wraps wherever it is shown`, async () => {
      await setViewport({ width: 320, height: 568 });
      const config = structuredClone(await annualReport()) as unknown as {
        purposes: { id: string; title: Record<string, string> }[];
      };
      const long: Record<string, string> = {
        'credit-scoring': 'Bonitätsbewertungdurchkreditversicherungsgesellschaften',
        'partner-sharing': 'Weitergabeanversicherungsvermittlungsgesellschaften',
        offers: 'Henkilökohtaistenostotarjoustenkohdentaminenkulutustietojenperusteella',
      };
      for (const purpose of config.purposes) if (long[purpose.id]) purpose.title['en'] = long[purpose.id]!;
      const element = await renderPrompt(config, { layout });
      const root = shadow(element);
      expect(root.querySelector('.accept-all-note')?.textContent).to.contain(long['partner-sharing']);
      expect(partsOutside(root), 'parts outside the prompt').to.deep.equal([]);
      const layoutBox = root.querySelector<HTMLElement>('.layout')!;
      expect(layoutBox.scrollWidth, 'no sideways scrolling in the prompt').to.be.at.most(layoutBox.clientWidth + 1);
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320 + 1);
    });
  }

  // A site's large type on a wide, short screen (a laptop, a landscape tablet): not a phone by the styles' query, yet
  // the heading, the actions and the note under them would leave the purposes no room.
  for (const layout of ['banner', 'dialog'] as const) {
    it(`${layout}: with 32 px text on a 1024 x 600 screen the purposes keep room, and nothing runs off the screen`, async () => {
      await setViewport({ width: 1024, height: 600 });
      document.documentElement.style.fontSize = '32px';
      try {
        const element = await renderPrompt(await annualReport(), { layout });
        const root = shadow(element);
        const body = root.querySelector<HTMLElement>('.body')!;
        const layoutBox = root.querySelector<HTMLElement>('.layout')!;
        // Measured once the words and their sizes have settled (a frame or two after the first render).
        const purposesShown = () =>
          body.clientHeight >= 600 / 4 ||
          (body.scrollHeight <= body.clientHeight + 1 && layoutBox.scrollHeight > layoutBox.clientHeight);
        await waitUntil(purposesShown, 'the purposes have room', { timeout: 2000 }).catch(() => undefined);
        expect(purposesShown(), `purposes region ${body.clientHeight} px of ${body.scrollHeight}`).to.equal(true);
        expect(layoutBox.getBoundingClientRect().bottom, 'the prompt ends on screen').to.be.at.most(600 + 1);
        for (const name of ['reject-all', 'save', 'accept-all'] as const) {
          const rect = action(element, name).getBoundingClientRect();
          expect(rect.bottom, `${name} on screen`).to.be.at.most(600 + 1);
          expect(rect.top, `${name} on screen`).to.be.at.least(0);
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  }

  it('has no transitions when the visitor prefers reduced motion', async function () {
    if (isFirefox) this.skip(); // emulateMedia is a Chromium DevTools command
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await renderPrompt(await annualReport());
    expect(getComputedStyle(action(element, 'save')).transitionDuration).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(action(element, 'save')).transitionDuration).not.to.equal('0s');
  });

  it('follows a dark colour scheme unless the site sets its own colours', async function () {
    if (isFirefox) this.skip(); // emulateMedia is a Chromium DevTools command
    await emulateMedia({ colorScheme: 'dark' });
    const element = await renderPrompt(await annualReport());
    const prompt = shadow(element).querySelector('[part="prompt"]')!;
    expect(getComputedStyle(prompt).backgroundColor).to.equal('rgb(30, 31, 34)');
    await expect(element).to.be.accessible();
    element.style.setProperty('--consent-background', 'rgb(1, 2, 3)');
    expect(getComputedStyle(prompt).backgroundColor).to.equal('rgb(1, 2, 3)');
    await emulateMedia({ colorScheme: 'light' });
    element.style.removeProperty('--consent-background');
    expect(getComputedStyle(prompt).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('dialog: on a page with its own <header>, adds no second banner landmark', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <header><h1>A shop</h1></header>
        <main></main>
      </div>`,
    );
    const element = await renderPrompt(await annualReport(), { layout: 'dialog' });
    expect(shadow(element).querySelector('header') === null, 'no <header> inside').to.equal(true);
    await expect(element).to.be.accessible();
    await expect(page).to.be.accessible();
  });

  it('dialog: an invalid config shows its message without making the page inert, then a valid one opens modally', async () => {
    const outside = await fixture<HTMLButtonElement>(html`<button type="button">Page</button>`);
    const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="dialog" lang="en"></consent-prompt>`);
    const failed = oneEvent(element, 'consent-error');
    element.config = { policy: {} };
    await failed;
    await element.updateComplete;
    const dialog = shadow(element).querySelector<HTMLDialogElement>('[part="prompt"]')!;
    const message = shadow(element).querySelector<HTMLElement>('[part="error"]')!;
    expect(message.textContent).to.contain('set up incorrectly');
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(false);
    const box = message.getBoundingClientRect();
    expect(box.width > 0 && box.height > 0, 'the message takes space on screen').to.equal(true);
    outside.focus();
    expect(document.activeElement === outside, 'the page stays usable').to.equal(true);
    const ready = oneEvent(element, 'consent-ready');
    element.config = await annualReport();
    await ready;
    await element.updateComplete;
    expect(dialog.matches(':modal')).to.equal(true);
    await expect(element).to.be.accessible();
    // And back: a valid config replaced by an invalid one leaves no modal without actions over an inert page.
    const invalid = await annualReport();
    delete (invalid.purposes[2]!.clause as Record<string, string>)['en'];
    const failedAgain = oneEvent(element, 'consent-error');
    element.config = invalid;
    await failedAgain;
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('[part="action"]')).to.have.length(0);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(false);
    outside.focus();
    expect(document.activeElement === outside, 'the page is usable again').to.equal(true);
  });

  it('is accessible in every state: loading, toggled, decided', async () => {
    const loading = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline"></consent-prompt>`);
    // Listened for first: the config may be read and shown while the check below runs.
    const ready = oneEvent(loading, 'consent-ready');
    loading.src = '/test/fixtures/annual-report.json';
    await loading.updateComplete;
    await expect(loading).to.be.accessible();
    await ready;

    const element = await renderPrompt(await annualReport());
    await trustedClick(toggle(element, 'offers'));
    await element.updateComplete;
    await expect(element).to.be.accessible();
    await trustedClick(action(element, 'save'));
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="status"]')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('keeps what the visitor reads and decides out of a theme’s reach', async () => {
    // A hostile theme: switches drawn inverted and see-through, relabelled actions, hidden notices and Withdraw,
    // clauses squeezed to nothing.
    const style = document.createElement('style');
    style.textContent = `
      consent-prompt { --consent-clause-max-height: 0px; }
      consent-prompt::part(toggle) { appearance: none; opacity: 0; visibility: hidden; }
      consent-prompt::part(action)::before { content: 'Accept all'; }
      consent-prompt::part(action)::after { content: 'Accept all'; }
      consent-prompt::part(purpose) { position: relative; }
      consent-prompt::part(purpose)::before { content: '\\2713'; position: absolute; inset: 0; }
      consent-prompt::part(purpose-title)::after { content: ' ✔ Allowed'; }
      consent-prompt::part(language-notice) { display: none !important; }
      consent-prompt::part(withdraw) { display: none !important; }
      consent-prompt::part(clause) { max-block-size: 0 !important; block-size: 0; overflow: hidden; opacity: 0; }
      /* Hidden or blanked other ways (an audit's): filters, transforms, clips, masks, transparent words. */
      consent-prompt::part(toggle) { filter: opacity(0) !important; transform: scale(0) !important; }
      consent-prompt::part(clause) { color: transparent !important; -webkit-text-fill-color: transparent !important;
        filter: opacity(0) !important; clip-path: inset(50%) !important; }
      consent-prompt::part(withdraw) { filter: opacity(0) !important; mask: linear-gradient(transparent, transparent) !important; }
      consent-prompt::part(accept-all-note), consent-prompt::part(necessary-badge) { display: none !important; }
      /* Drawn over a neighbour: a reflection, a mask border, shadows of the words, an underline moved up. */
      consent-prompt::part(actions) { -webkit-mask-box-image: linear-gradient(to right, transparent 34%, #000 34%) !important; }
      consent-prompt::part(action) { -webkit-box-reflect: left 8px !important; text-shadow: -100px 0 #fff !important;
        text-decoration: underline 30px #fff !important; text-underline-offset: -70px !important; }
    `;
    document.head.append(style);
    try {
      const element = await renderPrompt(await annualReport(), { lang: 'zh-TW' });
      const offers = toggle(element, 'offers');
      expect(getComputedStyle(offers).appearance).to.equal('auto');
      expect(getComputedStyle(offers).opacity).to.equal('1');
      expect(getComputedStyle(offers).visibility).to.equal('visible');
      expect([getComputedStyle(offers).filter, getComputedStyle(offers).transform]).to.deep.equal(['none', 'none']);
      const actions = shadow(element).querySelector<HTMLElement>('[part="actions"]')!;
      const unset = (style: CSSStyleDeclaration, name: string) => ['', 'none'].includes(style.getPropertyValue(name));
      expect(unset(getComputedStyle(actions), '-webkit-mask-box-image-source'), 'mask border').to.equal(true);
      for (const name of ['reject-all', 'save', 'accept-all'] as const) {
        const style = getComputedStyle(action(element, name));
        expect(style.textShadow, name).to.equal('none');
        expect(unset(style, '-webkit-box-reflect'), `${name} reflection`).to.equal(true);
        expect(style.textUnderlineOffset, name).to.equal('auto');
        expect(style.textDecorationThickness, name).to.equal('auto');
      }
      for (const part of ['accept-all-note', 'necessary-badge']) {
        const shown = shadow(element).querySelector<HTMLElement>(`[part="${part}"]`)!;
        expect(getComputedStyle(shown).display, part).to.not.equal('none');
        expect(shown.getBoundingClientRect().height, part).to.be.greaterThan(0);
      }
      for (const name of ['reject-all', 'save', 'accept-all'] as const) {
        expect(getComputedStyle(action(element, name), '::before').content, name).to.equal('none');
        expect(getComputedStyle(action(element, name), '::after').content, name).to.equal('none');
      }
      // No part draws marks or words of the page's: a tick laid over a switch, "Allowed" after a title.
      for (const part of shadow(element).querySelectorAll('[part]')) {
        for (const pseudo of ['::before', '::after'])
          expect(getComputedStyle(part, pseudo).content, `${part.getAttribute('part')}${pseudo}`).to.equal('none');
      }
      const notice = shadow(element).querySelector<HTMLElement>('[part="language-notice"]')!;
      expect(getComputedStyle(notice).display).to.equal('block');
      const clause = shadow(element).querySelector<HTMLElement>('li[data-purpose="offers"] [part="clause"]')!;
      expect(clause.getBoundingClientRect().height, 'a clause shows several lines').to.be.greaterThan(50);
      expect(getComputedStyle(clause).opacity).to.equal('1');
      const clauseStyle = getComputedStyle(clause);
      expect([clauseStyle.filter, clauseStyle.clipPath]).to.deep.equal(['none', 'none']);
      expect(clauseStyle.color).to.equal(getComputedStyle(clause.parentElement!).color);
      expect(clauseStyle.color).to.not.equal('rgba(0, 0, 0, 0)');
      expect(clauseStyle.getPropertyValue('-webkit-text-fill-color')).to.equal(clauseStyle.color);
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'accept-all'));
      await decision;
      element.open = true;
      await element.updateComplete;
      const withdraw = shadow(element).querySelector<HTMLElement>('[part="withdraw"]')!;
      expect(getComputedStyle(withdraw).display).to.not.equal('none');
      expect([getComputedStyle(withdraw).filter, getComputedStyle(withdraw).maskImage]).to.deep.equal(['none', 'none']);
      expect(withdraw.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      style.remove();
    }
  });

  it('counts no click on a switch or an action the page made all but invisible (clickjacking)', async () => {
    const style = document.createElement('style');
    document.head.append(style);
    try {
      // The switches' own opacity is fixed (see the theme test above): only what is around them can fade them.
      for (const [css, switchesHidden] of [
        ['consent-prompt { opacity: 0 !important; }', true],
        ['consent-prompt::part(prompt) { opacity: 0.05 !important; }', true],
        ['consent-prompt::part(action) { opacity: 0 !important; }', false],
        ['consent-prompt { filter: opacity(0) !important; }', true],
        ['consent-prompt { filter: opacity(10%) !important; }', true],
        ['div.around { opacity: 0.1; }', true],
      ] as const) {
        style.textContent = css;
        const wrapper = await fixture<HTMLDivElement>(html`<div class="around"></div>`);
        const element = document.createElement('consent-prompt') as ConsentPrompt;
        element.setAttribute('layout', 'inline');
        element.setAttribute('lang', 'en');
        wrapper.append(element);
        const ready = oneEvent(element, 'consent-ready');
        element.config = await annualReport();
        await ready;
        await element.updateComplete;
        const errors = collect(element, 'consent-error');
        const decided = collect(element, 'consent-decision');
        if (switchesHidden) {
          await trustedClick(toggle(element, 'offers'));
          expect(toggle(element, 'offers').matches(':checked'), css).to.equal(false);
        }
        await trustedClick(action(element, 'accept-all'));
        await element.updateComplete;
        expect(decided.length, css).to.equal(0);
        expect(element.decisions, css).to.equal(null);
        const refused = errors.flatMap((event) => event.detail.problems).filter((p) => p.code === 'not-shown');
        expect(
          refused.map((p) => p.path),
          css,
        ).to.deep.equal(switchesHidden ? ['toggles', 'actions'] : ['actions']);
        wrapper.remove();
      }
      // Half faded, as a page fading in is for a moment, the click is the visitor's.
      style.textContent = 'consent-prompt { opacity: 0.5; }';
      const element = await renderPrompt(await annualReport());
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'reject-all'));
      expect((await decision).detail.action).to.equal('reject-all');
    } finally {
      style.remove();
    }
  });

  it('keeps the actions equal and the words readable whatever a theme gives their parts', async () => {
    // An audit's theme: the actions' tracks, alignment and widths set apart through ::part(actions) and
    // ::part(action); clauses, the note and the badge shrunk, pushed away, blanked through their parent; switches taken away.
    const style = document.createElement('style');
    style.textContent = `
      consent-prompt::part(actions) { display: flex !important; grid-template-columns: 3rem 3rem 1fr !important;
        grid-template-rows: 0.5rem 0.5rem 8rem !important; justify-items: start !important; align-items: start !important; }
      consent-prompt::part(action) { inline-size: max-content !important; justify-self: start !important;
        grid-area: 1 / 1 !important; }
      consent-prompt::part(purpose) { color: transparent !important; }
      consent-prompt::part(clause) { font-size: 0 !important; text-indent: -99999px !important; white-space: normal !important;
        line-height: 0 !important; letter-spacing: -1em !important; text-transform: uppercase !important; }
      consent-prompt::part(accept-all-note), consent-prompt::part(necessary-badge) { color: transparent !important;
        font-size: 0 !important; }
      consent-prompt::part(toggle) { display: none !important; inline-size: 0 !important; }
    `;
    document.head.append(style);
    try {
      for (const [layout, width] of [
        ['banner', 1000],
        ['inline', 1000],
        ['dialog', 1000],
        ['banner', 400],
      ] as const) {
        await setViewport({ width, height: 800 });
        const element = await renderPrompt(await annualReport(), { layout });
        const sizes = (['reject-all', 'save', 'accept-all'] as const).map((name) => {
          const box = action(element, name).getBoundingClientRect();
          return `${Math.round(box.width)}x${Math.round(box.height)}`;
        });
        expect(new Set(sizes).size, `${layout} at ${width}: ${sizes.join(', ')}`).to.equal(1);
        // Each in its own place: not all three stacked in one grid cell, the last drawn over the others.
        const places = (['reject-all', 'save', 'accept-all'] as const).map((name) => {
          const box = action(element, name).getBoundingClientRect();
          return `${Math.round(box.left)},${Math.round(box.top)}`;
        });
        expect(new Set(places).size, `${layout} at ${width}: ${places.join(' ')}`).to.equal(3);
        const clause = getComputedStyle(shadow(element).querySelector('[part="clause"]')!);
        expect(parseFloat(clause.fontSize), layout).to.be.at.least(12);
        expect(parseFloat(clause.lineHeight), layout).to.be.at.least(14);
        expect(
          [clause.whiteSpace, clause.textIndent, clause.textTransform, clause.letterSpacing],
          layout,
        ).to.deep.equal(['pre-wrap', '0px', 'none', 'normal']);
        expect(clause.color, layout).to.not.equal('rgba(0, 0, 0, 0)');
        for (const part of ['accept-all-note', 'necessary-badge']) {
          const shown = getComputedStyle(shadow(element).querySelector(`[part="${part}"]`)!);
          expect(parseFloat(shown.fontSize), part).to.be.at.least(12);
          expect(shown.color, part).to.not.equal('rgba(0, 0, 0, 0)');
        }
        const offers = toggle(element, 'offers');
        expect(getComputedStyle(offers).display, layout).to.not.equal('none');
        expect(offers.getBoundingClientRect().width, layout).to.be.greaterThan(10);
        element.remove();
      }
    } finally {
      style.remove();
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('themes through one ::part(action) and one set of properties for all three actions', async () => {
    const style = document.createElement('style');
    style.textContent = `consent-prompt.themed { --consent-action-background: rgb(10, 20, 30); --consent-action-color: rgb(250, 250, 250); }
      consent-prompt.themed::part(action) { border-radius: 0; }`;
    document.head.append(style);
    const element = await renderPrompt(await annualReport());
    element.classList.add('themed');
    const looks = (['reject-all', 'save', 'accept-all'] as const).map((name) => {
      const s = getComputedStyle(action(element, name));
      return [s.backgroundColor, s.color, s.borderTopLeftRadius];
    });
    expect(looks[0]).to.deep.equal(['rgb(10, 20, 30)', 'rgb(250, 250, 250)', '0px']);
    expect(looks[1]).to.deep.equal(looks[0]);
    expect(looks[2]).to.deep.equal(looks[0]);
    style.remove();
  });
});
