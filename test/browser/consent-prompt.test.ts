import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import { ConsentError } from '../../src/core/errors.js';
import {
  annualReport,
  renderPrompt,
  shadow,
  toggle,
  action,
  trustedClick,
  trustedKey,
  collect,
  nextFrame,
} from './helpers.js';

const OPTIONAL = ['credit-scoring', 'offers', 'partner-sharing'];

describe('<consent-prompt>', () => {
  afterEach(() => {
    document.querySelectorAll('consent-prompt').forEach((el) => el.remove());
  });

  describe('first screen', () => {
    it('is accessible in every layout', async () => {
      for (const layout of ['inline', 'banner', 'dialog'] as const) {
        const element = await renderPrompt(await annualReport(), { layout });
        await expect(element).to.be.accessible();
        element.remove();
      }
    });

    it('starts every optional purpose unticked and gives necessary ones no toggle', async () => {
      const element = await renderPrompt(await annualReport());
      for (const id of OPTIONAL) {
        const input = toggle(element, id);
        expect(input.checked, id).to.equal(false);
        expect(input.getAttribute('role')).to.equal('switch');
        expect(input.type).to.equal('checkbox');
      }
      const necessary = shadow(element).querySelector('li[data-purpose="bill"]')!;
      expect(necessary.querySelector('input')).to.equal(null);
      expect(necessary.querySelector('[part="necessary-badge"]')!.textContent).to.contain('Always on');
      expect(necessary.querySelector('[part="clause"]')!.textContent).to.equal(
        (await annualReport()).purposes[0]!.clause.en,
      );
    });

    it('shows who asks, how to reach them, the policy link and how to withdraw', async () => {
      const element = await renderPrompt(await annualReport());
      const intro = shadow(element).querySelector('[part="intro"]')!;
      expect(intro.textContent).to.contain('Example Pay Ltd.');
      expect(intro.textContent).to.contain('Data Protection Office');
      expect(intro.textContent).to.contain('privacy@pay.example');
      expect(intro.textContent).to.match(/withdraw your consent at any time/);
      const link = shadow(element).querySelector<HTMLAnchorElement>('a[part="policy-link"]')!;
      expect(link.href).to.equal('https://pay.example/privacy');
    });

    it('shows each clause in full, as written, with recipients, data categories and retention', async () => {
      const config = await annualReport();
      const element = await renderPrompt(config);
      for (const purpose of config.purposes) {
        const item = shadow(element).querySelector(`li[data-purpose="${purpose.id}"]`)!;
        const clause = item.querySelector<HTMLElement>('[part="clause"]')!;
        expect(clause.textContent).to.equal(purpose.clause.en);
        expect(getComputedStyle(clause).whiteSpace).to.equal('pre-wrap');
        expect(clause.getAttribute('lang')).to.equal('en');
        for (const party of purpose.thirdParties ?? []) {
          expect(item.textContent).to.contain(party.name);
          expect(item.textContent).to.contain(party.contact);
        }
      }
      const sharing = shadow(element).querySelector('li[data-purpose="partner-sharing"]')!;
      expect(sharing.textContent).to.contain('Credit score and its analysis');
      expect(sharing.textContent).to.contain('1 year');
      const offers = shadow(element).querySelector('li[data-purpose="offers"]')!;
      expect(offers.textContent).to.contain('6 months');
    });

    it('keeps line breaks, spaces and markup-like text exactly as written', async () => {
      const config = await annualReport();
      const text = '  Line one\n\tLine two <b>not bold</b> {{x}} $t(heading) &amp;  ';
      (config.purposes[2] as { clause: Record<string, string> }).clause = { en: text, 'zh-CN': text };
      const element = await renderPrompt(config);
      const clause = shadow(element).querySelector<HTMLElement>('li[data-purpose="offers"] [part="clause"]')!;
      expect(clause.textContent).to.equal(text);
      expect(clause.querySelector('b')).to.equal(null);
    });

    it('offers three actions that look identical', async () => {
      const element = await renderPrompt(await annualReport());
      const buttons = ['reject-all', 'save', 'accept-all'].map((name) => action(element, name as 'save'));
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Reject all', 'Save my choices', 'Accept all']);
      const props = [
        'width',
        'height',
        'font-family',
        'font-size',
        'font-weight',
        'color',
        'background-color',
        'border-top-width',
        'border-top-color',
        'border-top-style',
        'padding-top',
      ];
      const styles = buttons.map((b) => {
        const style = getComputedStyle(b);
        return props.map((p) => style.getPropertyValue(p));
      });
      expect(styles[0]).to.deep.equal(styles[1]);
      expect(styles[1]).to.deep.equal(styles[2]);
      for (const b of buttons) expect(b.getAttribute('part')).to.equal('action');
    });

    it('says beside "Accept all" which purposes it does not cover', async () => {
      const element = await renderPrompt(await annualReport());
      const note = shadow(element).querySelector('[part="accept-all-note"]')!;
      expect(note.textContent).to.contain('Credit scoring by Sesame Credit');
      expect(note.textContent).to.contain('Sharing your credit analysis with partner institutions');
      expect(note.textContent).not.to.contain('Personalised offers');
      expect(action(element, 'accept-all').getAttribute('aria-describedby')).to.equal(note.id);
    });

    it('keeps aria-checked with the switch: after the visitor’s tick, and when a new config unticks it', async () => {
      const element = await renderPrompt(await annualReport());
      await trustedClick(toggle(element, 'offers'));
      expect(toggle(element, 'offers').checked).to.equal(true);
      expect(toggle(element, 'offers').getAttribute('aria-checked')).to.equal('true');
      // A new policy version starts every switch unticked again, the one the click drew too.
      const changed = await annualReport();
      element.config = { ...changed, policy: { ...changed.policy, version: '2099-01-01' } };
      await element.updateComplete;
      expect(toggle(element, 'offers').checked).to.equal(false);
      expect(toggle(element, 'offers').getAttribute('aria-checked')).to.equal('false');
      // Another render after a tick keeps it ticked.
      await trustedClick(toggle(element, 'offers'));
      element.requestUpdate();
      await element.updateComplete;
      expect(toggle(element, 'offers').checked).to.equal(true);
      expect(toggle(element, 'offers').getAttribute('aria-checked')).to.equal('true');
    });
  });

  describe('decisions come only from the visitor', function () {
    // A decision's event waits for its receipt, signed under the chain lock and IndexedDB that the other test files
    // of this origin share, and some hold for seconds on purpose (receipt-faults.test.ts): more than mocha's 10 s.
    this.timeout(40_000);
    it('ignores a scripted click() on a toggle, its label, and on every action', async () => {
      const element = await renderPrompt(await annualReport());
      const toggles = collect(element, 'consent-toggle');
      const decisions = collect(element, 'consent-decision');
      toggle(element, 'offers').click();
      (toggle(element, 'offers').closest('label') as HTMLLabelElement).click();
      for (const name of ['accept-all', 'save', 'reject-all'] as const) action(element, name).click();
      await element.updateComplete;
      expect(toggle(element, 'offers').checked).to.equal(false);
      expect(toggles).to.have.length(0);
      expect(decisions).to.have.length(0);
      expect(element.decisions).to.equal(null);
    });

    it('ignores dispatched input, change and keyboard events', async () => {
      const element = await renderPrompt(await annualReport());
      const decisions = collect(element, 'consent-decision');
      const input = toggle(element, 'offers');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      input.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      action(element, 'accept-all').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await element.updateComplete;
      expect(input.checked).to.equal(false);
      expect(decisions).to.have.length(0);
    });

    it('does not record a toggle that a script set through checked', async () => {
      const element = await renderPrompt(await annualReport());
      const decisions = collect(element, 'consent-decision');
      const errors = collect(element, 'consent-error');
      toggle(element, 'offers').checked = true;
      // Refused at once: the switch never shows ticked, and the host hears why.
      expect(toggle(element, 'offers').checked).to.equal(false);
      expect(toggle(element, 'offers').matches(':checked')).to.equal(false);
      expect(errors.map((event) => [event.detail.source, event.detail.problems[0]!.code])).to.deep.equal([
        ['host', 'tampered'],
      ]);
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'save'));
      await decision;
      expect(decisions).to.have.length(1);
      expect(decisions[0]!.detail.decisions['offers']).to.equal(false);
    });

    it('keeps the toggles and the deciding code out of a script’s reach', async () => {
      const element = await renderPrompt(await annualReport());
      const decisions = collect(element, 'consent-decision');
      const toggles = collect(element, 'consent-toggle');
      const reachable = element as unknown as Record<string, unknown>;
      // What TypeScript calls private is an ordinary property at run time; these are native private fields.
      for (const name of [
        'toggles',
        'decided',
        'decide',
        'onActionClick',
        'onToggleClick',
        'onWithdrawClick',
        'lifecycle',
      ]) {
        expect(reachable[name], name).to.equal(undefined);
      }
      // Assigning one is refused as an attempt to decide: the boxes stay unticked and "Save" grants nothing.
      expect(() => {
        reachable['toggles'] = { offers: true, 'credit-scoring': true };
      }).to.throw(ConsentError, /toggles cannot decide/);
      reachable['decided'] = { offers: true };
      element.requestUpdate();
      await element.updateComplete;
      expect(toggle(element, 'offers').checked).to.equal(false);
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'save'));
      const { detail } = await decision;
      expect(detail.decisions).to.deep.equal({ 'credit-scoring': false, offers: false, 'partner-sharing': false });
      expect([decisions.length, toggles.length]).to.deep.equal([1, 0]);
    });

    const OTHER_DECIDING_ATTRIBUTES = [
      'defaultchecked',
      'enabled',
      'selected',
      'initial',
      'value',
      'opt-in',
      'state',
      'ticked',
      'consent',
      'default-checked',
    ];

    it('refuses attempts to set decisions and deciding attributes', async () => {
      const element = await renderPrompt(await annualReport());
      expect(() => {
        (element as unknown as { decisions: unknown }).decisions = { offers: true };
      }).to.throw(ConsentError, /read-only/);
      const events = [collect(element, 'consent-error'), collect(element, 'consent-decision')];
      const logged: unknown[] = [];
      const originalError = console.error;
      console.error = (error: unknown) => logged.push(error);
      try {
        element.setAttribute('checked', '');
        element.setAttribute('accept-all', '');
        // Other words for the same attempt, as other tools and form controls spell it.
        for (const name of OTHER_DECIDING_ATTRIBUTES) element.setAttribute(name, 'offers');
      } finally {
        console.error = originalError;
      }
      await element.updateComplete;
      // A clear error names the attribute; no event fires because code set an attribute.
      expect(logged.map((e) => (e as ConsentError).code)).to.deep.equal(new Array(12).fill('pre-ticked'));
      expect(logged.map((e) => (e as ConsentError).path)).to.deep.equal([
        'checked',
        'accept-all',
        ...OTHER_DECIDING_ATTRIBUTES,
      ]);
      expect(events.flat()).to.have.length(0);
      expect(toggle(element, 'offers').checked).to.equal(false);
      expect(element.decisions).to.equal(null);
    });

    it('refuses deciding properties with an error naming each, and ticks nothing', async () => {
      const element = await renderPrompt(await annualReport());
      const events = [collect(element, 'consent-error'), collect(element, 'consent-decision')];
      const settable = element as unknown as Record<string, unknown>;
      for (const name of [
        'checked',
        'defaultChecked',
        'accepted',
        'value',
        'selected',
        'state',
        'preselected',
        'default',
        'enabled',
        'initial',
        'preTicked',
        'initialDecisions',
        'grantedPurposes',
      ]) {
        let thrown: unknown;
        try {
          settable[name] = name === 'checked' ? true : { offers: true };
        } catch (error) {
          thrown = error;
        }
        expect(thrown, name).to.be.instanceOf(ConsentError);
        expect([(thrown as ConsentError).code, (thrown as ConsentError).path]).to.deep.equal(['pre-ticked', name]);
        expect(settable[name], name).to.equal(undefined);
      }
      await element.updateComplete;
      expect(events.flat()).to.have.length(0);
      for (const id of ['offers', 'credit-scoring', 'partner-sharing'])
        expect(toggle(element, id).checked).to.equal(false);
      expect(element.decisions).to.equal(null);
    });

    it('reports a deciding attribute in markup whatever it is called', async () => {
      const logged: unknown[] = [];
      const originalError = console.error;
      console.error = (error: unknown) => logged.push(error);
      const host = document.createElement('div');
      try {
        // Parsed markup, as a server or a framework writes it: names no list could hold.
        const parsed = new DOMParser().parseFromString(
          '<consent-prompt layout="inline" lang="en" initially-checked start-ticked="offers" data-role="x"></consent-prompt>',
          'text/html',
        );
        const element = document.adoptNode(parsed.body.firstElementChild!) as ConsentPrompt;
        element.config = await annualReport();
        const ready = oneEvent(element, 'consent-ready');
        host.append(element);
        document.body.append(host);
        await ready;
        await element.updateComplete;
        expect(logged.map((e) => `${(e as ConsentError).code} ${(e as ConsentError).path}`)).to.deep.equal([
          'pre-ticked initially-checked',
          'pre-ticked start-ticked',
        ]);
        expect(toggle(element, 'offers').checked).to.equal(false);
        // Reported once, not again on every move.
        host.append(element);
        await element.updateComplete;
        expect(logged).to.have.length(2);
      } finally {
        console.error = originalError;
        host.remove();
      }
    });

    it('records a real click on a toggle and then "Save my choices"', async () => {
      const element = await renderPrompt(await annualReport());
      const toggles = collect(element, 'consent-toggle');
      await trustedClick(toggle(element, 'offers'));
      await element.updateComplete;
      expect(toggle(element, 'offers').checked).to.equal(true);
      expect(toggles.map((e) => e.detail)).to.deep.equal([{ source: 'visitor', purposeId: 'offers', granted: true }]);
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'save'));
      const { detail } = await decision;
      expect(detail.source).to.equal('visitor');
      expect(detail.action).to.equal('save');
      expect(detail.decisions).to.deep.equal({ 'credit-scoring': false, offers: true, 'partner-sharing': false });
      expect(detail.language).to.equal('en');
      expect(detail.policy).to.deep.equal({ id: 'annual-report', version: '2018-01-03' });
      expect(detail.shown['credit-scoring']!.language).to.equal('en');
      expect(detail.timestamp).to.be.a('number');
      expect(Math.abs(detail.timestamp - Date.now())).to.be.below(60_000);
    });

    for (const by of ['pointer', 'keyboard'] as const) {
      it(`does not switch another purpose when a script swaps the config as the visitor presses a switch (${by})`, async () => {
        const config = await annualReport();
        const element = await renderPrompt(config);
        // The visitor has seen the first screen: a swap before it was painted replaces nothing they saw.
        await nextFrame();
        await nextFrame();
        const toggles = collect(element, 'consent-toggle');
        const errors = collect(element, 'consent-error');
        // The same switch element ends up drawn for "partner-sharing" (separate consent, shared with third parties).
        const swapped = structuredClone(config) as typeof config;
        const purposes = swapped.purposes as unknown[];
        [purposes[2], purposes[3]] = [purposes[3], purposes[2]];
        const offers = toggle(element, 'offers');
        const swap = () => {
          window.removeEventListener(by === 'pointer' ? 'pointerdown' : 'keydown', swap, true);
          element.config = swapped;
        };
        window.addEventListener(by === 'pointer' ? 'pointerdown' : 'keydown', swap, true);
        try {
          if (by === 'pointer') await trustedClick(offers);
          else await trustedKey(offers, ' ');
        } finally {
          window.removeEventListener(by === 'pointer' ? 'pointerdown' : 'keydown', swap, true);
        }
        await element.updateComplete;
        await nextFrame();
        expect(toggles.map((event) => event.detail)).to.deep.equal([]);
        expect(toggle(element, 'partner-sharing').checked).to.equal(false);
        expect(toggle(element, 'offers').checked).to.equal(false);
        const refused = errors.flatMap((event) => event.detail.problems);
        expect(refused.map((problem) => [problem.code, problem.path])).to.deep.equal([['not-shown', 'toggles']]);
        // The next press counts, for the purpose drawn there now.
        await trustedClick(toggle(element, 'partner-sharing'));
        expect(toggles.map((event) => event.detail.purposeId)).to.deep.equal(['partner-sharing']);
      });
    }

    it('works by keyboard alone: Space toggles, Enter decides', async () => {
      const element = await renderPrompt(await annualReport());
      await trustedKey(toggle(element, 'credit-scoring'), ' ');
      await element.updateComplete;
      expect(toggle(element, 'credit-scoring').checked).to.equal(true);
      const decision = oneEvent(element, 'consent-decision');
      await trustedKey(action(element, 'reject-all'), 'Enter');
      const { detail } = await decision;
      expect(detail.action).to.equal('reject-all');
      expect(Object.values(detail.decisions).every((granted) => granted === false)).to.equal(true);
    });

    it('gives the keyboard back to where it came from when a banner it entered closes on a decision', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><button id="before">Search</button></div>`);
      const element = await renderPrompt(await annualReport(), { layout: 'banner' });
      page.append(element);
      await element.updateComplete;
      const before = page.querySelector<HTMLButtonElement>('#before')!;
      before.focus();
      // The visitor tabs on from the page into the banner, to "Reject all", and presses Enter.
      for (let step = 0; step < 30 && deepActive() !== action(element, 'reject-all'); step++) {
        await sendKeys({ press: 'Tab' });
      }
      expect(deepActive() === action(element, 'reject-all'), 'Tab reached "Reject all"').to.equal(true);
      const decision = oneEvent(element, 'consent-decision');
      await sendKeys({ press: 'Enter' });
      await decision;
      await element.updateComplete;
      expect(element.open).to.equal(false);
      // Compared, not printed: an assertion error would serialise the whole page.
      expect(document.activeElement === before, 'focus back on the page control').to.equal(true);
    });

    it('leaves the keyboard where the visitor moved it when a banner closes', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><button>Search</button><input aria-label="Name" /></div>`);
      const element = await renderPrompt(await annualReport(), { layout: 'banner' });
      page.append(element);
      await element.updateComplete;
      page.querySelector('button')!.focus();
      toggle(element, 'offers').focus();
      const field = page.querySelector('input')!;
      field.focus();
      element.recordHostDecision({ action: 'reject-all' });
      await element.updateComplete;
      expect(element.open).to.equal(false);
      expect(document.activeElement === field, 'focus still in the field').to.equal(true);
    });

    it('"Accept all" never grants a purpose that needs separate consent', async () => {
      const element = await renderPrompt(await annualReport());
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'accept-all'));
      const { detail } = await decision;
      expect(detail.action).to.equal('accept-all');
      expect(detail.decisions).to.deep.equal({ 'credit-scoring': false, offers: true, 'partner-sharing': false });
      expect(Object.keys(detail.decisions)).not.to.include('bill');
    });

    it('"Accept all" keeps a separate-consent purpose the visitor granted themselves', async () => {
      const element = await renderPrompt(await annualReport());
      await trustedClick(toggle(element, 'partner-sharing'));
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'accept-all'));
      const { detail } = await decision;
      expect(detail.decisions).to.deep.equal({ 'credit-scoring': false, offers: true, 'partner-sharing': true });
    });

    it('records nothing when closed or on Escape', async () => {
      for (const layout of ['banner', 'dialog'] as const) {
        const element = await renderPrompt(await annualReport(), { layout });
        const decisions = collect(element, 'consent-decision');
        toggle(element, 'offers').focus();
        await sendKeys({ press: 'Escape' });
        await element.updateComplete;
        expect(element.open, layout).to.equal(false);
        expect(decisions, layout).to.have.length(0);
        expect(element.decisions).to.equal(null);
        element.remove();
      }
    });

    it('closes the banner on Escape from the page it may cover, unless the page takes the key for itself', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><a href="#below">A link the banner may cover</a></div>`);
      const link = page.querySelector('a')!;
      const element = await renderPrompt(await annualReport(), { layout: 'banner' });
      const decisions = collect(element, 'consent-decision');
      // A page menu that uses Escape itself, and says so by cancelling it, keeps the banner open.
      const ownUse = (event: KeyboardEvent) => event.key === 'Escape' && event.preventDefault();
      link.addEventListener('keydown', ownUse);
      link.focus();
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(element.open).to.equal(true);
      link.removeEventListener('keydown', ownUse);
      // A script's look-alike key closes nothing.
      link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await element.updateComplete;
      expect(element.open).to.equal(true);
      // The key is the page's own where it clears a search field or closes the page's modal dialog.
      const search = document.createElement('input');
      search.type = 'search';
      search.value = 'receipts';
      const dialog = document.createElement('dialog');
      dialog.append(document.createElement('button'));
      page.append(search, dialog);
      search.focus();
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(element.open, 'a search field cleared').to.equal(true);
      dialog.showModal();
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(dialog.open, 'the page dialog closed').to.equal(false);
      expect(element.open, 'the page dialog closed').to.equal(true);
      link.focus();
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(element.open).to.equal(false);
      expect(document.activeElement, 'focus stays where it was').to.equal(link);
      expect(decisions).to.have.length(0);
      expect(element.decisions).to.equal(null);
    });

    it('lets the host record a decision on the visitor\'s behalf, marked source "host"', async () => {
      const element = await renderPrompt(await annualReport());
      const decision = oneEvent(element, 'consent-decision');
      element.recordHostDecision({ action: 'save', decisions: { 'credit-scoring': true } });
      const { detail } = await decision;
      expect(detail.source).to.equal('host');
      expect(detail.decisions).to.deep.equal({ 'credit-scoring': true, offers: false, 'partner-sharing': false });
      expect(() => element.recordHostDecision({ action: 'save', decisions: { bill: true } })).to.throw(ConsentError);
      expect(() => element.recordHostDecision({ action: 'save', decisions: { nope: true } })).to.throw(ConsentError);
    });

    it('refuses a host "Accept all" that refuses a purpose, or "Reject all" that grants one, and records nothing', async () => {
      const element = await renderPrompt(await annualReport());
      const decisions = collect(element, 'consent-decision');
      for (const [action, decisions] of [
        ['accept-all', { offers: false, 'credit-scoring': false }],
        ['accept-all', { offers: true, 'partner-sharing': false }],
        ['reject-all', { offers: true }],
      ] as const) {
        expect(() => element.recordHostDecision({ action, decisions }), action)
          .to.throw(ConsentError)
          .with.property('code', 'invalid-argument');
      }
      const error = (() => {
        try {
          element.recordHostDecision({ action: 'accept-all', decisions: { offers: true, 'partner-sharing': false } });
        } catch (caught) {
          return caught as ConsentError;
        }
        return null;
      })();
      expect(error?.path).to.equal('decisions.partner-sharing');
      expect(error?.message).to.contain('"accept-all" contradicts');
      // Choices that agree with the action stay as before.
      element.recordHostDecision({ action: 'reject-all', decisions: { offers: false } });
      await waitUntil(() => decisions.length === 1, 'decided');
      expect(decisions.map((event) => event.detail.action)).to.deep.equal(['reject-all']);
      for (const id of OPTIONAL) expect(element.decision(id)).to.equal(false);
    });

    it('reads only a host decision’s own fields: a polluted Object.prototype grants nothing', async () => {
      const element = await renderPrompt(await annualReport());
      const decisions = collect(element, 'consent-decision');
      const polluted = Object.prototype as Record<string, unknown>;
      try {
        polluted['decisions'] = Object.fromEntries(OPTIONAL.map((id) => [id, true]));
        element.recordHostDecision({ action: 'save' });
        await waitUntil(() => decisions.length === 1, 'decided');
        expect(decisions[0]!.detail.decisions).to.deep.equal(Object.fromEntries(OPTIONAL.map((id) => [id, false])));
        delete polluted['decisions'];
        polluted['action'] = 'accept-all';
        expect(() => element.recordHostDecision({} as never))
          .to.throw(ConsentError)
          .with.property('path', 'action');
      } finally {
        delete polluted['decisions'];
        delete polluted['action'];
      }
      expect(decisions).to.have.length(1);
      for (const id of OPTIONAL) expect(element.decision(id)).to.equal(false);
    });

    it('refuses a host decision, or its decisions, that is not an object, naming which, and records nothing', async () => {
      const element = await renderPrompt(await annualReport());
      const decisions = collect(element, 'consent-decision');
      const revoked = Proxy.revocable({}, {});
      revoked.revoke();
      for (const value of [null, undefined, 'save', 42, [], revoked.proxy]) {
        const error = (() => {
          try {
            element.recordHostDecision(value as never);
          } catch (caught) {
            return caught as ConsentError;
          }
          return undefined;
        })();
        expect(error, String(typeof value)).to.be.instanceOf(ConsentError);
        expect([error!.code, error!.path], String(typeof value)).to.deep.equal(['invalid-argument', 'decision']);
      }
      for (const value of [42, true, '', null, () => true, Symbol('x'), ['offers'], revoked.proxy]) {
        expect(() => element.recordHostDecision({ action: 'save', decisions: value as never }), String(typeof value))
          .to.throw(ConsentError)
          .with.property('path', 'decisions');
      }
      await element.updateComplete;
      expect(decisions).to.have.length(0);
      expect(element.decisions).to.equal(null);
    });

    it('answers decision() with null for an id that is not text, however it converts to text', async () => {
      const element = await renderPrompt(await annualReport());
      element.recordHostDecision({ action: 'accept-all' });
      await element.updateComplete;
      expect(element.decision('offers')).to.equal(true);
      const hostile = {
        toString() {
          throw new Error('hostile');
        },
      };
      for (const id of [{ toString: () => 'offers' }, hostile, Object.create(null), ['offers'], 1, null]) {
        expect(element.decision(id as never)).to.equal(null);
      }
    });

    it('reads a host decision once: a getter cannot pass the check with one action and record another', async () => {
      const element = await renderPrompt(await annualReport());
      const decisions = collect(element, 'consent-decision');
      let reads = 0;
      const flipping = {
        get action() {
          reads += 1;
          return reads === 1 ? 'save' : 'withdraw';
        },
        decisions: { offers: true },
      };
      element.recordHostDecision(flipping as never);
      await waitUntil(() => decisions.length === 1, 'decided');
      expect(reads).to.equal(1);
      expect(decisions[0]!.detail.action).to.equal('save');
      const throwing = Object.defineProperty({}, 'action', {
        get: () => {
          throw new Error('getter');
        },
      });
      expect(() => element.recordHostDecision(throwing as never)).to.throw(ConsentError);
    });
  });

  describe('config', () => {
    it('keeps the switches the visitor flipped when the same config is set again, and only those', async () => {
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      element.setAttribute('layout', 'inline');
      element.setAttribute('lang', 'en');
      element.setAttribute('storage', 'memory');
      document.body.append(element);
      const setConfig = async (config: unknown) => {
        const ready = oneEvent(element, 'consent-ready');
        element.config = config;
        await ready;
        await element.updateComplete;
      };
      const ticked = () => OPTIONAL.filter((id) => toggle(element, id).checked);
      await setConfig(await annualReport());
      await trustedClick(toggle(element, 'offers'));
      await element.updateComplete;
      expect(ticked()).to.deep.equal(['offers']);
      // A framework re-rendering with an object literal: a new object, the same config, and no new config.
      const readies = collect(element, 'consent-ready');
      element.config = await annualReport();
      await element.updateComplete;
      await aTimeout(100);
      expect(readies, 'no consent-ready for the same config').to.have.length(0);
      expect(ticked(), 'the same config').to.deep.equal(['offers']);
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'save'));
      const { detail } = await decision;
      expect(detail.decisions).to.deep.equal({ 'credit-scoring': false, offers: true, 'partner-sharing': false });
      // A config that says something else starts unticked, as does one set after the visitor decided and forgot.
      await element.forget();
      await element.updateComplete;
      expect(ticked(), 'after forgetting').to.deep.equal([]);
      await trustedClick(toggle(element, 'offers'));
      const changed = await annualReport();
      const scoring = changed.purposes.find((purpose) => purpose.id === 'credit-scoring')!;
      (scoring.clause as Record<string, string>)['en'] += ' Changed.';
      await setConfig(changed);
      expect(ticked(), 'a changed config').to.deep.equal([]);
      element.config = structuredClone(changed);
      await element.updateComplete;
      expect(ticked(), 'nothing flipped since').to.deep.equal([]);
    });

    it('takes a config set again unchanged, on every render, as no new config: clicks count, decisions stay', async () => {
      const element = await renderPrompt(await annualReport());
      const readies = collect(element, 'consent-ready');
      const changes: unknown[] = [];
      element.subscribe((change) => changes.push(change));
      // A component that re-renders every 20 ms with an object literal.
      const rerender = setInterval(() => void annualReport().then((config) => (element.config = config)), 20);
      try {
        await aTimeout(100);
        const decision = oneEvent(element, 'consent-decision');
        await trustedClick(action(element, 'accept-all'));
        const { detail } = await decision;
        expect(detail.action).to.equal('accept-all');
        await aTimeout(200);
        // The decision holds through every re-render: nothing ends it, nothing is announced again.
        expect(element.decision('offers')).to.equal(true);
        expect(readies, 'consent-ready').to.have.length(0);
        expect(changes, 'subscribe() heard only the decision').to.have.length(1);
      } finally {
        clearInterval(rerender);
      }
    });

    it('granted() asked before the config loads rejects an id the config turns out not to have', async () => {
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      element.setAttribute('storage', 'memory');
      document.body.append(element);
      const unknown = element.granted('nope');
      const necessary = element.granted('bill');
      element.config = await annualReport();
      for (const early of [unknown, necessary]) {
        const error = await early.then(
          () => null,
          (reason: unknown) => reason,
        );
        expect(error).to.be.instanceOf(ConsentError);
        expect((error as ConsentError).code).to.equal('unknown-purpose');
      }
      element.remove();
    });

    it('reads an inline JSON config that arrives in pieces once it is complete, and reports none too early', async () => {
      const text = JSON.stringify(await annualReport());
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      element.setAttribute('layout', 'inline');
      element.setAttribute('lang', 'en');
      const errors = collect(element, 'consent-error');
      const ready = oneEvent(element, 'consent-ready');
      document.body.append(element);
      const script = document.createElement('script');
      script.type = 'application/json';
      element.append(script);
      // As a parser does with a long script split across network chunks: text nodes appended one after another.
      const third = Math.floor(text.length / 3);
      script.append(text.slice(0, third));
      await aTimeout(0);
      script.append(text.slice(third, 2 * third));
      script.append(text.slice(2 * third));
      await ready;
      expect(errors).to.have.length(0);
      expect(element.config?.policy.id).to.equal('annual-report');
      // Text that stays incomplete is reported, naming the problem, and nothing is shown to decide on.
      const broken = document.createElement('consent-prompt') as ConsentPrompt;
      const failed = oneEvent(broken, 'consent-error');
      const partial = document.createElement('script');
      partial.type = 'application/json';
      partial.textContent = text.slice(0, third);
      broken.append(partial);
      document.body.append(broken);
      expect((await failed).detail.problems[0]!.code).to.equal('format');
      expect(broken.shadowRoot!.querySelectorAll('button[part="action"]')).to.have.length(0);
      element.remove();
      broken.remove();
    });

    it('renders no purposes and no actions for an invalid config, and fires consent-error', async () => {
      const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline"></consent-prompt>`);
      const config = await annualReport();
      (config.purposes[1] as unknown as Record<string, unknown>)['checked'] = true;
      const error = oneEvent(element, 'consent-error');
      element.config = config;
      const { detail } = await error;
      expect(detail.source).to.equal('load');
      expect(
        detail.problems.some(
          (p: { code: string; path: string }) => p.code === 'pre-ticked' && p.path === 'purposes[1].checked',
        ),
      ).to.equal(true);
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('input, button')).to.have.length(0);
      expect(shadow(element).querySelector('[part="error"]')!.textContent).to.contain('Nothing has been recorded');
      await expect(element).to.be.accessible();
    });

    it('reads inline JSON from a <script type="application/json"> child', async () => {
      const config = await annualReport();
      const container = document.createElement('div');
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      element.setAttribute('layout', 'inline');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(config);
      element.append(script);
      container.append(element);
      const ready = oneEvent(element, 'consent-ready');
      document.body.append(container);
      const { detail } = await ready;
      expect(detail.purposes.map((p: { id: string }) => p.id)).to.deep.equal([
        'bill',
        'credit-scoring',
        'offers',
        'partner-sharing',
      ]);
      expect(detail.decisions).to.deep.equal({});
      expect(detail.source).to.equal('load');
      container.remove();
    });

    it('refuses inline JSON that gives a key twice in one object, naming it, with no actions', async () => {
      const config = await annualReport();
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      element.setAttribute('layout', 'inline');
      const script = document.createElement('script');
      script.type = 'application/json';
      // Read with JSON.parse alone, the second "purposes" would win and the first list would vanish unseen.
      script.textContent = JSON.stringify(config).replace('"purposes":', '"purposes":[],"purposes":');
      element.append(script);
      const failed = oneEvent(element, 'consent-error');
      document.body.append(element);
      const { detail } = await failed;
      expect(
        detail.problems.map((problem: { code: string; path: string }) => `${problem.code} ${problem.path}`),
      ).to.include('duplicate purposes');
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('[part="action"], [part="toggle"]')).to.have.length(0);
      element.remove();
    });

    it('loads the config from src, and reports a 404 without rendering actions', async () => {
      const ok = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline"></consent-prompt>`);
      const ready = oneEvent(ok, 'consent-ready');
      ok.src = '/test/fixtures/annual-report.json';
      await ready;
      await ok.updateComplete;
      expect(shadow(ok).querySelectorAll('input[role="switch"]')).to.have.length(3);

      const missing = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline"></consent-prompt>`);
      const error = oneEvent(missing, 'consent-error');
      missing.src = '/test/fixtures/does-not-exist.json';
      const { detail } = await error;
      expect(detail.problems[0]!.code).to.equal('config-load');
      await missing.updateComplete;
      expect(shadow(missing).querySelectorAll('button')).to.have.length(0);

      // An empty src property (React writes src="" as one) is reported as the empty attribute is.
      const empty = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline"></consent-prompt>`);
      const emptyError = oneEvent(empty, 'consent-error');
      empty.src = '';
      expect((await emptyError).detail.problems[0]).to.include({ code: 'config-load', path: 'src' });
      expect(empty.hasAttribute('src')).to.equal(false);
    });

    it('loads a src changed while it was out of the page once it is back, and keeps its config when only moved', async () => {
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      element.layout = 'inline';
      element.setAttribute('lang', 'en');
      element.setAttribute('src', '/test/fixtures/annual-report.json');
      const ready = oneEvent(element, 'consent-ready');
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      parent.append(element);
      await ready;
      await trustedClick(toggle(element, 'offers'));
      // Moved: nothing reloads, the visitor's tick stays.
      const events = collect(element, 'consent-error');
      document.body.append(element);
      await element.updateComplete;
      expect(toggle(element, 'offers').checked).to.equal(true);
      // Out of the page, given another src, put back: that config is loaded (here one that is not valid).
      element.remove();
      element.setAttribute('src', '/test/pages/invalid-config.json');
      await element.updateComplete;
      parent.append(element);
      await waitUntil(() => events.length > 0, 'the new src is loaded', { timeout: 5000 });
      expect(events[0]!.detail.problems[0]!.path).to.not.equal(undefined);
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('input[part="toggle"]')).to.have.length(0);
      element.remove();
    });

    it('refuses a src that is not http(s) before any request (a strict connect-src would report one)', async () => {
      const fetched: string[] = [];
      const original = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        fetched.push(String(input instanceof Request ? input.url : input));
        return original.call(window, input, init);
      };
      try {
        for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'ftp://example.com/config.json']) {
          const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline"></consent-prompt>`);
          const error = oneEvent(element, 'consent-error');
          element.src = src;
          const { detail } = await error;
          expect(detail.problems[0], src).to.include({ code: 'config-load', path: 'src' });
          expect(detail.problems[0]!.message, src).to.contain('http(s)');
          await element.updateComplete;
          expect(shadow(element).querySelectorAll('button'), src).to.have.length(0);
        }
      } finally {
        window.fetch = original;
      }
      expect(fetched).to.deep.equal([]);
    });
  });

  describe('layouts', () => {
    it('a layout set to undefined or null, or its attribute removed, is the banner, with no error', async () => {
      const element = await renderPrompt(await annualReport(), { layout: 'dialog' });
      const errors = collect(element, 'consent-error');
      // React 19 sets a removed prop to undefined; Vue and Angular may set null.
      for (const unset of [
        () => (element.layout = undefined as never),
        () => (element.layout = null as never),
        () => element.removeAttribute('layout'),
      ]) {
        element.layout = 'inline';
        await element.updateComplete;
        unset();
        await element.updateComplete;
        expect(element.layout).to.equal('banner');
      }
      expect(errors.map((event) => event.detail.problems[0]!.code)).to.deep.equal([]);
      expect(shadow(element).querySelectorAll('[part~="action"]')).to.have.length(3);
    });

    it('banner overlays the bottom of the viewport without shifting the page', async () => {
      const marker = document.createElement('p');
      marker.textContent = 'page content';
      document.body.prepend(marker);
      const before = marker.getBoundingClientRect().top;
      const element = await renderPrompt(await annualReport(), { layout: 'banner' });
      await nextFrame();
      expect(marker.getBoundingClientRect().top).to.equal(before);
      const prompt = shadow(element).querySelector<HTMLElement>('[part="prompt"]')!;
      expect(getComputedStyle(prompt).position).to.equal('fixed');
      expect(Math.round(prompt.getBoundingClientRect().bottom)).to.equal(window.innerHeight);
      const rect = action(element, 'accept-all').getBoundingClientRect();
      expect(rect.bottom).to.be.at.most(window.innerHeight);
      marker.remove();
    });

    it('dialog is modal, moves focus in, and returns it after closing', async () => {
      const opener = document.createElement('button');
      opener.textContent = 'open';
      document.body.append(opener);
      opener.focus();
      const element = await renderPrompt(await annualReport(), { layout: 'dialog' });
      const dialog = shadow(element).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(document.activeElement).to.equal(element);
      await trustedClick(action(element, 'reject-all'));
      await element.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
      opener.remove();
    });

    it('dialog keeps the keyboard in: Tab from its last control reaches the first, Shift+Tab the last', async function () {
      // Some twenty key presses, each a round trip to the browser: slow on a loaded machine.
      this.timeout(30_000);
      const element = await renderPrompt(await annualReport(), { layout: 'dialog' });
      const root = shadow(element);
      const controls = [
        ...root.querySelectorAll<HTMLElement>('dialog button, dialog input, dialog a[href], dialog [tabindex="0"]'),
      ].filter((control) => control.getClientRects().length > 0);
      action(element, 'accept-all').focus();
      for (let step = 0; step < 3; step++) {
        await sendKeys({ press: 'Tab' });
        expect(root.contains(deepActive()), `Tab ${step + 1} stays in the dialog`).to.equal(true);
      }
      // Three Tabs from "Accept all", the last control: the first, then the next two, in order.
      expect(deepActive() === controls[2], 'the third control').to.equal(true);
      controls[0]!.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActive() === action(element, 'accept-all'), 'back round to "Accept all"').to.equal(true);
      // Around and around: focus never leaves for the page.
      for (let step = 0; step < controls.length + 2; step++) await sendKeys({ press: 'Tab' });
      expect(root.contains(deepActive())).to.equal(true);
      const decisions = collect(element, 'consent-decision');
      const errors = collect(element, 'consent-error');
      action(element, 'reject-all').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => decisions.length > 0 || errors.length > 0, 'Enter on "Reject all" decides', {
        timeout: 10_000,
      });
      expect(
        errors.map((event) => event.detail.problems),
        'nothing refused',
      ).to.deep.equal([]);
      expect(decisions.map((event) => event.detail.action)).to.deep.equal(['reject-all']);
    });

    it('dialog keeps the keyboard in from an open popover, its scrolling box, and past a control a theme hides', async () => {
      const sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const element = await renderPrompt(await annualReport(), { layout: 'dialog' });
      const root = shadow(element);
      const shift = async () => {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
      };
      try {
        // A recipients popover, focused when it opens, whose markup comes last: Tab goes on from its button.
        const opener = root.querySelector<HTMLButtonElement>('[data-recipients="partner-sharing"]')!;
        await trustedClick(opener);
        await waitUntil(() => root.activeElement?.closest('.popover') != null, 'the popover has focus');
        await sendKeys({ press: 'Tab' });
        expect(root.contains(deepActive()), 'Tab from the popover stays in the dialog').to.equal(true);
        expect(
          opener.compareDocumentPosition(deepActive()!) & Node.DOCUMENT_POSITION_FOLLOWING,
          'on past its button',
        ).to.not.equal(0);
        // Focus on the dialog itself (or its scrolling box, where Chromium may put it on a short screen).
        root.querySelector<HTMLElement>('dialog')!.focus();
        await shift();
        expect(deepActive() === action(element, 'accept-all'), 'Shift+Tab from the box: the last control').to.equal(
          true,
        );
        // A theme hides the language button (still laid out, not focusable): Tab from the last control moves on.
        sheet.replaceSync('consent-prompt::part(language-button) { visibility: hidden; }');
        action(element, 'accept-all').focus();
        await sendKeys({ press: 'Tab' });
        expect(root.contains(deepActive()), 'in the dialog').to.equal(true);
        expect(deepActive() === action(element, 'accept-all'), 'not stuck on "Accept all"').to.equal(false);
        await shift();
        expect(deepActive() === action(element, 'accept-all'), 'and back round').to.equal(true);
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    });

    it('dialog preferences view: Tab goes past the closed receipts list, on to "Forget my choices" and the actions', async () => {
      const element = await renderPrompt(await annualReport(), { layout: 'dialog' });
      const decided = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'reject-all'));
      const { receipt } = (await decided).detail;
      const root = shadow(element);
      element.show();
      // The list caught up with this decision (its receipt newest), its buttons inside the closed <details>.
      await waitUntil(
        () =>
          root.querySelector('[part="receipts"] [data-receipt]')?.getAttribute('data-receipt') === receipt!.payload.jti,
        'this decision is the newest receipt listed',
        { timeout: 5000 },
      );
      await element.updateComplete;
      await nextFrame();
      expect(root.querySelector('[part="receipts"] [part="download"]'), 'a button in the closed list').to.exist;
      const summary = root.querySelector<HTMLElement>('[part="receipts"] > summary')!;
      expect(root.querySelector<HTMLDetailsElement>('[part="receipts"]')!.open).to.equal(false);
      summary.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.getAttribute('part'), 'Tab from the summary: "Forget my choices"').to.equal('forget');
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.getAttribute('data-action'), 'then "Reject all"').to.equal('reject-all');
    });

    for (const layout of ['banner', 'inline', 'dialog'] as const) {
      it(`${layout}: Tab from an open popover closes it and goes on from its button; Shift+Tab goes back to the button`, async () => {
        const page = await fixture<HTMLDivElement>(html`<div><input aria-label="Before" /></div>`);
        const element = await renderPrompt(await annualReport(), { layout });
        page.append(element);
        const after = Object.assign(document.createElement('input'), { ariaLabel: 'After' });
        page.append(after);
        await element.updateComplete;
        const root = shadow(element);
        const opener = root.querySelector<HTMLButtonElement>('[data-recipients="partner-sharing"]')!;
        const controls = [...root.querySelectorAll<HTMLElement>('button, input, summary, a[href]')].filter(
          (control) => control.tabIndex >= 0 && control.getClientRects().length > 0 && !control.closest('.popover'),
        );
        const next = controls[controls.indexOf(opener) + 1]!;
        for (const shifted of [false, true]) {
          opener.focus();
          await sendKeys({ press: 'Enter' });
          await waitUntil(() => root.activeElement?.closest('.popover') != null, 'the popover has focus');
          // Off the popover's end: from its last control (a recipient's link), or the panel itself going back.
          const links = [...root.querySelectorAll<HTMLElement>('.popover:not([hidden]) a[href]')];
          if (!shifted) links.at(-1)?.focus();
          if (shifted) await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          if (shifted) await sendKeys({ up: 'Shift' });
          await element.updateComplete;
          expect(deepActive() === (shifted ? opener : next), `${shifted ? 'Shift+Tab' : 'Tab'}: focus`).to.equal(true);
          expect(root.querySelector('.popover:not([hidden])'), 'the popover closed').to.equal(null);
        }
      });
    }

    it('keeps its styles when moved through another document and back, and into an iframe', async () => {
      const element = await renderPrompt(await annualReport(), { layout: 'inline' });
      const home = element.parentElement!;
      const styled = (what: string) => {
        const view = element.ownerDocument.defaultView!;
        const clause = shadow(element).querySelector('[part="clause"]')!;
        expect(view.getComputedStyle(clause).whiteSpace, `${what}: the clause as written`).to.equal('pre-wrap');
        const widths = [...shadow(element).querySelectorAll('[part="action"]')].map(
          (button) => view.getComputedStyle(button).width,
        );
        expect(new Set(widths).size, `${what}: the actions alike`).to.equal(1);
      };
      styled('at first');
      // Through a document with no window (a framework's or a sanitizer's), and back.
      document.implementation.createHTMLDocument('').body.append(element);
      home.append(element);
      await element.updateComplete;
      styled('back from another document');
      const frame = document.createElement('iframe');
      document.body.append(frame);
      try {
        frame.contentDocument!.body.append(element);
        await element.updateComplete;
        styled('in an iframe');
        home.append(element);
        await element.updateComplete;
        styled('back from the iframe');
      } finally {
        frame.remove();
      }
      // Firefox ESR 140.12 gives an element adopted into another document that document's HTMLElement prototype.
      expect(element instanceof ConsentPrompt, 'still a <consent-prompt>').to.equal(true);
    });

    it('a dialog taken out of the page right after it was added throws nothing', async () => {
      const thrown: unknown[] = [];
      const onError = (event: ErrorEvent) => thrown.push(event.error);
      const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const config = await annualReport();
        for (let i = 0; i < 3; i++) {
          const element = document.createElement('consent-prompt') as ConsentPrompt;
          element.layout = 'dialog';
          element.setAttribute('storage', 'memory');
          element.config = config;
          document.body.append(element);
          element.remove();
        }
        await aTimeout(300);
        expect(thrown.map(String)).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });

    it('dialog stays modal when moved or taken out and put back while open', async () => {
      const opener = document.createElement('button');
      opener.textContent = 'open';
      const outside = document.createElement('button');
      outside.textContent = 'outside';
      document.body.append(opener, outside);
      opener.focus();
      const element = await renderPrompt(await annualReport(), { layout: 'dialog' });
      const dialog = shadow(element).querySelector('dialog')!;
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      // Moved within one task, as a framework re-parenting it does, then out of the page and back a task later.
      elsewhere.append(element);
      await element.updateComplete;
      expect(dialog.matches(':modal')).to.equal(true);
      element.remove();
      await aTimeout(0);
      document.body.append(element);
      await element.updateComplete;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      // The page behind is inert again: it cannot take focus.
      outside.focus();
      expect(document.activeElement).not.to.equal(outside);
      await trustedClick(action(element, 'reject-all'));
      await element.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
      opener.remove();
      outside.remove();
      elsewhere.remove();
    });

    it('gives focus back when an open dialog is taken out of the page or turned into another layout', async () => {
      const opener = document.createElement('button');
      opener.textContent = 'open';
      document.body.append(opener);
      for (const end of ['removed', 'inline', 'banner'] as const) {
        opener.focus();
        // A policy of its own: a decision an earlier test's prompt was still writing would keep this one closed.
        const config = await annualReport();
        (config.policy as { id: string }).id = `focus-return-${end}`;
        const element = await renderPrompt(config, { layout: 'dialog' });
        const focusName = () => (document.activeElement as HTMLElement | null)?.textContent?.slice(0, 20) ?? 'none';
        // The dialog opens once the prompt's words are in; on a busy machine that can take more than a second.
        await waitUntil(() => document.activeElement === element, `${end}: focus moves into the dialog`, {
          timeout: 5000,
        });
        if (end === 'removed') element.remove();
        else element.layout = end;
        await element.updateComplete;
        await aTimeout(0);
        expect(document.activeElement === opener, `${end}: focus on ${focusName()}`).to.equal(true);
        element.remove();
      }
      opener.remove();
    });

    it('fits a 320 px wide container without horizontal overflow', async () => {
      const wrapper = document.createElement('div');
      wrapper.style.width = '320px';
      document.body.append(wrapper);
      const element = document.createElement('consent-prompt') as ConsentPrompt;
      element.layout = 'inline';
      wrapper.append(element);
      const ready = oneEvent(element, 'consent-ready');
      element.config = await annualReport();
      await ready;
      await element.updateComplete;
      const prompt = shadow(element).querySelector<HTMLElement>('[part="prompt"]')!;
      expect(prompt.scrollWidth).to.be.at.most(prompt.clientWidth + 1);
      wrapper.remove();
    });
  });

  describe('isolation', () => {
    it('two prompts on one page share no toggles or language', async () => {
      const first = await renderPrompt(await annualReport(), { lang: 'en' });
      const second = await renderPrompt(await annualReport(), { lang: 'zh-CN' });
      await trustedClick(toggle(first, 'offers'));
      await first.updateComplete;
      await second.updateComplete;
      await aTimeout(50);
      expect(toggle(first, 'offers').checked).to.equal(true);
      expect(toggle(second, 'offers').checked).to.equal(false);
      expect(first.language).to.equal('en');
      expect(second.language).to.equal('zh-Hans');
      expect(action(second, 'reject-all').textContent!.trim()).to.equal('全部拒绝');
      expect(action(first, 'reject-all').textContent!.trim()).to.equal('Reject all');
    });
  });
});

describe('<consent-prompt> moved in the page', () => {
  it('keeps its config and the visitor’s toggles, and fires no new consent-ready', async () => {
    const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline"></consent-prompt>`);
    const first = oneEvent(element, 'consent-ready');
    element.src = '/test/fixtures/annual-report.json';
    await first;
    await element.updateComplete;
    await trustedClick(toggle(element, 'offers'));
    const readies = collect(element, 'consent-ready');
    const other = document.createElement('div');
    document.body.append(other);
    other.append(element);
    await aTimeout(100);
    await element.updateComplete;
    expect(readies).to.have.length(0);
    expect(toggle(element, 'offers').checked).to.equal(true);
    other.remove();
  });
});

describe('<consent-prompt> with properties set before its definition loaded', () => {
  afterEach(() => document.querySelectorAll('consent-prompt').forEach((el) => el.remove()));

  // A page's inline script runs before the deferred module script that defines the element: the element exists,
  // not yet upgraded. One made in a document without a window is the same, until it joins this page.
  function notYetDefined(attributes: Record<string, string> = {}): ConsentPrompt {
    const element = document.implementation.createHTMLDocument('').createElement('consent-prompt');
    for (const [name, value] of Object.entries({ layout: 'inline', lang: 'en', ...attributes })) {
      element.setAttribute(name, value);
    }
    expect(element).not.to.be.instanceOf(ConsentPrompt);
    return element as unknown as ConsentPrompt;
  }

  function recordingAdapter() {
    const written: string[] = [];
    return {
      written,
      adapter: { get: () => null, set: (_key: string, value: string) => void written.push(value), remove: () => {} },
    };
  }

  async function upgrade(element: ConsentPrompt, config: unknown) {
    element.config = config;
    const ready = oneEvent(element, 'consent-ready');
    document.body.append(element);
    expect(element).to.be.instanceOf(ConsentPrompt);
    await ready;
    await element.updateComplete;
  }

  it('reports the read-only language set before or after, which never hides the language shown', async () => {
    const element = notYetDefined({ lang: 'zh-CN' });
    (element as unknown as { language: string }).language = 'en';
    const errors: CustomEvent<{ problems: readonly { code: string; path: string }[] }>[] = [];
    element.addEventListener('consent-error', (event) => errors.push(event));
    await upgrade(element, await annualReport());
    expect(element.language).to.equal('zh-Hans');
    expect(errors.flatMap((event) => event.detail.problems.map((p) => [p.code, p.path]))).to.deep.include([
      'invalid-argument',
      'language',
    ]);
    let thrown: unknown;
    try {
      (element as unknown as { language: string }).language = 'en';
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(ConsentError);
    expect((thrown as ConsentError).path).to.equal('language');
    expect(element.language).to.equal('zh-Hans');
  });

  it('uses the storage set before, over the markup’s storage attribute', async () => {
    localStorage.removeItem('unticked:annual-report');
    const { written, adapter } = recordingAdapter();
    const element = notYetDefined({ storage: 'local' });
    element.storage = adapter;
    await upgrade(element, await annualReport());
    expect(element.storage).to.equal(adapter);
    const decided = oneEvent(element, 'consent-decision');
    await trustedClick(action(element, 'reject-all'));
    await decided;
    await waitUntil(() => written.length === 1, 'written to the adapter', { timeout: 5000 });
    expect(localStorage.getItem('unticked:annual-report')).to.equal(null);
  });

  it('loads the config from a src property set before (an inline script, an Angular [src] binding)', async () => {
    const element = notYetDefined();
    element.src = '/test/fixtures/annual-report.json';
    const ready = oneEvent(element, 'consent-ready');
    document.body.append(element);
    await ready;
    await element.updateComplete;
    expect(element.src).to.equal('/test/fixtures/annual-report.json');
    expect(shadow(element).querySelectorAll('input[role="switch"]')).to.have.length(3);
    // An empty one set before is reported, as an empty attribute is.
    const empty = notYetDefined();
    empty.src = '';
    const error = oneEvent(empty, 'consent-error');
    document.body.append(empty);
    expect((await error).detail.problems[0]).to.include({ code: 'config-load', path: 'src' });
  });

  it('reports a storage set before that it does not know, and keeps the storage in use', async () => {
    const element = notYetDefined();
    element.storage = 42 as never;
    const errors = collect(element, 'consent-error');
    await upgrade(element, await annualReport());
    expect(element.storage).to.equal('local');
    expect(errors.map((event) => event.detail.problems[0]!.code)).to.include('invalid-storage');
  });

  it('reports a layout or storage set before that cannot even be read, and still shows the prompt', async () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('hostile');
        },
      },
    );
    const element = notYetDefined();
    element.layout = {
      toString: () => {
        throw new Error('hostile');
      },
    } as never;
    element.storage = hostile as never;
    const errors = collect(element, 'consent-error');
    await upgrade(element, await annualReport());
    expect(element.layout).to.equal('banner');
    expect(element.storage).to.equal('local');
    const codes = errors.map((event) => event.detail.problems[0]!.code);
    expect(codes).to.include('invalid-layout');
    expect(codes).to.include('invalid-storage');
    expect(shadow(element).querySelectorAll('[part~="action"]')).to.have.length(3);
    // Later updates still render: a layout that cannot be read set on a shown prompt is refused the same way.
    element.layout = hostile as never;
    await element.updateComplete;
    expect(element.layout).to.equal('banner');
    element.layout = 'inline';
    await element.updateComplete;
    expect(element.getAttribute('layout')).to.equal('inline');
  });

  it('drops decisions set before, reports them, and shows every optional purpose unticked', async () => {
    const element = notYetDefined();
    (element as unknown as Record<string, unknown>)['decisions'] = Object.fromEntries(OPTIONAL.map((id) => [id, true]));
    const errors = collect(element, 'consent-error');
    await upgrade(element, await annualReport());
    expect(element.decisions).to.equal(null);
    expect(Object.prototype.hasOwnProperty.call(element, 'decisions')).to.equal(false);
    const problems = errors.flatMap((event) => event.detail.problems);
    expect(problems).to.deep.include({
      code: 'pre-ticked',
      path: 'decisions',
      message: 'consent-prompt.decisions is read-only: only the visitor (or recordHostDecision) can decide.',
    });
    for (const id of OPTIONAL) expect(toggle(element, id).checked).to.equal(false);
    expect(() => {
      element.decisions = {} as never;
    }).to.throw(ConsentError);
  });

  it('drops a deciding property set before, reports it, and shows every optional purpose unticked', async () => {
    const element = notYetDefined();
    const early = element as unknown as Record<string, unknown>;
    early['checked'] = true;
    early['accepted'] = ['offers'];
    const errors = collect(element, 'consent-error');
    await upgrade(element, await annualReport());
    const problems = errors.flatMap((event) =>
      event.detail.problems.map((problem) => `${problem.code} ${problem.path}`),
    );
    expect(problems).to.include.members(['pre-ticked checked', 'pre-ticked accepted']);
    expect(Object.prototype.hasOwnProperty.call(element, 'checked')).to.equal(false);
    for (const id of OPTIONAL) expect(toggle(element, id).checked).to.equal(false);
    expect(element.decisions).to.equal(null);
  });

  it('reports a decisions getter that throws and a deciding property made unchangeable, and still shows the prompt', async () => {
    const element = notYetDefined();
    Object.defineProperty(element, 'decisions', {
      configurable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    Object.defineProperty(element, 'checked', { value: true, configurable: false });
    const errors = collect(element, 'consent-error');
    await upgrade(element, await annualReport());
    const problems = errors.flatMap((event) =>
      event.detail.problems.map((problem) => `${problem.code} ${problem.path}`),
    );
    expect(problems).to.include.members(['pre-ticked decisions', 'pre-ticked checked']);
    expect(shadow(element).querySelectorAll('[part~="action"]')).to.have.length(3);
    for (const id of OPTIONAL) expect(toggle(element, id).checked).to.equal(false);
    expect(element.decisions).to.equal(null);
  });

  it('reports a signer, strings or placeholder set before that it refuses, and still shows the prompt', async () => {
    const element = notYetDefined();
    const early = element as unknown as Record<string, unknown>;
    early['signer'] = 'https://signer.example';
    early['strings'] = { en: { actions: { rejectAll: '\u202Eall tpeccA' } } };
    early['placeholder'] = 'not a function';
    const errors = collect(element, 'consent-error');
    await upgrade(element, await annualReport());
    const codes = errors.flatMap((event) => event.detail.problems.map((problem) => `${problem.code} ${problem.path}`));
    expect(codes).to.include.members(['invalid-signer signer', 'invalid-placeholder placeholder']);
    expect(codes.some((code) => code.startsWith('invalid-strings '))).to.equal(true);
    expect(element.signer).to.equal(null);
    expect(element.placeholder).to.equal(null);
    expect(action(element, 'reject-all').textContent!.trim()).to.equal('Reject all');
    for (const id of OPTIONAL) expect(toggle(element, id).checked).to.equal(false);
    // After it upgraded, the same values throw at the code that sets them.
    expect(() => {
      element.signer = 'https://signer.example' as never;
    }).to.throw(ConsentError);
  });
});

/** The focused element, inside open shadow roots too. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
