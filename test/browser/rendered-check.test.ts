// The prompt checks itself as rendered, after the host's theme and outside CSS: a theme that makes the actions
// unequal, unreadable, hidden or unreachable is reported as a consent-error with a lint code.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { annualReport, collect, nextFrame } from './helpers.js';

async function render(layout: 'banner' | 'dialog' | 'inline', style = '', inside?: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  const element = document.createElement('consent-prompt') as ConsentPrompt;
  element.layout = layout;
  element.setAttribute('storage', 'memory');
  if (style) element.setAttribute('class', 'themed');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(style);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const errors = collect(element, 'consent-error');
  wrapper.append(element);
  const ready = oneEvent(element, 'consent-ready');
  element.config = await annualReport();
  await ready;
  await element.updateComplete;
  if (inside) {
    // CSS put inside the shadow root by a script: the most a page can do to single one action out.
    const shadowSheet = new CSSStyleSheet();
    shadowSheet.replaceSync(inside);
    element.shadowRoot!.adoptedStyleSheets = [...element.shadowRoot!.adoptedStyleSheets, shadowSheet];
  }
  for (let i = 0; i < 4; i++) await nextFrame();
  const cleanup = () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet));
  return { element, errors, cleanup };
}

const lintCodes = (errors: ReturnType<typeof collect<'consent-error'>>) =>
  errors.flatMap((e) => e.detail.problems.map((p) => p.code)).filter((code) => code.startsWith('lint-'));

describe('the rendered-prompt check', () => {
  afterEach(() => document.querySelectorAll('consent-prompt').forEach((el) => el.remove()));

  for (const layout of ['banner', 'dialog', 'inline'] as const) {
    it(`finds nothing wrong with the default theme (${layout})`, async () => {
      const { errors, element } = await render(layout);
      expect(lintCodes(errors)).to.deep.equal([]);
      element.remove();
    });
  }

  it('reports a theme whose action text is unreadable', async () => {
    const { errors, cleanup } = await render(
      'inline',
      'consent-prompt.themed { --consent-action-color: #d0d0d0; --consent-action-background: #ffffff; }',
    );
    await waitUntil(() => lintCodes(errors).length > 0, 'a lint error');
    expect(lintCodes(errors)).to.include('lint-contrast');
    expect(errors[0]!.detail.source).to.equal('load');
    cleanup();
  });

  it('reports one action singled out from inside, as unequal and hidden', async () => {
    const { errors, cleanup } = await render(
      'banner',
      '',
      '[data-action="reject-all"] { opacity: 0.2; font-size: 10px; }',
    );
    // The check ran before the sheet was adopted; reopening checks again.
    const element = document.querySelector('consent-prompt') as ConsentPrompt;
    element.close();
    await element.updateComplete;
    element.show();
    await element.updateComplete;
    await waitUntil(() => lintCodes(errors).length > 0, 'a lint error');
    expect(lintCodes(errors)).to.include('lint-actions-unequal');
    expect(lintCodes(errors)).to.include('lint-hidden');
    cleanup();
  });

  it('reports actions pushed out of the viewport in a banner', async () => {
    const { errors, cleanup } = await render('banner', '', '.footer { position: relative; top: 4000px; }');
    const element = document.querySelector('consent-prompt') as ConsentPrompt;
    element.close();
    await element.updateComplete;
    element.show();
    await element.updateComplete;
    await waitUntil(() => lintCodes(errors).length > 0, 'a lint error');
    expect(lintCodes(errors)).to.include('lint-offscreen');
    cleanup();
  });
});
