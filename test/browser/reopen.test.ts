// Coming back to a decision: a prompt reopened from "Privacy choices" opens at its top, gives the keyboard back
// when it closes, is brought into view inline; and on a phone with large text "Reject all" can always be reached.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { action, annualReport, nextFrame, shadow } from './helpers.js';

async function render(layout: 'banner' | 'dialog' | 'inline', style = ''): Promise<ConsentPrompt> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${style}>
      <button id="outside">Privacy choices</button>
      <consent-prompt layout=${layout} lang="en" storage="memory"></consent-prompt>
    </div>`,
  );
  const element = wrapper.querySelector('consent-prompt') as ConsentPrompt;
  const ready = oneEvent(element, 'consent-ready');
  element.config = await annualReport();
  await ready;
  await element.updateComplete;
  for (let i = 0; i < 3; i++) await nextFrame();
  return element;
}

const inViewport = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.top >= -0.5 && box.bottom <= window.innerHeight + 0.5 && box.height > 0;
};

describe('coming back to a decision', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('a banner reopened on a phone opens at its top, and gives the keyboard back when it closes', async () => {
    await setViewport({ width: 320, height: 568 });
    const element = await render('banner');
    element.recordHostDecision({ action: 'reject-all' });
    await element.updateComplete;
    const outside = document.getElementById('outside')!;
    outside.focus();
    element.show();
    await element.updateComplete;
    for (let i = 0; i < 3; i++) await nextFrame();
    expect(shadow(element).querySelector('.layout')!.scrollTop).to.equal(0);
    expect(inViewport(shadow(element).querySelector('[part="heading"]')!)).to.equal(true);
    element.close();
    await element.updateComplete;
    expect(document.activeElement).to.equal(outside);
  });

  it('an inline prompt shown from far down the page is brought into view, with the keyboard', async () => {
    const element = await render('inline', 'margin-block-start: 4000px');
    element.recordHostDecision({ action: 'reject-all' });
    window.scrollTo(0, 0);
    element.show();
    await element.updateComplete;
    for (let i = 0; i < 3; i++) await nextFrame();
    expect(document.activeElement).to.equal(element);
    expect(inViewport(shadow(element).querySelector('[part="heading"]')!)).to.equal(true);
    window.scrollTo(0, 0);
  });

  it('a dialog on a phone with large text keeps "Reject all" reachable, not pinned above its top', async () => {
    await setViewport({ width: 320, height: 568 });
    document.documentElement.style.fontSize = '32px';
    const element = await render('dialog', 'font-size: 32px');
    // Asked afresh: the memory storage of this page still holds the earlier tests' decisions.
    await element.forget();
    await element.updateComplete;
    for (let i = 0; i < 3; i++) await nextFrame();
    const reject = action(element, 'reject-all');
    reject.focus();
    for (let i = 0; i < 3; i++) await nextFrame();
    expect(inViewport(reject), JSON.stringify(reject.getBoundingClientRect())).to.equal(true);
  });
});
