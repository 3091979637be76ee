/// <reference types="node" />
// Remembering decisions: the stored forms round-trip, hostile stored values never throw and never count as a
// decision, a changed decision or a damaged receipt is caught as tampering, and storage faults come back as
// typed errors rather than exceptions or assumed consent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { digestJws, publicJwkOf, signReceiptWithKey } from '../../src/core/receipt/index.js';
import {
  COMPACT_DIGEST_LENGTH,
  cookieAdapter,
  cookieName,
  decodeCompact,
  decodeState,
  encodeCompact,
  encodeState,
  forgetConsent,
  holdsLaterDecision,
  localStorageAdapter,
  MAX_COOKIE_LENGTH,
  MAX_STORED_LENGTH,
  markWithdrawing,
  memoryAdapter,
  readConsent,
  recallConsent,
  saveConsent,
  storageKey,
  StorageError,
  storageTimeout,
  storedConsent,
  storedConsentFromReceipt,
} from '../../src/core/storage/index.js';
import type { DeviceRecord, StorageAdapter, StoredConsent, WebStorageLike } from '../../src/core/storage/index.js';
import type { ConsentConfig } from '../../src/core/config/types.js';
import type { DecisionAction } from '../../src/core/consent/decisions.js';
import {
  grant,
  loadConfig,
  MADE_AT,
  makeKey,
  makePayload,
  shownIn,
  type TestKey,
} from '../fixtures/receipt-helpers.js';

const KEY = 'unticked:annual-report';
const NOW = MADE_AT.getTime() + 60_000;

/** A real signed receipt for the fixture, and the state remembered after it. */
async function signedState(
  options: { config?: ConsentConfig; granted?: string[]; key?: TestKey } = {},
): Promise<{ state: StoredConsent; key: TestKey; config: ConsentConfig }> {
  const config = options.config ?? loadConfig();
  const key = options.key ?? (await makeKey());
  const payload = await makePayload({ config, decisions: grant(config, ...(options.granted ?? ['offers'])) });
  const jws = await signReceiptWithKey(payload, key.privateKey, key.publicJwk);
  const chain = { sequence: 0, digest: await digestJws(jws) };
  return { state: storedConsentFromReceipt(jws, payload, publicJwkOf(key.publicJwk), chain), key, config };
}

/** A Storage backed by a Map, with hooks to make any part of it fail. */
function fakeStorage(hooks: Partial<WebStorageLike> = {}): WebStorageLike & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: hooks.getItem ?? ((key) => values.get(key) ?? null),
    setItem: hooks.setItem ?? ((key, value) => void values.set(key, value)),
    removeItem: hooks.removeItem ?? ((key) => void values.delete(key)),
  };
}

/** A `document.cookie` that behaves like a browser's for one path: attributes parsed, Max-Age=0 deletes. */
function fakeJar(options: { ignoreWrites?: boolean } = {}) {
  const cookies = new Map<string, string>();
  const writes: string[] = [];
  return {
    cookies,
    writes,
    get cookie(): string {
      return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    },
    set cookie(text: string) {
      writes.push(text);
      if (options.ignoreWrites) return;
      const [pair = '', ...attributes] = text.split(';').map((part) => part.trim());
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      if (attributes.some((attribute) => /^max-age=(0|-)/i.test(attribute))) cookies.delete(name);
      else cookies.set(name, pair.slice(at + 1));
    },
  };
}

/** A stored state as parsed JSON, for tests that edit it. */
interface StateJson {
  policy: { id: string; version: string };
  time: number;
  action: string;
  gpc: boolean;
  decisions: Record<string, boolean>;
  shown: Record<string, { language: string; digest: string }>;
  chain: { sequence: number; digest: string };
  receipt: { jws: string; publicJwk: unknown } | null;
}

const denied = (): never => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('stored forms', () => {
  it('the JSON form round-trips a state taken from a receipt, with the receipt and chain head', async () => {
    const { state } = await signedState();
    assert.equal(state.v, 1);
    assert.deepEqual(state.policy, { id: 'annual-report', version: '2018-01-03' });
    assert.deepEqual(state.decisions, { 'credit-scoring': false, offers: true, 'partner-sharing': false });
    assert.deepEqual(Object.keys(state.shown), Object.keys(state.decisions));
    assert.equal(state.shown['offers']?.language, 'en');
    assert.equal(state.time, MADE_AT.getTime());
    assert.equal(state.action, 'save');
    assert.equal(state.gpc, false);
    assert.equal(state.chain?.sequence, 0);
    assert.deepEqual(decodeState(encodeState(state)), state);
    const loose = { ...state, extra: 1, policy: { ...state.policy, url: 'https://pay.example/privacy' } };
    assert.deepEqual(decodeState(encodeState(loose)), state, 'extra members are left behind');
  });

  it('the compact form round-trips the decisions without the receipt, digests shortened, URL-safe', async () => {
    const { state } = await signedState({ granted: ['offers', 'partner-sharing'] });
    const odd = {
      ...state,
      gpc: true,
      action: 'withdraw' as const,
      policy: { ...state.policy, version: 'v 2.0; "β"_~' },
    };
    const text = encodeCompact(odd);
    assert.match(text, /^[A-Za-z0-9._~%-]+$/);
    assert.ok(!text.includes(state.receipt?.jws.slice(0, 20) ?? '-'), 'no receipt in the compact form');
    const back = decodeCompact(text, 'annual-report');
    assert.ok(back);
    assert.deepEqual(back.decisions, odd.decisions);
    assert.equal(back.policy.version, 'v 2.0; "β"_~');
    assert.equal(back.gpc, true);
    assert.equal(back.action, 'withdraw');
    assert.equal(back.time, state.time);
    assert.equal(back.receipt, null);
    assert.deepEqual(back.chain, state.chain);
    for (const [id, shown] of Object.entries(state.shown)) {
      assert.deepEqual(back.shown[id], {
        language: shown.language,
        digest: shown.digest.slice(0, COMPACT_DIGEST_LENGTH),
      });
    }
    assert.deepEqual(decodeCompact(encodeCompact({ ...state, chain: null }), 'annual-report')?.chain, null);
  });

  it('builds the same state without a receipt as from the receipt of the same decision', async () => {
    const { state, config } = await signedState({ granted: ['offers', 'partner-sharing'] });
    const built = await storedConsent({
      config,
      decisions: { ...grant(config, 'offers', 'partner-sharing'), unknown: true },
      action: 'save',
      shown: shownIn(config, 'en'),
      gpc: false,
      time: MADE_AT.getTime(),
      chain: state.chain,
    });
    assert.deepEqual(built, { ...state, receipt: null });
    assert.deepEqual(decodeState(encodeState(built)), built);
    const { offers: _offers, ...missing } = shownIn(config, 'en');
    await assert.rejects(
      storedConsent({ config, decisions: {}, action: 'reject-all', shown: missing, gpc: true, time: 0 }),
      TypeError,
    );
  });

  it('derives the storage key and cookie name from the policy id, reversibly', () => {
    assert.equal(storageKey('annual-report'), KEY);
    assert.equal(cookieName(KEY), 'unticked_annual-report');
    assert.notEqual(cookieName('unticked:a_b'), cookieName('unticked:a:b'));
    assert.match(cookieName('unticked:a (b); c=d'), /^[A-Za-z0-9_%!'*.~-]+$/);
  });
});

describe('hostile stored values', () => {
  const valid = (): Promise<StoredConsent> => signedState().then(({ state }) => state);

  it('refuses anything that is not exactly a state, without throwing', async () => {
    const state = JSON.parse(encodeState(await valid())) as Record<string, unknown>;
    const hostile: unknown[] = [
      null,
      undefined,
      42,
      {},
      '',
      'null',
      '[]',
      '{}',
      '"text"',
      'not json',
      '{"v":1',
      '['.repeat(100_000),
      'x'.repeat(MAX_STORED_LENGTH + 1),
      '{"__proto__":{"polluted":true}}',
      JSON.stringify({ ...state, v: 2 }),
      JSON.stringify({ ...state, extra: 1 }),
      JSON.stringify({ ...state, decisions: { ...(state['decisions'] as object), Offers: true } }),
      JSON.stringify({ ...state, time: -1 }),
      JSON.stringify({ ...state, time: 1.5 }),
      JSON.stringify({ ...state, time: 2 ** 60 }),
      JSON.stringify({ ...state, action: 'accept' }),
      JSON.stringify({ ...state, shown: {} }),
      JSON.stringify({ ...state, chain: { sequence: 0, digest: 'short' } }),
      JSON.stringify({ ...state, receipt: { jws: 'a.b.c', publicJwk: { kty: 'RSA' } } }),
      JSON.stringify({ ...state, receipt: { jws: 'a.b.c' } }),
    ];
    // Every member, set to every wrong type.
    for (const name of Object.keys(state)) {
      for (const wrong of [null, 0, 'x', true, [], {}, [state[name]]]) {
        // Values of the right type that happen to be valid here.
        const alsoValid = { chain: null, receipt: null, time: 0, gpc: true } as Record<string, unknown>;
        if (name in alsoValid && alsoValid[name] === wrong) continue;
        hostile.push(JSON.stringify({ ...state, [name]: wrong }));
      }
      const { [name]: _dropped, ...without } = state;
      hostile.push(JSON.stringify(without));
    }
    for (const text of hostile) {
      assert.equal(decodeState(text), null, String(text).slice(0, 120));
      assert.equal(decodeCompact(text, 'annual-report'), null);
    }
  });

  it('keeps __proto__ out, keeps other Object.prototype names as plain data, and pollutes nothing', async () => {
    const state = await valid();
    const json = encodeState(state);
    const compact = encodeCompact(state);
    assert.equal(decodeState(json.replace(/"offers"/g, '"__proto__"')), null);
    assert.equal(decodeCompact(compact.replace('offers', '__proto__'), 'annual-report'), null);
    // Valid purpose ids by the config's own pattern: they must stay ordinary own data.
    for (const id of ['constructor', 'prototype', 'hasownproperty', 'tostring']) {
      for (const back of [
        decodeState(json.replace(/"offers"/g, JSON.stringify(id))),
        decodeCompact(compact.replace('offers', id), 'annual-report'),
      ]) {
        assert.ok(back, id);
        assert.equal(Object.prototype.hasOwnProperty.call(back.decisions, id), true);
        assert.equal(back.decisions[id], true);
        assert.equal(Object.getPrototypeOf(back.decisions), Object.prototype);
      }
    }
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });

  it('survives random JSON and random damage to a valid value, returning a state or null', async () => {
    const state = await valid();
    let seed = 12345;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const value = (depth: number): unknown => {
      const kind = depth > 3 ? pick([0, 1, 2, 3]) : pick([0, 1, 2, 3, 4, 5]);
      if (kind === 0) return pick([null, true, false]);
      if (kind === 1) return Math.floor(random() * 1e6) - 5e5;
      if (kind === 2) return pick(['', 'v', '__proto__', 'offers', 'en', 'x'.repeat(50)]);
      if (kind === 3) return [value(depth + 1), value(depth + 1)];
      const object: Record<string, unknown> = {};
      for (const key of ['v', 'policy', 'decisions', 'shown', 'time', pick(['__proto__', 'chain', 'receipt'])]) {
        if (random() < 0.6) Object.defineProperty(object, key, { value: value(depth + 1), enumerable: true });
      }
      return object;
    };
    for (let i = 0; i < 500; i++) {
      const text = JSON.stringify(value(0));
      assert.equal(decodeState(text), null);
      assert.equal(decodeCompact(text, 'annual-report'), null);
    }
    for (const encoded of [encodeState(state), encodeCompact(state)]) {
      for (let i = 0; i < 500; i++) {
        const at = Math.floor(random() * encoded.length);
        const damaged =
          encoded.slice(0, at) + pick(['"', '{', '%', '.', '~', '_', 'A', '\\', '%E0%A4%A']) + encoded.slice(at + 1);
        const json = decodeState(damaged);
        const compact = decodeCompact(damaged, 'annual-report');
        // Whatever survives damage is still a well-formed state.
        for (const result of [json, compact]) if (result) assert.equal(decodeState(encodeState(result))?.v, 1);
      }
    }
  });

  it('refuses compact values with bad escapes, repeated purposes or an impossible time', async () => {
    const text = encodeCompact(await valid());
    const [first, ...rest] = text.split('.');
    assert.equal(first, '1');
    const bad = [
      text.replace(/^1\./, '2.'),
      text.replace('.s.', '.x.'),
      `1.zzzzzzzzzzz.${rest.slice(1).join('.')}`,
      text.replace('offers_en', 'offers_%E0%A4%A'),
      text.replace('offers_en', 'offers_e%'),
      text.replace(/~.*$/, (tail) => `${tail}~${tail.slice(1)}`),
      `${text}.`,
      text + 'x'.repeat(9000),
    ];
    for (const value of bad) assert.equal(decodeCompact(value, 'annual-report'), null, value);
  });
});

describe('readConsent: a kept receipt must verify and agree', () => {
  async function stored(
    change: (state: StateJson) => void,
    config?: ConsentConfig,
  ): Promise<{ code: string | undefined; state: StoredConsent | null }> {
    const { state, config: used } = await signedState({ config });
    const adapter = memoryAdapter();
    const json = JSON.parse(encodeState(state)) as StateJson;
    change(json);
    await adapter.set(KEY, JSON.stringify(json));
    const read = await readConsent(adapter, used, { now: NOW });
    return { code: read.error?.code, state: read.state };
  }

  it('reads back an untouched state', async () => {
    const read = await stored(() => {});
    assert.equal(read.code, undefined);
    assert.equal(read.state?.decisions['offers'], true);
  });

  it('catches a changed decision, time, action, GPC flag, clause digest or chain head as tampering', async () => {
    const changes: Record<string, (state: StateJson) => void> = {
      decision: (state) => (state['decisions']['partner-sharing'] = true),
      'dropped decision': (state) => {
        delete state['decisions']['offers'];
        delete state['shown']['offers'];
      },
      time: (state) => (state['time'] += 86_400_000),
      action: (state) => (state['action'] = 'accept-all'),
      gpc: (state) => (state['gpc'] = true),
      digest: (state) => (state.shown['offers']!.digest = 'A'.repeat(43)),
      language: (state) => (state.shown['offers']!.language = 'zh-CN'),
      'policy version': (state) => (state['policy']['version'] = '2099-01-01'),
      'chain digest': (state) => (state['chain']['digest'] = 'A'.repeat(43)),
      'chain sequence': (state) => (state['chain']['sequence'] = 1),
    };
    for (const [name, change] of Object.entries(changes)) {
      const read = await stored(change);
      assert.equal(read.code, 'tampered', name);
      assert.equal(read.state, null, name);
    }
  });

  it('catches a damaged JWS, another key, or a receipt without a trusted key', async () => {
    const { key: other } = await signedState();
    const flip = (jws: string, at: number): string =>
      jws.slice(0, at) + (jws.charAt(at) === 'A' ? 'B' : 'A') + jws.slice(at + 1);
    const changes: Record<string, (state: StateJson) => void> = {
      header: (state) => (state.receipt!.jws = flip(state.receipt!.jws, 5)),
      payload: (state) => (state.receipt!.jws = flip(state.receipt!.jws, state.receipt!.jws.indexOf('.') + 40)),
      signature: (state) => (state.receipt!.jws = flip(state.receipt!.jws, state.receipt!.jws.length - 10)),
      'other key': (state) => (state.receipt!.publicJwk = other.publicJwk),
      'no key': (state) => (state.receipt!.publicJwk = null),
      'not a JWS': (state) => (state.receipt!.jws = 'a.b.c'),
    };
    for (const [name, change] of Object.entries(changes)) {
      const read = await stored(change);
      assert.equal(read.code, 'tampered', name);
      assert.equal(read.state, null, name);
    }
  });

  it('verifies a receipt signed by the site with the config signer keys when no key is kept', async () => {
    const key = await makeKey();
    const config = { ...loadConfig(), signer: { url: 'https://pay.example/sign', jwks: { keys: [key.publicJwk] } } };
    const { state } = await signedState({ config, key });
    const adapter = memoryAdapter();
    assert.equal(await saveConsent(adapter, { ...state, receipt: { jws: state.receipt!.jws, publicJwk: null } }), null);
    const read = await readConsent(adapter, config, { now: NOW });
    assert.equal(read.error, null);
    assert.equal(read.state?.receipt?.publicJwk, null);
  });

  it('where the config publishes its signer keys, trusts only them, not a key kept beside the value', async () => {
    const site = await makeKey();
    const config = { ...loadConfig(), signer: { url: 'https://pay.example/sign', jwks: { keys: [site.publicJwk] } } };
    // Signed with a key the writer of the value made, and kept beside it, as a device-signed receipt is.
    const { state } = await signedState({ config });
    const adapter = memoryAdapter();
    assert.equal(await saveConsent(adapter, state), null);
    const read = await readConsent(adapter, config, { now: NOW });
    assert.equal(read.error?.code, 'tampered');
    assert.match(read.error?.message ?? '', /untrusted-key/);
  });

  it('with the browser’s own record: the device key must be its own, and the value its latest', async () => {
    const { state, key, config } = await signedState();
    const adapter = memoryAdapter();
    assert.equal(await saveConsent(adapter, state), null);
    const own = publicJwkOf(key.publicJwk);
    const read = (record: DeviceRecord) => readConsent(adapter, config, { now: NOW, device: async () => record });
    const other = publicJwkOf((await makeKey()).publicJwk);
    const cases: [string, DeviceRecord, string | undefined][] = [
      ['its own key, its latest', { publicJwk: own, head: state.chain }, undefined],
      // Every receipt issued here moves the head: a grant without it had its record removed (a withdrawal with it).
      ['its own key, no chain kept (removed)', { publicJwk: own, head: null }, 'tampered'],
      ['another device key', { publicJwk: other, head: state.chain }, 'tampered'],
      ['no device key at all', { publicJwk: null, head: null }, 'tampered'],
      ['a later receipt was issued', { publicJwk: own, head: { ...state.chain!, sequence: 1 } }, 'tampered'],
      ['another receipt is the head', { publicJwk: own, head: { sequence: 0, digest: 'A'.repeat(43) } }, 'tampered'],
      ['forgotten since', { publicJwk: own, head: 'forgotten' }, 'tampered'],
      // IndexedDB unreadable: what the record holds is this page's own, and an earlier visit's value is unchecked.
      ['record unreadable, nothing issued here', { publicJwk: null, head: null, unavailable: true }, 'unavailable'],
      ['record unreadable, another key here', { publicJwk: other, head: null, unavailable: true }, 'unavailable'],
      ['record unreadable, this page’s latest', { publicJwk: own, head: state.chain, unavailable: true }, undefined],
    ];
    for (const [name, record, code] of cases) {
      const result = await read(record);
      assert.equal(result.error?.code, code, name);
      assert.equal(result.state === null, code !== undefined, name);
      assert.equal(result.unchecked === true, code === 'unavailable', name);
      if (code === 'unavailable') {
        assert.equal(result.error?.operation, 'read', name);
        assert.match(result.error?.message ?? '', /cannot be checked: IndexedDB/, name);
      }
    }
    // The cookie's form keeps only the chain head: with the record unreadable, a grant it names from an earlier
    // visit (or a forged one) is unchecked too, and this page's own latest still holds.
    const cookies: StorageAdapter = { ...memoryAdapter(), compact: true };
    assert.equal(await saveConsent(cookies, state), null);
    const readCookie = (record: DeviceRecord) => readConsent(cookies, config, { now: NOW, device: async () => record });
    for (const [name, record, code] of [
      [
        'cookie, record unreadable, nothing issued here',
        { publicJwk: null, head: null, unavailable: true },
        'unavailable',
      ],
      [
        'cookie, record unreadable, another head here',
        { publicJwk: own, head: { sequence: 3, digest: 'A'.repeat(43) }, unavailable: true },
        'unavailable',
      ],
      [
        'cookie, record unreadable, this page’s latest',
        { publicJwk: own, head: state.chain, unavailable: true },
        undefined,
      ],
    ] as [string, DeviceRecord, string | undefined][]) {
      const result = await readCookie(record);
      assert.equal(result.error?.code, code, name);
      assert.equal(result.state === null, code !== undefined, name);
      assert.equal(result.unchecked === true, code === 'unavailable', name);
    }
    // Asked only once a kept receipt verified and agreed: nothing stored, nothing asked.
    let asked = 0;
    await readConsent(memoryAdapter(), config, { device: async () => (asked++, { publicJwk: null, head: null }) });
    assert.equal(asked, 0);
  });

  it('without its receipt (a cookie, a host signer’s without published keys), must say what the kept receipt says', async () => {
    const { state, key, config } = await signedState();
    const jws = state.receipt!.jws;
    // The browser's record: this decision's receipt is the head it kept.
    const device = async (): Promise<DeviceRecord> => ({
      publicJwk: publicJwkOf(key.publicJwk),
      head: state.chain,
      headReceipt: async () => jws,
    });
    const values = new Map<string, string>();
    const adapter = (compact: boolean): StorageAdapter => ({
      get: (name) => values.get(name) ?? null,
      set: (name, value) => void values.set(name, value),
      remove: (name) => void values.delete(name),
      compact,
    });
    const read = async (compact: boolean, value: string) => {
      values.set(KEY, value);
      return readConsent(adapter(compact), config, { now: NOW, device });
    };

    // The cookie: `1.<time>.<action>.<gpc>.<version>.<purposes>.<chain head>`, each purpose
    // `<0|1><digest prefix><id>_<language>`.
    const cookie = encodeCompact(state);
    assert.equal((await read(true, cookie)).error, null, 'the untouched cookie');
    const field = (index: number, change: (value: string) => string) => (value: string) => {
      const fields = value.split('.');
      fields[index] = change(fields[index]!);
      return fields.join('.');
    };
    const cookieEdits: Record<string, (value: string) => string> = {
      'policy version': field(4, () => '2099-01-01'),
      'time (a day later)': field(1, (time) => (parseInt(time, 36) + 86_400_000).toString(36)),
      'time (to the second of reading)': field(1, () => NOW.toString(36)),
      action: field(2, () => 'a'),
      gpc: field(3, () => '1'),
      decision: field(5, (list) => list.replace(/^0|~0/, (zero) => zero.replace('0', '1'))),
      'digest prefix': field(5, (list) => list.replace(/^(\d)./, (_, granted: string) => `${granted}_`)),
      language: field(5, (list) => list.replace(/_en(?=~|$)/, '_de')),
    };
    for (const [name, edit] of Object.entries(cookieEdits)) {
      const edited = edit(cookie);
      assert.notEqual(edited, cookie, name);
      assert.ok(decodeCompact(edited, 'annual-report'), `${name}: still well formed`);
      const result = await read(true, edited);
      assert.equal(result.error?.code, 'tampered', name);
      assert.match(result.error?.message ?? '', /differs from the receipt this browser kept for it/, name);
      assert.equal(result.state, null, name);
    }

    // A host signer's decision whose receipt nobody here can verify: JSON, no receipt, the head kept.
    const json = encodeState({ ...state, receipt: null });
    assert.equal((await read(false, json)).error, null, 'the untouched state without its receipt');
    const jsonEdits: Record<string, (state: StateJson) => void> = {
      'policy version': (edited) => (edited.policy.version = '2099-01-01'),
      time: (edited) => (edited.time = NOW),
      action: (edited) => (edited.action = 'accept-all'),
      gpc: (edited) => (edited.gpc = true),
      decision: (edited) => (edited.decisions['partner-sharing'] = true),
      digest: (edited) => (edited.shown['offers']!.digest = 'A'.repeat(43)),
      'digest cut short': (edited) => (edited.shown['offers']!.digest = edited.shown['offers']!.digest.slice(0, 12)),
      language: (edited) => (edited.shown['offers']!.language = 'zh-CN'),
    };
    for (const [name, edit] of Object.entries(jsonEdits)) {
      const edited = JSON.parse(json) as StateJson;
      edit(edited);
      const result = await read(false, JSON.stringify(edited));
      assert.equal(result.error?.code, 'tampered', name);
      assert.equal(result.state, null, name);
    }
  });

  it('treats a state for another policy id under this key as corrupt', async () => {
    const read = await stored((state) => (state['policy'] = { id: 'other', version: '2018-01-03' }));
    assert.equal(read.code, 'corrupt');
  });

  it('accepts a state without a receipt on its shape alone, unless every stored decision keeps one', async () => {
    const read = await stored((state) => (state['receipt'] = null));
    assert.equal(read.code, undefined);
    assert.equal(read.state?.receipt, null);

    // Where the page keeps a receipt with every decision, stripping it is how an edit would hide.
    const { state, config } = await signedState();
    const adapter = memoryAdapter();
    const strict = { now: NOW, requireReceipt: true };
    const withoutReceipt = (decisions: Record<string, boolean>): StoredConsent => ({
      ...state,
      decisions,
      receipt: null,
      chain: null,
    });
    await saveConsent(adapter, withoutReceipt({ ...state.decisions, 'partner-sharing': true }));
    const granting = await readConsent(adapter, config, strict);
    assert.equal(granting.error?.code, 'tampered');
    assert.equal(granting.state, null);
    // Granting nothing claims nothing: a refusal without its receipt still reads.
    const refusals = Object.fromEntries(Object.keys(state.decisions).map((id) => [id, false]));
    await saveConsent(adapter, withoutReceipt(refusals));
    assert.equal((await readConsent(adapter, config, strict)).error, null);
    // The compact (cookie) form never keeps a receipt, so it is not held to this.
    const jar = fakeJar();
    const cookies = cookieAdapter({ document: jar });
    assert.equal(await saveConsent(cookies, state), null);
    const compact = await readConsent(cookies, config, strict);
    assert.equal(compact.error, null);
    assert.equal(compact.state?.decisions['offers'], true);
  });
});

describe('readConsent: a stored decision that contradicts itself', () => {
  // A browser that keeps no chain for the policy (a fresh one), or a server: only the value itself can tell.
  const config = loadConfig();
  const optional = ['credit-scoring', 'offers', 'partner-sharing'];
  const freshBrowser = async (): Promise<DeviceRecord> => ({ publicJwk: null, head: null });

  /**
   * A decision as stored without its receipt or chain head (made where no receipt could be signed: plain HTTP). One
   * with a chain head this browser has no record of is refused for that when it grants (the device-record cases above).
   */
  const decision = (action: DecisionAction, granted: string[], gpc = false) =>
    storedConsent({
      config,
      decisions: grant(config, ...granted),
      action,
      shown: shownIn(config, 'en'),
      gpc,
      time: MADE_AT.getTime(),
    });

  /** Reads `value` as a cookie (compact) or as JSON, with and without the browser's (empty) record. */
  async function reads(compact: boolean, value: string) {
    const adapter: StorageAdapter = { get: () => value, set: () => undefined, remove: () => undefined, compact };
    return Promise.all([undefined, freshBrowser].map((device) => recallConsent(adapter, config, { now: NOW, device })));
  }

  /** Each stored form of `state`: the cookie's compact one and the JSON one. */
  const forms = (state: StoredConsent): [string, boolean, string][] => [
    ['cookie', true, encodeCompact(state)],
    ['JSON', false, encodeState(state)],
  ];

  async function assertRefused(name: string, state: StoredConsent, reason: RegExp): Promise<void> {
    for (const [form, compact, value] of forms(state)) {
      for (const read of await reads(compact, value)) {
        assert.equal(read.error?.code, 'tampered', `${name} (${form})`);
        assert.match(read.error?.message ?? '', /contradicts itself/, `${name} (${form})`);
        assert.match(read.error?.message ?? '', reason, `${name} (${form})`);
        assert.equal(read.state, null, `${name} (${form})`);
        assert.equal(read.decisions, null, `${name} (${form}): asked again, nothing granted`);
      }
    }
  }

  async function assertCounts(name: string, state: StoredConsent): Promise<void> {
    for (const [form, compact, value] of forms(state)) {
      for (const read of await reads(compact, value)) {
        assert.equal(read.error, null, `${name} (${form})`);
        assert.deepEqual(read.decisions, state.decisions, `${name} (${form})`);
      }
    }
  }

  it('refuses "reject-all" that grants a purpose, as a cookie and as JSON: tampered, nothing granted', async () => {
    // The auditor's forgery: a "Reject all" cookie with every purpose bit flipped to 1, its action letter kept.
    const refusal = encodeCompact(await decision('reject-all', []));
    const forged = refusal.replace(/(^|~|\.)0(?=[\w-]{10}[a-z0-9-]+_)/g, '$11');
    assert.match(forged, /^1\.[0-9a-z]+\.r\./);
    assert.deepEqual(decodeCompact(forged, 'annual-report')?.decisions, grant(config, ...optional), 'well formed');
    for (const read of await reads(true, forged)) {
      assert.equal(read.error?.code, 'tampered');
      assert.equal(read.decisions, null);
    }
    await assertRefused('every purpose granted', await decision('reject-all', optional), /"reject-all"/);
    await assertRefused('an ordinary purpose granted', await decision('reject-all', ['offers']), /"reject-all"/);
    await assertRefused('a separate-consent one', await decision('reject-all', ['partner-sharing']), /"reject-all"/);
    // The genuine refusal still counts.
    await assertCounts('every purpose refused', await decision('reject-all', []));
  });

  it('refuses "withdraw" that refuses nothing, and keeps a withdrawal that leaves other grants', async () => {
    await assertRefused('every purpose granted', await decision('withdraw', optional), /"withdraw"/);
    // A withdrawal turns one grant off and may leave the others.
    await assertCounts('one refused, the others kept', await decision('withdraw', ['offers', 'partner-sharing']));
    await assertCounts('everything refused', await decision('withdraw', []));
  });

  it('never refuses what "Accept all" or "Save" may say, which depends on the config when decided', async () => {
    // The visitor switched a separate-consent purpose on, then chose "Accept all": it keeps their choice.
    await assertCounts('accept-all, a separate-consent purpose granted', await decision('accept-all', optional));
    // An ordinary purpose left refused: it may have needed separate consent, or sold data under GPC, back then.
    await assertCounts('accept-all, an ordinary purpose refused', await decision('accept-all', [], true));
    await assertCounts('save, everything granted', await decision('save', optional));
    await assertCounts('save, nothing granted', await decision('save', []));
  });

  it('never stores a decision that contradicts itself', async () => {
    for (const compact of [false, true]) {
      const values = new Map<string, string>();
      const adapter: StorageAdapter = {
        get: (key) => values.get(key) ?? null,
        set: (key, value) => void values.set(key, value),
        remove: (key) => void values.delete(key),
        compact,
      };
      const error = await saveConsent(adapter, await decision('reject-all', ['offers']));
      assert.equal(error?.code, 'corrupt', `compact: ${compact}`);
      assert.equal(error?.operation, 'write');
      assert.equal(values.size, 0, `compact: ${compact}: nothing stored`);
    }
  });
});

describe('adapters', () => {
  it('localStorage: saves JSON with the receipt under unticked:<policy id>, reads it, forgets it', async () => {
    const { state, config } = await signedState();
    const storage = fakeStorage();
    const adapter = localStorageAdapter(() => storage);
    assert.equal(await saveConsent(adapter, state), null);
    assert.deepEqual([...storage.values.keys()], [KEY]);
    assert.ok(storage.values.get(KEY)?.includes(state.receipt!.jws));
    const read = await readConsent(adapter, config, { now: NOW });
    assert.deepEqual(read, { state, error: null });
    const recalled = await recallConsent(adapter, config, { now: NOW });
    assert.deepEqual(recalled.decisions, { 'credit-scoring': false, offers: true, 'partner-sharing': false });
    assert.deepEqual(recalled.reasons, []);
    assert.equal(await forgetConsent(adapter, 'annual-report'), null);
    assert.equal(storage.values.size, 0);
    assert.deepEqual(await readConsent(adapter, config, { now: NOW }), { state: null, error: null });
  });

  it('memory: each adapter keeps its own values', async () => {
    const { state, config } = await signedState();
    const one = memoryAdapter();
    assert.equal(await saveConsent(one, state), null);
    assert.equal((await readConsent(memoryAdapter(), config, { now: NOW })).state, null);
    assert.deepEqual((await readConsent(one, config, { now: NOW })).state, state);
  });

  it('custom: an async adapter works, and a failing or odd one is a typed error', async () => {
    const { state, config } = await signedState();
    const values = new Map<string, string>();
    const server: StorageAdapter = {
      get: async (key) => values.get(key) ?? null,
      set: async (key, value) => void values.set(key, value),
      remove: async (key) => void values.delete(key),
    };
    assert.equal(await saveConsent(server, state), null);
    assert.deepEqual((await readConsent(server, config, { now: NOW })).state, state);
    assert.equal(await forgetConsent(server, 'annual-report'), null);

    const offline: StorageAdapter = {
      get: () => Promise.reject(new TypeError('Failed to fetch')),
      set: () => Promise.reject(new TypeError('Failed to fetch')),
      remove: () => Promise.reject(new TypeError('Failed to fetch')),
    };
    assert.equal((await saveConsent(offline, state))?.code, 'unavailable');
    const read = await readConsent(offline, config);
    assert.equal(read.state, null);
    assert.equal(read.error?.code, 'unavailable');
    assert.equal(read.error?.operation, 'read');
    assert.equal((await forgetConsent(offline, 'annual-report'))?.operation, 'remove');

    const odd = { get: () => 42, set: () => {}, remove: () => {} } as unknown as StorageAdapter;
    assert.equal((await readConsent(odd, config)).error?.code, 'corrupt');
    const chosen: StorageAdapter = {
      get: () => null,
      set: () => {
        throw new StorageError('too-large', 'The server refuses more');
      },
      remove: () => {},
    };
    const error = await saveConsent(chosen, state);
    assert.ok(error instanceof StorageError);
    assert.equal(error.code, 'too-large');
    assert.equal(error.operation, 'write');
    assert.equal((await readConsent({} as StorageAdapter, config)).error?.code, 'unavailable');
  });

  it('cookie: the compact form with Path=/, SameSite=Lax, Max-Age from maxAgeDays; Secure only when asked', async () => {
    const { state, config } = await signedState();
    const jar = fakeJar();
    const adapter = cookieAdapter({ document: jar, secure: false, maxAgeDays: 30 });
    assert.equal(await saveConsent(adapter, state), null);
    const written = jar.writes[0]!;
    assert.match(written, /^unticked_annual-report=1\.[^;]+; Path=\/; Max-Age=2592000; SameSite=Lax$/);
    assert.ok(!written.includes(state.receipt!.jws.split('.')[2]!), 'the receipt stays out of the cookie');
    assert.ok(written.split(';')[0]!.length < 300);
    const read = await readConsent(adapter, config, { now: NOW });
    assert.equal(read.error, null);
    assert.deepEqual(read.state?.decisions, state.decisions);
    assert.equal(read.state?.receipt, null);
    assert.deepEqual((await recallConsent(adapter, config, { now: NOW })).decisions, state.decisions);

    assert.equal(await forgetConsent(adapter, 'annual-report'), null);
    assert.match(jar.writes.at(-1)!, /^unticked_annual-report=; Path=\/; Max-Age=0; SameSite=Lax$/);
    assert.equal(jar.cookies.size, 0);

    const secureJar = fakeJar();
    await saveConsent(cookieAdapter({ document: secureJar, secure: true }), state);
    assert.match(secureJar.writes[0]!, /; Max-Age=31536000; SameSite=Lax; Secure$/);
  });

  it('cookie: refuses a decision too large for a cookie, and removes the earlier one', async () => {
    const config = loadConfig();
    const template = config.purposes.find((purpose) => purpose.id === 'offers')!;
    const many = Array.from({ length: 120 }, (_, i) => ({ ...template, id: `purpose-${'x'.repeat(30)}-${i}` }));
    const big = { ...config, purposes: [...config.purposes, ...many] };
    const { state } = await signedState();
    const { state: large } = await signedState({ config: big });
    const jar = fakeJar();
    const adapter = cookieAdapter({ document: jar, secure: false });
    assert.equal(await saveConsent(adapter, state), null);
    assert.ok(encodeCompact(large).length > MAX_COOKIE_LENGTH);
    const error = await saveConsent(adapter, large);
    assert.equal(error?.code, 'too-large');
    assert.equal(error?.operation, 'write');
    assert.equal(jar.cookies.size, 0, 'the earlier decision does not outlive the new one');
    assert.ok(jar.writes.every((write) => write.length <= MAX_COOKIE_LENGTH + 60));
  });

  it('cookie: disabled cookies (writes ignored) are a read-back mismatch; no document is unavailable', async () => {
    const { state, config } = await signedState();
    const error = await saveConsent(cookieAdapter({ document: fakeJar({ ignoreWrites: true }) }), state);
    assert.equal(error?.code, 'read-back-mismatch');
    assert.equal((await saveConsent(cookieAdapter(), state))?.code, 'unavailable');
    assert.equal((await readConsent(cookieAdapter(), config)).error?.code, 'unavailable');
  });

  it('cookie: two cookies of the same name are corrupt, not a decision', async () => {
    const { state, config } = await signedState();
    const value = encodeCompact(state);
    const jar = {
      cookie: `unticked_annual-report=${value}; other=1; unticked_annual-report=${value.replace('.s.', '.a.')}`,
    };
    const read = await readConsent(cookieAdapter({ document: jar }), config);
    assert.equal(read.state, null);
    assert.equal(read.error?.code, 'corrupt');
    const one = { cookie: `a=b; unticked_annual-report=${value}; c` };
    assert.deepEqual(
      (await readConsent(cookieAdapter({ document: one }), config, { now: NOW })).state?.decisions,
      state.decisions,
    );
  });
});

describe('storage faults: typed errors, never thrown, never consent', () => {
  it('a localStorage getter that throws (sandboxed frame, storage off)', async () => {
    const { state, config } = await signedState();
    const adapter = localStorageAdapter(denied);
    const saved = await saveConsent(adapter, state);
    assert.ok(saved instanceof StorageError);
    assert.equal(saved.code, 'unavailable');
    assert.ok(saved.cause instanceof DOMException);
    const read = await readConsent(adapter, config);
    assert.deepEqual([read.state, read.error?.code], [null, 'unavailable']);
    const recalled = await recallConsent(adapter, config);
    assert.deepEqual([recalled.decisions, recalled.error?.code], [null, 'unavailable']);
    assert.equal((await forgetConsent(adapter, 'annual-report'))?.code, 'unavailable');
    assert.equal(
      (
        await readConsent(
          localStorageAdapter(() => null),
          config,
        )
      ).error?.code,
      'unavailable',
    );
    // Node 20 has no localStorage: the default getter finds none.
    assert.equal((await readConsent(localStorageAdapter(), config)).error?.code, 'unavailable');
  });

  it('getItem, setItem and removeItem that throw', async () => {
    const { state, config } = await signedState();
    const read = await readConsent(
      localStorageAdapter(() => fakeStorage({ getItem: denied })),
      config,
    );
    assert.equal(read.error?.code, 'unavailable');
    const saved = await saveConsent(
      localStorageAdapter(() => fakeStorage({ setItem: denied })),
      state,
    );
    assert.equal(saved?.code, 'unavailable');
    const forgot = await forgetConsent(
      localStorageAdapter(() => fakeStorage({ removeItem: denied })),
      'annual-report',
    );
    assert.equal(forgot?.code, 'unavailable');
  });

  it('a full quota: QuotaExceededError (and Firefox’s old name) is quota, and the earlier decision is removed', async () => {
    const { state, config } = await signedState({ granted: ['offers', 'partner-sharing'] });
    const { state: refused } = await signedState({ granted: [] });
    for (const name of ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']) {
      const storage = fakeStorage();
      const adapter = localStorageAdapter(() => storage);
      assert.equal(await saveConsent(adapter, state), null);
      storage.setItem = () => {
        throw new DOMException('full', name);
      };
      const error = await saveConsent(adapter, refused);
      assert.equal(error?.code, 'quota', name);
      assert.equal(storage.values.size, 0, 'the earlier grant is gone');
      assert.deepEqual(await readConsent(adapter, config), { state: null, error: null });
    }
  });

  it('a write that does not read back as written is a mismatch', async () => {
    const { state } = await signedState();
    const ignoring = fakeStorage({ setItem: () => {} });
    assert.equal(
      (
        await saveConsent(
          localStorageAdapter(() => ignoring),
          state,
        )
      )?.code,
      'read-back-mismatch',
    );
    const mangling = fakeStorage();
    mangling.setItem = (key, value) => void mangling.values.set(key, value.slice(0, -1));
    assert.equal(
      (
        await saveConsent(
          localStorageAdapter(() => mangling),
          state,
        )
      )?.code,
      'read-back-mismatch',
    );
    assert.equal(mangling.values.size, 0);
    const sticky = fakeStorage({ removeItem: () => {} });
    sticky.values.set(KEY, 'x');
    assert.equal(
      (
        await forgetConsent(
          localStorageAdapter(() => sticky),
          'annual-report',
        )
      )?.code,
      'read-back-mismatch',
    );
  });

  it('refuses to store a state it could not read back, and writes nothing', async () => {
    const { state } = await signedState();
    const storage = fakeStorage();
    const adapter = localStorageAdapter(() => storage);
    const polluted = { ...state, decisions: JSON.parse('{"__proto__": true}') as Record<string, boolean> };
    for (const bad of [polluted, { ...state, shown: {} }, { ...state, time: Number.NaN }]) {
      assert.equal((await saveConsent(adapter, bad))?.code, 'corrupt');
      assert.equal((await saveConsent(cookieAdapter({ document: fakeJar() }), bad))?.code, 'corrupt');
    }
    assert.equal(storage.values.size, 0);
    const huge = { ...state, receipt: { jws: 'x'.repeat(MAX_STORED_LENGTH), publicJwk: null } };
    assert.equal((await saveConsent(adapter, huge))?.code, 'too-large');
    storage.values.set(KEY, 'x'.repeat(MAX_STORED_LENGTH + 1));
    assert.equal((await readConsent(adapter, loadConfig())).error?.code, 'too-large');
  });

  it('an adapter that never answers is unavailable after the timeout, for reading, writing and forgetting', async () => {
    const { state, config } = await signedState();
    const never = <T>() => new Promise<T>(() => {});
    const hanging: StorageAdapter = { get: () => never(), set: () => never(), remove: () => never() };
    const read = await readConsent(hanging, config, { timeoutMs: 50 });
    assert.deepEqual([read.error?.code, read.error?.operation, read.state], ['unavailable', 'read', null]);
    assert.match(read.error?.message ?? '', /did not answer within 50 ms/);
    const saved = await saveConsent(hanging, state, { timeoutMs: 50 });
    assert.deepEqual([saved?.code, saved?.operation], ['unavailable', 'write']);
    const forgot = await forgetConsent(hanging, config.policy.id, { timeoutMs: 50 });
    assert.deepEqual([forgot?.code, forgot?.operation], ['unavailable', 'remove']);
    // The default comes from storageTimeout; a synchronous adapter never waits for it.
    const original = storageTimeout.ms;
    storageTimeout.ms = 30;
    try {
      assert.equal((await recallConsent(hanging, config)).error?.code, 'unavailable');
      const sync = memoryAdapter();
      assert.equal(await saveConsent(sync, state), null);
    } finally {
      storageTimeout.ms = original;
    }
  });

  it('a hostile thrown value still becomes a typed error', async () => {
    const { state } = await signedState();
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('gotcha');
        },
        getPrototypeOf() {
          throw new Error('gotcha');
        },
      },
    );
    const adapter: StorageAdapter = {
      get: () => null,
      set: () => {
        throw trap;
      },
      remove: () => {},
    };
    assert.equal((await saveConsent(adapter, state))?.code, 'unavailable');
  });
});

describe('a withdrawal on its way', () => {
  it('reads as no decision, with the purposes it ends, and on a next visit asks again without an error', async () => {
    const adapter = memoryAdapter();
    const config = loadConfig();
    assert.equal(await markWithdrawing(adapter, config.policy.id, ['offers', 'partner-sharing']), null);
    const read = await readConsent(adapter, config);
    assert.equal(read.state, null);
    assert.equal(read.error, null);
    assert.deepEqual(read.withdrawing, ['offers', 'partner-sharing']);
    const recalled = await recallConsent(adapter, config);
    assert.equal(recalled.decisions, null);
    assert.equal(recalled.error, null);
    assert.deepEqual(recalled.reasons, []);
  });

  it('fits a cookie, and removes the decision where the mark cannot be written', async () => {
    const jar = { cookie: '' };
    const cookies = cookieAdapter({ document: jar, secure: false });
    const config = loadConfig();
    assert.equal(await markWithdrawing(cookies, config.policy.id, ['offers']), null);
    const stored = new Map<string, string>([[storageKey(config.policy.id), '{"v":1}']]);
    const refusing: StorageAdapter = {
      get: (key) => stored.get(key) ?? null,
      set: () => {
        throw new Error('quota');
      },
      remove: (key) => void stored.delete(key),
    };
    assert.equal(await markWithdrawing(refusing, config.policy.id, ['offers']), null);
    assert.equal(stored.size, 0, 'the old decision is gone');
  });
});

describe('holdsLaterDecision: another tab of this browser wrote a later decision first', () => {
  const DIGEST = 'A'.repeat(43);
  async function stateAt(time: number, sequence: number | null, compact = false): Promise<StoredConsent> {
    const { state } = await signedState();
    const chain = sequence === null ? null : { sequence, digest: DIGEST };
    return { ...state, time, chain, ...(compact ? { receipt: null } : {}) };
  }
  const now = Date.now();

  for (const compact of [false, true]) {
    it(`takes the head of this browser's chain, a later link, as later, whatever the times${compact ? ' (the cookie form)' : ''}`, async () => {
      const adapter = { ...memoryAdapter(), compact };
      const head = { sequence: 4, digest: DIGEST };
      const mine = await stateAt(now, 3, compact);
      assert.equal(await holdsLaterDecision(adapter, mine, head), false, 'nothing stored');
      // Dated a minute before mine (another clock): still the later link.
      assert.equal(await saveConsent(adapter, await stateAt(now - 60_000, 4, compact)), null);
      assert.equal(await holdsLaterDecision(adapter, mine, head), true, 'the chain head, a later link');
      assert.equal(await holdsLaterDecision(adapter, mine, null), false, 'no chain known here');
      assert.equal(await holdsLaterDecision(adapter, mine, 'forgotten'), false, 'the chain forgotten');
      const otherChain = { sequence: 4, digest: 'B'.repeat(43) };
      assert.equal(await holdsLaterDecision(adapter, mine, otherChain), false, 'a link of another chain');
      assert.equal(await holdsLaterDecision(adapter, await stateAt(now, 4, compact), head), false, 'itself');
      assert.equal(await holdsLaterDecision(adapter, await stateAt(now, null, compact), head), false, 'no receipt');
    });
  }

  it('does not honour a later time from another device, a withdrawal mark, or something unreadable', async () => {
    const adapter = memoryAdapter();
    const head = { sequence: 2, digest: DIGEST };
    const mine = await stateAt(now, 1);
    // Another device's decision, dated two minutes ahead by its clock, with a chain this browser does not hold.
    assert.equal(
      await saveConsent(adapter, {
        ...(await stateAt(now + 120_000, 9)),
        chain: { sequence: 9, digest: 'C'.repeat(43) },
      }),
      null,
    );
    assert.equal(await holdsLaterDecision(adapter, mine, head), false, 'another device, its clock ahead');
    assert.equal(await markWithdrawing(adapter, 'annual-report', ['offers']), null);
    assert.equal(await holdsLaterDecision(adapter, mine, head), false, 'a withdrawal mark');
    await adapter.set(KEY, '{"v":1,');
    assert.equal(await holdsLaterDecision(adapter, mine, head), false, 'not a decision');
    const failing: StorageAdapter = { get: denied, set: denied, remove: denied };
    assert.equal(await holdsLaterDecision(failing, mine, head), false, 'a store that throws');
  });
});
