// The consent lifecycle in the browser: remembering (and refusing what cannot be trusted), storage faults,
// asking again when something changed, other tabs, the JS API, Global Privacy Control, gated content and Consent
// Mode, all through the element.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { nothing } from 'lit';
import type { ConsentConfig } from '../../src/core/config/types.js';
import type { StorageAdapter } from '../../src/core/storage/types.js';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';
import type { ConsentDecisionDetail } from '../../src/events/consent-decision.js';
import { ConsentError } from '../../src/core/errors.js';
import { RECEIPT_CLAIM } from '../../src/core/receipt/constants.js';
import {
  annualReport,
  shadow,
  toggle,
  action,
  trustedClick,
  collect,
  forgetRememberedDecisions,
  heldScript,
} from './helpers.js';

const KEY = 'unticked:annual-report';

/**
 * A page load: a prompt with this config, once it has read what an earlier visit remembered. `storage` is the
 * attribute's value, or an adapter set as the property before the config.
 */
async function visit(
  config: unknown,
  options: { storage?: string | StorageAdapter; layout?: 'banner' | 'inline' } = {},
): Promise<ConsentPrompt> {
  const { storage = 'local', layout = 'banner' } = options;
  const element = await fixture<ConsentPrompt>(
    html`<consent-prompt
      layout=${layout}
      lang="en"
      storage=${typeof storage === 'string' ? storage : nothing}
    ></consent-prompt>`,
  );
  if (typeof storage !== 'string') element.storage = storage;
  const ready = oneEvent(element, 'consent-ready');
  element.config = config;
  await ready;
  await element.updateComplete;
  return element;
}

async function decide(
  element: ConsentPrompt,
  name: 'reject-all' | 'save' | 'accept-all',
): Promise<ConsentDecisionDetail> {
  const decision = oneEvent(element, 'consent-decision');
  await trustedClick(action(element, name));
  return (await decision).detail;
}

/** Waits until the decision is stored (it is written after the event). */
async function stored(): Promise<Record<string, unknown>> {
  await waitUntil(() => localStorage.getItem(KEY) !== null, 'the decision is stored', { timeout: 5000 });
  return JSON.parse(localStorage.getItem(KEY)!) as Record<string, unknown>;
}

const promptHidden = (element: ConsentPrompt) => shadow(element).querySelector<HTMLElement>('[part="prompt"]')!.hidden;

describe('remembering decisions', () => {
  afterEach(() => document.querySelectorAll('consent-prompt').forEach((el) => el.remove()));

  it('remembers a decision: the next visit asks nothing and knows what was granted', async () => {
    const first = await visit(await annualReport());
    await decide(first, 'accept-all');
    await stored();
    first.remove();
    const next = await visit(await annualReport());
    expect(promptHidden(next)).to.equal(true);
    expect(next.decision('offers')).to.equal(true);
    expect(next.decision('partner-sharing')).to.equal(false);
    expect(next.decisions).to.deep.equal({ 'credit-scoring': false, offers: true, 'partner-sharing': false });
  });

  it('keeps only the compact decision in a first-party cookie with storage="cookie"', async () => {
    const first = await visit(await annualReport(), { storage: 'cookie' });
    await decide(first, 'accept-all');
    await waitUntil(() => document.cookie.includes('unticked_annual-report='), 'the cookie is set', { timeout: 5000 });
    const value = decodeURIComponent(document.cookie.split('unticked_annual-report=')[1]!.split(';')[0]!);
    expect(value.length).to.be.below(400);
    expect(value).not.to.contain('eyJ'); // no JWS in the cookie
    expect(localStorage.getItem(KEY)).to.equal(null);
    first.remove();
    const next = await visit(await annualReport(), { storage: 'cookie' });
    expect(next.decision('offers')).to.equal(true);
  });

  it('with storage="cookie", another prompt of the policy hears the language the decision was made in', async () => {
    const here = await visit(await annualReport(), { storage: 'cookie', layout: 'inline' });
    const there = await visit(await annualReport(), { storage: 'cookie', layout: 'inline' });
    here.lang = 'de';
    await waitUntil(() => action(here, 'reject-all').textContent!.includes('Alle ablehnen'), 'German words');
    const heard = oneEvent(there, 'consent-decision');
    const made = await decide(here, 'reject-all');
    expect(made.language).to.equal('de');
    const { detail } = await heard;
    expect(detail.source).to.equal('sync');
    // Not the words of the prompt that heard it: the cookie keeps no receipt, the browser's own record does.
    expect(detail.language).to.equal('de');
    expect(detail.shown['offers']).to.deep.equal(made.shown['offers']);
  });

  /** Decides "Reject all", edits what was stored, and comes back: the edit must count as no decision. */
  async function revisitAfterEditing(edit: (state: Record<string, unknown>) => void): Promise<void> {
    const first = await visit(await annualReport());
    await decide(first, 'reject-all');
    const state = await stored();
    expect(state['receipt']).not.to.equal(null);
    edit(state);
    localStorage.setItem(KEY, JSON.stringify(state));
    first.remove();
    const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="banner" lang="en"></consent-prompt>`);
    const errors = collect(element, 'consent-storage-error');
    const ready = oneEvent(element, 'consent-ready');
    element.config = await annualReport();
    await ready;
    await element.updateComplete;
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['tampered']);
    expect(promptHidden(element)).to.equal(false);
    expect(element.decision('offers')).to.equal(null);
    for (const id of ['credit-scoring', 'offers', 'partner-sharing'])
      expect(toggle(element, id).checked).to.equal(false);
  }

  it('treats a tampered stored decision as none: asks again, reports it, grants nothing', async () => {
    await revisitAfterEditing((state) => ((state['decisions'] as Record<string, boolean>)['offers'] = true));
  });

  it('treats a granting decision stored without its receipt as tampered: stripping the receipt hides no edit', async () => {
    await revisitAfterEditing((state) => {
      (state['decisions'] as Record<string, boolean>)['offers'] = true;
      state['receipt'] = null;
      state['chain'] = null;
    });
  });

  it('two prompts for one policy deciding at once: the later decision is remembered, neither is lost', async () => {
    // Each write waits (at most 500 ms) for another, so that two writes at once both land before either is read
    // back: each then read the other's value, took it for a failed write and removed it.
    const values = new Map<string, string>();
    let held: (() => void)[] = [];
    const adapter = {
      get: (key: string) => values.get(key) ?? null,
      set: async (key: string, value: string) => {
        await new Promise<void>((resolve) => {
          held.push(resolve);
          if (held.length === 2) [held, (held = [])][0]!.forEach((release) => release());
          else setTimeout(resolve, 500);
        });
        values.set(key, value);
      },
      remove: (key: string) => void values.delete(key),
    };
    const config = await annualReport();
    const prompts = await Promise.all(
      [0, 1].map(async () => {
        const element = await visit(config, { storage: adapter, layout: 'inline' });
        return { element, errors: collect(element, 'consent-storage-error') };
      }),
    );
    const [first, second] = prompts as [(typeof prompts)[0], (typeof prompts)[0]];
    const decisions = [oneEvent(first.element, 'consent-decision'), oneEvent(second.element, 'consent-decision')];
    await trustedClick(action(first.element, 'accept-all'));
    await trustedClick(action(second.element, 'reject-all'));
    await Promise.all(decisions);
    await waitUntil(() => values.has(KEY), 'a decision is stored', { timeout: 5000 });
    // Both writes take their turn: the first's, then the later one's.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect([...first.errors, ...second.errors].map((e) => e.detail.message)).to.deep.equal([]);
    expect((JSON.parse(values.get(KEY)!) as { action: string }).action).to.equal('reject-all');
    const next = await visit(config, { storage: adapter, layout: 'inline' });
    expect(next.decisions).to.deep.equal({ 'credit-scoring': false, offers: false, 'partner-sharing': false });
  });

  it('treats unreadable stored values as none', async () => {
    for (const junk of ['{', '"x"', '{"v":1}', '[]', 'null', JSON.stringify({ v: 1, policy: { id: 'other' } })]) {
      localStorage.setItem(KEY, junk);
      const element = await visit(await annualReport());
      expect(promptHidden(element), junk).to.equal(false);
      expect(element.decision('offers'), junk).to.equal(null);
      element.remove();
    }
  });
});

describe('storage faults', () => {
  const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  const setItem = Storage.prototype.setItem;
  afterEach(() => {
    Object.defineProperty(window, 'localStorage', descriptor);
    Storage.prototype.setItem = setItem;
    document.querySelectorAll('consent-prompt').forEach((el) => el.remove());
  });

  /** An inline prompt with a config whose stored decision is still being read: `answer` gives the read its value. */
  async function promptReadingSlowly() {
    const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline" lang="en"></consent-prompt>`);
    let answer: (value: string | null) => void = () => {};
    element.storage = {
      get: () => new Promise<string | null>((resolve) => (answer = resolve)),
      set: () => {},
      remove: () => {},
    };
    element.config = await annualReport();
    await element.updateComplete;
    return { element, answer: (value: string | null) => answer(value) };
  }

  it('an invalid config set while the stored decision of the last is read shows its error', async () => {
    const { element, answer } = await promptReadingSlowly();
    const error = oneEvent(element, 'consent-error');
    element.config = { policy: 'not a config' };
    await error;
    await element.updateComplete;
    const prompt = shadow(element).querySelector<HTMLElement>('[part="prompt"]')!;
    expect(prompt.hidden, 'the prompt showing the error').to.equal(false);
    expect(shadow(element).querySelector('[part="error"]')).to.not.equal(null);
    answer(null);
    await element.updateComplete;
    expect(prompt.hidden).to.equal(false);
  });

  it('a prompt removed while its stored decision is read is ready once it is back in the page, not before', async () => {
    const { element, answer } = await promptReadingSlowly();
    const parent = element.parentElement!;
    element.remove();
    const readyEvents = collect(element, 'consent-ready');
    answer(null);
    // Long enough for the read's answer, the update after it and the words it waits for.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readyEvents, 'ready while out of the page').to.have.length(0);
    parent.append(element);
    await waitUntil(() => readyEvents.length === 1, 'ready once back', { timeout: 5000 });
    expect(readyEvents[0]!.detail.decisions).to.deep.equal({});
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readyEvents, 'ready once').to.have.length(1);
  });

  it('a localStorage that throws on access: the decision holds for the page, an error says why', async () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="inline" lang="en"></consent-prompt>`);
    const errors = collect(element, 'consent-storage-error');
    const ready = oneEvent(element, 'consent-ready');
    element.config = await annualReport();
    await ready;
    await element.updateComplete;
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['unavailable']);
    expect(errors[0]!.detail).to.include({ operation: 'read', source: 'load' });
    const detail = await decide(element, 'accept-all');
    expect(detail.decisions['offers']).to.equal(true);
    await waitUntil(() => errors.length === 2, 'the failed write is reported', { timeout: 5000 });
    expect(errors[1]!.detail).to.include({ code: 'unavailable', operation: 'write', source: 'visitor' });
    expect(element.decision('offers')).to.equal(true);
    // Forgetting, by the host's call, fails the same way and says who asked.
    await element.forget();
    await waitUntil(() => errors.length === 3, 'the failed removal is reported', { timeout: 5000 });
    expect(errors[2]!.detail).to.include({ operation: 'remove', source: 'host' });
  });

  it('a full storage (quota): reported, nothing half-stored, asked again next visit', async () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    const element = await visit(await annualReport());
    const errors = collect(element, 'consent-storage-error');
    await decide(element, 'accept-all');
    await waitUntil(() => errors.length === 1, 'the failed write is reported', { timeout: 5000 });
    expect(errors[0]!.detail.code).to.equal('quota');
    Storage.prototype.setItem = setItem;
    element.remove();
    const next = await visit(await annualReport());
    expect(promptHidden(next)).to.equal(false);
    expect(next.decision('offers')).to.equal(null);
  });
});

describe('asking again', () => {
  afterEach(() => document.querySelectorAll('consent-prompt').forEach((el) => el.remove()));

  async function decideThenVisit(
    change: (config: ConsentConfig & Record<string, unknown>) => void,
    storage: 'local' | 'cookie' = 'local',
  ) {
    const first = await visit(await annualReport(), { storage });
    await trustedClick(toggle(first, 'offers'));
    await decide(first, 'save');
    if (storage === 'local') await stored();
    else await waitUntil(() => document.cookie.includes('unticked_annual-report='), 'the cookie is set');
    first.remove();
    const config = (await annualReport()) as ConsentConfig & Record<string, unknown>;
    change(config);
    return visit(config, { storage });
  }

  const reaskText = (element: ConsentPrompt) => shadow(element).querySelector('[part="reask"]')?.textContent ?? '';

  it('when the policy version changes', async () => {
    const element = await decideThenVisit((config) => {
      (config.policy as { version: string }).version = '2019-01-01';
    });
    expect(promptHidden(element)).to.equal(false);
    expect(reaskText(element)).to.contain('the privacy policy has a new version');
    expect(element.decision('offers')).to.equal(null);
    expect(toggle(element, 'offers').checked).to.equal(false);
  });

  it('when the text of a purpose the visitor agreed to changes, even without a new version', async () => {
    const element = await decideThenVisit((config) => {
      const offers = config.purposes.find((p) => p.id === 'offers')! as { clause: Record<string, string> };
      offers.clause['en'] = `${offers.clause['en']} We may also call you.`;
    });
    expect(promptHidden(element)).to.equal(false);
    expect(reaskText(element)).to.contain('the text of 1 purpose you agreed to changed');
    expect(reaskText(element)).to.contain('Personalised offers');
  });

  for (const storage of ['local', 'cookie'] as const) {
    it(`when who receives the data of a purpose the visitor agreed to changes, without a new version (${storage})`, async () => {
      const element = await decideThenVisit((config) => {
        const offers = config.purposes.find((p) => p.id === 'offers')! as unknown as Record<string, unknown>;
        offers['thirdParties'] = [{ name: 'Example Insurance plc', contact: 'privacy@insurance.example' }];
      }, storage);
      expect(promptHidden(element)).to.equal(false);
      expect(element.decision('offers')).to.equal(null);
      expect(reaskText(element)).to.contain('the text of 1 purpose you agreed to changed');
      expect(reaskText(element)).to.contain('Personalised offers');
      expect(toggle(element, 'offers').checked).to.equal(false);
    });
  }

  for (const storage of ['local', 'cookie'] as const) {
    it(`when how long the data of a purpose the visitor agreed to are kept changes (${storage})`, async () => {
      const longer = await decideThenVisit((config) => {
        const offers = config.purposes.find((p) => p.id === 'offers')! as unknown as Record<string, unknown>;
        offers['retention'] = 'P10Y';
      }, storage);
      expect(promptHidden(longer)).to.equal(false);
      expect(longer.decision('offers')).to.equal(null);
      expect(reaskText(longer)).to.contain('Personalised offers');
      expect(toggle(longer, 'offers').checked).to.equal(false);
    });

    it(`when the controller is another (${storage})`, async () => {
      const other = await decideThenVisit((config) => {
        (config.controller as { name: string }).name = 'Other Bank plc';
      }, storage);
      expect(promptHidden(other)).to.equal(false);
      expect(other.decision('offers')).to.equal(null);
    });
  }

  it('when a new config set on the page no longer holds the decision: the prompt opens again and says why', async () => {
    for (const layout of ['banner', 'inline'] as const) {
      const element = await visit(await annualReport(), { layout });
      await decide(element, 'accept-all');
      await stored();
      await element.updateComplete;
      if (layout === 'banner') expect(element.open, 'closed after the decision').to.equal(false);
      // The same config again, as a new object: no new config; the decision still holds, nothing is asked.
      const readies = collect(element, 'consent-ready');
      element.config = await annualReport();
      expect(element.decision('offers'), 'at once').to.equal(true);
      await element.updateComplete;
      expect(element.decision('offers')).to.equal(true);
      expect(readies).to.have.length(0);
      if (layout === 'banner') expect(element.open, 'still closed').to.equal(false);
      const next = await annualReport();
      (next.policy as { version: string }).version = '2019-01-01';
      const ready = oneEvent(element, 'consent-ready');
      element.config = next;
      await ready;
      await element.updateComplete;
      expect(element.decision('offers')).to.equal(null);
      expect(element.open, layout).to.equal(true);
      expect(promptHidden(element), layout).to.equal(false);
      expect(reaskText(element)).to.contain('the privacy policy has a new version');
      expect(toggle(element, 'offers').checked).to.equal(false);
      element.remove();
      localStorage.clear();
    }
  });

  it('not when only the text of a refused purpose changes', async () => {
    const element = await decideThenVisit((config) => {
      const scoring = config.purposes.find((p) => p.id === 'credit-scoring')! as { clause: Record<string, string> };
      scoring.clause['en'] = `${scoring.clause['en']} Changed.`;
    });
    expect(promptHidden(element)).to.equal(true);
    expect(element.decision('offers')).to.equal(true);
  });

  it('when a purpose the visitor refused is now necessary, and its gated script waits for the new decision', async () => {
    const gated = heldScript('credit-scoring', 'window.__nowNecessaryRan = (window.__nowNecessaryRan || 0) + 1;');
    const ran = () => (window as { __nowNecessaryRan?: number }).__nowNecessaryRan;
    try {
      // The first visit refuses credit-scoring (only offers is granted); the site then calls it necessary.
      const element = await decideThenVisit((config) => {
        const purposes = config.purposes as unknown as Record<string, unknown>[];
        const at = purposes.findIndex((p) => p['id'] === 'credit-scoring');
        const { id, title, clause } = purposes[at]!;
        purposes[at] = { id, title, clause, necessary: true };
      });
      expect(promptHidden(element)).to.equal(false);
      expect(reaskText(element)).to.contain('1 new purpose was added');
      expect(reaskText(element)).to.contain('Credit');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(ran(), 'nothing gated runs before the visitor decides').to.equal(undefined);
      await decide(element, 'reject-all');
      await waitUntil(() => ran() === 1, 'the necessary purpose runs once the visitor has decided', { timeout: 5000 });
    } finally {
      gated.remove();
      delete (window as { __nowNecessaryRan?: number }).__nowNecessaryRan;
    }
  });

  it('when a purpose is added', async () => {
    const element = await decideThenVisit((config) => {
      const purposes = config.purposes as unknown as Record<string, unknown>[];
      purposes.push({
        id: 'newsletter',
        title: { en: 'Newsletter', 'zh-CN': '新闻通讯' },
        clause: { en: 'We send you a monthly newsletter.', 'zh-CN': '我们每月向您发送新闻通讯。' },
      });
    });
    expect(reaskText(element)).to.contain('1 new purpose was added');
    expect(reaskText(element)).to.contain('Newsletter');
  });

  for (const [maxAgeDays, said] of [
    [30, 'older than 30 days'],
    [1, 'older than 1 day'],
  ] as const) {
    it(`after the maximum age (${maxAgeDays}: "${said}")`, async () => {
      const first = await visit({ ...(await annualReport()), maxAgeDays });
      await decide(first, 'accept-all');
      await stored();
      first.remove();
      const realNow = Date.now;
      Date.now = () => realNow() + (maxAgeDays + 1) * 86_400_000;
      try {
        const element = await visit({ ...(await annualReport()), maxAgeDays });
        expect(promptHidden(element)).to.equal(false);
        // The plural form the number needs, not "1 days".
        expect(reaskText(element)).to.match(new RegExp(`${said}(?!\\w)`));
        expect(element.decision('offers')).to.equal(null);
      } finally {
        Date.now = realNow;
      }
    });
  }
});

describe('other tabs', () => {
  afterEach(() => {
    document.querySelectorAll('consent-prompt, iframe').forEach((el) => el.remove());
  });

  async function openTab(): Promise<Window & { __events: { type: string; detail: ConsentDecisionDetail }[] }> {
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/second-tab.html';
    document.body.append(frame);
    const tab = frame.contentWindow as Window & { __events: { type: string; detail: ConsentDecisionDetail }[] };
    await waitUntil(() => tab.__events?.some((e) => e.type === 'consent-ready'), 'the other tab is ready', {
      timeout: 10_000,
    });
    return tab;
  }

  it('a read of another tab’s change begun before a decision here never replaces that decision', async () => {
    const values = new Map<string, string>();
    let slow = false;
    const adapter = {
      get: async (key: string) => {
        const value = values.get(key) ?? null;
        // The first read once `slow` is set answers a second late, with what was stored when it began.
        if (slow) {
          slow = false;
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
        return value;
      },
      set: (key: string, value: string) => void values.set(key, value),
      remove: (key: string) => void values.delete(key),
    };
    const element = await visit(await annualReport(), { storage: adapter, layout: 'inline' });
    const errors = collect(element, 'consent-storage-error');
    await decide(element, 'accept-all');
    await waitUntil(() => values.has(KEY), 'the grant is stored', { timeout: 5000 });
    // Another tab says it changed something: this tab reads again, slowly, and meanwhile its visitor refuses all.
    slow = true;
    const otherTab = new BroadcastChannel(KEY);
    otherTab.postMessage({ key: KEY });
    await waitUntil(() => !slow, 'the read began', { timeout: 5000 });
    element.show();
    await element.updateComplete;
    await decide(element, 'reject-all');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    otherTab.close();
    expect(errors.map((event) => event.detail.code)).to.deep.equal([]);
    expect(element.decisions).to.deep.equal({ 'credit-scoring': false, offers: false, 'partner-sharing': false });
  });

  it('a BroadcastChannel message that outruns another tab’s localStorage write is no tampering', async () => {
    const element = await visit(await annualReport(), { storage: 'local' });
    const errors = collect(element, 'consent-storage-error');
    await decide(element, 'accept-all');
    const granted = JSON.stringify(await stored());
    element.show();
    await element.updateComplete;
    await decide(element, 'reject-all');
    // Not the mark stored while the withdrawal's receipt is signed: the decision that follows it.
    await waitUntil(
      () =>
        ![granted, null].includes(localStorage.getItem(KEY)) && !localStorage.getItem(KEY)!.startsWith('withdrawing:'),
      'the withdrawal stored',
      { timeout: 5000 },
    );
    // Chromium hands another tab's localStorage write over after that tab's BroadcastChannel message: the first
    // read on the message finds the value from before it, which the receipt chain no longer matches.
    const getItem = Storage.prototype.getItem;
    let stale = true;
    Storage.prototype.getItem = function (this: Storage, key: string) {
      if (key === KEY && stale) {
        stale = false;
        return granted;
      }
      return getItem.call(this, key);
    };
    try {
      const otherTab = new BroadcastChannel(KEY);
      otherTab.postMessage({ key: KEY });
      otherTab.close();
      await waitUntil(() => !stale, 'the stale value was read', { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    } finally {
      Storage.prototype.getItem = getItem;
    }
    expect(errors.map((event) => event.detail.code)).to.deep.equal([]);
    expect(element.decisions).to.deep.equal({ 'credit-scoring': false, offers: false, 'partner-sharing': false });
  });

  /**
   * One store seen by two prompts of one policy: `direct` sees every change at once, `lagging` sees a value written
   * `lag.write` ms late and one removed `lag.remove` ms late (what it held before), as Firefox hands another tab's
   * cookie over after its message.
   */
  function laggingStores(lag: { write: number; remove: number }, compact = false) {
    const values = new Map<string, string>();
    const changed = new Map<string, { value: string | null; at: number; lagMs: number }>();
    const change = (key: string, lagMs: number): void =>
      void changed.set(key, { value: values.get(key) ?? null, at: performance.now(), lagMs });
    const direct = {
      compact,
      get: (key: string) => values.get(key) ?? null,
      set: (key: string, value: string) => {
        change(key, lag.write);
        values.set(key, value);
      },
      remove: (key: string) => {
        change(key, lag.remove);
        values.delete(key);
      },
    };
    const lagging = {
      compact,
      get: (key: string) => {
        const before = changed.get(key);
        return before && performance.now() - before.at < before.lagMs ? before.value : (values.get(key) ?? null);
      },
      set: (key: string, value: string) => void values.set(key, value),
      remove: (key: string) => void values.delete(key),
    };
    return { direct, lagging };
  }

  it('another tab’s decision reaches this one when its write shows here only after its message (Firefox, cookies)', async () => {
    // Firefox hands another tab's cookie to this one after that tab's BroadcastChannel message: the first reads on
    // the message find nothing new. Two prompts of one policy over one store, this one seeing writes 400 ms late.
    const { direct, lagging } = laggingStores({ write: 400, remove: 0 });
    const here = await visit(await annualReport(), { storage: lagging, layout: 'inline' });
    const other = await visit(await annualReport(), { storage: direct, layout: 'inline' });
    const heard = oneEvent(here, 'consent-decision');
    await decide(other, 'accept-all');
    const { detail } = await heard;
    expect(detail.source).to.equal('sync');
    expect(here.decision('offers')).to.equal(true);
  });

  it('forgetting in another tab ends decisions here at once, though storage here still shows them (Firefox, cookies)', async () => {
    // Firefox hands another tab's cookie removal over seconds after its BroadcastChannel message. The cookie form
    // (no receipt in it), this prompt seeing a removal 3 s late.
    const { direct, lagging } = laggingStores({ write: 0, remove: 3000 }, true);
    const here = await visit(await annualReport(), { storage: lagging, layout: 'inline' });
    const other = await visit(await annualReport(), { storage: direct, layout: 'inline' });
    const heard = oneEvent(here, 'consent-decision');
    await decide(other, 'accept-all');
    await heard;
    expect(here.decision('offers')).to.equal(true);
    const begun = performance.now();
    await other.forget();
    await waitUntil(() => here.decision('offers') === null, 'forgotten here too', { timeout: 5000 });
    // At once: not after the reads again that a message outrunning a write gets (a second), nor the removal.
    expect(performance.now() - begun, 'ended at once').to.be.below(600);
    // And it stays forgotten once the removal shows.
    await new Promise((resolve) => setTimeout(resolve, 3200));
    expect(here.decision('offers')).to.equal(null);
  });

  it('two tabs deciding at once over a slow store both end on the later decision, and it is what is stored', async () => {
    // Two prompts of one policy over one store, as two tabs with a host's fetch adapter: this one's writes take
    // 800 ms to land, the other's none. This tab accepts all, the other rejects all just after.
    const values = new Map<string, string>();
    const store = (delayMs: number): StorageAdapter => ({
      get: async (key) => values.get(key) ?? null,
      set: async (key, value) => {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        values.set(key, value);
      },
      remove: async (key) => void values.delete(key),
    });
    const slow = await visit(await annualReport(), { storage: store(800), layout: 'inline' });
    const fast = await visit(await annualReport(), { storage: store(0), layout: 'inline' });
    const errors = [...collect(slow, 'consent-storage-error'), ...collect(fast, 'consent-storage-error')];
    const first = await decide(slow, 'accept-all');
    const later = await decide(fast, 'reject-all');
    expect(later.receipt!.payload[RECEIPT_CLAIM].chain.sequence).to.be.greaterThan(
      first.receipt!.payload[RECEIPT_CLAIM].chain.sequence,
    );
    const refused = { 'credit-scoring': false, offers: false, 'partner-sharing': false };
    await waitUntil(
      () => JSON.stringify(slow.decisions) === JSON.stringify(refused),
      'the tab that decided first takes the later decision',
      { timeout: 5000 },
    );
    // Every write has landed by now: the slow one's (800 ms) came first, or was dropped.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((JSON.parse(values.get(KEY)!) as { action: string }).action).to.equal('reject-all');
    expect(slow.decisions).to.deep.equal(refused);
    expect(fast.decisions).to.deep.equal(refused);
    expect(errors.map((event) => event.detail.code)).to.deep.equal([]);
    // A page loaded now finds the later decision in force, not tampering.
    const next = await visit(await annualReport(), { storage: store(0), layout: 'inline' });
    expect(next.decisions).to.deep.equal(refused);
  });

  it('a decision, and a withdrawal, reach the other tab at once', async () => {
    const tab = await openTab();
    const element = await visit(await annualReport());
    await decide(element, 'accept-all');
    await waitUntil(() => tab.__events.some((e) => e.type === 'consent-decision'), 'the other tab hears of it', {
      timeout: 5000,
    });
    const heard = tab.__events.find((e) => e.type === 'consent-decision')!.detail;
    expect(heard.source).to.equal('sync');
    expect(heard.action).to.equal('accept-all');
    expect(heard.decisions['offers']).to.equal(true);
    expect(heard.receipt!.jws.split('.')).to.have.length(3);
    const otherPrompt = tab.document.querySelector('consent-prompt') as ConsentPrompt;
    expect(otherPrompt.decision('offers')).to.equal(true);
    // The other tab withdraws (through the host API there), and this tab follows.
    const back = oneEvent(element, 'consent-decision');
    otherPrompt.recordHostDecision({ action: 'reject-all' });
    const withdrawn = (await back).detail;
    expect(withdrawn.source).to.equal('sync');
    expect(withdrawn.decisions['offers']).to.equal(false);
    expect(element.decision('offers')).to.equal(false);
  });

  it('with storage="memory", each tab keeps its own decisions: another tab’s is neither heard nor taken for tampering', async () => {
    const tab = await openTab();
    const otherPrompt = tab.document.querySelector('consent-prompt') as ConsentPrompt;
    otherPrompt.storage = 'memory';
    const element = await visit(await annualReport(), { storage: 'memory', layout: 'inline' });
    const errors = collect(element, 'consent-storage-error');
    const changes: unknown[] = [];
    const stop = element.subscribe((change) => changes.push(change.source));
    try {
      const decided = oneEvent(element, 'consent-decision');
      element.recordHostDecision({ action: 'save', decisions: { offers: true } });
      await decided;
      // Both receipts go to one IndexedDB chain: the other tab's is the newest there once it decides too.
      otherPrompt.recordHostDecision({ action: 'save', decisions: { offers: true } });
      await waitUntil(() => tab.__events.some((e) => e.type === 'consent-decision'), 'the other tab decided');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      otherPrompt.recordHostDecision({ action: 'reject-all' });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(errors.map((event) => event.detail.code)).to.deep.equal([]);
      expect(tab.__events.filter((e) => e.type === 'consent-storage-error')).to.deep.equal([]);
      expect(element.decision('offers')).to.equal(true);
      expect(changes, 'nothing heard from the other tab').not.to.include('sync');
      expect(tab.__events.filter((e) => e.type === 'consent-decision').map((e) => e.detail.source)).to.deep.equal([
        'host',
        'host',
      ]);
    } finally {
      stop();
    }
  });

  it('a withdrawal in the other tab ends only what it withdrew here, without asking again meanwhile', async () => {
    const tab = await openTab();
    const element = await visit(await annualReport());
    const all = { 'credit-scoring': true, offers: true, 'partner-sharing': true };
    const decided = oneEvent(element, 'consent-decision');
    element.recordHostDecision({ action: 'save', decisions: all });
    await decided;
    const otherPrompt = tab.document.querySelector('consent-prompt') as ConsentPrompt;
    await waitUntil(() => otherPrompt.decision('partner-sharing') === true, 'synced', { timeout: 5000 });
    const changes: (Record<string, boolean> | null)[] = [];
    const stop = element.subscribe((change) => changes.push(change.decisions && { ...change.decisions }));
    const opened: boolean[] = [];
    const watch = new MutationObserver(() => opened.push(element.open));
    watch.observe(element, { attributes: true, attributeFilter: ['open'] });
    try {
      // Offers withdrawn there; its receipt is signed while the old decision is gone from storage.
      const heard = oneEvent(element, 'consent-decision');
      otherPrompt.recordHostDecision({
        action: 'save',
        decisions: { 'credit-scoring': true, 'partner-sharing': true },
      });
      const { detail } = await heard;
      expect(detail.source).to.equal('sync');
      expect(detail.decisions).to.deep.equal({ 'credit-scoring': true, offers: false, 'partner-sharing': true });
      expect(detail.receipt!.jws.split('.')).to.have.length(3);
    } finally {
      stop();
      watch.disconnect();
    }
    expect(changes.length).to.be.greaterThan(0);
    expect(changes, 'never nothing in force').not.to.include(null);
    for (const change of changes) expect(change!['credit-scoring'], JSON.stringify(changes)).to.equal(true);
    expect(opened, 'the prompt never opened').not.to.include(true);
    expect(element.decision('offers')).to.equal(false);
    expect(element.decision('partner-sharing')).to.equal(true);
  });

  it('tells the other tab the language this tab showed, and the notice it gave', async () => {
    const tab = await openTab();
    // Traditional Chinese words here; the config has no Traditional Chinese clauses, so English ones, with a notice.
    const element = await fixture<ConsentPrompt>(
      html`<consent-prompt layout="banner" lang="zh-TW" storage="local"></consent-prompt>`,
    );
    const ready = oneEvent(element, 'consent-ready');
    element.config = await annualReport();
    expect((await ready).detail.language, 'ready once its words are loaded').to.equal('zh-Hant');
    await element.updateComplete;
    const made = await decide(element, 'accept-all');
    expect(made.shown['offers']).to.deep.equal({ language: 'en', languageNotice: true });
    await waitUntil(() => tab.__events.some((e) => e.type === 'consent-decision'), 'the other tab hears of it', {
      timeout: 5000,
    });
    const heard = tab.__events.find((e) => e.type === 'consent-decision')!.detail;
    expect(heard.source).to.equal('sync');
    expect(heard.language, 'this tab’s words, not the other tab’s').to.equal('zh-Hant');
    expect(heard.shown['offers']).to.deep.equal({ language: 'en', languageNotice: true });
    // Necessary purposes too, as on the visitor's own event: their languages come from the receipt.
    expect(heard.shown).to.deep.equal(made.shown);
  });

  it('a decision heard from another prompt of the page names every clause’s language, necessary ones too, also from a cookie', async () => {
    for (const storage of ['cookie', 'local'] as const) {
      const here = await visit(await annualReport(), { storage, layout: 'inline' });
      const other = await visit(await annualReport(), { storage, layout: 'inline' });
      // The deciding prompt reads Chinese, this one English: each clause's language is the other's, not ours.
      other.setAttribute('lang', 'zh-CN');
      await waitUntil(() => other.language === 'zh-Hans', 'the other prompt shows Chinese');
      await other.updateComplete;
      const heard = oneEvent(here, 'consent-decision');
      const made = await decide(other, 'reject-all');
      expect(made.shown['bill']!.language).to.equal('zh-CN');
      const { detail } = await heard;
      expect(detail.source).to.equal('sync');
      expect(Object.keys(detail.shown)).to.have.members(['bill', 'credit-scoring', 'offers', 'partner-sharing']);
      expect(detail.shown, storage).to.deep.equal(made.shown);
      here.remove();
      other.remove();
      forgetRememberedDecisions();
    }
  });

  it('forgetting in one tab asks again in the other', async () => {
    const tab = await openTab();
    const element = await visit(await annualReport());
    await decide(element, 'accept-all');
    const otherPrompt = tab.document.querySelector('consent-prompt') as ConsentPrompt;
    await waitUntil(() => otherPrompt.decision('offers') === true, 'synced', { timeout: 5000 });
    await otherPrompt.forget();
    await waitUntil(() => element.decision('offers') === null, 'forgotten here too', { timeout: 5000 });
    expect(promptHidden(element)).to.equal(false);
  });
});

describe('the JS API', () => {
  afterEach(() => document.querySelectorAll('consent-prompt').forEach((el) => el.remove()));

  it('granted() resolves when the purpose is granted, never on refusal', async () => {
    const element = await visit(await annualReport());
    let granted = false;
    void element.granted('offers').then(() => (granted = true));
    await decide(element, 'reject-all');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(granted).to.equal(false);
    element.show();
    await element.updateComplete;
    await decide(element, 'accept-all');
    await waitUntil(() => granted, 'granted() resolves');
    let error: unknown;
    await element.granted('no-such-purpose').catch((e: unknown) => (error = e));
    expect((error as { code?: string }).code).to.equal('unknown-purpose');
    for (const hostile of [Symbol('offers'), { toString: () => 'offers' }, 7]) {
      error = undefined;
      await element.granted(hostile as never).catch((e: unknown) => (error = e));
      expect(error, String(typeof hostile)).to.be.instanceOf(ConsentError);
      expect((error as ConsentError).code).to.equal('unknown-purpose');
    }
    await element.granted('offers'); // already granted: resolves at once
  });

  it('subscribe() hears every change, and forget() removes what was stored and asks again', async () => {
    const element = await visit(await annualReport());
    const changes: { source: string; offers: boolean | null }[] = [];
    const unsubscribe = element.subscribe(({ decisions, source }) =>
      changes.push({ source, offers: decisions ? decisions['offers'] === true : null }),
    );
    await decide(element, 'accept-all');
    await stored();
    await element.forget();
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(promptHidden(element)).to.equal(false);
    unsubscribe();
    await decide(element, 'reject-all');
    expect(changes).to.deep.equal([
      { source: 'visitor', offers: true },
      { source: 'forget', offers: null },
    ]);
  });

  it('a decision made while forget() runs is signed after it, and the next visit takes it (no await between them)', async () => {
    const element = await visit(await annualReport());
    await decide(element, 'accept-all');
    await stored();
    const decided = oneEvent(element, 'consent-decision');
    const forgetting = element.forget();
    element.recordHostDecision({ action: 'save', decisions: { offers: true } });
    await forgetting;
    const { detail } = await decided;
    // A new chain, after the forget: its first receipt says why it starts.
    expect(detail.receipt!.payload[RECEIPT_CLAIM].chain).to.deep.include({ sequence: 0, reason: 'forget' });
    await waitUntil(() => localStorage.getItem(KEY)?.includes(detail.receipt!.jws), 'the decision stored', {
      timeout: 5000,
    });
    element.remove();
    const next = await visit(await annualReport());
    const errors = collect(next, 'consent-storage-error');
    await next.updateComplete;
    expect(next.decisions).to.deep.equal({ 'credit-scoring': false, offers: true, 'partner-sharing': false });
    expect(errors.map((event) => event.detail.code)).to.deep.equal([]);
  });

  it("forgetting under one policy starts every policy's next chain anew: the principal id and device key are the site's", async () => {
    const config = await annualReport();
    const newsletter = { ...config, policy: { ...config.policy, id: 'newsletter' } };
    const other = await visit(newsletter);
    const before = await decide(other, 'accept-all');
    await waitUntil(() => localStorage.getItem('unticked:newsletter')?.includes(before.receipt!.jws), 'stored', {
      timeout: 5000,
    });
    other.remove();
    const element = await visit(await annualReport());
    await decide(element, 'reject-all');
    await element.forget();
    element.remove();
    const { keptReceipts } = await import('../../src/receipt/receipt-issuer.js');
    expect(await keptReceipts('newsletter'), "the other policy's receipts name the forgotten id").to.deep.equal([]);
    // Its decision was signed under the forgotten id: asked again, not continued under a new one.
    const again = await visit(newsletter);
    expect(again.decisions).to.equal(null);
    const after = await decide(again, 'reject-all');
    expect(after.receipt!.payload[RECEIPT_CLAIM].chain).to.deep.include({ sequence: 0, reason: 'forget' });
    expect(after.receipt!.payload.sub).to.not.equal(before.receipt!.payload.sub);
  });

  it('a host decision made while the remembered one is read is not undone when the read finishes', async function () {
    this.timeout(30_000);
    const config = await annualReport();
    for (const slowSigner of [false, true]) {
      const first = await visit(config);
      // The second round finds the first's refusal: the visitor reopens the prompt to grant.
      first.show();
      await first.updateComplete;
      await decide(first, 'accept-all');
      await waitUntil(() => localStorage.getItem(KEY)?.includes('"offers":true'), 'the grant is stored');
      first.remove();
      const element = await fixture<ConsentPrompt>(
        html`<consent-prompt layout="banner" lang="en" storage="local"></consent-prompt>`,
      );
      const storageErrors = collect(element, 'consent-storage-error');
      const ready = oneEvent(element, 'consent-ready');
      element.config = config;
      // One signer signs at once; the other holds the receipt chain for a while and fails, so the read of the
      // remembered grant ends after the host's decision.
      if (slowSigner) {
        element.signer = async () => {
          await new Promise((resolve) => setTimeout(resolve, 1500));
          throw new Error('signer down');
        };
      }
      element.recordHostDecision({ action: 'reject-all' });
      expect(element.decision('offers')).to.equal(false);
      const { detail } = await ready;
      expect(detail.decisions['offers'] ?? false, 'consent-ready').to.equal(false);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(element.decision('offers'), `signer ${slowSigner ? 'slow' : 'fast'}`).to.equal(false);
      // What was read was older than the decision: no fault of it is reported ("tampered" before).
      expect(storageErrors.map((event) => event.detail.code)).to.deep.equal([]);
      element.remove();
    }
  });
});

describe('Global Privacy Control', () => {
  afterEach(() => {
    delete (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl;
    document.querySelectorAll('consent-prompt').forEach((el) => el.remove());
  });

  async function withSale(): Promise<ConsentConfig> {
    const config = (await annualReport()) as unknown as { purposes: Record<string, unknown>[] };
    config.purposes.find((p) => p['id'] === 'offers')!['saleOrSharing'] = true;
    return config as unknown as ConsentConfig;
  }

  it('on: sale or sharing is shown as refused with a note, left out of "Accept all", and recorded', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => true });
    const element = await visit(await withSale());
    const offers = shadow(element).querySelector('li[data-purpose="offers"]')!;
    expect(offers.querySelector('[part="gpc-note"]')!.textContent).to.contain('Global Privacy Control');
    expect(shadow(element).querySelector('[part="accept-all-note"]')!.textContent).to.contain('Personalised offers');
    const all = await decide(element, 'accept-all');
    expect(all.decisions['offers']).to.equal(false);
    expect(all.receipt!.payload['urn:unticked:consent'].gpc).to.equal(true);
    // The visitor may still grant it with their own switch.
    element.show();
    await element.updateComplete;
    await trustedClick(toggle(element, 'offers'));
    const own = await decide(element, 'save');
    expect(own.decisions['offers']).to.equal(true);
  });

  const signal = (on: boolean) =>
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => on });

  it('turned on after a grant: the grant is not in force, the prompt asks again and says why', async () => {
    signal(false);
    const first = await visit(await withSale());
    expect((await decide(first, 'accept-all')).decisions['offers']).to.equal(true);
    await stored();
    first.remove();
    signal(true);
    const again = await visit(await withSale());
    expect(promptHidden(again)).to.equal(false);
    expect(again.decision('offers')).to.equal(null);
    expect(again.decision('credit-scoring')).to.equal(null);
    const reask = shadow(again).querySelector('[part="reask"]')?.textContent ?? '';
    expect(reask).to.contain('your browser now sends a Global Privacy Control signal');
    expect(reask).to.contain('Personalised offers');
    expect(toggle(again, 'offers').checked).to.equal(false);
    // The new decision is made with the signal on, and holds on the next load.
    const decided = await decide(again, 'accept-all');
    expect(decided.decisions['offers']).to.equal(false);
    expect(decided.receipt!.payload['urn:unticked:consent'].gpc).to.equal(true);
    await waitUntil(() => (JSON.parse(localStorage.getItem(KEY) ?? '{}') as { gpc?: unknown }).gpc === true);
    again.remove();
    const third = await visit(await withSale());
    expect(promptHidden(third)).to.equal(true);
    expect(third.decision('offers')).to.equal(false);
  });

  it('on when the visitor granted sale or sharing themselves: the grant stands', async () => {
    signal(true);
    const first = await visit(await withSale());
    await trustedClick(toggle(first, 'offers'));
    expect((await decide(first, 'save')).decisions['offers']).to.equal(true);
    await stored();
    first.remove();
    const next = await visit(await withSale());
    expect(promptHidden(next)).to.equal(true);
    expect(next.decision('offers')).to.equal(true);
  });

  it('on when the visitor granted a purpose that did not then sell or share, and now does: asked again', async () => {
    signal(true);
    const first = await visit(await annualReport());
    expect(shadow(first).querySelector('[part="gpc-note"]')).to.equal(null);
    await trustedClick(toggle(first, 'offers'));
    expect((await decide(first, 'save')).decisions['offers']).to.equal(true);
    await stored();
    first.remove();
    // Same version: the site now marks offers as sale or sharing. The visitor was never told, nor shown it refused.
    const next = await visit(await withSale());
    expect(promptHidden(next)).to.equal(false);
    expect(next.decision('offers')).to.equal(null);
    expect(toggle(next, 'offers').checked).to.equal(false);
    expect(shadow(next).querySelector('li[data-purpose="offers"] [part="gpc-note"]')).to.not.equal(null);
  });

  it('off: no note, and "Accept all" covers it', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => false });
    const element = await visit(await withSale());
    expect(shadow(element).querySelector('[part="gpc-note"]')).to.equal(null);
    const all = await decide(element, 'accept-all');
    expect(all.decisions['offers']).to.equal(true);
    expect(all.receipt!.payload['urn:unticked:consent'].gpc).to.equal(false);
  });
});

describe('gated content and Consent Mode through the prompt', () => {
  const page = window as unknown as { __gatedRan?: number; dataLayer?: unknown[]; gtag?: unknown };
  afterEach(() => {
    document
      .querySelectorAll('consent-prompt, script[data-consent], iframe[data-consent]')
      .forEach((el) => el.remove());
    delete page.__gatedRan;
    delete page.dataLayer;
    delete page.gtag;
  });

  it('runs a gated script only once its purpose is granted, and tells Google tags', async () => {
    heldScript('offers', 'window.__gatedRan = (window.__gatedRan || 0) + 1;');
    page.dataLayer = [];
    const config = { ...(await annualReport()), consentMode: { ad_personalization: ['offers'] } };
    const element = await visit(config);
    await decide(element, 'reject-all');
    // The Consent Mode code loads on first use: wait for its update rather than a fixed time.
    await waitUntil(() => page.dataLayer!.length > 0, 'Consent Mode is told', { timeout: 5000 });
    expect(page.__gatedRan).to.equal(undefined);
    const refused = page.dataLayer.map((entry) => [...(entry as IArguments)]);
    expect(refused.at(-1)).to.deep.equal([
      'consent',
      'update',
      {
        ad_storage: 'denied',
        analytics_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'denied',
      },
    ]);
    element.show();
    await element.updateComplete;
    await decide(element, 'accept-all');
    await waitUntil(() => page.__gatedRan === 1, 'the gated script runs', { timeout: 5000 });
    const granted = page.dataLayer.map((entry) => [...(entry as IArguments)]);
    expect((granted.at(-1)![2] as Record<string, string>)['ad_personalization']).to.equal('granted');
  });

  it('lets another prompt gate once the first was moved into a frame, even a frame removed with it inside', async () => {
    heldScript('offers', 'window.__gatedRan = (window.__gatedRan || 0) + 1;');
    // Another policy: the first prompt hears nothing of the second's decisions.
    const other = await annualReport();
    const first = await visit({ ...other, policy: { ...other.policy, id: 'preview' } }, { storage: 'memory' });
    const frame = document.createElement('iframe');
    document.body.append(frame);
    frame.contentDocument!.body.append(first);
    await first.updateComplete;
    // Removed with the prompt inside: the prompt is never told it left (its own document stays connected).
    frame.remove();
    const second = await visit(await annualReport(), { storage: 'memory' });
    const errors = collect(second, 'consent-error');
    await decide(second, 'accept-all');
    await waitUntil(() => page.__gatedRan === 1, 'the gated script runs', { timeout: 5000 });
    expect(errors.flatMap((event) => event.detail.problems.map((p) => p.code))).to.not.include('gating-taken');
  });

  it('fires consent-error (source "host") for gated markup it cannot hold back as written', async () => {
    // type="text/javascript" ran at once: the gate cannot take that back, only say so.
    const gated = document.createElement('script');
    gated.type = 'text/javascript';
    gated.dataset['consent'] = 'offers';
    gated.textContent = 'window.__gatedRan = (window.__gatedRan || 0) + 1;';
    document.body.append(gated);
    const element = document.createElement('consent-prompt');
    element.setAttribute('storage', 'memory');
    const errors = collect(element, 'consent-error');
    const ready = oneEvent(element, 'consent-ready');
    element.config = await annualReport();
    document.body.append(element);
    await ready;
    await waitUntil(() => errors.length > 0, 'the markup is reported', { timeout: 5000 });
    expect(errors[0]!.detail.source).to.equal('host');
    expect(errors[0]!.detail.problems[0]).to.include({ code: 'gating-markup', path: 'type' });
  });

  for (const replacement of ['a new version', 'an invalid config'] as const) {
    it(`tells Google tags and subscribe() listeners that a grant ended when ${replacement} replaces the config`, async () => {
      page.dataLayer = [];
      const config = { ...(await annualReport()), consentMode: { ad_personalization: ['offers'] } };
      const element = await visit(config);
      const changes: unknown[] = [];
      element.subscribe((change) => changes.push(change));
      await decide(element, 'accept-all');
      const last = () => [...(page.dataLayer!.at(-1) as IArguments)][2] as Record<string, string>;
      await waitUntil(() => last()?.['ad_personalization'] === 'granted', 'granted', { timeout: 5000 });
      const next =
        replacement === 'a new version'
          ? { ...config, policy: { ...config.policy, version: '2099-01-01' } }
          : { policy: 1 };
      element.config = next;
      await element.updateComplete;
      expect(element.decision('offers')).to.equal(null);
      expect(last()['ad_personalization']).to.equal('denied');
      expect(changes.at(-1)).to.deep.equal({ decisions: null, source: 'load' });
    });
  }
});

describe('blocked iframes through the prompt', () => {
  afterEach(() => {
    document.querySelectorAll('consent-prompt, iframe[data-consent], .my-placeholder').forEach((el) => el.remove());
  });

  it('shows the host’s own placeholder, whose button takes the visitor to that purpose, and loads after the grant', async () => {
    const frame = document.createElement('iframe');
    frame.dataset['consent'] = 'offers';
    frame.dataset['src'] = '/test/pages/gating-frame.html';
    frame.title = 'Offers';
    document.body.append(frame);
    const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="banner" lang="en"></consent-prompt>`);
    element.placeholder = ({ purposes, requestGrant }) => {
      const box = document.createElement('div');
      box.className = 'my-placeholder';
      const button = document.createElement('button');
      button.textContent = `Show offers (${purposes.join(', ')})`;
      button.addEventListener('click', (event) => requestGrant(purposes[0]!, event));
      box.append(button);
      return box;
    };
    const ready = oneEvent(element, 'consent-ready');
    element.config = await annualReport();
    await ready;
    await waitUntil(() => document.querySelector('.my-placeholder'), 'the host’s placeholder', { timeout: 5000 });
    expect(frame.getAttribute('src')).to.equal(null);
    element.close();
    await element.updateComplete;
    await trustedClick(document.querySelector('.my-placeholder button')!);
    await waitUntil(() => element.open, 'the prompt opens');
    await waitUntil(() => shadow(element).activeElement === toggle(element, 'offers'), 'on that purpose');
    await trustedClick(toggle(element, 'offers'));
    await decide(element, 'save');
    await waitUntil(() => frame.getAttribute('src') === '/test/pages/gating-frame.html', 'the iframe loads', {
      timeout: 5000,
    });
  });

  it('says in the prompt’s language what is blocked, and follows it when the language changes', async () => {
    const frame = document.createElement('iframe');
    frame.dataset['consent'] = 'offers';
    frame.dataset['src'] = '/test/pages/gating-frame.html';
    document.body.append(frame);
    // The config is there from the first update, while the Chinese words are still loading.
    const element = document.createElement('consent-prompt') as ConsentPrompt;
    element.layout = 'banner';
    element.lang = 'zh-CN';
    element.config = await annualReport();
    const ready = oneEvent(element, 'consent-ready');
    document.body.append(element);
    await ready;
    const placeholder = () => frame.previousElementSibling as HTMLElement | null;
    const chinese = '此内容已被屏蔽';
    await waitUntil(() => placeholder()?.textContent?.includes(chinese), 'the placeholder in Chinese', {
      timeout: 5000,
    });
    expect(placeholder()!.lang).to.equal('zh-Hans');
    // The page switches the prompt to English: the placeholder follows.
    element.lang = 'en';
    await waitUntil(() => placeholder()?.textContent?.includes('This content is blocked'), 'in English', {
      timeout: 5000,
    });
    expect(placeholder()!.lang).to.equal('en');
    // In Arabic words, the English title (the config has no Arabic) is isolated and marked as English, so that
    // its full stop or brackets keep their place and a voice reads it as English; in the sentence and the button.
    element.lang = 'ar';
    await waitUntil(() => placeholder()?.lang === 'ar', 'in Arabic', { timeout: 5000 });
    expect(placeholder()!.dir).to.equal('rtl');
    const title = (await annualReport()).purposes.find((p) => p.id === 'offers')!.title.en!;
    const titles = [...placeholder()!.querySelectorAll('bdi')];
    expect(titles.map((bdi) => [bdi.textContent, bdi.lang, bdi.parentElement!.localName])).to.deep.equal([
      [title, 'en', 'p'],
      [title, 'en', 'button'],
    ]);
    expect(frame.getAttribute('src')).to.equal(null);
  });

  it('isolates the title where it was put, not where the same letters first stand in the words around it', async () => {
    const frame = document.createElement('iframe');
    frame.dataset['consent'] = 'offers';
    frame.dataset['src'] = '/test/pages/gating-frame.html';
    document.body.append(frame);
    const config = await annualReport();
    const offers = config.purposes.find((p) => p.id === 'offers')! as { title: Record<string, string> };
    // "This content is blocked until you allow “content”.": the title is the second "content".
    offers.title = { ...offers.title, en: 'content' };
    const element = document.createElement('consent-prompt') as ConsentPrompt;
    element.layout = 'banner';
    element.lang = 'en';
    element.config = config;
    const ready = oneEvent(element, 'consent-ready');
    document.body.append(element);
    await ready;
    const placeholder = () => frame.previousElementSibling as HTMLElement | null;
    await waitUntil(() => placeholder()?.querySelector('bdi'), 'the placeholder', { timeout: 5000 });
    const sentence = placeholder()!.querySelector('p')!;
    expect(sentence.textContent).to.equal('This content is blocked until you allow “content”.');
    expect(sentence.firstChild!.textContent).to.equal('This content is blocked until you allow “');
    expect([...sentence.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).to.deep.equal(['content']);
    expect(placeholder()!.querySelector('button bdi')!.textContent).to.equal('content');
  });

  it('refuses a placeholder that is not a function, naming the property', async () => {
    const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="banner" lang="en"></consent-prompt>`);
    for (const value of ['<img src=x onerror=alert(1)>', { _$litType$: 1, strings: ['<b>x</b>'], values: [] }, 42]) {
      let thrown: unknown;
      try {
        element.placeholder = value as never;
      } catch (error) {
        thrown = error;
      }
      expect(thrown, JSON.stringify(value)).to.be.instanceOf(ConsentError);
      expect(thrown).to.include({ code: 'invalid-placeholder', path: 'placeholder' });
    }
    expect(element.placeholder).to.equal(null);
    element.placeholder = undefined as never;
    expect(element.placeholder).to.equal(null);
  });

  it('shows the built-in placeholder, and keeps the iframe held back, when the host’s throws or returns no new element', async () => {
    const outside = document.createElement('p');
    outside.className = 'my-placeholder';
    document.body.append(outside);
    const returns: [string, () => unknown][] = [
      [
        'throws',
        () => {
          throw new Error('broken');
        },
      ],
      ['a string', () => '<img src=x onerror="window.__placeholderRan = 1">'],
      ['a template look-alike', () => ({ _$litType$: 1, strings: ['<img src=x>'], values: [] })],
      ['an element already in the page', () => outside],
    ];
    for (const [name, render] of returns) {
      const frame = document.createElement('iframe');
      frame.dataset['consent'] = 'offers';
      frame.dataset['src'] = '/test/pages/gating-frame.html';
      document.body.append(frame);
      const logged: unknown[] = [];
      const originalError = console.error;
      console.error = (...args: unknown[]) => logged.push(args[0]);
      const element = await fixture<ConsentPrompt>(html`<consent-prompt layout="banner" lang="en"></consent-prompt>`);
      try {
        element.placeholder = render as never;
        const ready = oneEvent(element, 'consent-ready');
        element.config = await annualReport();
        await ready;
        await waitUntil(() => frame.previousElementSibling?.classList.contains('unticked-placeholder'), name, {
          timeout: 5000,
        });
      } finally {
        console.error = originalError;
      }
      expect(frame.getAttribute('src'), name).to.equal(null);
      expect(frame.hidden, name).to.equal(true);
      expect(outside.parentElement === document.body, name).to.equal(true);
      expect((window as { __placeholderRan?: number }).__placeholderRan, name).to.equal(undefined);
      expect(
        logged.some((entry) => entry instanceof Error && /placeholder/.test(entry.message)),
        `${name}: reported`,
      ).to.equal(true);
      const placeholder = frame.previousElementSibling!;
      element.remove();
      if (placeholder.classList.contains('unticked-placeholder')) placeholder.remove();
      frame.remove();
    }
    outside.remove();
  });
});

/** A gated external script on the page; it logs its purpose to `__gatingLog` when it runs. */
function gatedScript(purpose: string): void {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset['consent'] = purpose;
  script.src = `/test/pages/gating-script.js?name=${purpose}`;
  document.body.append(script);
}

/** A gated iframe on the page. */
function gatedFrame(purpose: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.dataset['consent'] = purpose;
  frame.dataset['src'] = '/test/pages/gating-frame.html';
  document.body.append(frame);
  return frame;
}

/** Time for gate modules, scripts and frames to do whatever they would. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

function removeGatedPage(): void {
  document
    .querySelectorAll('consent-prompt, iframe, script[data-consent], .unticked-placeholder')
    .forEach((el) => el.remove());
}

describe('gated content follows the decisions and the config in force', () => {
  const page = window as Window & { __gatingLog?: string[] };

  afterEach(removeGatedPage);

  it('a new config brings its own necessary purposes: one the new config asks about is not run on a refusal', async () => {
    page.__gatingLog = [];
    gatedScript('bill');
    const element = await visit(await annualReport());
    const next = await annualReport();
    (next.policy as { version: string }).version = '2019-01-01';
    delete (next.purposes[0] as { necessary?: boolean }).necessary;
    const ready = oneEvent(element, 'consent-ready');
    element.config = next;
    await ready;
    await element.updateComplete;
    const detail = await decide(element, 'reject-all');
    expect(detail.decisions['bill']).to.equal(false);
    await settle();
    expect(page.__gatingLog).to.deep.equal([]);
  });

  it('a new config that asks again sends an iframe the old decision let load back to its placeholder', async () => {
    const frame = gatedFrame('offers');
    const element = await visit(await annualReport());
    await decide(element, 'accept-all');
    await waitUntil(() => frame.hasAttribute('src'), 'the iframe loads', { timeout: 5000 });
    const next = await annualReport();
    (next.policy as { version: string }).version = '2019-01-01';
    const ready = oneEvent(element, 'consent-ready');
    element.config = next;
    await ready;
    expect(element.decision('offers')).to.equal(null);
    await waitUntil(() => !frame.hasAttribute('src'), 'the iframe is unloaded', { timeout: 5000 });
    expect(frame.dataset['consentState']).to.equal('blocked');
  });

  it('a prompt put back into the page reads what other tabs decided meanwhile before anything gated runs', async () => {
    page.__gatingLog = [];
    const tabFrame = document.createElement('iframe');
    tabFrame.src = '/test/pages/second-tab.html';
    document.body.append(tabFrame);
    const tab = tabFrame.contentWindow as Window & { __events?: { type: string }[] };
    await waitUntil(() => tab.__events?.some((e) => e.type === 'consent-ready'), 'the other tab is ready', {
      timeout: 10_000,
    });
    const element = await visit(await annualReport());
    await decide(element, 'accept-all');
    const otherPrompt = tab.document.querySelector('consent-prompt') as ConsentPrompt;
    await waitUntil(() => otherPrompt.decision('offers') === true, 'the other tab hears of it', { timeout: 5000 });
    const parent = element.parentElement!;
    element.remove();
    otherPrompt.recordHostDecision({ action: 'reject-all' });
    await waitUntil(() => otherPrompt.decision('offers') === false, 'withdrawn there', { timeout: 5000 });
    await settle();
    parent.append(element);
    gatedScript('offers');
    await waitUntil(() => element.decision('offers') === false, 'this tab reads the withdrawal', { timeout: 5000 });
    await settle();
    expect(page.__gatingLog).to.deep.equal([]);
  });

  it('a prompt put back keeps its decision when storage cannot be reached, and asks again when it was tampered with', async () => {
    const values = new Map<string, string>();
    let reachable = true;
    const adapter = {
      get: (key: string) => {
        if (!reachable) throw new Error('storage gone');
        return values.get(key) ?? null;
      },
      set: (key: string, value: string) => void values.set(key, value),
      remove: (key: string) => void values.delete(key),
    };
    const element = await visit(await annualReport(), { storage: adapter });
    await decide(element, 'accept-all');
    await waitUntil(() => values.size > 0, 'stored', { timeout: 5000 });
    const parent = element.parentElement!;
    reachable = false;
    const unreachable = oneEvent(element, 'consent-storage-error');
    element.remove();
    parent.append(element);
    expect((await unreachable).detail.code).to.equal('unavailable');
    await settle();
    expect(element.decision('offers')).to.equal(true);
    reachable = true;
    for (const key of values.keys()) values.set(key, values.get(key)!.replace('true', 'false'));
    const tampered = oneEvent(element, 'consent-storage-error');
    element.remove();
    parent.append(element);
    expect(['tampered', 'corrupt']).to.include((await tampered).detail.code);
    await waitUntil(() => element.decision('offers') === null, 'asked again', { timeout: 5000 });
  });

  it('one prompt gates a page: a second reports it, and its decisions neither run nor unload anything', async () => {
    page.__gatingLog = [];
    gatedScript('credit-scoring');
    const frame = gatedFrame('offers');
    const first = await visit(await annualReport());
    // The second prompt's config takes as necessary a purpose the first asks about.
    const otherConfig = await annualReport();
    (otherConfig.policy as { id: string }).id = 'other-policy';
    const scoring = otherConfig.purposes[1] as { necessary?: boolean; separateConsent?: boolean };
    scoring.necessary = true;
    delete scoring.separateConsent;
    const second = await fixture<ConsentPrompt>(html`<consent-prompt layout="banner" lang="en"></consent-prompt>`);
    const taken = oneEvent(second, 'consent-error');
    const ready = oneEvent(second, 'consent-ready');
    second.config = otherConfig;
    await ready;
    expect((await taken).detail.problems[0]).to.include({ code: 'gating-taken', path: 'no-gating' });
    // The second banner is on top: it decides first. Its necessary purpose runs nothing the first asks about.
    await decide(second, 'reject-all');
    await settle();
    expect(page.__gatingLog).to.deep.equal([]);
    await decide(first, 'accept-all');
    await waitUntil(() => frame.hasAttribute('src'), 'the first prompt’s grant loads the iframe', { timeout: 5000 });
    await settle();
    expect(page.__gatingLog).to.deep.equal([]);
    expect(document.querySelectorAll('.unticked-placeholder')).to.have.length(0);
    // The first prompt leaves: the second gates now, with its own decisions and necessary purposes.
    first.remove();
    await waitUntil(() => !frame.hasAttribute('src'), 'the second prompt’s refusal applies', { timeout: 5000 });
    await waitUntil(() => page.__gatingLog!.length === 1, 'its necessary purpose runs', { timeout: 5000 });
    expect(page.__gatingLog).to.deep.equal(['credit-scoring']);
    second.remove();
  });
});

describe('who gates, when prompts come, go and change', () => {
  afterEach(removeGatedPage);

  async function otherPolicy(): Promise<ConsentConfig> {
    const config = await annualReport();
    (config.policy as { id: string }).id = 'other-policy';
    return config;
  }

  it('the first prompt in the page gates, even when the second decides first on content added later', async () => {
    const first = await visit(await annualReport());
    const second = await fixture<ConsentPrompt>(html`<consent-prompt layout="banner" lang="en"></consent-prompt>`);
    const ready = oneEvent(second, 'consent-ready');
    second.config = await otherPolicy();
    await ready;
    const frame = gatedFrame('offers');
    await decide(second, 'accept-all');
    await settle();
    expect(frame.hasAttribute('src')).to.equal(false);
    await decide(first, 'accept-all');
    await waitUntil(() => frame.hasAttribute('src'), 'the first prompt’s grant loads it', { timeout: 5000 });
  });

  it('keeps gating through a move within one task, and no second gate appears while its module loads', async () => {
    const frame = gatedFrame('offers');
    const loads: string[] = [];
    frame.addEventListener('load', () => loads.push('load'));
    const first = await visit(await annualReport());
    const second = await fixture<ConsentPrompt>(html`<consent-prompt layout="banner" lang="en"></consent-prompt>`);
    const ready = oneEvent(second, 'consent-ready');
    second.config = await otherPolicy();
    await ready;
    // The second banner is on top of the first: the first decides through the host API.
    first.recordHostDecision({ action: 'accept-all' });
    await waitUntil(() => frame.hasAttribute('src'), 'loaded', { timeout: 5000 });
    // A framework re-parents the owner: it still gates, so the second prompt's refusal unloads nothing.
    const parent = first.parentElement!;
    first.remove();
    parent.append(first);
    await decide(second, 'reject-all');
    await settle();
    expect(frame.getAttribute('src')).to.equal('/test/pages/gating-frame.html');
    // Gating turned off and on again on both while gates load: turning it off leaves the line, so the second is
    // now first and its refusal applies, through one gate only (two would each put up a placeholder).
    first.noGating = true;
    second.noGating = true;
    second.noGating = false;
    first.noGating = false;
    await waitUntil(() => !frame.hasAttribute('src'), 'the second prompt’s refusal applies', { timeout: 5000 });
    await settle();
    expect(document.querySelectorAll('.unticked-placeholder')).to.have.length(1);
  });

  it('a replacement config that is invalid or fails to load ends the old decisions: what they loaded is unloaded', async () => {
    for (const replace of [
      (element: ConsentPrompt) => (element.config = { policy: { id: 'x' } }),
      (element: ConsentPrompt) => {
        // The property wins over src: let go of it, then point src at an address that answers 404.
        element.config = undefined;
        element.setAttribute('src', '/test/pages/missing-config.json');
      },
    ]) {
      const frame = gatedFrame('offers');
      const element = await visit(await annualReport());
      await decide(element, 'accept-all');
      await waitUntil(() => frame.hasAttribute('src'), 'loaded', { timeout: 5000 });
      const failed = oneEvent(element, 'consent-error');
      replace(element);
      await failed;
      await waitUntil(() => !frame.hasAttribute('src'), 'unloaded', { timeout: 5000 });
      expect(element.decision('offers')).to.equal(null);
      expect(element.decisions).to.equal(null);
      const later = gatedFrame('offers');
      await settle();
      expect(later.hasAttribute('src')).to.equal(false);
      element.remove();
      frame.remove();
      later.remove();
      localStorage.clear();
    }
  });

  it('config = null with nothing in the markup: the removed config is no longer shown and its decisions end', async () => {
    const frame = gatedFrame('offers');
    const config = await annualReport();
    const element = await visit(config, { layout: 'inline' });
    await decide(element, 'accept-all');
    await waitUntil(() => frame.hasAttribute('src'), 'loaded', { timeout: 5000 });
    const errors = collect(element, 'consent-error');
    element.config = null;
    await element.updateComplete;
    expect(element.config).to.equal(undefined);
    // Nothing left that could record a decision under the config removed.
    expect(shadow(element).querySelectorAll('button, input')).to.have.length(0);
    expect(shadow(element).textContent).not.to.contain(config.purposes[1]!.title.en);
    expect(element.decisions).to.equal(null);
    await waitUntil(() => !frame.hasAttribute('src'), 'what the decision loaded is unloaded', { timeout: 5000 });
    expect(errors).to.have.length(0);
    // The stored decision is read again with the next config.
    const ready = oneEvent(element, 'consent-ready');
    element.config = config;
    await ready;
    expect(element.decision('offers')).to.equal(true);
    element.remove();
    frame.remove();
    localStorage.clear();
  });
});

describe('where the config comes from', () => {
  afterEach(() => document.querySelectorAll('consent-prompt').forEach((el) => el.remove()));

  it('takes the inline config when src is removed while its fetch is under way', async () => {
    const element = document.createElement('consent-prompt') as ConsentPrompt;
    element.setAttribute('src', '/test/fixtures/annual-report.json');
    document.body.append(element);
    const inline = await annualReport();
    (inline.policy as { id: string }).id = 'inline-policy';
    element.removeAttribute('src');
    const json = document.createElement('script');
    json.type = 'application/json';
    json.textContent = JSON.stringify(inline);
    element.append(json);
    await waitUntil(() => element.config !== undefined, 'a config', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(element.config!.policy.id).to.equal('inline-policy');
  });

  it('reports an empty src and a <script> child of another type instead of staying empty', async () => {
    const empty = document.createElement('consent-prompt') as ConsentPrompt;
    empty.setAttribute('src', '');
    const emptyError = oneEvent(empty, 'consent-error');
    document.body.append(empty);
    expect((await emptyError).detail.problems[0]).to.include({ code: 'config-load', path: 'src' });
    const typed = document.createElement('consent-prompt') as ConsentPrompt;
    const script = document.createElement('script');
    script.type = 'text/json';
    script.textContent = JSON.stringify(await annualReport());
    typed.append(script);
    const typeError = oneEvent(typed, 'consent-error');
    document.body.append(typed);
    const problem = (await typeError).detail.problems[0]!;
    expect(problem).to.include({ code: 'config-load', path: 'script' });
    expect(problem.message).to.include('type="text/json"');
    // A config nested in a <div> or a <template> is reported too.
    for (const wrapper of ['div', 'template']) {
      const nested = document.createElement('consent-prompt') as ConsentPrompt;
      const box = document.createElement(wrapper);
      const inner = document.createElement('script');
      inner.type = 'application/json';
      inner.textContent = JSON.stringify(await annualReport());
      (box instanceof HTMLTemplateElement ? box.content : box).append(inner);
      nested.append(box);
      const nestedError = oneEvent(nested, 'consent-error');
      document.body.append(nested);
      expect((await nestedError).detail.problems[0]!.message, wrapper).to.include('directly inside');
    }
    // Fixed in place, and a MIME type is case-insensitive.
    const ready = oneEvent(typed, 'consent-ready');
    script.type = 'Application/JSON';
    await ready;
    expect(typed.config).to.not.equal(undefined);
  });
});
