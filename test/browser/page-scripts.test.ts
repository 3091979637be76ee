// What a script of the host page cannot do: record a decision the visitor did not make, by reaching into the
// element, by polluting Object.prototype, or by switching the language between what was painted and the click.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import type { ConsentDecisionEvent } from '../../src/events/index.js';
import {
  action,
  annualReport,
  collect,
  forgetRememberedDecisions,
  nextFrame,
  shadow,
  trustedClick,
} from './helpers.js';

/** Every object reachable from the element's own properties, two steps deep (through Sets, Maps and arrays). */
function reachable(element: object): unknown[] {
  const found: unknown[] = [];
  const visit = (value: unknown, depth: number) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') || found.includes(value)) return;
    found.push(value);
    if (depth === 0) return;
    const children =
      value instanceof Set || value instanceof Map
        ? [...value.values()]
        : Object.getOwnPropertyNames(value).map((key) => {
            try {
              return (value as Record<string, unknown>)[key];
            } catch {
              return undefined;
            }
          });
    for (const child of children) visit(child, depth - 1);
  };
  // The element's own public methods (forget(), recordHostDecision()) are the documented API.
  found.push(element);
  for (const key of Object.getOwnPropertyNames(element)) visit((element as Record<string, unknown>)[key], 2);
  return found.slice(1);
}

const RECORDING_METHODS = ['decided', 'remember', 'recall', 'forget', 'setLanguage', 'emitDecision', 'onSync'];

async function renderInWrapper(lang = 'en'): Promise<{ wrapper: HTMLDivElement; element: ConsentPrompt }> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><consent-prompt layout="inline" storage="memory"></consent-prompt></div>`,
  );
  const element = wrapper.querySelector('consent-prompt') as ConsentPrompt;
  const ready = oneEvent(element, 'consent-ready');
  element.config = await annualReport();
  await ready;
  await element.updateComplete;
  await nextFrame();
  await nextFrame();
  return { wrapper, element };
}

describe('page scripts cannot decide for the visitor', () => {
  beforeEach(forgetRememberedDecisions);

  it('reach no object of the element that records decisions or switches the language', async () => {
    const { element } = await renderInWrapper();
    const methods = reachable(element).flatMap((value) =>
      RECORDING_METHODS.filter((name) => typeof (value as Record<string, unknown>)[name] === 'function'),
    );
    expect(methods).to.deep.equal([]);
    for (const name of ['emitDecision', 'onSync', 'acceptConfig', 'dropDecisions', 'failLoad', 'loadFromUrl']) {
      expect((element as unknown as Record<string, unknown>)[name], name).to.equal(undefined);
    }
    // What the controllers' stand-ins expose is the host's lifecycle only: calling it records nothing.
    for (const value of reachable(element)) {
      const candidate = value as Record<string, unknown>;
      if (typeof candidate['hostConnected'] === 'function') (candidate['hostConnected'] as () => void)();
    }
    expect(element.decision('offers')).to.equal(null);
  });

  it('cannot make an optional purpose necessary through Object.prototype', async () => {
    const polluted = Object.prototype as Record<string, unknown>;
    polluted['necessary'] = true;
    try {
      const { element } = await renderInWrapper();
      const switches = shadow(element).querySelectorAll('input[data-purpose]');
      expect([...switches].map((input) => (input as HTMLInputElement).dataset['purpose'])).to.have.members([
        'credit-scoring',
        'offers',
        'partner-sharing',
      ]);
      expect(action(element, 'reject-all')).to.exist;
    } finally {
      delete polluted['necessary'];
    }
  });

  it('records the language that was painted, not one a script switched to before the click', async () => {
    const { element } = await renderInWrapper();
    const decisions = collect(element, 'consent-decision');
    const button = action(element, 'reject-all');
    const rect = button.getBoundingClientRect();
    expect(rect.height).to.be.greaterThan(0);
    // Runs before the button's own handler, in the same task as the click: the Chinese text is never painted.
    const switchLanguage = () => element.setAttribute('lang', 'zh-CN');
    window.addEventListener('click', switchLanguage, { capture: true, once: true });
    try {
      await trustedClick(button);
    } finally {
      window.removeEventListener('click', switchLanguage, { capture: true });
    }
    await waitUntil(() => decisions.length === 1 && decisions[0]!.detail.receipt, 'a signed decision');
    const detail = (decisions[0] as ConsentDecisionEvent).detail;
    expect(detail.shown['offers']!.language).to.equal('en');
    expect(detail.language).to.equal('en');
    const payload = detail.receipt!.payload;
    expect(payload.language).to.equal('en');
    expect(payload['urn:unticked:consent'].decisions.map((decision) => decision.language)).to.deep.equal([
      'en',
      'en',
      'en',
      'en',
    ]);
  });

  it('follows a lang changed on an element around the prompt, and records what is then shown', async () => {
    const { wrapper, element } = await renderInWrapper();
    const english = shadow(element).textContent ?? '';
    wrapper.setAttribute('lang', 'zh-CN');
    await waitUntil(() => (shadow(element).textContent ?? '') !== english, 'the prompt re-rendered in Chinese');
    await element.updateComplete;
    await nextFrame();
    await nextFrame();
    const decisions = collect(element, 'consent-decision');
    await trustedClick(action(element, 'reject-all'));
    await waitUntil(() => decisions.length === 1, 'a decision');
    expect(decisions[0]!.detail.shown['offers']!.language).to.equal('zh-CN');
  });

  it('cannot edit the receipt it was given into what is remembered', async () => {
    const { element } = await renderInWrapper();
    let edited: unknown = 'not tried';
    element.addEventListener('consent-decision', (event) => {
      const claim = (event as ConsentDecisionEvent).detail.receipt?.payload['urn:unticked:consent'] as
        Record<string, unknown> | undefined;
      try {
        if (claim) claim['action'] = 'accept-all';
        edited = claim?.['action'];
      } catch (error) {
        edited = error;
      }
    });
    const decisions = collect(element, 'consent-decision');
    await trustedClick(action(element, 'reject-all'));
    await waitUntil(() => decisions.length === 1 && decisions[0]!.detail.receipt, 'a signed decision');
    expect(edited).to.satisfy((value: unknown) => value === 'reject-all' || value instanceof TypeError);
    expect(Object.isFrozen(decisions[0]!.detail.receipt!.payload)).to.equal(true);
    expect(element.decision('offers')).to.equal(false);
  });
});
