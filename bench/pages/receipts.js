// Runs in Chromium, loaded by receipts.html: times building and signing receipts with the built package, and
// issuing them end to end with the script-tag build's receipt-issuer chunk (device key and chain in IndexedDB).
import { buildReceiptPayload, signReceiptWithKey, verifyReceipt } from '/dist/core/index.js';

/** Calls `work` `warmup` times untimed, then `runs` times timed; milliseconds per call. */
async function time(work, runs, warmup) {
  for (let i = 0; i < warmup; i++) await work(i);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** What the prompt shows and decides for the fixture config, in English. */
function receiptInput(config) {
  const shown = {};
  const decisions = {};
  for (const purpose of config.purposes) {
    shown[purpose.id] = { language: 'en', text: purpose.clause.en };
    if (!purpose.necessary) decisions[purpose.id] = purpose.id === 'offers';
  }
  return { config, decisions, action: 'save', source: 'visitor', language: 'en', shown };
}

globalThis.runReceiptBench = async ({ config, runs, warmup, issuerUrl }) => {
  if (!isSecureContext) throw new Error('Not a secure context: crypto.subtle is missing');
  const decision = receiptInput(config);
  const input = { ...decision, principalId: crypto.randomUUID(), issuer: location.origin, previous: null };

  // A device key as the receipt issuer makes one: P-256, non-extractable, public half exported as JWK.
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const publicJwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const payload = await buildReceiptPayload(input);

  const samples = {};
  let lastJws = '';
  samples.build = await time(() => buildReceiptPayload(input), runs, warmup);
  samples.sign = await time(() => signReceiptWithKey(payload, pair.privateKey, publicJwk), runs, warmup);
  samples.buildAndSign = await time(
    async () => {
      lastJws = await signReceiptWithKey(await buildReceiptPayload(input), pair.privateKey, publicJwk);
    },
    runs,
    warmup,
  );

  // A fresh profile: the first receipt opens the database and generates the device key.
  const { issueReceipt } = await import(issuerUrl);
  const coldStart = performance.now();
  let issued = await issueReceipt(decision);
  const issueFirst = performance.now() - coldStart;
  samples.issue = await time(
    async () => {
      issued = await issueReceipt(decision);
    },
    runs,
    warmup,
  );

  // Timing something that does not produce valid receipts would be pointless.
  const signed = await verifyReceipt(lastJws, { trustEmbeddedKey: publicJwk, config });
  const fromIssuer = await verifyReceipt(issued.receipt.jws, { trustEmbeddedKey: issued.receipt.publicJwk, config });
  return {
    samples,
    issueFirst,
    chainLength: issued.chainHead.sequence + 1,
    valid: { signed: signed.valid, issued: fromIssuer.valid },
    failures: [...signed.failures, ...fromIssuer.failures].map((failure) => failure.message),
    crossOriginIsolated,
    userAgent: navigator.userAgent,
  };
};
