/// <reference types="node" />
// Histories: the hash chain between a visitor's receipts, and which decision is in force after each one.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { digestJws, generateSigningKeyPair, signReceipt, verifyHistory } from '../../src/core/receipt/index.js';
import type {
  HistoryVerification,
  P256PrivateJwk,
  ReceiptInput,
  SigningKeyPair,
  VerifyOptions,
} from '../../src/core/receipt/index.js';
import { grant, loadConfig, MADE_AT, makePayload } from '../fixtures/receipt-helpers.js';

let keys: SigningKeyPair;
let options: VerifyOptions;
const config = loadConfig();

before(async () => {
  keys = await generateSigningKeyPair();
  options = { jwks: { keys: [keys.publicJwk] }, now: new Date(MADE_AT.getTime() + 86_400_000) };
});

type Step = Partial<ReceiptInput>;

/** Signs one receipt per step, each linked to the one before unless the step says otherwise. */
async function chain(steps: readonly Step[], privateJwk: P256PrivateJwk = keys.privateJwk): Promise<string[]> {
  const list: string[] = [];
  let head: ReceiptInput['previous'] = null;
  for (const [i, step] of steps.entries()) {
    const payload = await makePayload({ previous: head, now: new Date(MADE_AT.getTime() + i * 1000), ...step });
    const jws = await signReceipt(payload, privateJwk);
    list.push(jws);
    const sequence = payload['urn:unticked:consent'].chain.sequence;
    head = { sequence, digest: await digestJws(jws) };
  }
  return list;
}

const failureCodes = (result: HistoryVerification): string[] => result.failures.map((failure) => failure.code);

describe('verifyHistory', () => {
  it('accepts a valid chain of three and reports the decisions in force', async () => {
    const list = await chain([
      { decisions: grant(config), action: 'reject-all' },
      { decisions: grant(config, 'offers') },
      { decisions: grant(config, 'offers', 'credit-scoring') },
    ]);
    const result = await verifyHistory(list, options);
    assert.deepEqual(result.failures, []);
    assert.equal(result.valid, true);
    assert.equal(result.receipts.length, 3);
    assert.deepEqual(result.effective, {
      'credit-scoring': true,
      offers: true,
      'partner-sharing': false,
    });
    assert.deepEqual(result.overrides, []);
  });

  it('reports a gap', async () => {
    const list = await chain([{}, {}, {}]);
    const result = await verifyHistory([list[0]!, list[2]!], options);
    assert.equal(result.valid, false);
    assert.deepEqual(failureCodes(result), ['gap']);
    assert.equal(result.failures[0]?.index, 1);
    assert.deepEqual(failureCodes(await verifyHistory([list[1]!, list[2]!], options)), ['gap']);
  });

  it('reports a reorder, and still takes decisions in chain order', async () => {
    const list = await chain([
      { decisions: grant(config, 'offers') },
      { decisions: grant(config, 'offers') },
      { decisions: grant(config), action: 'withdraw' },
    ]);
    const result = await verifyHistory([list[0]!, list[2]!, list[1]!], options);
    assert.deepEqual(failureCodes(result), ['reorder']);
    assert.equal(result.failures[0]?.index, 2);
    assert.equal(result.effective['offers'], false);
  });

  it('reports a broken link', async () => {
    const list = await chain([{}, {}]);
    const wrong = await signReceipt(
      await makePayload({ previous: { sequence: 1, digest: await digestJws(list[0]!) } }),
      keys.privateJwk,
    );
    const result = await verifyHistory([...list, wrong], options);
    assert.deepEqual(failureCodes(result), ['broken-link']);
    assert.equal(result.failures[0]?.index, 2);
  });

  it('reports a fork and a duplicate', async () => {
    const list = await chain([{}, {}]);
    const sibling = await signReceipt(
      await makePayload({ previous: { sequence: 0, digest: await digestJws(list[0]!) } }),
      keys.privateJwk,
    );
    assert.deepEqual(failureCodes(await verifyHistory([...list, sibling], options)), ['fork']);
    assert.deepEqual(failureCodes(await verifyHistory([...list, list[1]!], options)), ['duplicate']);
    const secondStart = (await chain([{}]))[0]!;
    assert.deepEqual(failureCodes(await verifyHistory([...list, secondStart], options)), ['fork']);
  });

  it('reports each receipt of a wide fork once, against the first to claim the place, and repeats as duplicates', async () => {
    // Checked with maps by sequence and digest: thousands of receipts claiming one place once took minutes.
    const list = await chain([{}, {}]);
    const parent = { sequence: 0, digest: await digestJws(list[0]!) };
    const siblings: string[] = [];
    for (let i = 0; i < 4; i++) {
      const payload = await makePayload({ previous: parent, now: new Date(MADE_AT.getTime() + 2000 + i * 1000) });
      siblings.push(await signReceipt(payload, keys.privateJwk));
    }
    const child = await signReceipt(
      await makePayload({ previous: { sequence: 1, digest: await digestJws(siblings[3]!) } }),
      keys.privateJwk,
    );
    const history = [...list, siblings[0]!, siblings[1]!, list[1]!, siblings[0]!, siblings[2]!, siblings[3]!, child];
    const result = await verifyHistory(history, options);
    assert.deepEqual(
      result.failures.map(({ code, index, message }) => [code, index, message]),
      [
        ['fork', 2, 'Receipt 2 claims sequence 1, as receipt 1 does'],
        ['fork', 3, 'Receipt 3 claims sequence 1, as receipt 1 does'],
        ['duplicate', 4, 'Receipt 4 repeats receipt 1'],
        ['duplicate', 5, 'Receipt 5 repeats receipt 2'],
        ['fork', 6, 'Receipt 6 claims sequence 1, as receipt 1 does'],
        ['fork', 7, 'Receipt 7 claims sequence 1, as receipt 1 does'],
      ],
    );
    // The child links to one of the claimants, so its link holds.
    assert.equal(result.receipts.length, history.length);
  });

  it('accepts a restart after "forget"', async () => {
    const first = await chain([{ decisions: grant(config, 'offers') }, { decisions: grant(config, 'offers') }]);
    // Issued after the first chain, as a restart is.
    const later = (seconds: number): Date => new Date(MADE_AT.getTime() + seconds * 1000);
    const second = await chain([
      { newChain: 'forget', decisions: grant(config), now: later(10) },
      { decisions: grant(config, 'credit-scoring'), now: later(11) },
    ]);
    const result = await verifyHistory([...first, ...second], options);
    assert.deepEqual(result.failures, []);
    assert.equal(result.valid, true);
    assert.deepEqual(result.effective, { 'credit-scoring': true, offers: false, 'partner-sharing': false });
  });

  it('reports chains started by "forget" listed out of time order, and takes the decision made last', async () => {
    const at = (seconds: number): Step => ({ now: new Date(MADE_AT.getTime() + seconds * 1000) });
    const first = await chain([
      { decisions: grant(config, 'offers'), ...at(0) },
      { decisions: grant(config), action: 'withdraw', ...at(1) },
    ]);
    const other = await generateSigningKeyPair();
    // Each chain after "forget" has its own key and principal; nothing but time says which came first.
    const older = await chain(
      [
        { newChain: 'forget', principalId: 'p-2', decisions: grant(config, 'partner-sharing'), ...at(10) },
        { principalId: 'p-2', decisions: grant(config, 'partner-sharing'), ...at(11) },
      ],
      other.privateJwk,
    );
    const newer = await chain([
      { newChain: 'forget', principalId: 'p-3', decisions: grant(config), action: 'reject-all', ...at(20) },
    ]);
    const trusted = { ...options, jwks: { keys: [keys.publicJwk, other.publicJwk] } };

    const inOrder = await verifyHistory([...first, ...older, ...newer], trusted);
    assert.deepEqual(inOrder.failures, []);
    assert.equal(inOrder.effective['partner-sharing'], false);

    const swapped = await verifyHistory([...first, ...newer, ...older], trusted);
    assert.equal(swapped.valid, false);
    assert.deepEqual(
      swapped.failures.map(({ code, index }) => [code, index]),
      [['reorder', 3]],
    );
    assert.match(swapped.failures[0]?.message ?? '', /^Receipt 3 was issued 10 s before receipt 2, /);
    // The reject-all issued last is in force, not the grant listed last.
    assert.deepEqual(swapped.effective, { 'credit-scoring': false, offers: false, 'partner-sharing': false });
    assert.deepEqual(swapped.overrides, [
      { purpose: 'offers', grantedIn: 0, withdrawnIn: 1 },
      { purpose: 'partner-sharing', grantedIn: 3, withdrawnIn: 2 },
    ]);

    // Only valid receipts give a chain its time: a backdated copy is invalid, and orders nothing.
    const [h, p, sig] = newer[0]!.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>;
    const backdated = Buffer.from(JSON.stringify({ ...claims, iat: 0, consentTimestamp: 0 })).toString('base64url');
    const forged = await verifyHistory([...first, ...older, `${h}.${backdated}.${sig}`], trusted);
    assert.deepEqual(
      forged.failures.map(({ code, index }) => [code, index]),
      [['invalid-receipt', 4]],
    );
  });

  it('sorts receipts into their chains by hash link when a chain started by "forget" is listed before or inside the first', async () => {
    const at = (seconds: number): Step => ({ now: new Date(MADE_AT.getTime() + seconds * 1000) });
    const [granted, withdrawn] = await chain([
      { decisions: grant(config, 'offers'), ...at(0) },
      { decisions: grant(config), action: 'withdraw', ...at(1) },
    ]);
    const other = await generateSigningKeyPair();
    const [restart] = await chain(
      [{ newChain: 'forget', principalId: 'p-2', decisions: grant(config, 'offers'), action: 'accept-all', ...at(2) }],
      other.privateJwk,
    );
    const trusted = { ...options, jwks: { keys: [keys.publicJwk, other.publicJwk] } };
    const outcome = async (list: string[]) => {
      const result = await verifyHistory(list, trusted);
      return { failures: result.failures.map(({ code, index }) => [code, index]), offers: result.effective['offers'] };
    };
    // In order: no failure, and the grant after "forget", made last, is in force.
    assert.deepEqual(await outcome([granted!, withdrawn!, restart!]), { failures: [], offers: true });
    // The "forget" chain listed first: the first chain, issued before it, is out of order (not a fork of it).
    assert.deepEqual(await outcome([restart!, granted!, withdrawn!]), { failures: [['reorder', 1]], offers: true });
    // The first chain's second receipt listed after the restart: it links to its own chain (no broken link), and
    // is out of order there; the withdrawal was made before the restart's grant.
    assert.deepEqual(await outcome([granted!, restart!, withdrawn!]), { failures: [['reorder', 2]], offers: true });
  });

  describe('a receipt listed again after "forget"', () => {
    const at = (seconds: number): Date => new Date(MADE_AT.getTime() + seconds * 1000);

    /**
     * A0 grants offers, A1 withdraws, then "forget": F0 grants offers again and F1 withdraws, F0 and F1 issued
     * `fSeconds` after A. Also gives F0 signed a second time: the same payload (and `jti`) under another JWS.
     */
    async function history(fSeconds: [number, number]): Promise<{ list: string[]; resigned: string }> {
      const first = await chain([
        { decisions: grant(config, 'offers'), now: at(0) },
        { decisions: grant(config), action: 'withdraw', now: at(0) },
      ]);
      const f0 = await makePayload({ newChain: 'forget', decisions: grant(config, 'offers'), now: at(fSeconds[0]) });
      const f0Jws = await signReceipt(f0, keys.privateJwk);
      const f1 = await makePayload({
        previous: { sequence: 0, digest: await digestJws(f0Jws) },
        decisions: grant(config),
        action: 'withdraw',
        now: at(fSeconds[1]),
      });
      const list = [...first, f0Jws, await signReceipt(f1, keys.privateJwk)];
      // ECDSA signatures are randomised, so signing again gives another JWS of the same receipt.
      return { list, resigned: await signReceipt(f0, keys.privateJwk) };
    }

    it('reports the repeat as a duplicate and keeps the withdrawal in force, all in one second', async () => {
      const { list, resigned } = await history([0, 0]);
      const honest = await verifyHistory(list, options);
      assert.deepEqual(honest.failures, []);
      assert.equal(honest.effective['offers'], false);

      // Once passed as valid with the withdrawal undone: each "forget" receipt began a chain with its own checks.
      const replayed = await verifyHistory([...list, list[2]!], options);
      assert.equal(replayed.valid, false);
      assert.deepEqual(
        replayed.failures.map(({ code, index, message }) => [code, index, message]),
        [['duplicate', 4, 'Receipt 4 repeats receipt 2']],
      );
      assert.equal(replayed.effective['offers'], false);

      const chainTwice = await verifyHistory([...list, list[2]!, list[3]!], options);
      assert.deepEqual(
        chainTwice.failures.map(({ code, index }) => [code, index]),
        [
          ['duplicate', 4],
          ['duplicate', 5],
        ],
      );
      assert.equal(chainTwice.effective['offers'], false);

      // A receipt is its jti: signed again, it is still the same receipt.
      assert.notEqual(resigned, list[2]);
      const resignedRepeat = await verifyHistory([...list, resigned], options);
      assert.deepEqual(
        resignedRepeat.failures.map(({ code, index }) => [code, index]),
        [['duplicate', 4]],
      );
      assert.equal(resignedRepeat.effective['offers'], false);
      assert.deepEqual(resignedRepeat.overrides, [
        { purpose: 'offers', grantedIn: 0, withdrawnIn: 1 },
        { purpose: 'offers', grantedIn: 2, withdrawnIn: 3 },
      ]);
    });

    it('reports the repeat as a duplicate when the chains are seconds apart, and the last decision stays', async () => {
      const { list } = await history([5, 10]);
      // Once a reorder, with the repeated grant taken after the withdrawal made 5 s later.
      const replayed = await verifyHistory([...list, list[2]!], options);
      assert.deepEqual(
        replayed.failures.map(({ code, index }) => [code, index]),
        [['duplicate', 4]],
      );
      assert.equal(replayed.effective['offers'], false);
    });

    it('does not let a chain reported as out of order override a decision made after it', async () => {
      const { list } = await history([5, 10]);
      // A distinct "forget" receipt issued at 7 s, before F1's withdrawal at 10 s, but listed after it.
      const late = await signReceipt(
        await makePayload({ newChain: 'forget', decisions: grant(config, 'offers'), now: at(7) }),
        keys.privateJwk,
      );
      const result = await verifyHistory([...list, late], options);
      assert.deepEqual(
        result.failures.map(({ code, index }) => [code, index]),
        [['reorder', 4]],
      );
      assert.equal(result.effective['offers'], false);
      assert.deepEqual(result.overrides, [
        { purpose: 'offers', grantedIn: 0, withdrawnIn: 1 },
        { purpose: 'offers', grantedIn: 2, withdrawnIn: 3 },
      ]);
    });
  });

  it('reports a withdrawal that overrides an earlier grant', async () => {
    const list = await chain([
      { decisions: grant(config, 'offers', 'credit-scoring') },
      { decisions: grant(config, 'offers', 'credit-scoring') },
      { decisions: grant(config, 'credit-scoring'), action: 'withdraw' },
      { decisions: grant(config, 'credit-scoring', 'offers') },
    ]);
    const result = await verifyHistory(list, options);
    assert.equal(result.valid, true);
    assert.deepEqual(result.overrides, [{ purpose: 'offers', grantedIn: 0, withdrawnIn: 2 }]);
    assert.deepEqual(result.effective, { 'credit-scoring': true, offers: true, 'partner-sharing': false });
  });

  it('reports a receipt that continues a chain for another visitor, however well it links', async () => {
    const list = await chain([{ decisions: grant(config, 'offers') }, { decisions: grant(config, 'offers') }]);
    // Anyone holding a receipt can link to it: a withdrawal in another visitor's name, signed with a trusted key.
    const spliced = await makePayload({
      decisions: grant(config),
      action: 'withdraw',
      principalId: 'someone-else',
      previous: { sequence: 1, digest: await digestJws(list[1]!) },
      now: new Date(MADE_AT.getTime() + 5000),
    });
    const result = await verifyHistory([...list, await signReceipt(spliced, keys.privateJwk)], options);
    assert.equal(result.valid, false);
    assert.deepEqual(failureCodes(result), ['principal-change']);
    assert.equal(result.failures[0]?.index, 2);
  });

  it('holds a chain to one device key, and lets the site rotate its own', async () => {
    const device = await generateSigningKeyPair();
    const stranger = await generateSigningKeyPair();
    const list = await chain(
      [{ decisions: grant(config, 'offers') }, { decisions: grant(config, 'offers') }],
      device.privateJwk,
    );
    const withdrawal = await makePayload({
      decisions: grant(config),
      action: 'withdraw',
      previous: { sequence: 1, digest: await digestJws(list[1]!) },
      now: new Date(MADE_AT.getTime() + 5000),
    });
    const now = options.now!;
    // The visitor's download: each receipt beside its device key. A stranger's receipt, in the visitor's name and
    // linked to the visitor's last, beside the stranger's key.
    const spliced = [...list, await signReceipt(withdrawal, stranger.privateJwk)];
    const deviceKeys = [device.publicJwk, device.publicJwk, stranger.publicJwk];
    const result = await verifyHistory(spliced, { deviceKeys, now });
    assert.deepEqual(failureCodes(result), ['key-change']);
    assert.equal(result.failures[0]?.index, 2);
    // The same chain carried on with the device's own key is whole.
    const own = [...list, await signReceipt(withdrawal, device.privateJwk)];
    const whole = await verifyHistory(own, { deviceKeys: [device.publicJwk], now });
    assert.deepEqual(
      result.receipts.map((receipt) => receipt.valid),
      [true, true, true],
    );
    assert.deepEqual(whole.failures, []);
    assert.equal(whole.effective['offers'], false);
    // Verified with the visitor's own key, each receipt is said to be self-signed, as verifyReceipt says it.
    assert.deepEqual(
      whole.receipts.map((receipt) => receipt.selfSigned),
      [true, true, true],
    );
    // A site's keys in jwks may change within a chain (rotation).
    const rotated = [...list, await signReceipt(withdrawal, stranger.privateJwk)];
    const site = await verifyHistory(rotated, { jwks: { keys: [device.publicJwk, stranger.publicJwk] }, now });
    assert.deepEqual(site.failures, []);
    assert.deepEqual(
      site.receipts.map((receipt) => receipt.selfSigned),
      [false, false, false],
    );
    // A device key with another key's kid cannot stand in for it: device keys are matched by thumbprint only.
    const impostor = { ...stranger.publicJwk, kid: device.publicJwk.kid };
    const forged = await verifyHistory(spliced, { deviceKeys: [device.publicJwk, impostor], now });
    assert.equal(forged.valid, false);
    assert.ok(
      forged.failures.some((failure) => failure.code === 'key-change'),
      JSON.stringify(forged.failures),
    );
  });

  it('holds only the site JWKS to the 100-key limit: device keys come beside it', async () => {
    const device = await generateSigningKeyPair();
    const list = await chain(
      [{ decisions: grant(config, 'offers') }, { decisions: grant(config, 'offers') }],
      device.privateJwk,
    );
    const site = await Promise.all(Array.from({ length: 100 }, async () => (await generateSigningKeyPair()).publicJwk));
    const now = options.now!;
    const result = await verifyHistory(list, { jwks: { keys: site }, deviceKeys: [device.publicJwk], now });
    assert.deepEqual(result.failures, []);
    assert.deepEqual(
      result.receipts.map((receipt) => [receipt.valid, receipt.selfSigned]),
      [
        [true, true],
        [true, true],
      ],
    );
    // The site's own limit still holds.
    const tooMany = [...site, (await generateSigningKeyPair()).publicJwk];
    const refused = await verifyHistory(list, { jwks: { keys: tooMany }, deviceKeys: [device.publicJwk], now });
    assert.equal(refused.valid, false);
    assert.match(JSON.stringify(refused.receipts[0]?.failures), /at most 100 keys, got 101/);
  });

  it('refuses device keys that are not a list of public keys, and reads them once', async () => {
    const list = await chain([{}]);
    for (const deviceKeys of ['key', [{ kty: 'EC' }], [keys.privateJwk], { length: 1, 0: keys.publicJwk }]) {
      const result = await verifyHistory(list, { ...options, deviceKeys } as never);
      assert.equal(result.valid, false, JSON.stringify(deviceKeys));
      assert.deepEqual(failureCodes(result), ['malformed']);
      assert.match(result.failures[0]!.message, /deviceKeys/);
    }
    let reads = 0;
    const counted = {
      ...options,
      get deviceKeys() {
        reads++;
        return [keys.publicJwk];
      },
    };
    assert.equal((await verifyHistory(list, counted)).valid, true);
    assert.equal(reads, 1);
  });

  it('reports an invalid receipt in the list and leaves it out of the decisions', async () => {
    const list = await chain([
      { decisions: grant(config) },
      { decisions: grant(config, 'offers') },
      { decisions: grant(config, 'credit-scoring') },
    ]);
    const tampered = `${list[1]!.slice(0, -2)}${list[1]!.endsWith('AA') ? 'BA' : 'AA'}`;
    const result = await verifyHistory([list[0]!, tampered, list[2]!], options);
    assert.equal(result.valid, false);
    // The stored receipt 1 is not the one receipt 2 was linked to.
    assert.deepEqual(
      result.failures.map(({ code, index }) => [code, index]),
      [
        ['invalid-receipt', 1],
        ['broken-link', 2],
      ],
    );
    assert.equal(result.receipts[1]?.valid, false);
    assert.deepEqual(result.overrides, []);
    assert.equal(result.effective['credit-scoring'], true);
  });

  it('fails every receipt of a history on a wrong option, where it once switched the age check off', async () => {
    const list = await chain([{}, {}]);
    const result = await verifyHistory(list, { ...options, maxAgeSeconds: '60' as unknown as number });
    assert.equal(result.valid, false);
    assert.deepEqual(failureCodes(result), ['invalid-receipt', 'invalid-receipt']);
    assert.deepEqual(
      result.receipts.map((receipt) => receipt.failures.map((failure) => failure.code)),
      [['options'], ['options']],
    );
    assert.deepEqual(result.effective, {});
  });

  it('never throws on hostile lists', async () => {
    assert.deepEqual(failureCodes(await verifyHistory(null as unknown as string[], options)), ['malformed']);
    const result = await verifyHistory(['', 'a.b.c', 42 as unknown as string], options);
    assert.equal(result.valid, false);
    assert.deepEqual(failureCodes(result), ['invalid-receipt', 'invalid-receipt', 'invalid-receipt']);
    assert.deepEqual(await verifyHistory([], options), {
      valid: true,
      receipts: [],
      failures: [],
      effective: {},
      overrides: [],
    });
  });

  it('answers, never rejects, for a list that cannot be read or is longer than any history', async () => {
    const revoked = Proxy.revocable([] as string[], {});
    revoked.revoke();
    const throwing = new Proxy([] as string[], {
      get(target, key) {
        if (key === 'length') return 2;
        if (key === '0' || key === '1') throw new RangeError('trap');
        return Reflect.get(target, key) as unknown;
      },
    });
    for (const list of [revoked.proxy, throwing]) {
      const result = await verifyHistory(list, options);
      assert.deepEqual(failureCodes(result), ['malformed']);
      assert.match(result.failures[0]?.message ?? '', /^The history could not be read: /);
    }
    // Sparse: a hang before, each hole verified as a receipt.
    const endless = await verifyHistory(new Array<string>(2 ** 32 - 1), options);
    assert.deepEqual(failureCodes(endless), ['malformed']);
    assert.match(endless.failures[0]?.message ?? '', /longer than the 100000 that are read/);
  });
});
