// What a script of the host page cannot do: record a decision the visitor did not make, by reaching into the
// element, by polluting Object.prototype, or by switching the language between what was painted and the click.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { sendKeys } from '@web/test-runner-commands';
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

type ClickPart = { element: Element; handleEvent: (event: unknown) => void };

/** The click listeners Lit keeps in the element's shadow root (each binding's part has a handleEvent(event)). */
function litClickParts(element: ConsentPrompt, selector: string): ClickPart[] {
  const parts: ClickPart[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 60) return;
    seen.add(value);
    if (value instanceof Node) return;
    const part = value as { element?: unknown; handleEvent?: unknown; name?: unknown };
    if (typeof part.handleEvent === 'function' && part.element instanceof Element && part.name === 'click') {
      parts.push(part as ClickPart);
    }
    for (const key of Object.getOwnPropertyNames(value)) {
      try {
        visit((value as Record<string, unknown>)[key], depth + 1);
      } catch {
        // A getter that throws is no way in.
      }
    }
  };
  const root = shadow(element) as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(root)) visit(root[key], 0);
  return parts.filter((part) => part.element.matches(selector));
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

  it('cannot call the listeners Lit keeps in the shadow root with a look-alike event', async () => {
    const { element } = await renderInWrapper();
    const clickParts = (selector: string) => litClickParts(element, selector);
    expect(clickParts('input[data-purpose="offers"]'), 'the toggle listener is reachable').to.have.length(1);
    expect(clickParts('[data-action="accept-all"]'), 'the action listener is reachable').to.have.length(1);

    // Earlier tests of this page may have left a refusal in force; "Accept all" would make it a grant.
    const before = element.decision('offers');
    expect(before).to.not.equal(true);
    const decisions = collect(element, 'consent-decision');
    const toggles = collect(element, 'consent-toggle');
    const lookAlikes = (target: Element) => [
      { isTrusted: true, currentTarget: target, target, preventDefault() {} },
      Object.create(MouseEvent.prototype, {
        isTrusted: { value: true },
        currentTarget: { value: target },
        target: { value: target },
      }) as unknown,
    ];
    for (const part of [...clickParts('input[data-purpose]'), ...clickParts('[data-action]')]) {
      for (const fake of lookAlikes(part.element)) {
        try {
          part.handleEvent(fake);
        } catch {
          // Refusing by throwing would do too; what matters is that nothing is recorded.
        }
      }
    }
    await element.updateComplete;
    expect(toggles).to.have.length(0);
    expect(decisions).to.have.length(0);
    expect(element.decision('offers')).to.equal(before);
    // The visitor's own click still counts.
    await trustedClick(action(element, 'reject-all'));
    await waitUntil(() => decisions.length === 1, 'the visitor’s decision');
  });

  it('cannot make the trusted check answer yes by replacing Function.prototype.call', async () => {
    const { element } = await renderInWrapper();
    const decisions = collect(element, 'consent-decision');
    const toggles = collect(element, 'consent-toggle');
    const isTrusted = Object.getOwnPropertyDescriptor(new Event(''), 'isTrusted')!.get!;
    const originalCall = Object.getOwnPropertyDescriptor(Function.prototype, 'call')!;
    // Every getter.call(event) of the isTrusted getter now answers true; everything else works as before.
    Object.defineProperty(Function.prototype, 'call', {
      ...originalCall,
      value: function (this: (...args: unknown[]) => unknown, self: unknown, ...args: unknown[]) {
        return this === isTrusted ? true : Reflect.apply(this, self, args);
      },
    });
    try {
      shadow(element).querySelector<HTMLInputElement>('input[data-purpose="offers"]')!.click();
      action(element, 'save').click();
      action(element, 'accept-all').click();
    } finally {
      Object.defineProperty(Function.prototype, 'call', originalCall);
    }
    await element.updateComplete;
    expect(toggles).to.have.length(0);
    expect(decisions).to.have.length(0);
    expect(element.decision('offers')).to.not.equal(true);
  });

  it('cannot hand the visitor’s own click on something else to a listener of the prompt', async () => {
    const { wrapper, element } = await renderInWrapper();
    const decisions = collect(element, 'consent-decision');
    const toggles = collect(element, 'consent-toggle');
    const [offersPart] = litClickParts(element, 'input[data-purpose="offers"]');
    const [acceptPart] = litClickParts(element, '[data-action="accept-all"]');
    expect(offersPart && acceptPart, 'the listeners are reachable').to.be.ok;
    // The page's own newsletter box: its genuine click is passed to the prompt's switch for "offers".
    const newsletter = document.createElement('input');
    newsletter.type = 'checkbox';
    wrapper.prepend(newsletter);
    newsletter.addEventListener('click', (event) => offersPart!.handleEvent(event));
    // The visitor's genuine click on "Reject all" is also passed to "Accept all"'s listener.
    const reject = action(element, 'reject-all');
    reject.addEventListener('click', (event) => acceptPart!.handleEvent(event));
    await trustedClick(newsletter);
    expect(newsletter.checked, 'the page’s own box works').to.equal(true);
    // Nor a click on the purpose's title, though its list item carries the same data-purpose as the switch.
    const title = shadow(element).querySelector<HTMLElement>('li[data-purpose="offers"] [part="purpose-title"]')!;
    title.closest('li')!.addEventListener('click', (event) => offersPart!.handleEvent(event));
    await trustedClick(title);
    expect(toggles).to.have.length(0);
    expect(shadow(element).querySelector<HTMLInputElement>('input[data-purpose="offers"]')!.checked).to.equal(false);
    await trustedClick(reject);
    await waitUntil(() => decisions.length > 0, 'the visitor’s decision');
    await element.updateComplete;
    expect(decisions.map((event) => event.detail.action)).to.deep.equal(['reject-all']);
    expect(element.decision('offers')).to.equal(false);
  });

  it('cannot hand the visitor’s click on one button to another’s listener by swapping their attributes', async () => {
    const { element } = await renderInWrapper();
    const decisions = collect(element, 'consent-decision');
    const toggles = collect(element, 'consent-toggle');
    const [acceptPart] = litClickParts(element, '[data-action="accept-all"]');
    const [sharingPart] = litClickParts(element, 'input[data-purpose="partner-sharing"]');
    expect(acceptPart && sharingPart, 'the listeners are reachable').to.be.ok;
    // The visitor clicks "Reject all"; the page stops the prompt's own listener, gives the button "Accept all"'s
    // data-action for the moment, and hands the click to "Accept all"'s listener. The same with two switches.
    const reject = action(element, 'reject-all');
    const offers = shadow(element).querySelector<HTMLInputElement>('input[data-purpose="offers"]')!;
    const swap = (control: Element, attribute: string, value: string, part: { handleEvent(event: Event): void }) =>
      control.addEventListener(
        'click',
        (event) => {
          event.stopImmediatePropagation();
          const was = control.getAttribute(attribute)!;
          control.setAttribute(attribute, value);
          try {
            part.handleEvent(event);
          } finally {
            control.setAttribute(attribute, was);
          }
        },
        true,
      );
    swap(reject, 'data-action', 'accept-all', acceptPart!);
    swap(offers, 'data-purpose', 'partner-sharing', sharingPart!);
    await trustedClick(offers);
    await trustedClick(reject);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await element.updateComplete;
    expect(toggles.map((event) => event.detail.purposeId)).to.not.include('partner-sharing');
    expect(decisions.map((event) => event.detail.action)).to.deep.equal([]);
    expect(element.decision('partner-sharing')).to.not.equal(true);
  });

  it('cannot turn Enter pressed in a field of the page into a click on one of its buttons by moving the focus', async () => {
    const { wrapper, element } = await renderInWrapper();
    const decisions = collect(element, 'consent-decision');
    const toggles = collect(element, 'consent-toggle');
    // The page's search field: as the visitor presses Enter in it, the page focuses "Accept all" (or a switch), and
    // the browser's trusted click from that key press lands there.
    const field = document.createElement('input');
    wrapper.prepend(field);
    let target: HTMLElement = action(element, 'accept-all');
    // Through a frame first: the window's blur that this makes must not end the key press the visitor began.
    const frame = document.createElement('iframe');
    wrapper.append(frame);
    let throughFrame = false;
    field.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      if (throughFrame) frame.contentWindow!.focus();
      target.focus();
    });
    // Space as a character: Firefox's WebDriver BiDi knows no key named "Space".
    for (const key of ['Enter', ' ', 'Enter']) {
      target = action(element, 'accept-all');
      field.focus();
      await sendKeys({ press: key });
      target = shadow(element).querySelector<HTMLInputElement>('input[data-purpose="offers"]')!;
      field.focus();
      await sendKeys({ press: key });
      throughFrame = true;
    }
    await nextFrame();
    await element.updateComplete;
    expect(decisions.map((event) => event.detail.action)).to.deep.equal([]);
    expect(toggles).to.have.length(0);
    expect(shadow(element).querySelector('input[data-purpose="offers"]')!.matches(':checked')).to.equal(false);
    // The visitor's own Enter on "Accept all" still decides.
    action(element, 'accept-all').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => decisions.length > 0, 'the visitor’s own key press decides');
    expect(decisions.map((event) => [event.detail.action, event.detail.source])).to.deep.equal([
      ['accept-all', 'visitor'],
    ]);
    // Memory storage lasts as long as the page: the next test starts with no decision.
    await element.forget();
  });

  it('undoes at once, and reports, a switch a script ticks by checked, the checked attribute or defaultChecked', async () => {
    const { element } = await renderInWrapper();
    const decisions = collect(element, 'consent-decision');
    const errors = collect(element, 'consent-error');
    const toggles = collect(element, 'consent-toggle');
    const offers = () => shadow(element).querySelector<HTMLInputElement>('input[data-purpose="offers"]')!;
    const attempts: [string, () => void][] = [
      ['checked = true', () => (offers().checked = true)],
      ['setAttribute("checked")', () => offers().setAttribute('checked', '')],
      ['defaultChecked = true', () => (offers().defaultChecked = true)],
    ];
    for (const [what, attempt] of attempts) {
      const before = errors.length;
      attempt();
      await waitUntil(() => errors.length > before, `${what}: reported`);
      await element.updateComplete;
      expect(offers().matches(':checked'), `${what}: drawn unticked`).to.equal(false);
      expect(offers().checked, `${what}: reads unticked`).to.equal(false);
      expect(
        errors.at(-1)!.detail.problems.map((problem) => problem.code),
        what,
      ).to.deep.equal(['tampered']);
    }
    expect(toggles).to.have.length(0);
    // The visitor's own choices still count: they tick "offers" and save.
    await trustedClick(offers());
    expect(offers().matches(':checked'), 'ticked by the visitor').to.equal(true);
    await trustedClick(action(element, 'save'));
    await waitUntil(() => decisions.length > 0, 'the visitor’s choice recorded');
    expect(decisions[0]!.detail.decisions['offers']).to.equal(true);
    expect(decisions[0]!.detail.decisions['credit-scoring']).to.equal(false);
    await element.forget();
  });

  it('a switch a script flipped does not stop "Reject all", which depends on no switch', async () => {
    const { element } = await renderInWrapper();
    const decisions = collect(element, 'consent-decision');
    const errors = collect(element, 'consent-error');
    const offers = shadow(element).querySelector<HTMLInputElement>('input[data-purpose="offers"]')!;
    const reject = action(element, 'reject-all');
    reject.addEventListener('pointerdown', () => (offers.checked = true), { once: true });
    await trustedClick(reject);
    await waitUntil(() => decisions.length > 0, 'the refusal is recorded');
    expect(decisions[0]!.detail.action).to.equal('reject-all');
    expect(Object.values(decisions[0]!.detail.decisions).every((granted) => granted === false)).to.equal(true);
    expect(errors.flatMap((event) => event.detail.problems.map((problem) => problem.code))).to.include('tampered');
    await element.updateComplete;
    expect(offers.checked).to.equal(false);
  });

  it('undoes a plain click a script dispatches at a switch, which cannot be cancelled', async () => {
    const { element } = await renderInWrapper();
    const toggles = collect(element, 'consent-toggle');
    const offers = shadow(element).querySelector<HTMLInputElement>('input[data-purpose="offers"]')!;
    offers.dispatchEvent(new MouseEvent('click'));
    await element.updateComplete;
    expect(toggles).to.have.length(0);
    expect(offers.matches(':checked'), 'drawn unticked').to.equal(false);
  });

  it('cannot make an unticked switch read as ticked by redefining checked', async () => {
    const { element } = await renderInWrapper();
    const original = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked')!;
    Object.defineProperty(HTMLInputElement.prototype, 'checked', {
      ...original,
      get(this: HTMLInputElement) {
        return this.dataset['purpose'] === 'offers' ? true : original.get!.call(this);
      },
    });
    try {
      const decisions = collect(element, 'consent-decision');
      const errors = collect(element, 'consent-error');
      const offers = shadow(element).querySelector<HTMLInputElement>('input[data-purpose="offers"]')!;
      // The visitor ticks "offers", changes their mind, and saves.
      await trustedClick(offers);
      await trustedClick(offers);
      expect(offers.matches(':checked'), 'unticked on screen').to.equal(false);
      await trustedClick(action(element, 'save'));
      await waitUntil(() => decisions.length > 0, 'the visitor’s choice recorded');
      // Each switch reads `checked` through the browser's own accessor, whatever the prototype says: what the
      // visitor left, unticked, is what is recorded.
      expect(decisions.map((event) => event.detail.decisions['offers'])).to.deep.equal([false]);
      expect(element.decision('offers')).to.equal(false);
      expect(errors).to.have.length(0);
      await element.forget();
    } finally {
      Object.defineProperty(HTMLInputElement.prototype, 'checked', original);
    }
  });
});
