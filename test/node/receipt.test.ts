/// <reference types="node" />
// Building, digesting and signing receipts: the payload matches the Kantara schema, the JWS is exactly what the
// spec says, and jose agrees with us in both directions.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { CompactSign, compactVerify, importJWK } from 'jose';
import {
  buildReceiptPayload,
  checkReceiptPayload,
  digestJws,
  digestText,
  generateSigningKeyPair,
  jwkThumbprint,
  publicJwkOf,
  MAX_RECEIPT_LENGTH,
  RECEIPT_CLAIM,
  ReceiptPayloadError,
  signReceipt,
  signReceiptWithKey,
  toLowSJws,
  verifyReceipt,
} from '../../src/core/receipt/index.js';
import type { ReceiptPayload } from '../../src/core/receipt/index.js';
import { base64urlDecode } from '../../src/core/receipt/base64url.js';
import { signatureTwin } from '../fixtures/high-s.js';
import { parseStrictJson } from '../../src/core/receipt/json.js';
import {
  grant,
  ISSUER,
  loadConfig,
  MADE_AT,
  makeKey,
  makePayload,
  PRINCIPAL,
  SCHEMA_PATH,
  shownIn,
} from '../fixtures/receipt-helpers.js';

const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;
const validateKantara = new Ajv({ allErrors: true, strict: false }).compile(schema);

const decodeSegment = (segment: string): unknown =>
  JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as unknown;

/** An RFC 7638 thumbprint computed with Node's own hash, independently of our code. */
function independentThumbprint(jwk: { crv: string; kty: string; x: string; y: string }): string {
  const json = `{"crv":"${jwk.crv}","kty":"${jwk.kty}","x":"${jwk.x}","y":"${jwk.y}"}`;
  return createHash('sha256').update(json).digest('base64url');
}

function assertSchemaValid(payload: ReceiptPayload): void {
  const ok = validateKantara(payload);
  assert.ok(ok, JSON.stringify(validateKantara.errors, null, 2));
}

describe('buildReceiptPayload', () => {
  it('validates against the Kantara v1.1 schema when everything is refused, and lists no purpose', async () => {
    const config = loadConfig();
    const payload = await makePayload({ decisions: grant(config), action: 'reject-all' });
    assertSchemaValid(payload);
    assert.equal(payload.services.length, 1);
    assert.equal(payload.services[0]?.service, 'annual-report');
    assert.deepEqual(payload.services[0]?.purposes, []);
    assert.equal(payload.sensitive, false);
    assert.deepEqual(payload.spiCat, []);
  });

  it('lists exactly the granted purposes, without a third party', async () => {
    const payload = await makePayload();
    assertSchemaValid(payload);
    const purposes = payload.services[0]?.purposes ?? [];
    assert.equal(purposes.length, 1);
    assert.deepEqual(purposes[0], {
      purpose: 'Personalised offers',
      consentType: 'EXPLICIT',
      purposeCategory: [],
      piiCategory: ['Spending categories'],
      primaryPurpose: false,
      termination: 'Consent ends when withdrawn in the preferences view, or after 365 days, when it is asked again.',
      thirdPartyDisclosure: false,
    });
  });

  it('names the third parties of granted purposes that disclose data, in the language shown', async () => {
    const config = loadConfig();
    const payload = await makePayload({
      decisions: grant(config, 'credit-scoring', 'partner-sharing', 'offers'),
      language: 'zh-CN',
    });
    assertSchemaValid(payload);
    const purposes = payload.services[0]?.purposes ?? [];
    assert.deepEqual(
      purposes.map((purpose) => [purpose.purpose, purpose.thirdPartyDisclosure, purpose.thirdPartyName]),
      [
        ['由芝麻信用进行信用评分', true, 'Sesame Credit'],
        ['个性化优惠', false, undefined],
        ['与合作机构共享您的信用分析', true, 'Example Consumer Finance Co., Example Rentals Ltd.'],
      ],
    );
    assert.deepEqual(purposes[0]?.piiCategory, ['支付记录', '姓名和身份证号码']);
    assert.equal(payload.language, 'zh-CN');
  });

  it('fills the Kantara header fields, JWT claims and the controller from the config', async () => {
    const payload = await makePayload();
    assert.equal(payload.version, 'KI-CR-v1.1.0');
    assert.equal(payload.jurisdiction, 'CN');
    assert.equal(payload.consentTimestamp, Math.floor(MADE_AT.getTime() / 1000));
    assert.equal(payload.collectionMethod, 'web form: <consent-prompt>');
    assert.match(payload.consentReceiptID, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(payload.piiPrincipalId, PRINCIPAL);
    assert.equal(payload.policyUrl, 'https://pay.example/privacy');
    assert.deepEqual(payload.piiControllers, [
      {
        piiController: 'Example Pay Ltd.',
        contact: 'Data Protection Office',
        address: { street: '1 Example Road', locality: 'Shanghai', country: 'CN' },
        email: 'privacy@pay.example',
        phone: '+86 21 5555 0100',
        piiControllerUrl: 'https://pay.example',
      },
    ]);
    assert.equal(payload.iss, ISSUER);
    assert.equal(payload.sub, PRINCIPAL);
    assert.equal(payload.iat, payload.consentTimestamp);
    assert.equal(payload.jti, payload.consentReceiptID);
  });

  it('uses maxAgeDays, categories and sensitive categories of granted purposes only', async () => {
    const base = loadConfig();
    const config = {
      ...base,
      maxAgeDays: 180,
      purposes: base.purposes.map((purpose) =>
        purpose.id === 'credit-scoring'
          ? {
              ...purpose,
              sensitive: true,
              sensitiveCategories: ['financial', 'identity'],
              category: 'Marketing' as const,
            }
          : purpose.id === 'partner-sharing'
            ? { ...purpose, sensitive: true, sensitiveCategories: ['financial', 'credit'] }
            : purpose,
      ),
    };
    const refused = await makePayload({ config, decisions: grant(config, 'offers') });
    assert.equal(refused.sensitive, false);
    assert.deepEqual(refused.spiCat, []);
    const granted = await makePayload({ config, decisions: grant(config, 'credit-scoring', 'partner-sharing') });
    assertSchemaValid(granted);
    assert.equal(granted.sensitive, true);
    assert.deepEqual(granted.spiCat, ['financial', 'identity', 'credit']);
    assert.deepEqual(granted.services[0]?.purposes[0]?.purposeCategory, ['Marketing']);
    assert.match(granted.services[0]?.purposes[0]?.termination ?? '', /after 180 days/);
  });

  it('records every purpose in config order with its clause digest in the extension', async () => {
    const config = loadConfig();
    const payload = await makePayload({ decisions: grant(config, 'credit-scoring'), action: 'save', gpc: true });
    const extension = payload[RECEIPT_CLAIM];
    assert.deepEqual(extension.policy, { id: 'annual-report', version: '2018-01-03' });
    assert.equal(extension.action, 'save');
    assert.equal(extension.source, 'visitor');
    assert.equal(extension.startedUnticked, true);
    assert.equal(extension.gpc, true);
    assert.deepEqual(extension.chain, { sequence: 0, previous: null, reason: 'first' });
    assert.deepEqual(
      extension.decisions.map(({ purpose, granted, necessary, separateConsent, language }) => [
        purpose,
        granted,
        necessary,
        separateConsent,
        language,
      ]),
      [
        ['bill', null, true, false, 'en'],
        ['credit-scoring', true, false, true, 'en'],
        ['offers', false, false, false, 'en'],
        ['partner-sharing', false, false, true, 'en'],
      ],
    );
    for (const decision of extension.decisions) {
      const text = config.purposes.find((purpose) => purpose.id === decision.purpose)?.clause['en'] ?? '';
      assert.equal(decision.digest, createHash('sha256').update(text, 'utf8').digest('base64url'));
    }
  });

  it('leaves gpc out when unknown, and links to the chain head', async () => {
    const payload = await makePayload({ previous: { sequence: 4, digest: 'A'.repeat(43) } });
    assert.equal(Object.hasOwn(payload[RECEIPT_CLAIM], 'gpc'), false);
    assert.deepEqual(payload[RECEIPT_CLAIM].chain, { sequence: 5, previous: 'A'.repeat(43) });
    const forget = await makePayload({ previous: { sequence: 4, digest: 'A'.repeat(43) }, newChain: 'forget' });
    assert.deepEqual(forget[RECEIPT_CLAIM].chain, { sequence: 0, previous: null, reason: 'forget' });
  });

  it('resolves policy and controller paths against the issuer and takes the collection method and source given', async () => {
    const base = loadConfig();
    const config = {
      ...base,
      policy: { ...base.policy, url: '/legal/privacy' },
      controller: { ...base.controller, url: '/about' },
    };
    const payload = await makePayload({ config, collectionMethod: 'host API', source: 'host' });
    assert.equal(payload.policyUrl, 'https://pay.example/legal/privacy');
    assert.equal(payload.piiControllers[0]?.piiControllerUrl, 'https://pay.example/about');
    assert.equal(payload.collectionMethod, 'host API');
    assert.equal(payload[RECEIPT_CLAIM].source, 'host');
    // Not given: a host's decision does not claim to come from the web form.
    const hosts = await makePayload({ config, source: 'host' });
    assert.equal(hosts.collectionMethod, 'host API: recordHostDecision(), consent given elsewhere');
  });

  it('refuses to build without the shown text of every purpose, necessary ones included', async () => {
    const config = loadConfig();
    const shown = shownIn(config, 'en');
    delete shown['bill'];
    await assert.rejects(makePayload({ shown }), /bill/);
  });

  it('ignores a decision for a necessary purpose and counts a missing one as refused', async () => {
    const payload = await makePayload({ decisions: { bill: true, offers: true } });
    const decisions = payload[RECEIPT_CLAIM].decisions;
    assert.equal(decisions.find((d) => d.purpose === 'bill')?.granted, null);
    assert.equal(decisions.find((d) => d.purpose === 'credit-scoring')?.granted, false);
  });
});

describe('digestText and digestJws', () => {
  it('hashes the exact UTF-8 bytes: no normalisation, no trimming', async () => {
    const nfc = 'Caf\u00e9';
    const nfd = 'Cafe\u0301';
    assert.notEqual(await digestText(nfc), await digestText(nfd));
    assert.notEqual(await digestText('text'), await digestText('text '));
    assert.equal(await digestText(nfc), createHash('sha256').update(Buffer.from(nfc, 'utf8')).digest('base64url'));
    assert.equal(await digestText(''), '47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU');
  });

  it('digests a JWS as its ASCII text', async () => {
    assert.equal(await digestJws('a.b.c'), createHash('sha256').update('a.b.c').digest('base64url'));
  });

  it('gives the same digests without crypto.subtle (a page outside a secure context)', async () => {
    const texts = ['', 'Caf\u00e9', 'x'.repeat(1000), '\u{1F600} emoji'];
    const withSubtle = await Promise.all(texts.map((text) => digestText(text)));
    const crypto = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
    Object.defineProperty(globalThis, 'crypto', { configurable: true, value: { getRandomValues: () => {} } });
    try {
      assert.deepEqual(await Promise.all(texts.map((text) => digestText(text))), withSubtle);
    } finally {
      Object.defineProperty(globalThis, 'crypto', crypto);
    }
  });
});

describe('signing', () => {
  it('writes exactly the specified header, a thumbprint kid and a 64-byte signature', async () => {
    const { privateJwk, publicJwk } = await generateSigningKeyPair();
    const jws = await signReceipt(await makePayload(), privateJwk);
    const [header = '', , signature = ''] = jws.split('.');
    const kid = independentThumbprint(publicJwk);
    assert.equal(
      Buffer.from(header, 'base64url').toString('utf8'),
      `{"alg":"ES256","typ":"consent-receipt+jwt","kid":"${kid}"}`,
    );
    assert.equal(Buffer.from(signature, 'base64url').length, 64);
    assert.equal(publicJwk.kid, kid);
    assert.equal(privateJwk.kid, kid);
    assert.equal(await jwkThumbprint(privateJwk), kid);
  });

  it('signs with a non-extractable device key and its public JWK', async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const exported = await crypto.subtle.exportKey('jwk', pair.publicKey);
    assert.deepEqual(Object.keys(publicJwkOf(exported)).sort(), ['crv', 'kty', 'x', 'y']);
    const jws = await signReceiptWithKey(await makePayload(), pair.privateKey, exported);
    const result = await verifyReceipt(jws, { allowSelfSigned: true, publicJwk: exported, now: MADE_AT });
    assert.deepEqual(result.failures, []);
    assert.equal(result.selfSigned, true);
  });

  it('refuses a public key that is not the pair of the private key', async () => {
    const device = await makeKey();
    const other = await makeKey();
    await assert.rejects(signReceiptWithKey(await makePayload(), device.privateKey, other.publicJwk));
  });

  it('refuses to sign a payload that verification would reject', async () => {
    const { privateJwk } = await generateSigningKeyPair();
    const payload = await makePayload();
    await assert.rejects(signReceipt({ ...payload, sub: 'someone-else' }, privateJwk), /sub must equal/);
    await assert.rejects(signReceipt([] as unknown as ReceiptPayload, privateJwk), TypeError);
  });

  /** The payload with one member a receipt may carry beside its own. */
  const withNote = (payload: ReceiptPayload, note: unknown): ReceiptPayload => ({ ...payload, note }) as ReceiptPayload;

  it('refuses, naming the member, a payload nested deeper than a verifier reads, where JSON.stringify overflowed', async () => {
    const { privateJwk, publicJwk } = await generateSigningKeyPair();
    const payload = await makePayload();
    const nested = (levels: number): unknown => {
      let value: unknown = 1;
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };
    // 200 KB of JSON, under a signer endpoint's body limit, that checkReceiptPayload once let through.
    for (const levels of [64, 100_000]) {
      const deep = withNote(payload, nested(levels));
      const expected = [{ code: 'payload', message: 'note nests deeper than 64 levels of objects and arrays' }];
      assert.deepEqual(checkReceiptPayload(deep), expected);
      await assert.rejects(signReceipt(deep, privateJwk), (error: unknown) => {
        assert.ok(error instanceof ReceiptPayloadError && error instanceof TypeError);
        assert.deepEqual(error.problems, expected);
        return true;
      });
    }
    // The deepest a verifier reads (the payload and 63 arrays) is signed, and verifies.
    const jws = await signReceipt(withNote(payload, nested(63)), privateJwk);
    assert.deepEqual((await verifyReceipt(jws, { jwks: { keys: [publicJwk] }, now: MADE_AT })).failures, []);
  });

  it('refuses a payload whose receipt a verifier would find too large, or that is no JSON', async () => {
    const { privateJwk, publicJwk } = await generateSigningKeyPair();
    const payload = await makePayload();
    // The longest note that fits: the payload segment may take what the header, two dots and the signature leave.
    const [header = ''] = (await signReceipt(withNote(payload, ''), privateJwk)).split('.');
    const room = MAX_RECEIPT_LENGTH - header.length - 2 - 86;
    const longest = Math.floor((room * 3) / 4) - JSON.stringify({ ...payload, note: '' }).length;
    const jws = await signReceipt(withNote(payload, 'x'.repeat(longest)), privateJwk);
    assert.ok(jws.length <= MAX_RECEIPT_LENGTH && jws.length > MAX_RECEIPT_LENGTH - 4, String(jws.length));
    assert.deepEqual((await verifyReceipt(jws, { jwks: { keys: [publicJwk] }, now: MADE_AT })).failures, []);
    await assert.rejects(signReceipt(withNote(payload, 'x'.repeat(longest + 1)), privateJwk), (error: unknown) => {
      assert.ok(error instanceof ReceiptPayloadError);
      assert.deepEqual(
        error.problems.map((problem) => problem.code),
        ['too-large'],
      );
      assert.match(error.message, new RegExp(`the largest member is note \\(${longest + 3} characters\\)`));
      return true;
    });
    // A payload that only JSON.stringify's failure or endless work would have stopped.
    let shared: unknown = {};
    for (let i = 0; i < 40; i++) shared = { a: shared, b: shared };
    const sparse: unknown[] = [];
    sparse.length = 1e9;
    for (const note of [shared, sparse]) {
      assert.deepEqual(
        checkReceiptPayload(withNote(payload, note)).map((problem) => problem.code),
        ['too-large'],
      );
    }
    await assert.rejects(signReceipt(withNote(payload, 10n), privateJwk), ReceiptPayloadError);
  });

  it('publicJwkOf keeps only kty, crv, x, y and kid', async () => {
    const { privateJwk } = await generateSigningKeyPair();
    const published = publicJwkOf({ ...privateJwk, key_ops: ['sign'], ext: true } as JsonWebKey);
    assert.deepEqual(Object.keys(published).sort(), ['crv', 'kid', 'kty', 'x', 'y']);
    assert.throws(() => publicJwkOf({ kty: 'RSA', n: 'x', e: 'AQAB' }), TypeError);
  });
});

describe('interoperability with jose', () => {
  it('our receipts verify with jose.compactVerify', async () => {
    const { privateJwk, publicJwk } = await generateSigningKeyPair();
    const payload = await makePayload();
    const jws = await signReceipt(payload, privateJwk);
    const key = await importJWK({ ...publicJwk, alg: 'ES256' }, 'ES256');
    const { payload: bytes, protectedHeader } = await compactVerify(jws, key, { algorithms: ['ES256'] });
    assert.deepEqual(protectedHeader, { alg: 'ES256', typ: 'consent-receipt+jwt', kid: publicJwk.kid });
    assert.deepEqual(JSON.parse(new TextDecoder().decode(bytes)), payload);
  });

  it('a receipt signed by jose verifies with ours', async () => {
    const { privateJwk, publicJwk } = await generateSigningKeyPair();
    const config = loadConfig();
    const payload = await buildReceiptPayload({
      config,
      decisions: grant(config, 'credit-scoring'),
      action: 'save',
      source: 'visitor',
      language: 'en',
      shown: shownIn(config, 'en'),
      principalId: PRINCIPAL,
      issuer: ISSUER,
      previous: null,
    });
    const key = await importJWK(privateJwk, 'ES256');
    // jose keeps whichever twin of the signature it got (about half are high-S): each of them verifies, as is.
    const forms = new Set<boolean>();
    for (let i = 0; i < 24; i++) {
      const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
        .setProtectedHeader({ alg: 'ES256', typ: 'consent-receipt+jwt', kid: publicJwk.kid })
        .sign(key);
      const result = await verifyReceipt(jws, { jwks: { keys: [publicJwk] }, expectedIssuer: ISSUER, config });
      assert.deepEqual(result.failures, []);
      assert.equal(result.valid, true);
      assert.equal(result.selfSigned, false);
      assert.equal(result.kid, publicJwk.kid);
      assert.deepEqual(result.payload, payload);
      assert.deepEqual(decodeSegment(jws.split('.')[0] ?? ''), result.header);
      assert.equal(result.highS === true, toLowSJws(jws) !== jws, 'highS says which form it is');
      forms.add(toLowSJws(jws) === jws);
    }
    // With 24 signatures both forms are all but certain (each is a coin toss): the test covers the high-S one.
    assert.equal(forms.size, 2);
  });
});

describe('one signature per receipt (low S)', () => {
  it('signs in low-S form, and accepts the high-S twin as jose does, saying which form it is', async () => {
    const { privateJwk, publicJwk } = await generateSigningKeyPair();
    const payload = await makePayload();
    const key = await importJWK({ ...publicJwk, alg: 'ES256' }, 'ES256');
    // WebCrypto returns either twin at random: enough signatures that a missing normalisation would show.
    for (let i = 0; i < 24; i++) {
      const jws = await signReceipt(payload, privateJwk);
      assert.equal(toLowSJws(jws), jws, 'already low-S');
      assert.equal((await verifyReceipt(jws, { jwks: { keys: [publicJwk] } })).valid, true);
      const high = signatureTwin(jws);
      assert.notEqual(high, jws);
      // The twin is a valid ECDSA signature of the same bytes...
      await compactVerify(high, key, { algorithms: ['ES256'] });
      // ...and ours accepts it too (jose and Node's crypto sign either form), marked as the form unticked never writes.
      const result = await verifyReceipt(high, { jwks: { keys: [publicJwk] } });
      assert.deepEqual(result.failures, []);
      assert.equal(result.valid, true);
      assert.equal(result.highS, true);
      assert.equal((await verifyReceipt(jws, { jwks: { keys: [publicJwk] } })).highS, undefined);
      assert.equal(toLowSJws(high), jws, 'normalising gives the receipt back');
    }
  });

  it('leaves what is not a compact JWS with a 64-byte signature as it is', () => {
    for (const text of ['', 'a.b', 'a.b.c.d', 'a.b.!!', 'e30.e30.AQID']) assert.equal(toLowSJws(text), text);
  });
});

describe('base64urlDecode', () => {
  it('decodes canonical input and refuses anything else', () => {
    assert.deepEqual(base64urlDecode('AQID'), new Uint8Array([1, 2, 3]));
    assert.deepEqual(base64urlDecode('_-8'), new Uint8Array([0xff, 0xef]));
    assert.deepEqual(base64urlDecode(''), new Uint8Array([]));
    for (const bad of ['AQ==', 'AQ=', 'A', 'AQI D', 'AQ+/', 'AR', 'AQJ', '\u00e9AAA', 'AQ\n']) {
      assert.equal(base64urlDecode(bad), null, bad);
    }
  });

  it('round-trips every length through Buffer', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = crypto.getRandomValues(new Uint8Array(length));
      const text = Buffer.from(bytes).toString('base64url');
      assert.deepEqual(base64urlDecode(text), bytes);
    }
  });
});

describe('parseStrictJson', () => {
  it('agrees with JSON.parse on valid JSON', () => {
    const samples = [
      '{}',
      '[]',
      ' {"a" : [1, -0.5, 2e10, 1E-3, true, false, null, "x\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00"]} ',
      '"text"',
      '0',
      '{"__proto__":{"polluted":true},"b":{"c":[{}]}}',
      JSON.stringify({ nested: { deep: [1, { é: '中文' }] } }),
    ];
    for (const sample of samples) {
      const parsed = parseStrictJson(sample);
      assert.ok(parsed.ok, sample);
      assert.deepEqual(parsed.value, JSON.parse(sample), sample);
    }
    const proto = parseStrictJson('{"__proto__":{"polluted":true}}');
    assert.ok(proto.ok && Object.getPrototypeOf(proto.value) === Object.prototype);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('refuses what JSON.parse refuses, and duplicates it would accept', () => {
    for (const sample of [
      '',
      '{',
      '{"a":1,}',
      '[1,]',
      '01',
      '1.',
      '.5',
      '+1',
      "{'a':1}",
      '"\t"',
      '"\\x"',
      'tru',
      'NaN',
      '{"a" 1}',
      '[1 2]',
      '"\\u12"',
      '{} {}',
    ]) {
      const parsed = parseStrictJson(sample);
      assert.equal(parsed.ok, false, sample);
      assert.throws(() => JSON.parse(sample), SyntaxError, sample);
    }
    for (const sample of ['{"a":1,"a":1}', '{"x":{"a":1,"b":2,"a":3}}', '[{"a":1},{"a":1,"\\u0061":2}]']) {
      const parsed = parseStrictJson(sample);
      assert.equal(parsed.ok ? 'ok' : parsed.error, 'duplicate-key', sample);
    }
    assert.deepEqual(parseStrictJson('[{"a":1},{"a":1}]'), { ok: true, value: [{ a: 1 }, { a: 1 }] });
  });

  it('bounds nesting depth', () => {
    assert.equal(parseStrictJson(`${'['.repeat(64)}${']'.repeat(64)}`).ok, true);
    const deep = parseStrictJson(`${'['.repeat(65)}${']'.repeat(65)}`);
    assert.equal(deep.ok ? 'ok' : deep.error, 'depth');
  });
});
