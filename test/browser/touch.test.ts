// Phones: a tap counts where it began. A finger that touched the page before the prompt was painted lifts over
// whatever is under it by then, and Chromium sends the click there: that is no choice of the visitor's. Chromium
// only (the touch command, see web-test-runner.config.mjs): Firefox's WebDriver BiDi touch actions make no click.
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { action, annualReport, collect, nextFrame } from './helpers.js';

type Touch = { type: 'start'; x: number; y: number } | { type: 'end' };
const touch = (payload: Touch) => executeServerCommand<{ supported: boolean }, Touch>('unticked-touch', payload);

/** An inline prompt at the top of the page, painted. */
async function showPrompt(): Promise<ConsentPrompt> {
  const element = document.createElement('consent-prompt') as ConsentPrompt;
  element.setAttribute('layout', 'inline');
  element.setAttribute('lang', 'en');
  const ready = oneEvent(element, 'consent-ready');
  element.config = await annualReport();
  document.body.prepend(element);
  await ready;
  await element.updateComplete;
  // Painted: two frames after its last update.
  await nextFrame();
  await nextFrame();
  return element;
}

/** The centre of "Accept all", in the viewport, once it is scrolled into view. */
function acceptCentre(element: ConsentPrompt): { x: number; y: number } {
  const button = action(element, 'accept-all');
  button.scrollIntoView({ block: 'center' });
  const box = button.getBoundingClientRect();
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
}

describe('<consent-prompt> on a touch screen', () => {
  afterEach(async () => {
    await touch({ type: 'end' }).catch(() => undefined);
    document.querySelectorAll('consent-prompt, [data-touch-page]').forEach((el) => el.remove());
  });

  it('counts a tap on "Accept all" made while the prompt is on screen', async function () {
    const element = await showPrompt();
    const at = acceptCentre(element);
    const decision = oneEvent(element, 'consent-decision');
    const { supported } = await touch({ type: 'start', ...at });
    if (!supported) this.skip();
    await new Promise((resolve) => setTimeout(resolve, 120));
    await touch({ type: 'end' });
    const { detail } = await decision;
    expect(detail.action).to.equal('accept-all');
    expect(detail.source).to.equal('visitor');
  });

  it('records nothing for a tap whose finger went down before the prompt was painted', async function () {
    // Where "Accept all" will be: measured on a prompt shown the same way, then taken away.
    const measured = await showPrompt();
    const at = acceptCentre(measured);
    const scroll = window.scrollY;
    measured.remove();
    // The page's own content is under the finger when it goes down.
    const page = document.createElement('div');
    page.dataset['touchPage'] = '';
    page.style.cssText = 'position: fixed; inset: 0; background: #eee';
    document.body.append(page);
    const { supported } = await touch({ type: 'start', ...at });
    if (!supported) this.skip();
    page.remove();
    const element = await showPrompt();
    window.scrollTo(0, scroll);
    await nextFrame();
    const decisions = collect(element, 'consent-decision');
    const errors = collect(element, 'consent-error');
    await touch({ type: 'end' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(decisions.map((event) => event.detail.action)).to.deep.equal([]);
    expect(element.decision('offers')).to.equal(null);
    // The finger was on "Accept all" when it came up, so the click reached it and was refused.
    expect(errors.map((event) => event.detail.problems[0]?.code)).to.include('not-shown');
  });
});
