/**
 * Signs receipts with the site's own key, through the host's `signer` function or the config's `signer.url`, and
 * checks the answer before anything is emitted: the JWS must be of the receipt profile, carry exactly the payload
 * that was sent, and (where the site's public keys are known) verify with one of them.
 *
 * Loaded with the receipt issuer, on the first decision.
 *
 * @module
 */
import type { ConsentConfig } from '../core/config/types.js';
import { MAX_RECEIPT_LENGTH } from '../core/receipt/constants.js';
import type { P256PublicJwk } from '../core/receipt/jwk.js';
import type { ReceiptPayload } from '../core/receipt/types.js';
import { jwksKeysFor, verifyReceipt } from '../core/receipt/verify.js';
import { toLowSJws } from '../core/receipt/low-s.js';
import { answerWithin } from '../core/answer-within.js';
import { readBoundedText } from '../core/bounded-text.js';
import { siteAddress } from '../core/site-address.js';

/**
 * The host's signer: receives the receipt payload and answers with a compact JWS made with the site's own server
 * key (e.g. by posting it to the site's back end, which calls `signReceipt` from `unticked/core`).
 */
export type ReceiptSigner = (payload: ReceiptPayload) => Promise<string>;

/** A receipt signature obtained from the host, checked. */
export interface HostSignature {
  readonly jws: string;
  /** The key from `signer.jwks` that verified it; `null` when no keys were given to check it with. */
  readonly publicJwk: P256PublicJwk | null;
}

/** Why the host's signer could not be used. */
export class HostSignerError extends Error {
  override readonly name = 'HostSignerError';
  /** `signer-failed`: no answer (network, HTTP status, timeout, exception); `signer-forged`: a wrong answer. */
  readonly code: 'signer-failed' | 'signer-forged';
  constructor(code: 'signer-failed' | 'signer-forged', message: string) {
    super(message);
    this.code = code;
  }
}

/** How long the host's signer may take before the receipt is given up on. */
export const HOST_SIGNER_TIMEOUT_MS = 10_000;

/** JSON with object keys sorted, so a server that reorders members still matches what was sent. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The WHATWG ASCII whitespace; a compact JWS is base64url and dots, so none of it belongs to the receipt. */
const ASCII_WHITESPACE = new Set(['\t', '\n', '\f', '\r', ' ']);

/**
 * `text` without the ASCII whitespace around it (a server's trailing newline), and no other: String#trim also
 * takes Unicode spaces, which no signer's answer carries by accident. A loop, not a regex, so it stays linear.
 */
function trimAsciiWhitespace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && ASCII_WHITESPACE.has(text.charAt(start))) start++;
  while (end > start && ASCII_WHITESPACE.has(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, what: string): Promise<T> {
  const controller = new AbortController();
  return answerWithin(work(controller.signal), HOST_SIGNER_TIMEOUT_MS, () => {
    controller.abort();
    throw new HostSignerError('signer-failed', `${what} did not answer within ${HOST_SIGNER_TIMEOUT_MS} ms.`);
  });
}

/** Posts the payload to `signer.url` and reads the JWS from the answer (the JWS as text, or JSON `{ "jws" }`). */
async function askEndpoint(url: string, payload: ReceiptPayload, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(siteAddress(url, location.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/jose, application/json, text/plain' },
      body: JSON.stringify(payload),
      credentials: 'same-origin',
      redirect: 'error',
      signal,
    });
  } catch (error) {
    throw new HostSignerError('signer-failed', `signer.url could not be reached (${String(error)}).`);
  }
  if (!response.ok) throw new HostSignerError('signer-failed', `signer.url answered HTTP ${response.status}.`);
  let body: string | null;
  try {
    body = await readBoundedText(response, MAX_RECEIPT_LENGTH);
  } catch (error) {
    // The connection dropped or timed out while the answer came in: a failure to reach the signer, not a forgery.
    throw new HostSignerError('signer-failed', `signer.url's answer broke off (${String(error)}).`);
  }
  if (body === null) throw new HostSignerError('signer-forged', 'signer.url answered too much.');
  const text = trimAsciiWhitespace(body);
  if (!text.startsWith('{')) return text;
  try {
    return (JSON.parse(text) as { jws?: unknown }).jws;
  } catch {
    throw new HostSignerError('signer-forged', 'signer.url answered JSON that does not parse.');
  }
}

/**
 * Has the host sign `payload`: with `signer` when given, else by posting it to `config.signer.url`. Throws a
 * {@link HostSignerError} unless the answer is a receipt of exactly this payload that verifies with one of
 * `config.signer.jwks` (when given).
 */
export async function signWithHost(
  payload: ReceiptPayload,
  config: ConsentConfig,
  signer: ReceiptSigner | null,
): Promise<HostSignature> {
  const url = config.signer?.url;
  const answer = await withTimeout(
    async (signal) => {
      if (signer) {
        try {
          // A copy: the host's function cannot change what the widget compares the answer with.
          return await signer(structuredClone(payload));
        } catch (error) {
          if (error instanceof HostSignerError) throw error;
          throw new HostSignerError('signer-failed', `The signer function failed (${String(error)}).`);
        }
      }
      if (!url) throw new HostSignerError('signer-failed', 'No signer is configured.');
      return askEndpoint(url, payload, signal);
    },
    signer ? 'The signer function' : 'signer.url',
  );
  // The same for the function and signer.url: a back end's answer passed on as read often ends in a newline.
  const trimmed = typeof answer === 'string' ? trimAsciiWhitespace(answer) : answer;
  if (typeof trimmed !== 'string' || trimmed.length === 0) {
    throw new HostSignerError('signer-forged', 'The signer did not answer with a compact JWS string.');
  }
  // A server signing with jose or Node's crypto gives either twin of its signature; the visitor keeps the low-S
  // one, which verifies with the same key and payload (see low-s.ts).
  const jws = toLowSJws(trimmed);
  const keys = config.signer?.jwks.keys ?? [];
  const result = await verifyReceipt(jws, {
    ...(keys.length > 0 ? { jwks: { keys } } : {}),
    expectedIssuer: payload.iss,
    expectedSubject: payload.sub,
  });
  // Without the site's public keys only the signature itself stays unchecked; everything else must hold.
  const failures = result.failures.filter((failure) => keys.length > 0 || failure.code !== 'untrusted-key');
  if (failures.length > 0) {
    throw new HostSignerError(
      'signer-forged',
      `The signer's answer is not a valid receipt: ${failures.map((f) => f.message).join('; ')}.`,
    );
  }
  if (!result.payload || canonicalJson(result.payload) !== canonicalJson(payload)) {
    throw new HostSignerError('signer-forged', "The signer's answer carries a payload other than the one sent.");
  }
  return { jws, publicJwk: keys.length > 0 ? await keyFor(keys, result.kid, jws) : null };
}

/**
 * The public JWK in `keys` that verifies `jws`: of those verifyReceipt would try for `kid`, the one whose signature
 * check passes. Two keys given one `kid` (an old one kept beside its successor) must not make the receipt name a
 * key that does not verify it.
 */
async function keyFor(
  keys: readonly Readonly<Record<string, unknown>>[],
  kid: string | undefined,
  jws: string,
): Promise<P256PublicJwk | null> {
  const candidates = await jwksKeysFor(kid, keys);
  if (candidates.length <= 1) return candidates[0] ?? null;
  for (const candidate of candidates) {
    if ((await verifyReceipt(jws, { jwks: { keys: [{ ...candidate, kid }] } })).valid) return candidate;
  }
  return null;
}
