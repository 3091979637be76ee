/// <reference types="node" />
// Verification: every way a receipt can be wrong gets its own code, hostile input never throws or hangs, and a
// config tells which clause changed.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  generateSigningKeyPair,
  jwkThumbprint,
  RECEIPT_CLAIM,
  signReceipt,
  verifyReceipt,
} from '../../src/core/receipt/index.js';
import type {
  P256PrivateJwk,
  P256PublicJwk,
  ReceiptPayload,
  ReceiptVerification,
  VerifyOptions,
} from '../../src/core/receipt/index.js';
import {
  encodeJson,
  encodeText,
  grant,
  headerFor,
  loadConfig,
  MADE_AT,
  makeKey,
  makePayload,
  signRaw,
} from '../fixtures/receipt-helpers.js';
import type { TestKey } from '../fixtures/receipt-helpers.js';
import type { ConsentConfig, PurposeConfig } from '../../src/core/config/types.js';

let key: TestKey;
let payload: ReceiptPayload;
let payloadText: string;
let jws: string;
let options: VerifyOptions;

before(async () => {
  key = await makeKey();
  payload = await makePayload();
  payloadText = JSON.stringify(payload);
  jws = await signRaw(headerFor(key), payloadText, key);
  options = { jwks: { keys: [key.publicJwk] }, now: MADE_AT };
});

const codes = (result: ReceiptVerification): string[] => result.failures.map((failure) => failure.code);

/** Asserts the receipt is invalid and that `code` is among the reasons. */
async function assertRejected(
  token: string,
  code: string,
  opts: VerifyOptions = options,
): Promise<ReceiptVerification> {
  const result = await verifyReceipt(token, opts);
  assert.equal(result.valid, false, `expected ${code}`);
  assert.ok(codes(result).includes(code), `expected ${code}, got ${JSON.stringify(result.failures)}`);
  return result;
}

const withPart = (token: string, index: number, part: string): string => {
  const parts = token.split('.');
  parts[index] = part;
  return parts.join('.');
};

/** Flips one bit of the decoded bytes of a part at `offset`, and re-encodes canonically. */
function flipBit(token: string, index: number, offset: number): string {
  const parts = token.split('.');
  const bytes = Buffer.from(parts[index] ?? '', 'base64url');
  const at = offset % bytes.length;
  bytes[at] = (bytes[at] ?? 0) ^ 0x04;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

describe('verifyReceipt: the good case', () => {
  it('accepts a receipt signed by a key in the JWKS', async () => {
    const result = await verifyReceipt(jws, options);
    assert.deepEqual(result.failures, []);
    assert.equal(result.valid, true);
    assert.equal(result.selfSigned, false);
    assert.equal(result.kid, key.kid);
    assert.deepEqual(result.header, { alg: 'ES256', typ: 'consent-receipt+jwt', kid: key.kid });
    assert.deepEqual(result.payload, payload);
  });

  it('selects a key by an explicit kid member as well as by thumbprint', async () => {
    const token = await signRaw(headerFor(key, { kid: 'site-2025' }), payloadText, key);
    const result = await verifyReceipt(token, { ...options, jwks: { keys: [{ ...key.publicJwk, kid: 'site-2025' }] } });
    assert.deepEqual(result.failures, []);
  });

  it('checks issuer, subject and age when asked', async () => {
    const good = { ...options, expectedIssuer: 'https://pay.example', expectedSubject: payload.sub, maxAgeSeconds: 60 };
    assert.equal((await verifyReceipt(jws, good)).valid, true);
  });
});

describe('verifyReceipt: tampering', () => {
  it('rejects a bit flipped anywhere in the header, payload or signature', async () => {
    for (const index of [0, 1, 2]) {
      const length = Buffer.from(jws.split('.')[index] ?? '', 'base64url').length;
      for (const offset of [0, 1, Math.floor(length / 2), length - 2, length - 1]) {
        const result = await verifyReceipt(flipBit(jws, index, offset), options);
        assert.equal(result.valid, false, `part ${index} byte ${offset}`);
      }
    }
  });

  it('reports a changed decision as a bad signature', async () => {
    const changed = payloadText.replace('"granted":false', '"granted":true');
    assert.notEqual(changed, payloadText);
    const result = await assertRejected(withPart(jws, 1, encodeText(changed)), 'signature');
    assert.deepEqual(
      codes(result).filter((code) => code !== 'inconsistent'),
      ['signature'],
    );
  });

  it('accepts only ES256', async () => {
    for (const alg of ['none', 'HS256', 'RS256', 'ES384', 'es256', 'EdDSA']) {
      const header = JSON.stringify({ alg, typ: 'consent-receipt+jwt', kid: key.kid });
      await assertRejected(await signRaw(header, payloadText, key), 'alg');
    }
    const none = `${encodeJson({ alg: 'none', typ: 'consent-receipt+jwt', kid: key.kid })}.${encodeText(payloadText)}.`;
    const result = await assertRejected(none, 'alg');
    assert.ok(codes(result).includes('signature-length'));
    await assertRejected(
      await signRaw(JSON.stringify({ typ: 'consent-receipt+jwt', kid: key.kid }), payloadText, key),
      'alg',
    );
  });

  it('requires typ consent-receipt+jwt', async () => {
    await assertRejected(await signRaw(headerFor(key, { typ: 'JWT' }), payloadText, key), 'typ');
    await assertRejected(await signRaw(JSON.stringify({ alg: 'ES256', kid: key.kid }), payloadText, key), 'typ');
  });

  it('rejects crit and unknown header members', async () => {
    await assertRejected(await signRaw(headerFor(key, { crit: ['exp'], exp: 1 }), payloadText, key), 'crit');
    await assertRejected(await signRaw(headerFor(key, { crit: [] }), payloadText, key), 'crit');
    await assertRejected(await signRaw(headerFor(key, { jwk: key.publicJwk }), payloadText, key), 'header');
  });

  it('requires a kid', async () => {
    const header = JSON.stringify({ alg: 'ES256', typ: 'consent-receipt+jwt' });
    await assertRejected(await signRaw(header, payloadText, key), 'kid');
  });

  it('rejects padding, non-canonical base64url and whitespace', async () => {
    const [h = '', p = '', s = ''] = jws.split('.');
    await assertRejected(`${h}.${p}.${s}=`, 'base64url');
    await assertRejected(`${h}=.${p}.${s}`, 'base64url');
    // 64 bytes encode to 86 characters with 4 spare bits; setting one gives a second spelling of the same bytes.
    const last = s.charAt(s.length - 1);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet.charAt(alphabet.indexOf(last) + 1);
    assert.deepEqual(Buffer.from(s.slice(0, -1) + sibling, 'base64url'), Buffer.from(s, 'base64url'));
    await assertRejected(`${h}.${p}.${s.slice(0, -1)}${sibling}`, 'base64url');
    await assertRejected(`${h}.${p.slice(0, 10)} ${p.slice(10)}.${s}`, 'base64url');
    await assertRejected(`${h}.${p}.${s}\n`, 'base64url');
    await assertRejected(` ${jws}`, 'base64url');
    // The standard base64 alphabet's '+' and '/' are not base64url (put in by hand: a random JWS may hold no '-' or '_').
    await assertRejected(`${h}.${p.slice(0, 5)}+${p.slice(6)}.${s}`, 'base64url');
    await assertRejected(`${h}.${p}.${s.slice(0, 5)}/${s.slice(6)}`, 'base64url');
  });

  it('requires exactly three parts', async () => {
    await assertRejected(`${jws}.${jws.split('.')[2]}`, 'malformed');
    await assertRejected(jws.split('.').slice(0, 2).join('.'), 'malformed');
    await assertRejected('', 'malformed');
  });

  it('requires a raw 64-byte signature, refusing DER, 63 and 65 bytes', async () => {
    const raw = Buffer.from(jws.split('.')[2] ?? '', 'base64url');
    const integer = (bytes: Buffer): Buffer => {
      let value = bytes;
      while (value.length > 1 && value[0] === 0 && (value[1] ?? 0) < 0x80) value = value.subarray(1);
      if ((value[0] ?? 0) >= 0x80) value = Buffer.concat([Buffer.from([0]), value]);
      return Buffer.concat([Buffer.from([0x02, value.length]), value]);
    };
    const body = Buffer.concat([integer(raw.subarray(0, 32)), integer(raw.subarray(32))]);
    const der = Buffer.concat([Buffer.from([0x30, body.length]), body]);
    await assertRejected(withPart(jws, 2, der.toString('base64url')), 'signature-length');
    await assertRejected(withPart(jws, 2, raw.subarray(0, 63).toString('base64url')), 'signature-length');
    await assertRejected(
      withPart(jws, 2, Buffer.concat([raw, Buffer.from([0])]).toString('base64url')),
      'signature-length',
    );
    await assertRejected(withPart(jws, 2, ''), 'signature-length');
  });

  it('rejects duplicate member names in the header and the payload, at any depth', async () => {
    const header = `{"alg":"ES256","typ":"consent-receipt+jwt","kid":"${key.kid}","kid":"${key.kid}"}`;
    await assertRejected(await signRaw(header, payloadText, key), 'duplicate-key');
    await assertRejected(await signRaw(headerFor(key), '{"iat":1,"iat":2}', key), 'duplicate-key');
    const nested = payloadText.replace('"policy":{', '"policy":{"id":"x",');
    await assertRejected(await signRaw(headerFor(key), nested, key), 'duplicate-key');
    const escaped = payloadText.replace('{"version"', '{"\\u0076ersion":"x","version"');
    await assertRejected(await signRaw(headerFor(key), escaped, key), 'duplicate-key');
  });

  it('requires the payload to be a JSON object', async () => {
    for (const text of ['[]', '"receipt"', '42', 'null', '{', '{"a":1} x', '\ufeff{}']) {
      await assertRejected(await signRaw(headerFor(key), text, key), 'payload');
    }
    const notUtf8 = `${encodeJson(JSON.parse(headerFor(key)))}.${Buffer.from([0xff, 0xfe]).toString('base64url')}`;
    await assertRejected(`${notUtf8}.${jws.split('.')[2]}`, 'payload');
  });

  it('requires the header to be a JSON object', async () => {
    await assertRejected(await signRaw('["ES256"]', payloadText, key), 'header');
    await assertRejected(await signRaw('', payloadText, key), 'header');
  });

  it('checks iat against the clock', async () => {
    await assertRejected(jws, 'iat-future', { ...options, now: new Date(MADE_AT.getTime() - 301_000) });
    assert.equal((await verifyReceipt(jws, { ...options, now: new Date(MADE_AT.getTime() - 299_000) })).valid, true);
    await assertRejected(jws, 'iat-future', {
      ...options,
      now: new Date(MADE_AT.getTime() - 10_000),
      clockSkewSeconds: 5,
    });
    await assertRejected(jws, 'too-old', {
      ...options,
      now: new Date(MADE_AT.getTime() + 3_601_000),
      maxAgeSeconds: 3600,
    });
  });

  it('refuses a token outside its exp or nbf, as JWT libraries do (receipts carry neither)', async () => {
    const at = Math.floor(MADE_AT.getTime() / 1000);
    const resigned = (claims: Record<string, unknown>) =>
      signRaw(headerFor(key), JSON.stringify({ ...payload, ...claims }), key);
    await assertRejected(await resigned({ exp: 1 }), 'expired');
    await assertRejected(await resigned({ exp: at - 301 }), 'expired');
    await assertRejected(await resigned({ nbf: 9_999_999_999 }), 'not-yet-valid');
    await assertRejected(await resigned({ exp: '2099-01-01' }), 'claims');
    await assertRejected(await resigned({ nbf: null }), 'claims');
    // Within the clock skew, and a lifetime still running: valid.
    assert.deepEqual((await verifyReceipt(await resigned({ exp: at + 3600, nbf: at + 200 }), options)).failures, []);
  });

  it('checks the expected issuer and subject', async () => {
    await assertRejected(jws, 'issuer', { ...options, expectedIssuer: 'https://evil.example' });
    await assertRejected(jws, 'subject', { ...options, expectedSubject: 'someone-else' });
  });

  it('requires the Kantara fields, JWT claims and the extension claim', async () => {
    const sign = async (changed: Record<string, unknown>): Promise<string> =>
      signRaw(headerFor(key), JSON.stringify(changed), key);
    const { consentTimestamp: _t, ...noTimestamp } = payload;
    await assertRejected(await sign(noTimestamp), 'schema');
    await assertRejected(await sign({ ...payload, sensitive: 'no' }), 'schema');
    await assertRejected(await sign({ ...payload, piiControllers: [{ piiController: 'x' }] }), 'schema');
    const purposes = [{ ...payload.services[0]?.purposes[0], thirdPartyDisclosure: true }];
    await assertRejected(await sign({ ...payload, services: [{ service: 'annual-report', purposes }] }), 'schema');
    const { iss: _i, ...noIss } = payload;
    await assertRejected(await sign(noIss), 'claims');
    await assertRejected(await sign({ ...payload, sub: 'other' }), 'inconsistent');
    const { [RECEIPT_CLAIM]: extension, ...noExtension } = payload;
    await assertRejected(await sign(noExtension), 'extension');
    await assertRejected(
      await sign({ ...payload, [RECEIPT_CLAIM]: { ...extension, startedUnticked: false } }),
      'extension',
    );
    const necessaryGranted = extension.decisions.map((d) => (d.necessary ? { ...d, granted: true } : d));
    await assertRejected(
      await sign({ ...payload, [RECEIPT_CLAIM]: { ...extension, decisions: necessaryGranted } }),
      'extension',
    );
    const allGranted = extension.decisions.map((d) => (d.necessary ? d : { ...d, granted: true }));
    await assertRejected(
      await sign({ ...payload, [RECEIPT_CLAIM]: { ...extension, decisions: allGranted } }),
      'inconsistent',
    );
  });
});

describe('verifyReceipt: which keys are trusted', () => {
  it('rejects a receipt whose kid is not in the JWKS', async () => {
    const other = await makeKey();
    await assertRejected(jws, 'untrusted-key', { ...options, jwks: { keys: [other.publicJwk] } });
    await assertRejected(jws, 'untrusted-key', { now: MADE_AT });
  });

  it('rejects a key from the JWKS with the kid of another key', async () => {
    const other = await makeKey();
    const result = await assertRejected(jws, 'signature', {
      ...options,
      jwks: { keys: [{ ...other.publicJwk, kid: key.kid }] },
    });
    assert.equal(result.selfSigned, false);
  });

  it('ignores JWKS keys for another algorithm or use, and malformed keys', async () => {
    const keys = [
      { ...key.publicJwk, alg: 'ES384' },
      { ...key.publicJwk, use: 'enc' },
      { ...key.publicJwk, x: key.publicJwk.x.slice(1) },
      { kty: 'oct', k: 'AAAA' },
    ];
    await assertRejected(jws, 'untrusted-key', { ...options, jwks: { keys } });
  });

  it('trusts an embedded key only on explicit opt-in, and marks it self-signed', async () => {
    await assertRejected(jws, 'untrusted-key', { now: MADE_AT, publicJwk: key.publicJwk });
    await assertRejected(jws, 'untrusted-key', { now: MADE_AT, publicJwk: key.publicJwk, allowSelfSigned: false });
    for (const opts of [
      { now: MADE_AT, publicJwk: key.publicJwk, allowSelfSigned: true },
      { now: MADE_AT, trustEmbeddedKey: key.publicJwk },
    ]) {
      const result = await verifyReceipt(jws, opts);
      assert.deepEqual(result.failures, []);
      assert.equal(result.valid, true);
      assert.equal(result.selfSigned, true);
    }
  });

  it('requires the kid to be the embedded key thumbprint', async () => {
    const other = await makeKey();
    await assertRejected(jws, 'kid', { now: MADE_AT, trustEmbeddedKey: other.publicJwk });
  });

  it('prefers the JWKS over an embedded key', async () => {
    const result = await verifyReceipt(jws, { ...options, trustEmbeddedKey: key.publicJwk });
    assert.equal(result.valid, true);
    assert.equal(result.selfSigned, false);
  });

  it('tries every JWKS key that matches kid, as jose lets its caller do, so a duplicate kid cannot fail a receipt', async () => {
    const other = await makeKey();
    const keys = [
      { ...other.publicJwk, kid: key.kid },
      { ...key.publicJwk, kid: key.kid },
    ];
    const result = await verifyReceipt(jws, { ...options, jwks: { keys } });
    assert.deepEqual(result.failures, []);
    assert.equal(result.selfSigned, false);
    // Neither key signed it: one signature failure, however many keys were tried.
    const third = await makeKey();
    const forged = await signRaw(headerFor({ ...third, kid: key.kid }), payloadText, third);
    assert.deepEqual(codes(await verifyReceipt(forged, { ...options, jwks: { keys } })), ['signature']);
  });

  it('refuses, as options naming the key, a private key or one not for verifying in the JWKS', async () => {
    const { privateJwk } = await generateSigningKeyPair();
    const keys = [
      key.publicJwk,
      { ...key.publicJwk, key_ops: ['sign'] },
      privateJwk,
      { kty: 'RSA', n: 'AQAB', e: 'AQAB', d: 'AQAB' },
    ];
    const result = await verifyReceipt(jws, { ...options, jwks: { keys } });
    assert.deepEqual(result.failures, [
      {
        code: 'options',
        message: 'options.jwks.keys[1].key_ops must include "verify" for the key to verify receipts, got an array',
      },
      {
        code: 'options',
        message: 'options.jwks.keys[2] is a private key (it has "d"): a JWKS must hold only public keys',
      },
      {
        code: 'options',
        message: 'options.jwks.keys[3] is a private key (it has "d"): a JWKS must hold only public keys',
      },
    ]);
    // A key for verifying, as WebCrypto exports it, is used.
    const exported = { ...key.publicJwk, key_ops: ['verify'], ext: true };
    assert.deepEqual((await verifyReceipt(jws, { ...options, jwks: { keys: [exported] } })).failures, []);
  });

  it('refuses, as an option, a JWKS of more than 100 keys, however sparse, before reading any', async () => {
    const sparse: (typeof key.publicJwk)[] = [];
    // 2^32 - 1 empty slots: a loop over them took minutes.
    sparse.length = 2 ** 32 - 1;
    const many = Array.from({ length: 101 }, () => key.publicJwk);
    for (const keys of [sparse, many]) {
      assert.deepEqual((await verifyReceipt(jws, { ...options, jwks: { keys } })).failures, [
        { code: 'options', message: `options.jwks.keys may hold at most 100 keys, got ${keys.length}` },
      ]);
    }
    assert.deepEqual((await verifyReceipt(jws, { ...options, jwks: { keys: many.slice(1) } })).failures, []);
  });

  it('reads only own properties of the options, the JWKS and its keys, whatever Object.prototype holds', async () => {
    const attacker = await makeKey();
    const forged = await signRaw(headerFor(attacker), payloadText, attacker);
    const prototype = Object.prototype as Record<string, unknown>;
    const polluted = {
      trustEmbeddedKey: attacker.publicJwk,
      allowSelfSigned: true,
      publicJwk: attacker.publicJwk,
      maxAgeSeconds: 'x',
    };
    try {
      Object.assign(prototype, polluted);
      assert.deepEqual(codes(await verifyReceipt(forged, options)), ['untrusted-key']);
      assert.deepEqual(codes(await verifyReceipt(forged)), ['untrusted-key']);
      assert.deepEqual((await verifyReceipt(jws, options)).failures, []);
    } finally {
      for (const name of Object.keys(polluted)) delete prototype[name];
    }
    // A key whose kty and crv are inherited is no key; a JWKS whose keys are inherited has none.
    const bare = { x: attacker.publicJwk.x, y: attacker.publicJwk.y };
    try {
      Object.assign(prototype, { kty: 'EC', crv: 'P-256' });
      assert.deepEqual(codes(await verifyReceipt(forged, { ...options, jwks: { keys: [bare] } })), ['untrusted-key']);
      Object.assign(prototype, { keys: [attacker.publicJwk] });
      const inherited = { ...options, jwks: {} } as unknown as VerifyOptions;
      assert.deepEqual(codes(await verifyReceipt(forged, inherited)), ['options']);
    } finally {
      for (const name of ['kty', 'crv', 'keys']) delete prototype[name];
    }
  });

  it('reports a point off the curve as a bad key', async () => {
    const offCurve = { ...key.publicJwk, y: key.publicJwk.x };
    const token = await signRaw(headerFor({ ...key, kid: await jwkThumbprint(offCurve) }), payloadText, key);
    await assertRejected(token, 'key', { now: MADE_AT, trustEmbeddedKey: offCurve });
    await assertRejected(token, 'key', { now: MADE_AT, jwks: { keys: [offCurve] } });
  });
});

describe('verifyReceipt: clause text against a config', () => {
  let privateJwk: P256PrivateJwk;
  let publicJwk: P256PublicJwk;
  before(async () => {
    ({ privateJwk, publicJwk } = await generateSigningKeyPair());
  });

  it('passes when the config holds the text shown, in each recorded language', async () => {
    const config = loadConfig();
    for (const language of ['en', 'zh-CN']) {
      const token = await signReceipt(await makePayload({ language, decisions: grant(config, 'offers') }), privateJwk);
      const result = await verifyReceipt(token, { jwks: { keys: [publicJwk] }, now: MADE_AT, config });
      assert.deepEqual(result.failures, []);
    }
  });

  it('names exactly the purpose whose clause changed by one character', async () => {
    const token = await signReceipt(await makePayload(), privateJwk);
    const config = loadConfig();
    const changed = {
      ...config,
      purposes: config.purposes.map((purpose) =>
        purpose.id === 'offers'
          ? { ...purpose, clause: { ...purpose.clause, en: (purpose.clause['en'] ?? '').replace('app.', 'app!') } }
          : purpose,
      ),
    };
    const result = await verifyReceipt(token, { jwks: { keys: [publicJwk] }, now: MADE_AT, config: changed });
    assert.equal(result.valid, false);
    assert.deepEqual(
      result.failures.map(({ code, purpose }) => ({ code, purpose })),
      [{ code: 'clause-mismatch', purpose: 'offers' }],
    );
  });

  it('reports a trailing space as a changed clause', async () => {
    const token = await signReceipt(await makePayload(), privateJwk);
    const config = loadConfig();
    const changed = {
      ...config,
      purposes: config.purposes.map((purpose) =>
        purpose.id === 'bill' ? { ...purpose, clause: { ...purpose.clause, en: `${purpose.clause['en']} ` } } : purpose,
      ),
    };
    const result = await verifyReceipt(token, { jwks: { keys: [publicJwk] }, now: MADE_AT, config: changed });
    assert.deepEqual(
      result.failures.map((failure) => failure.purpose),
      ['bill'],
    );
  });

  it("compares each decision's necessary and separateConsent, and the granted purposes' names, with the config", async () => {
    const config = loadConfig();
    const base = await makePayload({ decisions: grant(config, 'offers') });
    const opts = { jwks: { keys: [publicJwk] }, now: MADE_AT, config };
    const resign = async (change: (payload: ReceiptPayload) => void): Promise<ReceiptVerification> => {
      const payload = structuredClone(base);
      change(payload);
      return verifyReceipt(await signReceipt(payload, privateJwk), opts);
    };
    const failures = (result: ReceiptVerification): [string, string | undefined][] =>
      result.failures.map(({ code, purpose }) => [code, purpose]);
    const decision = (payload: ReceiptPayload, id: string): Record<string, unknown> =>
      payload[RECEIPT_CLAIM].decisions.find((entry) => entry.purpose === id) as unknown as Record<string, unknown>;
    // The Kantara purpose granted is credit scoring, while the extension grants offers: same count, other purpose.
    const kantaraPurposes = (payload: ReceiptPayload): Record<string, unknown>[] =>
      payload.services[0]!.purposes as unknown as Record<string, unknown>[];
    const otherPurpose = await resign((payload) => {
      kantaraPurposes(payload)[0]!['purpose'] = 'Credit scoring by Sesame Credit';
    });
    assert.deepEqual(failures(otherPurpose), [['inconsistent', 'offers']]);
    assert.match(otherPurpose.failures[0]!.message, /services\[0\]\.purposes\[0\]\.purpose must name .*"offers"/);
    // Optional credit scoring recorded as necessary, so no history would count it as refused.
    const necessary = await resign((payload) => {
      Object.assign(decision(payload, 'credit-scoring'), { necessary: true, granted: null, separateConsent: false });
    });
    assert.deepEqual(failures(necessary), [
      ['inconsistent', 'credit-scoring'],
      ['inconsistent', 'credit-scoring'],
    ]);
    assert.match(
      necessary.failures[0]!.message,
      /"credit-scoring" is recorded with necessary: true, the config says false/,
    );
    // Offers recorded as not selling data where the config says it does, or the other way round; a receipt from
    // before saleOrSharing was recorded has nothing to compare; one that records something else is malformed.
    const sold = await resign((payload) => Object.assign(decision(payload, 'offers'), { saleOrSharing: true }));
    assert.deepEqual(failures(sold), [['inconsistent', 'offers']]);
    assert.match(sold.failures[0]!.message, /"offers" is recorded with saleOrSharing: true, the config says false/);
    const older = await resign((payload) => {
      for (const field of ['saleOrSharing', 'retention', 'recipients']) delete decision(payload, 'offers')[field];
    });
    assert.deepEqual(failures(older), []);
    // How long the data are kept, and who receives them, one by one, as recorded beside the clause.
    const kept = await resign((payload) => Object.assign(decision(payload, 'offers'), { retention: 'P10Y' }));
    assert.deepEqual(failures(kept), [['inconsistent', 'offers']]);
    assert.match(kept.failures[0]!.message, /"offers" is recorded with retention "P10Y", the config says "P6M"/);
    const split = await resign((payload) =>
      Object.assign(decision(payload, 'partner-sharing'), {
        recipients: ['Example Consumer Finance Co., Example Rentals Ltd.'],
      }),
    );
    assert.deepEqual(failures(split), [['inconsistent', 'partner-sharing']]);
    assert.match(split.failures[0]!.message, /recorded with the recipients/);
    const odd = structuredClone(base);
    Object.assign(decision(odd, 'offers'), { saleOrSharing: 'yes' });
    const oddResult = await assertRejected(await signRaw(headerFor(key), JSON.stringify(odd), key), 'extension', {
      ...options,
      config,
    });
    assert.match(oddResult.failures.map((failure) => failure.message).join(), /saleOrSharing must be a boolean/);
    // Without a config, only the number of granted purposes can be compared.
    const withoutConfig = { jwks: { keys: [publicJwk] }, now: MADE_AT };
    const payload = structuredClone(base);
    kantaraPurposes(payload)[0]!['purpose'] = 'Credit scoring by Sesame Credit';
    assert.deepEqual((await verifyReceipt(await signReceipt(payload, privateJwk), withoutConfig)).failures, []);
  });

  it("compares the granted purposes' recipients and data categories with the config", async () => {
    const config = loadConfig();
    const payload = await makePayload({ decisions: grant(config, 'offers', 'partner-sharing') });
    const token = await signReceipt(payload, privateJwk);
    // Issued before the extension named each recipient: only the Kantara names, joined, to compare.
    const older = structuredClone(payload);
    for (const decision of older[RECEIPT_CLAIM].decisions) delete (decision as { recipients?: unknown }).recipients;
    const olderToken = await signReceipt(older, privateJwk);
    const verify = (changed: ConsentConfig, jws = token) =>
      verifyReceipt(jws, { jwks: { keys: [publicJwk] }, now: MADE_AT, config: changed });
    const edit = (id: string, change: (purpose: PurposeConfig) => object): ConsentConfig => ({
      ...config,
      purposes: config.purposes.map((purpose) =>
        purpose.id === id ? ({ ...purpose, ...change(purpose) } as PurposeConfig) : purpose,
      ),
    });
    assert.deepEqual((await verify(config)).failures, []);
    const recipient = { name: 'Example Insurance plc', contact: 'privacy@insurance.example' };
    const moreRecipients = edit('partner-sharing', (purpose) => ({
      thirdParties: [...(purpose.thirdParties ?? []), recipient],
    }));
    const added = await verify(moreRecipients);
    assert.deepEqual(
      added.failures.map(({ code, purpose }) => [code, purpose]),
      [['inconsistent', 'partner-sharing']],
    );
    assert.match(
      added.failures[0]!.message,
      /"partner-sharing" is recorded with the recipients \[.*"Example Rentals Ltd\."\], the config names .*"Example Insurance plc"\]/,
    );
    const addedToOlder = await verify(moreRecipients, olderToken);
    assert.deepEqual(
      addedToOlder.failures.map(({ code, purpose }) => [code, purpose]),
      [['inconsistent', 'partner-sharing']],
    );
    assert.match(
      addedToOlder.failures[0]!.message,
      /records the recipients of "partner-sharing" as .*Example Rentals Ltd\.", the config as .*Example Insurance plc"/,
    );
    const data = await verify(
      edit('offers', (purpose) => ({ dataCategories: [...(purpose.dataCategories ?? []), 'identity'] })),
    );
    assert.deepEqual(
      data.failures.map(({ code, purpose }) => [code, purpose]),
      [['inconsistent', 'offers']],
    );
    assert.match(data.failures[0]!.message, /records the data categories of "offers"/);
    // A refused purpose's recipients are recorded too, as shown beside its clause; a receipt from before that has
    // them only for the granted purposes, so nothing is compared for it.
    const otherRecipient = edit('credit-scoring', () => ({ thirdParties: [recipient] }));
    assert.deepEqual(
      (await verify(otherRecipient)).failures.map(({ code, purpose }) => [code, purpose]),
      [['inconsistent', 'credit-scoring']],
    );
    assert.deepEqual((await verify(otherRecipient, olderToken)).failures, []);
  });

  it('reports purposes the config lacks or the receipt lacks, and another policy version', async () => {
    const token = await signReceipt(await makePayload(), privateJwk);
    const config = loadConfig();
    // A title of its own: a config with two purposes of the same title is not valid, and is refused as an option.
    const extra = { ...config.purposes[2]!, id: 'newsletter', title: { en: 'Newsletter', 'zh-CN': '新闻通讯' } };
    const changed = {
      ...config,
      policy: { ...config.policy, version: '2026-01-01' },
      purposes: [...config.purposes.filter((purpose) => purpose.id !== 'partner-sharing'), extra],
    };
    const result = await verifyReceipt(token, { jwks: { keys: [publicJwk] }, now: MADE_AT, config: changed });
    assert.deepEqual(
      result.failures.map(({ code, purpose }) => ({ code, purpose })),
      [
        { code: 'policy-mismatch', purpose: undefined },
        { code: 'unknown-purpose', purpose: 'partner-sharing' },
        { code: 'missing-purpose', purpose: 'newsletter' },
      ],
    );
  });
});

describe('verifyReceipt: options', () => {
  /** Verifies with `options` changed by `change` and returns the `options` failures' messages. */
  async function optionProblems(change: Record<string, unknown>, token = jws): Promise<string[]> {
    const result = await verifyReceipt(token, { ...options, ...change } as unknown as VerifyOptions);
    assert.equal(result.valid, false, Object.keys(change).join());
    assert.deepEqual([...new Set(codes(result))], ['options'], JSON.stringify(result.failures));
    return result.failures.map((failure) => failure.message);
  }

  it('fails a receipt on a time option of the wrong type, where it once switched the check off', async () => {
    const dayLater = new Date(MADE_AT.getTime() + 86_400_000);
    assert.deepEqual(await optionProblems({ now: dayLater, maxAgeSeconds: '100' }), [
      'options.maxAgeSeconds must be a non-negative finite number of seconds, got "100"',
    ]);
    for (const maxAgeSeconds of [NaN, -1, Infinity, null, 100n]) {
      const [message] = await optionProblems({ now: dayLater, maxAgeSeconds });
      assert.match(message ?? '', /^options\.maxAgeSeconds must be a non-negative finite number of seconds, got /);
    }
    assert.deepEqual(await optionProblems({ clockSkewSeconds: NaN }), [
      'options.clockSkewSeconds must be a non-negative finite number of seconds, got NaN',
    ]);
    assert.deepEqual(await optionProblems({ now: new Date('garbage') }), [
      'options.now must be a valid Date, got an invalid Date',
    ]);
    assert.deepEqual(await optionProblems({ now: '2025-06-01' }), [
      'options.now must be a valid Date, got "2025-06-01"',
    ]);
    assert.deepEqual(await optionProblems({ now: MADE_AT.getTime() }), [
      `options.now must be a valid Date, got ${MADE_AT.getTime()}`,
    ]);
    // In range, the same options verify.
    const fine = { ...options, now: dayLater, maxAgeSeconds: 86_400, clockSkewSeconds: 0 };
    assert.deepEqual((await verifyReceipt(jws, fine)).failures, []);
  });

  it('names every other option of the wrong type, and an option it does not know', async () => {
    assert.deepEqual(await optionProblems({ maxAge: 100 }), ['options.maxAge is not an option of verifyReceipt']);
    assert.deepEqual(await optionProblems({ jwks: { keys: 'x' } }), [
      'options.jwks must be a JWKS: an object with a "keys" array, got an object',
    ]);
    assert.deepEqual(await optionProblems({ jwks: [key.publicJwk] }), [
      'options.jwks must be a JWKS: an object with a "keys" array, got an array',
    ]);
    assert.deepEqual(await optionProblems({ allowSelfSigned: 'true', publicJwk: key.publicJwk }), [
      'options.allowSelfSigned must be true or false, got "true"',
    ]);
    assert.deepEqual(await optionProblems({ trustEmbeddedKey: 'device.jwk.json' }), [
      'options.trustEmbeddedKey must be a JWK object, got "device.jwk.json"',
    ]);
    assert.deepEqual(await optionProblems({ publicJwk: null }), ['options.publicJwk must be a JWK object, got null']);
    assert.deepEqual(await optionProblems({ expectedIssuer: 42, expectedSubject: ['x'] }), [
      'options.expectedIssuer must be a string, got 42',
      'options.expectedSubject must be a string, got an array',
    ]);
    const whole = await verifyReceipt(jws, 'jwks' as unknown as VerifyOptions);
    assert.deepEqual(whole.failures, [{ code: 'options', message: 'options must be an object, got "jwks"' }]);
    // Options left undefined are options not given.
    assert.equal((await verifyReceipt(jws, { ...options, maxAgeSeconds: undefined, config: undefined })).valid, true);
  });

  it('refuses a config that is not a consent config, naming its fields, never as an internal error', async () => {
    for (const config of [{}, { keys: [key.publicJwk] }, { purposes: [{ id: 'x' }] }, 'config.json', null]) {
      const messages = await optionProblems({ config });
      assert.ok(messages.length > 0);
      for (const message of messages) assert.match(message, /^options\.config is not a valid consent config: /);
    }
    const messages = await optionProblems({ config: { keys: [key.publicJwk] } });
    assert.ok(
      messages.some((message) => message.includes('keys: "keys" is not a known config field')),
      messages[0],
    );
    assert.ok(
      messages.some((message) => message.includes('policy: the policy')),
      messages[0],
    );
  });

  it('reads the clause keys of a config as the prompt does: by the tags in languages', async () => {
    const config = loadConfig();
    // validateConfig accepts "zh-cn" for the "zh-CN" of languages, and the prompt records "zh-CN".
    const lowercase = {
      ...config,
      purposes: config.purposes.map(({ clause: { 'zh-CN': zh, ...rest }, ...purpose }) => ({
        ...purpose,
        clause: { ...rest, 'zh-cn': zh ?? '' },
      })),
    };
    const token = await signRaw(headerFor(key), JSON.stringify(await makePayload({ language: 'zh-CN' })), key);
    const result = await verifyReceipt(token, { ...options, config: lowercase });
    assert.deepEqual(result.failures, []);
    assert.equal(result.valid, true);
  });

  it('validates a config changed in place again', async () => {
    const config = loadConfig();
    const frozen = Object.freeze(config);
    for (let i = 0; i < 2; i++)
      assert.deepEqual((await verifyReceipt(jws, { ...options, config: frozen })).failures, []);
    const changing = loadConfig() as { purposes: unknown };
    assert.deepEqual((await verifyReceipt(jws, { ...options, config: changing as never })).failures, []);
    // A clause edited deep inside the same object is read again, not taken from the last validation.
    const purposes = changing.purposes as { clause: Record<string, string> }[];
    const clause = purposes.find((purpose) => purpose.clause['en'])!.clause;
    const original = clause['en']!;
    clause['en'] = `${original} Edited.`;
    const edited = await verifyReceipt(jws, { ...options, config: changing as never });
    assert.ok(
      edited.failures.some((failure) => failure.code === 'clause-mismatch'),
      JSON.stringify(edited.failures),
    );
    clause['en'] = original;
    changing.purposes = [];
    const [problem] = await optionProblems({ config: changing });
    assert.match(
      problem ?? '',
      /^options\.config is not a valid consent config: purposes: the list of purposes is empty/,
    );
  });

  // JSON text writes a shared object once per reference: 40 nested objects each pointing twice at the next are
  // 2^40 paths. Refused at once, never written out (before, writing it out ran out of memory). A hang guard only.
  const sharing = (depth: number): object => {
    let value: object = {};
    for (let i = 0; i < depth; i++) value = { a: value, b: value };
    return value;
  };

  it(
    'refuses a config whose objects are shared many times over without writing it out, first given or changed in place',
    { timeout: 60_000 },
    async () => {
      const config = { ...loadConfig(), shared: sharing(40) };
      const [problem] = await optionProblems({ config });
      assert.match(problem ?? '', /^options\.config is not a valid consent config: shared: /);
      const valid = loadConfig() as unknown as Record<string, unknown>;
      assert.deepEqual((await verifyReceipt(jws, { ...options, config: valid as never })).failures, []);
      valid['shared'] = sharing(40);
      const [changed] = await optionProblems({ config: valid });
      assert.match(changed ?? '', /^options\.config is not a valid consent config: shared: /);
    },
  );
});

describe('verifyReceipt: hostile input', () => {
  const quickly = async (input: unknown, budgetMs = 500): Promise<ReceiptVerification> => {
    const started = performance.now();
    const result = await verifyReceipt(input as string, options);
    assert.ok(performance.now() - started < budgetMs, 'took too long');
    assert.equal(result.valid, false);
    assert.ok(result.failures.length > 0);
    return result;
  };

  it('never throws on random strings', async () => {
    const alphabet = 'ABCxyz019-_.=+/ {}"\\\u00e9\u0000\ud800';
    for (let i = 0; i < 300; i++) {
      const length = Math.floor(Math.random() * 200);
      let text = '';
      for (let j = 0; j < length; j++) text += alphabet.charAt(Math.floor(Math.random() * alphabet.length));
      await quickly(text);
    }
    for (let i = 0; i < 100; i++) {
      const parts = [0, 1, 2].map(() => Buffer.from(crypto.getRandomValues(new Uint8Array(i))).toString('base64url'));
      await quickly(parts.join('.'));
    }
  });

  it('refuses a 10 MB string before parsing it', async () => {
    const huge = `${'A'.repeat(5_000_000)}.${'B'.repeat(5_000_000)}.AAAA`;
    const result = await quickly(huge, 100);
    assert.deepEqual(codes(result), ['too-large']);
  });

  it('refuses JSON nested 100k deep in the payload without exhausting the stack', async () => {
    const deep = await signRaw(headerFor(key), '['.repeat(100_000), key);
    const result = await quickly(deep);
    assert.ok(codes(result).includes('payload'));
    const deepObject = await signRaw(headerFor(key), `{"a":${'{"a":'.repeat(70_000)}1${'}'.repeat(70_001)}`, key);
    await quickly(deepObject);
  });

  it('accepts no non-string input', async () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('x')]) {
      assert.deepEqual(codes(await quickly(input)), ['malformed']);
    }
  });

  it('survives hostile options', async () => {
    const keys = [null, 42, 'x', { kty: 'EC', crv: 'P-256', x: 1, y: [] }];
    const odd = await verifyReceipt(jws, { now: MADE_AT, jwks: { keys } } as unknown as VerifyOptions);
    assert.deepEqual(codes(odd), ['untrusted-key']);
    const hostile = {
      ...options,
      get now(): Date {
        throw new Error('boom');
      },
    } as unknown as VerifyOptions;
    const result = await verifyReceipt(jws, hostile);
    assert.equal(result.valid, false);
    assert.deepEqual(codes(result), ['options']);
    assert.match(result.failures[0]?.message ?? '', /options could not be read: boom/);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    for (const trap of [proxy, throwing]) {
      assert.deepEqual(codes(await verifyReceipt(jws, trap as VerifyOptions)), ['options']);
    }
    // A JWKS key that throws is the caller's wrong option too, never an internal error.
    const trapKey = new Proxy(key.publicJwk, {
      get: () => {
        throw new Error('key trap');
      },
    });
    const keyResult = await verifyReceipt(jws, { ...options, jwks: { keys: [trapKey] } });
    assert.deepEqual(keyResult.failures, [{ code: 'options', message: 'options could not be read: key trap' }]);
    assert.deepEqual(codes(await verifyReceipt(jws, null as unknown as VerifyOptions)), ['options']);
  });
});
