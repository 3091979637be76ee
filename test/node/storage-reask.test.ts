/// <reference types="node" />
// When to ask again, and reading another tab's decision: every reason names its purposes, a removed purpose is
// dropped, and a storage event or channel message only ever triggers a validated re-read.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { digestJws, digestText, publicJwkOf, RECEIPT_CLAIM, signReceiptWithKey } from '../../src/core/receipt/index.js';
import {
  askReasons,
  channelName,
  clauseDigests,
  cookieAdapter,
  encodeState,
  isSyncFor,
  memoryAdapter,
  recallConsent,
  saveConsent,
  storedConsentFromReceipt,
  syncConsent,
  syncMessage,
  isForgetMessage,
} from '../../src/core/storage/index.js';
import type { DeviceRecord, StoredConsent, ShownDigest } from '../../src/core/storage/index.js';
import type { ConsentConfig, PurposeConfig } from '../../src/core/config/types.js';
import { grant, loadConfig, MADE_AT, makeKey, makePayload } from '../fixtures/receipt-helpers.js';

const DAY = 86_400_000;
const DECIDED_AT = Date.UTC(2025, 5, 1);
const OPTIONAL = ['credit-scoring', 'offers', 'partner-sharing'];

/** A remembered decision for the fixture (no receipt), with `granted` purposes granted, shown in `language`. */
async function remembered(config: ConsentConfig, granted: string[], language = 'en'): Promise<StoredConsent> {
  const decisions: Record<string, boolean> = {};
  const shown: Record<string, ShownDigest> = {};
  for (const purpose of config.purposes) {
    if (purpose.necessary) continue;
    decisions[purpose.id] = granted.includes(purpose.id);
    shown[purpose.id] = { language, digest: await digestText(purpose.clause[language] ?? '') };
  }
  return {
    v: 1,
    policy: { id: config.policy.id, version: config.policy.version },
    time: DECIDED_AT,
    action: 'save',
    gpc: false,
    decisions,
    shown,
    chain: null,
    receipt: null,
  };
}

/** `config` with one purpose's clause in one language replaced. */
function editClause(config: ConsentConfig, id: string, language: string, text: string): ConsentConfig {
  return {
    ...config,
    purposes: config.purposes.map((purpose) =>
      purpose.id === id ? { ...purpose, clause: { ...purpose.clause, [language]: text } } : purpose,
    ),
  };
}

async function reasonsFor(config: ConsentConfig, state: StoredConsent, now = DECIDED_AT + DAY) {
  return askReasons(config, state, await clauseDigests(config, state), now);
}

describe('askReasons', () => {
  it('asks nothing when nothing changed', async () => {
    const config = loadConfig();
    assert.deepEqual(await reasonsFor(config, await remembered(config, ['offers'])), []);
  });

  it('asks again when the policy version changed, naming every optional purpose', async () => {
    const config = loadConfig();
    const state = await remembered(config, []);
    const bumped = { ...config, policy: { ...config.policy, version: '2019-01-01' } };
    assert.deepEqual(await reasonsFor(bumped, state), [{ code: 'policy-changed', purposes: OPTIONAL }]);
  });

  it('asks again when a clause the visitor agreed to changed in the language they read it in', async () => {
    const config = loadConfig();
    const state = await remembered(config, ['offers', 'partner-sharing']);
    const edited = editClause(config, 'offers', 'en', 'We now also sell your spending categories.');
    assert.deepEqual(await reasonsFor(edited, state), [{ code: 'clause-changed', purposes: ['offers'] }]);
    // One changed character, even without a version bump.
    const comma = editClause(config, 'partner-sharing', 'en', `${config.purposes[3]!.clause['en']} `);
    assert.deepEqual(await reasonsFor(comma, state), [{ code: 'clause-changed', purposes: ['partner-sharing'] }]);
  });

  it('does not ask again for a clause the visitor refused, or one changed in a language they did not read', async () => {
    const config = loadConfig();
    const state = await remembered(config, ['offers']);
    assert.deepEqual(await reasonsFor(editClause(config, 'credit-scoring', 'en', 'Changed.'), state), []);
    assert.deepEqual(await reasonsFor(editClause(config, 'offers', 'zh-CN', '已更改。'), state), []);
    const inChinese = await remembered(config, ['offers'], 'zh-CN');
    assert.deepEqual(await reasonsFor(editClause(config, 'offers', 'en', 'Changed.'), inChinese), []);
    assert.deepEqual(await reasonsFor(editClause(config, 'offers', 'zh-CN', '已更改。'), inChinese), [
      { code: 'clause-changed', purposes: ['offers'] },
    ]);
  });

  it('counts a clause as changed when its language is gone or no digest is given', async () => {
    const config = loadConfig();
    const state = await remembered(config, ['offers'], 'zh-CN');
    const noChinese = {
      ...config,
      purposes: config.purposes.map((purpose) => ({ ...purpose, clause: { en: purpose.clause['en']! } })),
    };
    assert.deepEqual(await reasonsFor(noChinese, state), [{ code: 'clause-changed', purposes: ['offers'] }]);
    assert.deepEqual(askReasons(config, state, {}, DECIDED_AT), [{ code: 'clause-changed', purposes: ['offers'] }]);
  });

  it('compares a shortened digest (the cookie form) by prefix', async () => {
    const config = loadConfig();
    const state = await remembered(config, ['offers']);
    const short = {
      ...state,
      shown: { ...state.shown, offers: { language: 'en', digest: state.shown['offers']!.digest.slice(0, 10) } },
    };
    assert.deepEqual(await reasonsFor(config, short), []);
    assert.deepEqual(await reasonsFor(editClause(config, 'offers', 'en', 'Changed.'), short), [
      { code: 'clause-changed', purposes: ['offers'] },
    ]);
  });

  it('asks about a new optional purpose, not about a new necessary one', async () => {
    const config = loadConfig();
    const state = await remembered(config, ['offers']);
    const template = config.purposes.find((purpose) => purpose.id === 'offers')!;
    const newsletter: PurposeConfig = { ...template, id: 'newsletter' };
    const withOptional = { ...config, purposes: [...config.purposes, newsletter] };
    assert.deepEqual(await reasonsFor(withOptional, state), [{ code: 'new-purpose', purposes: ['newsletter'] }]);
    const necessaryOne: PurposeConfig = {
      id: 'newsletter',
      title: template.title,
      clause: template.clause,
      necessary: true,
    };
    const withNecessary = { ...config, purposes: [...config.purposes, necessaryOne] };
    assert.deepEqual(await reasonsFor(withNecessary, state), []);
    // A necessary purpose that becomes optional was never decided on.
    const unNecessary = {
      ...config,
      purposes: config.purposes.map((purpose) => ({ ...purpose, necessary: false as const })),
    };
    assert.deepEqual(await reasonsFor(unNecessary, state), [{ code: 'new-purpose', purposes: ['bill'] }]);
  });

  it('asks again when a purpose the visitor refused or withdrew is now necessary, not when one they granted is', async () => {
    const config = loadConfig();
    const state = await remembered(config, ['offers']);
    const necessary = (ids: string[]) => ({
      ...config,
      purposes: config.purposes.map((purpose) => {
        if (!ids.includes(purpose.id)) return purpose;
        const { id, title, clause } = purpose;
        return { id, title, clause, necessary: true as const };
      }),
    });
    assert.deepEqual(await reasonsFor(necessary(['credit-scoring']), state), [
      { code: 'new-purpose', purposes: ['credit-scoring'] },
    ]);
    assert.deepEqual(await reasonsFor(necessary(['offers']), state), []);
  });

  it('drops a purpose removed from the config', async () => {
    const config = loadConfig();
    const state = await remembered(config, ['offers', 'partner-sharing']);
    const fewer = { ...config, purposes: config.purposes.filter((purpose) => purpose.id !== 'partner-sharing') };
    assert.deepEqual(await reasonsFor(fewer, state), []);
    const adapter = memoryAdapter();
    assert.equal(await saveConsent(adapter, state), null);
    const recalled = await recallConsent(adapter, fewer, { now: DECIDED_AT + DAY });
    assert.deepEqual(recalled.decisions, { 'credit-scoring': false, offers: true });
  });

  it('asks again after maxAgeDays (365 by default), and for a decision dated in the future', async () => {
    const config = loadConfig();
    const state = await remembered(config, []);
    const expired = [{ code: 'expired', purposes: OPTIONAL }];
    assert.deepEqual(await reasonsFor(config, state, DECIDED_AT + 365 * DAY), []);
    assert.deepEqual(await reasonsFor(config, state, DECIDED_AT + 365 * DAY + 1), expired);
    const monthly = { ...config, maxAgeDays: 30 };
    assert.deepEqual(await reasonsFor(monthly, state, DECIDED_AT + 30 * DAY), []);
    assert.deepEqual(await reasonsFor(monthly, state, DECIDED_AT + 31 * DAY), expired);
    assert.deepEqual(await reasonsFor(config, state, DECIDED_AT - 60_000), []);
    assert.deepEqual(await reasonsFor(config, state, DECIDED_AT - DAY), expired);
    assert.deepEqual(await reasonsFor(config, state, Number.NaN), expired);
  });

  it('lists every reason that applies, in a stable order', async () => {
    const config = loadConfig();
    const state = await remembered(config, ['offers']);
    const template = config.purposes.find((purpose) => purpose.id === 'offers')!;
    const changed = {
      ...editClause(config, 'offers', 'en', 'Changed.'),
      policy: { ...config.policy, version: 'next' },
      maxAgeDays: 1,
    };
    const all = { ...changed, purposes: [...changed.purposes, { ...template, id: 'newsletter' }] };
    const withNew = [...OPTIONAL, 'newsletter'];
    assert.deepEqual(await reasonsFor(all, state, DECIDED_AT + 2 * DAY), [
      { code: 'policy-changed', purposes: withNew },
      { code: 'clause-changed', purposes: ['offers'] },
      { code: 'new-purpose', purposes: ['newsletter'] },
      { code: 'expired', purposes: withNew },
    ]);
  });
});

describe('recallConsent and what a receipt recorded beside each clause', () => {
  const NOW = MADE_AT.getTime() + DAY;

  /** `config` with one purpose changed by `change`. */
  function editPurpose(config: ConsentConfig, id: string, change: (purpose: PurposeConfig) => object): ConsentConfig {
    return {
      ...config,
      purposes: config.purposes.map((purpose) =>
        purpose.id === id ? ({ ...purpose, ...change(purpose) } as PurposeConfig) : purpose,
      ),
    };
  }

  /**
   * The reason codes and purposes a store holding a signed decision gives for `config`: memory (the receipt kept
   * beside the decision), or a cookie (the compact form; the browser's own record keeps the receipt at its head).
   */
  async function reasonsAfter(
    config: ConsentConfig,
    granted = ['offers', 'partner-sharing'],
    cookie = false,
    decidedWith = loadConfig(),
    issuedBefore?: 'saleOrSharing' | 'retention',
  ) {
    const key = await makeKey();
    const payload = await makePayload({ config: decidedWith, decisions: grant(decidedWith, ...granted) });
    // A receipt issued before the field was recorded.
    if (issuedBefore)
      payload[RECEIPT_CLAIM].decisions.forEach(
        (decision) => delete (decision as unknown as Record<string, unknown>)[issuedBefore],
      );
    const jws = await signReceiptWithKey(payload, key.privateKey, key.publicJwk);
    const head = { sequence: 0, digest: await digestJws(jws) };
    const state = storedConsentFromReceipt(jws, payload, publicJwkOf(key.publicJwk), head);
    const adapter = cookie ? cookieAdapter({ document: { cookie: '' }, secure: false }) : memoryAdapter();
    assert.equal(await saveConsent(adapter, state), null);
    const device = async (): Promise<DeviceRecord> => ({
      publicJwk: publicJwkOf(key.publicJwk),
      head,
      headReceipt: async () => jws,
    });
    const recalled = await recallConsent(adapter, config, { now: NOW, ...(cookie ? { device } : {}) });
    assert.equal(recalled.error, null);
    if (recalled.reasons.length > 0) assert.equal(recalled.decisions, null, 'nothing in force while asking again');
    return recalled.reasons;
  }

  const recipient = { name: 'Example Insurance plc', contact: 'privacy@insurance.example' };

  it('asks nothing when nothing changed', async () => {
    assert.deepEqual(await reasonsAfter(loadConfig()), []);
  });

  it('asks again when a granted purpose gains, loses or renames a recipient, without a new version', async () => {
    const added = editPurpose(loadConfig(), 'partner-sharing', (purpose) => ({
      thirdParties: [...(purpose.thirdParties ?? []), recipient],
    }));
    assert.deepEqual(await reasonsAfter(added), [{ code: 'terms-changed', purposes: ['partner-sharing'] }]);
    const removed = editPurpose(loadConfig(), 'partner-sharing', (purpose) => ({
      thirdParties: purpose.thirdParties?.slice(1),
    }));
    assert.deepEqual(await reasonsAfter(removed), [{ code: 'terms-changed', purposes: ['partner-sharing'] }]);
    const first = editPurpose(loadConfig(), 'offers', () => ({ thirdParties: [recipient] }));
    assert.deepEqual(await reasonsAfter(first), [{ code: 'terms-changed', purposes: ['offers'] }]);
  });

  it('asks again when a granted purpose uses other data, or its title or data labels read differently', async () => {
    const data = editPurpose(loadConfig(), 'offers', (purpose) => ({
      dataCategories: [...(purpose.dataCategories ?? []), 'identity'],
    }));
    assert.deepEqual(await reasonsAfter(data), [{ code: 'terms-changed', purposes: ['offers'] }]);
    const title = editPurpose(loadConfig(), 'offers', (purpose) => ({ title: { ...purpose.title, en: 'Offers' } }));
    assert.deepEqual(await reasonsAfter(title), [{ code: 'terms-changed', purposes: ['offers'] }]);
    const config = loadConfig();
    const labels = config.dataCategories as Record<string, Record<string, string>>;
    const relabelled = {
      ...config,
      dataCategories: { ...labels, 'credit-score': { ...labels['credit-score'], en: 'Everything we know' } },
    } as ConsentConfig;
    assert.deepEqual(await reasonsAfter(relabelled), [{ code: 'terms-changed', purposes: ['partner-sharing'] }]);
  });

  it('asks again when a granted purpose now needs a separate consent it did not need then', async () => {
    const separate = editPurpose(loadConfig(), 'offers', () => ({ separateConsent: true }));
    assert.deepEqual(await reasonsAfter(separate), [{ code: 'terms-changed', purposes: ['offers'] }]);
    assert.deepEqual(await reasonsAfter(separate, undefined, true), [{ code: 'terms-changed', purposes: ['offers'] }]);
    // Refused then, or needing it then as now, or needing it no more: nothing to ask.
    assert.deepEqual(await reasonsAfter(separate, ['partner-sharing']), []);
    const relaxed = editPurpose(loadConfig(), 'partner-sharing', () => ({ separateConsent: false }));
    assert.deepEqual(await reasonsAfter(relaxed), []);
  });

  it('asks again when a granted purpose now sells or shares the data, where the receipt does not record it did', async () => {
    const sold = editPurpose(loadConfig(), 'offers', () => ({ saleOrSharing: true }));
    assert.deepEqual(await reasonsAfter(sold), [{ code: 'terms-changed', purposes: ['offers'] }]);
    assert.deepEqual(await reasonsAfter(sold, undefined, true), [{ code: 'terms-changed', purposes: ['offers'] }]);
    // Refused then, or selling then as now (the prompt said so, and a GPC signal marked it refused), or no more.
    assert.deepEqual(await reasonsAfter(sold, ['partner-sharing']), []);
    assert.deepEqual(await reasonsAfter(sold, undefined, false, sold), []);
    assert.deepEqual(await reasonsAfter(loadConfig(), undefined, false, sold), []);
    // A receipt from before the field was recorded does not say the visitor was told: asked again.
    assert.deepEqual(await reasonsAfter(sold, undefined, false, sold, 'saleOrSharing'), [
      { code: 'terms-changed', purposes: ['offers'] },
    ]);
    assert.deepEqual(await reasonsAfter(loadConfig(), undefined, false, loadConfig(), 'saleOrSharing'), []);
  });

  it('asks again when a granted purpose keeps the data longer or shorter, or the controller is another', async () => {
    const longer = editPurpose(loadConfig(), 'offers', () => ({ retention: 'P10Y' }));
    assert.deepEqual(await reasonsAfter(longer), [{ code: 'terms-changed', purposes: ['offers'] }]);
    assert.deepEqual(await reasonsAfter(longer, undefined, true), [{ code: 'terms-changed', purposes: ['offers'] }]);
    const none = editPurpose(loadConfig(), 'offers', () => ({ retention: undefined }));
    assert.deepEqual(await reasonsAfter(none), [{ code: 'terms-changed', purposes: ['offers'] }]);
    // Refused then: nothing to ask. A receipt from before retention was recorded has nothing to compare.
    assert.deepEqual(await reasonsAfter(longer, ['partner-sharing']), []);
    assert.deepEqual(await reasonsAfter(longer, undefined, false, loadConfig(), 'retention'), []);
    const config = loadConfig();
    const other = { ...config, controller: { ...config.controller, name: 'Other Bank plc' } } as ConsentConfig;
    assert.deepEqual(await reasonsAfter(other), [{ code: 'terms-changed', purposes: ['offers', 'partner-sharing'] }]);
    // The controller's contact details are how to reach the same party: nothing to ask.
    const moved = { ...config, controller: { ...config.controller, email: 'dpo@pay.example' } } as ConsentConfig;
    assert.deepEqual(await reasonsAfter(moved), []);
  });

  it('tells recipients apart one by one, not by their names joined ("Ad, Inc." is not "Ad" and "Inc.")', async () => {
    const one = editPurpose(loadConfig(), 'partner-sharing', () => ({
      thirdParties: [{ name: 'Ad, Inc.', contact: 'privacy@ad.example' }],
    }));
    const two = editPurpose(loadConfig(), 'partner-sharing', () => ({
      thirdParties: [
        { name: 'Ad', contact: 'privacy@ad.example' },
        { name: 'Inc.', contact: 'privacy@inc.example' },
      ],
    }));
    assert.deepEqual(await reasonsAfter(two, undefined, false, one), [
      { code: 'terms-changed', purposes: ['partner-sharing'] },
    ]);
    assert.deepEqual(await reasonsAfter(one, undefined, false, one), []);
  });

  it('compares a cookie, which keeps no receipt, with the receipt this browser kept at its head', async () => {
    const added = editPurpose(loadConfig(), 'partner-sharing', (purpose) => ({
      thirdParties: [...(purpose.thirdParties ?? []), recipient],
    }));
    assert.deepEqual(await reasonsAfter(added, undefined, true), [
      { code: 'terms-changed', purposes: ['partner-sharing'] },
    ]);
    assert.deepEqual(await reasonsAfter(loadConfig(), undefined, true), []);
  });

  it('asks nothing about a refused purpose, or a change in a language the visitor did not read', async () => {
    const refused = editPurpose(loadConfig(), 'credit-scoring', (purpose) => ({
      thirdParties: [...(purpose.thirdParties ?? []), recipient],
    }));
    assert.deepEqual(await reasonsAfter(refused), []);
    const chinese = editPurpose(loadConfig(), 'offers', (purpose) => ({
      title: { ...purpose.title, 'zh-CN': '优惠' },
    }));
    assert.deepEqual(await reasonsAfter(chinese), []);
  });

  it('names a purpose once when its clause changed too', async () => {
    const both = editPurpose(loadConfig(), 'offers', (purpose) => ({
      thirdParties: [recipient],
      clause: { ...purpose.clause, en: 'We now share your spending with an insurer.' },
    }));
    assert.deepEqual(await reasonsAfter(both), [{ code: 'clause-changed', purposes: ['offers'] }]);
  });
});

describe('askReasons and Global Privacy Control', () => {
  /** The fixture with `offers` and `credit-scoring` selling or sharing data. */
  function withSale(): ConsentConfig {
    const config = loadConfig();
    const sold = new Set(['offers', 'credit-scoring']);
    return {
      ...config,
      purposes: config.purposes.map((purpose) =>
        sold.has(purpose.id) ? ({ ...purpose, saleOrSharing: true } as PurposeConfig) : purpose,
      ),
    };
  }
  const withSignal = async (config: ConsentConfig, state: StoredConsent, gpc?: boolean) =>
    askReasons(config, state, await clauseDigests(config, state), DECIDED_AT + DAY, gpc === undefined ? {} : { gpc });

  it('asks again about sale or sharing granted before the browser sent the signal, naming only those', async () => {
    const config = withSale();
    const state = await remembered(config, ['offers', 'partner-sharing']);
    assert.deepEqual(await withSignal(config, state, true), [{ code: 'gpc', purposes: ['offers'] }]);
  });

  it('keeps a grant made while the signal was on, and asks nothing without the signal', async () => {
    const config = withSale();
    const overridden = { ...(await remembered(config, ['offers'])), gpc: true };
    assert.deepEqual(await withSignal(config, overridden, true), []);
    const granted = await remembered(config, ['offers', 'credit-scoring']);
    assert.deepEqual(await withSignal(config, granted, false), []);
    assert.deepEqual(await withSignal(config, granted), [], 'no signal given counts as none');
  });

  it('asks nothing when the signal arrives after sale or sharing was refused', async () => {
    const config = withSale();
    assert.deepEqual(await withSignal(config, await remembered(config, ['partner-sharing']), true), []);
  });

  it('recallConsent puts nothing remembered in force until the visitor decides again', async () => {
    const config = withSale();
    const adapter = memoryAdapter();
    assert.equal(await saveConsent(adapter, await remembered(config, ['offers', 'partner-sharing'])), null);
    const signalled = await recallConsent(adapter, config, { now: DECIDED_AT + DAY, gpc: true });
    assert.equal(signalled.decisions, null);
    assert.deepEqual(signalled.reasons, [{ code: 'gpc', purposes: ['offers'] }]);
    const quiet = await recallConsent(adapter, config, { now: DECIDED_AT + DAY });
    assert.deepEqual(quiet.decisions, { 'credit-scoring': false, offers: true, 'partner-sharing': true });
  });
});

describe('recallConsent', () => {
  it('gives the decisions only while they hold, and never for a stale state', async () => {
    const config = loadConfig();
    const state = await remembered(config, ['offers']);
    const adapter = memoryAdapter();
    assert.equal(await saveConsent(adapter, state), null);
    const fresh = await recallConsent(adapter, config, { now: DECIDED_AT + DAY });
    assert.deepEqual(fresh.decisions, { 'credit-scoring': false, offers: true, 'partner-sharing': false });
    assert.ok(Object.isFrozen(fresh.decisions));
    const old = await recallConsent(adapter, config, { now: DECIDED_AT + 400 * DAY });
    assert.equal(old.decisions, null);
    assert.deepEqual(old.state, state, 'the stale state is still there for the prompt to explain');
    assert.deepEqual(
      old.reasons.map((reason) => reason.code),
      ['expired'],
    );
    const bumped = await recallConsent(
      adapter,
      { ...config, policy: { ...config.policy, version: 'next' } },
      {
        now: DECIDED_AT + DAY,
      },
    );
    assert.equal(bumped.decisions, null);
    assert.equal(bumped.reasons[0]?.code, 'policy-changed');
  });

  it('gives nothing, and no reason, when nothing is stored', async () => {
    const recalled = await recallConsent(memoryAdapter(), loadConfig());
    assert.deepEqual(recalled, { state: null, error: null, reasons: [], decisions: null });
  });
});

describe('cross-tab sync', () => {
  it('names the channel and message after the policy', () => {
    assert.equal(channelName('annual-report'), 'unticked:annual-report');
    assert.deepEqual(syncMessage('annual-report'), { key: 'unticked:annual-report' });
  });

  it('tells a message sent after forgetting from the others, whatever the event holds', () => {
    assert.equal(isForgetMessage({ data: syncMessage('annual-report', true) }), true);
    assert.equal(isForgetMessage({ data: syncMessage('annual-report') }), false);
    assert.equal(isForgetMessage(syncMessage('annual-report', true)), false, 'not an event');
    const trap = new Proxy(
      {},
      {
        has: () => true,
        get: () => {
          throw new Error('boom');
        },
      },
    );
    assert.equal(isForgetMessage(trap), false);
    assert.equal(isForgetMessage({ data: { forgot: 'true' } }), false);
  });

  it('recognises storage events, channel messages and their data for this policy only', () => {
    const key = 'unticked:annual-report';
    assert.equal(isSyncFor({ key, newValue: '{}', oldValue: null }, 'annual-report'), true);
    assert.equal(isSyncFor({ key: null, newValue: null }, 'annual-report'), true, 'storage cleared');
    assert.equal(isSyncFor({ data: syncMessage('annual-report') }, 'annual-report'), true);
    assert.equal(isSyncFor(syncMessage('annual-report'), 'annual-report'), true);
    const trap = new Proxy(
      {},
      {
        has: () => true,
        get: () => {
          throw new Error('gotcha');
        },
      },
    );
    for (const other of [
      { key: 'unticked:other', newValue: '{}' },
      { key: 'annual-report' },
      { data: syncMessage('other') },
      { data: null },
      { data: 'unticked:annual-report' },
      { newValue: '{}' },
      null,
      undefined,
      42,
      key,
      trap,
    ]) {
      assert.equal(isSyncFor(other, 'annual-report'), false, other === trap ? 'trap' : JSON.stringify(other));
    }
  });

  it('reads the new state from storage, never from the event', async () => {
    const config = loadConfig();
    const adapter = memoryAdapter();
    const granted = await remembered(config, ['offers', 'partner-sharing']);
    const refused = await remembered(config, []);
    // The other tab saved a refusal; a forged event claims a grant.
    assert.equal(await saveConsent(adapter, refused), null);
    const forged = { key: 'unticked:annual-report', newValue: encodeState(granted) };
    const synced = await syncConsent(forged, adapter, config, { now: DECIDED_AT + DAY });
    assert.deepEqual(synced?.decisions, { 'credit-scoring': false, offers: false, 'partner-sharing': false });
    assert.equal(await syncConsent({ key: 'unticked:other' }, adapter, config), null);
    // Another tab forgot: the message leads to "no decision".
    await adapter.remove('unticked:annual-report');
    const gone = await syncConsent({ data: syncMessage('annual-report') }, adapter, config);
    assert.deepEqual(gone, { state: null, error: null, reasons: [], decisions: null });
  });

  it('works with the cookie adapter through channel messages', async () => {
    const config = loadConfig();
    const jar = { cookie: '' };
    const adapter = cookieAdapter({ document: jar, secure: false });
    const state = await remembered(config, ['offers']);
    await adapter.set('unticked:annual-report', '1.bad');
    const corrupt = await syncConsent(syncMessage('annual-report'), adapter, config);
    assert.equal(corrupt?.error?.code, 'corrupt');
    assert.equal(corrupt?.decisions, null);
    // A plain object keeps only the last assignment, which is enough for one cookie.
    assert.equal(await saveConsent(adapter, state), null);
    const synced = await syncConsent({ data: syncMessage('annual-report') }, adapter, config, { now: DECIDED_AT });
    assert.equal(synced?.error, null);
    assert.deepEqual(synced?.decisions, { 'credit-scoring': false, offers: true, 'partner-sharing': false });
  });
});
