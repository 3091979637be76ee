// The host signer: receipts signed with the site's own key through the `signer` property or the config's
// `signer.url`, checked by the widget before they are emitted.
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { generateSigningKeyPair, signReceipt } from '../../src/core/receipt/sign.js';
import { verifyReceipt } from '../../src/core/receipt/verify.js';
import { digestJws } from '../../src/core/receipt/digest.js';
import { toLowSJws } from '../../src/core/receipt/low-s.js';
import { signatureTwin } from '../fixtures/high-s.js';
import { ConsentError } from '../../src/core/errors.js';
import type { ReceiptPayload } from '../../src/core/receipt/types.js';
import type { ConsentConfig } from '../../src/core/config/types.js';
import { annualReport, renderPrompt, action, trustedClick, collect, endlessStream } from './helpers.js';

const SIGNER_URL = 'https://signer.example/consent/sign';
const KEY = 'unticked:annual-report';

async function decideAndWait(element: HTMLElement & { shadowRoot: ShadowRoot | null }) {
  const decision = oneEvent(element, 'consent-decision');
  await trustedClick(action(element as never, 'reject-all'));
  const { detail } = await decision;
  // Stored after the event: wait, so that a later test's decision is not overwritten by this one's.
  await waitUntil(() => localStorage.getItem('unticked:annual-report') !== null, 'stored', { timeout: 5000 });
  return detail;
}

/** The annual report, signed by the host at `url` and checked with the site's public key. */
async function hostSigned(site: { publicJwk: object }, url = SIGNER_URL): Promise<ConsentConfig> {
  return { ...(await annualReport()), signer: { url, jwks: { keys: [site.publicJwk] } } } as unknown as ConsentConfig;
}

describe('receipts signed by the host', () => {
  const originalFetch = window.fetch;
  afterEach(() => {
    window.fetch = originalFetch;
    document.querySelectorAll('consent-prompt').forEach((el) => el.remove());
  });

  it('uses the signer function: the receipt verifies with the site’s key, not as self-signed', async () => {
    const site = await generateSigningKeyPair();
    const seen: ReceiptPayload[] = [];
    const element = await renderPrompt(await annualReport());
    element.signer = async (payload: ReceiptPayload) => {
      seen.push(payload);
      return signReceipt(payload, site.privateJwk);
    };
    const detail = await decideAndWait(element);
    const receipt = detail.receipt!;
    expect(seen).to.have.length(1);
    expect(receipt.payload).to.deep.equal(seen[0]);
    // No keys in the config: the widget could not check the signature, so it does not claim a key.
    expect(receipt.publicJwk).to.equal(null);
    const result = await verifyReceipt(receipt.jws, { jwks: { keys: [site.publicJwk] } });
    expect(result.failures).to.deep.equal([]);
    expect(result.selfSigned).to.equal(false);
    expect(detail.chainHead!.digest).to.equal(await digestJws(receipt.jws));
  });

  it('keeps the low-S form of a host signature that came as its high-S twin, and it verifies', async () => {
    const site = await generateSigningKeyPair();
    const config = await hostSigned(site);
    const answered: string[] = [];
    const element = await renderPrompt(config);
    // A server signing with jose or Node's crypto may answer with either twin: this one always sends the high-S.
    element.signer = async (payload: ReceiptPayload) => {
      const high = signatureTwin(await signReceipt(payload, site.privateJwk));
      answered.push(high);
      return high;
    };
    const errors = collect(element, 'consent-error');
    const detail = await decideAndWait(element);
    expect(errors).to.have.length(0);
    const receipt = detail.receipt!;
    expect(receipt.jws).to.not.equal(answered[0]);
    expect(toLowSJws(answered[0]!)).to.equal(receipt.jws);
    expect((await verifyReceipt(receipt.jws, { jwks: { keys: [site.publicJwk] } })).valid).to.equal(true);
    // The answer as sent verifies too, marked high-S: the receipt kept is its low-S twin, which the chain links.
    const asSent = await verifyReceipt(answered[0]!, { jwks: { keys: [site.publicJwk] } });
    expect([asSent.valid, asSent.highS]).to.deep.equal([true, true]);
    expect(detail.chainHead!.digest).to.equal(await digestJws(receipt.jws));
  });

  /** A grant signed by a `signer` function whose keys the config does not publish, stored. */
  async function grantWithUnpublishedKeys() {
    const site = await generateSigningKeyPair();
    const signer = (payload: ReceiptPayload) => signReceipt(payload, site.privateJwk);
    const config = await annualReport();
    const first = await renderPrompt(config);
    first.signer = signer;
    const decided = oneEvent(first, 'consent-decision');
    await trustedClick(action(first, 'accept-all'));
    expect((await decided).detail.receipt!.publicJwk).to.equal(null);
    await waitUntil(() => localStorage.getItem(KEY)?.includes('accept-all'), 'the grant stored', { timeout: 5000 });
    return { config, signer, first };
  }

  /**
   * The next page, setting its config and then its signer in one go as a framework binding does; resolves once it
   * is ready, with the storage errors it reported.
   */
  async function nextVisit(config: ConsentConfig, signer: (payload: ReceiptPayload) => Promise<string>) {
    const next = document.createElement('consent-prompt');
    next.setAttribute('lang', 'en');
    const errors = collect(next, 'consent-storage-error');
    const ready = oneEvent(next, 'consent-ready');
    next.config = config;
    next.signer = signer;
    document.body.append(next);
    await ready;
    return { next, errorCodes: errors.map((event) => event.detail.code) };
  }

  it('remembers a decision signed with keys the page does not know, set together with the config', async () => {
    const { config, signer, first } = await grantWithUnpublishedKeys();
    first.remove();
    // The stored decision (kept without the receipt nobody here can verify) still holds.
    const { next, errorCodes } = await nextVisit(config, signer);
    expect(errorCodes).to.deep.equal([]);
    expect(next.decision('offers')).to.equal(true);
  });

  it('refuses an earlier grant put back after a withdrawal, signed with keys the page does not know', async () => {
    const { config, signer, first } = await grantWithUnpublishedKeys();
    const grant = localStorage.getItem(KEY)!;
    first.show();
    await first.updateComplete;
    const withdrawn = oneEvent(first, 'consent-decision');
    await trustedClick(action(first, 'reject-all'));
    await withdrawn;
    // The grant is replaced at once by the mark of a withdrawal on its way, and the withdrawal written once signed:
    // wait for the latter.
    await waitUntil(
      () =>
        ![grant, null].includes(localStorage.getItem(KEY)) && !localStorage.getItem(KEY)!.startsWith('withdrawing:'),
      'the withdrawal stored',
      { timeout: 5000 },
    );
    expect(JSON.parse(localStorage.getItem(KEY)!).decisions).to.deep.equal({
      'credit-scoring': false,
      offers: false,
      'partner-sharing': false,
    });
    first.remove();
    // What a storage write failing during the withdrawal leaves, or a script putting the grant back.
    localStorage.setItem(KEY, grant);
    const { next, errorCodes } = await nextVisit(config, signer);
    expect(errorCodes).to.deep.equal(['tampered']);
    expect(next.decision('offers')).to.equal(null);
    expect(next.decisions).to.equal(null);
  });

  it('reports the key from signer.jwks that verified the answer, and chains host receipts', async () => {
    const site = await generateSigningKeyPair();
    const config = await hostSigned(site);
    const element = await renderPrompt(config);
    element.signer = (payload: ReceiptPayload) => signReceipt(payload, site.privateJwk);
    const first = await decideAndWait(element);
    expect(first.receipt!.publicJwk).to.deep.include({ kty: 'EC', crv: 'P-256', x: site.publicJwk.x });
    element.show();
    await element.updateComplete;
    const second = await decideAndWait(element);
    const chain = second.receipt!.payload['urn:unticked:consent'].chain;
    expect(chain.previous).to.equal(await digestJws(first.receipt!.jws));
  });

  it('reports the key that verifies the answer when signer.jwks gives an old key the same kid, or one not for signing', async () => {
    const site = await generateSigningKeyPair();
    const old = await generateSigningKeyPair();
    for (const stale of [
      { ...old.publicJwk, kid: site.publicJwk.kid },
      { ...old.publicJwk, kid: site.publicJwk.kid, use: 'enc' },
    ]) {
      const config = {
        ...(await annualReport()),
        signer: { url: SIGNER_URL, jwks: { keys: [stale, site.publicJwk] } },
      } as unknown as ConsentConfig;
      const element = await renderPrompt(config);
      element.signer = (payload: ReceiptPayload) => signReceipt(payload, site.privateJwk);
      const { receipt } = await decideAndWait(element);
      expect(receipt!.publicJwk, JSON.stringify(stale)).to.deep.include({ x: site.publicJwk.x, y: site.publicJwk.y });
      const alone = await verifyReceipt(receipt!.jws, { jwks: { keys: [receipt!.publicJwk!] } });
      expect(alone.valid, 'the reported key alone verifies the receipt').to.equal(true);
      element.remove();
    }
  });

  it('checks a signer function against signer.jwks given without a url: a forged signature is refused', async () => {
    const site = await generateSigningKeyPair();
    const config = { ...(await annualReport()), signer: { jwks: { keys: [site.publicJwk] } } };
    const honest = await renderPrompt(config);
    honest.signer = (payload: ReceiptPayload) => signReceipt(payload, site.privateJwk);
    const signed = await decideAndWait(honest);
    expect(signed.receipt!.publicJwk).to.deep.include({ kty: 'EC', crv: 'P-256', x: site.publicJwk.x });
    honest.remove();
    localStorage.removeItem(KEY);
    // The right header and payload, and 64 random bytes for a signature.
    const forger = await renderPrompt(config);
    const errors = collect(forger, 'consent-error');
    forger.signer = async (payload: ReceiptPayload) => {
      const [header, body] = (await signReceipt(payload, site.privateJwk)).split('.');
      const noise = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(64))));
      return `${header}.${body}.${noise.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    };
    const forged = await decideAndWait(forger);
    expect(forged.receipt).to.equal(null);
    expect(errors.map((e) => e.detail.problems[0]!.code)).to.deep.equal(['signer-forged']);
  });

  it('posts the payload to signer.url and accepts the JWS as text or as JSON { jws }', async () => {
    const site = await generateSigningKeyPair();
    const requests: { url: string; init: RequestInit }[] = [];
    let answerAsJson = false;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url !== SIGNER_URL) return originalFetch(input, init);
      requests.push({ url, init: init ?? {} });
      const jws = await signReceipt(JSON.parse(String(init?.body)) as ReceiptPayload, site.privateJwk);
      return answerAsJson
        ? new Response(JSON.stringify({ jws }), { headers: { 'content-type': 'application/json' } })
        : new Response(jws, { headers: { 'content-type': 'application/jose' } });
    };
    const config = await hostSigned(site);
    const element = await renderPrompt(config);
    const text = await decideAndWait(element);
    expect(requests).to.have.length(1);
    expect(requests[0]!.init.method).to.equal('POST');
    expect(JSON.parse(String(requests[0]!.init.body))).to.deep.equal(text.receipt!.payload);
    expect((await verifyReceipt(text.receipt!.jws, { jwks: { keys: [site.publicJwk] } })).valid).to.equal(true);
    answerAsJson = true;
    element.show();
    await element.updateComplete;
    const json = await decideAndWait(element);
    expect((await verifyReceipt(json.receipt!.jws, { jwks: { keys: [site.publicJwk] } })).valid).to.equal(true);
  });

  it('sends a signer path to the page’s own origin, not to the host a <base href> names', async () => {
    const site = await generateSigningKeyPair();
    const config = {
      ...(await hostSigned(site, '/consent/sign')),
      policy: { ...(await annualReport()).policy, url: '/privacy' },
    } as unknown as ConsentConfig;
    const requested: string[] = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      requested.push(url);
      if (!url.endsWith('/consent/sign')) return originalFetch(input, init);
      return new Response(await signReceipt(JSON.parse(String(init?.body)) as ReceiptPayload, site.privateJwk));
    };
    const base = document.createElement('base');
    base.href = 'https://elsewhere.example/x/';
    document.head.prepend(base);
    try {
      const element = await renderPrompt(config);
      const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="policy-link"]')!;
      // The link the visitor follows is the address the receipt records.
      expect(link.href).to.equal(`${location.origin}/privacy`);
      const detail = await decideAndWait(element);
      expect(requested.filter((url) => url.includes('/consent/sign'))).to.deep.equal([
        `${location.origin}/consent/sign`,
      ]);
      expect(detail.receipt!.payload.iss).to.equal(location.origin);
      expect(detail.receipt!.payload.policyUrl).to.equal(link.href);
    } finally {
      base.remove();
    }
  });

  it('reaches a signer on this machine over plain http, or at a path on this site, for real', async () => {
    // No stand-in fetch: the test server answers the POST itself (404: it has no signer), so each address must be
    // accepted by the config, reached, and its failure reported.
    const site = await generateSigningKeyPair();
    for (const url of ['/no-signer-here', `${location.origin}/no-signer-here`]) {
      const config = await hostSigned(site, url);
      const element = await renderPrompt(config);
      const errors = collect(element, 'consent-error');
      const decision = oneEvent(element, 'consent-decision');
      await trustedClick(action(element, 'reject-all'));
      const { detail } = await decision;
      expect(detail.receipt, url).to.equal(null);
      expect(detail.decisions['offers']).to.equal(false);
      expect(
        errors.map((e) => [e.detail.problems[0]!.code, e.detail.problems[0]!.path]),
        url,
      ).to.deep.equal([['signer-failed', 'signer']]);
      expect(errors[0]!.detail.problems[0]!.message).to.match(/HTTP 40\d/);
      element.remove();
    }
  });

  const refusals: [
    string,
    (site: Awaited<ReturnType<typeof generateSigningKeyPair>>) => typeof window.fetch,
    string,
  ][] = [
    ['an HTTP error', () => async () => new Response('nope', { status: 500 }), 'signer-failed'],
    [
      'a network failure',
      () => async () => {
        throw new TypeError('Failed to fetch');
      },
      'signer-failed',
    ],
    [
      'an answer that breaks off midway',
      () => async () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('eyJhbGciOiJFUzI1NiJ9.'));
              controller.error(new TypeError('network error'));
            },
          }),
        ),
      'signer-failed',
    ],
    ['something that is not a JWS', () => async () => new Response('<html>hello</html>'), 'signer-forged'],
    // Cut off once it is longer than any receipt, not held in memory until the timeout.
    ['an answer that never ends', () => async () => new Response(endlessStream()), 'signer-forged'],
    [
      'a receipt of another payload',
      (site) => async (_input, init) => {
        const payload = JSON.parse(String(init?.body)) as ReceiptPayload;
        // A well-formed receipt, validly signed, but not of the payload that was sent.
        const id = crypto.randomUUID();
        const changed = { ...payload, jti: id, consentReceiptID: id };
        return new Response(await signReceipt(changed, site.privateJwk));
      },
      'signer-forged',
    ],
    [
      // Only ASCII whitespace is taken off, as from a signer function: String#trim once took this too.
      'a receipt with a no-break space after it',
      (site) => async (_input, init) =>
        new Response(`${await signReceipt(JSON.parse(String(init?.body)) as ReceiptPayload, site.privateJwk)}\u00a0`),
      'signer-forged',
    ],
    [
      'a receipt signed with a key not in signer.jwks',
      () => async (_input, init) => {
        const other = await generateSigningKeyPair();
        return new Response(await signReceipt(JSON.parse(String(init?.body)) as ReceiptPayload, other.privateJwk));
      },
      'signer-forged',
    ],
  ];

  for (const [what, makeFetch, code] of refusals) {
    it(`refuses ${what}: no receipt, a typed error, and the decision still counts`, async () => {
      const site = await generateSigningKeyPair();
      const fake = makeFetch(site);
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) =>
        String(input) === SIGNER_URL ? fake(input, init) : originalFetch(input, init);
      const config = await hostSigned(site);
      const element = await renderPrompt(config);
      const errors = collect(element, 'consent-error');
      const detail = await decideAndWait(element);
      expect(detail.receipt).to.equal(null);
      expect(detail.chainHead).to.equal(null);
      expect(detail.decisions).to.deep.equal({ 'partner-sharing': false, offers: false, 'credit-scoring': false });
      expect(errors.map((e) => e.detail.problems[0]!.code)).to.deep.equal([code]);
      expect(errors[0]!.detail.problems[0]!.path).to.equal('signer');
    });
  }

  it('accepts a signer function’s answer with ASCII whitespace around it, as it does from signer.url', async () => {
    const site = await generateSigningKeyPair();
    const config = await hostSigned(site);
    const element = await renderPrompt(config);
    const signed: string[] = [];
    // A back end's response text passed on as read: once refused as forged, though signer.url trimmed the same.
    element.signer = async (payload: ReceiptPayload) => {
      const jws = await signReceipt(payload, site.privateJwk);
      signed.push(jws);
      return ` \r\n${jws}\n`;
    };
    const errors = collect(element, 'consent-error');
    const detail = await decideAndWait(element);
    expect(errors.map((e) => e.detail.problems[0]!.code)).to.deep.equal([]);
    expect(detail.receipt!.jws).to.equal(signed[0]);
    expect(detail.chainHead!.digest).to.equal(await digestJws(signed[0]!));

    // Only ASCII whitespace: a no-break space is no server's line ending, and is refused on both paths.
    element.signer = async (payload: ReceiptPayload) => `${await signReceipt(payload, site.privateJwk)}\u00a0`;
    element.show();
    await element.updateComplete;
    expect((await decideAndWait(element)).receipt).to.equal(null);
    expect(errors.map((e) => e.detail.problems[0]!.code)).to.deep.equal(['signer-forged']);
  });

  it('reports a signer function that throws, and refuses a signer that is not a function', async () => {
    const element = await renderPrompt(await annualReport());
    expect(() => {
      element.signer = 'https://signer.example' as never;
    }).to.throw(ConsentError);
    element.signer = async () => {
      throw new Error('server down');
    };
    const errors = collect(element, 'consent-error');
    const detail = await decideAndWait(element);
    expect(detail.receipt).to.equal(null);
    expect(errors[0]!.detail.problems[0]!.code).to.equal('signer-failed');
    expect(errors[0]!.detail.problems[0]!.message).to.contain('server down');
  });
});
