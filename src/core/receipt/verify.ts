/**
 * Verifies one receipt. The same code runs in browsers and Node. It never throws and does bounded work on any
 * input: every problem becomes a failure with a stable code, and a receipt is valid only with none at all. Wrong
 * options are such a problem too (`options`), so that none can switch a check off.
 *
 * @module
 */
import type { ConsentConfig } from '../config/types.js';
import { describeError } from '../errors.js';
import { base64urlDecode } from './base64url.js';
import {
  DEFAULT_CLOCK_SKEW_SECONDS,
  MAX_RECEIPT_LENGTH,
  RECEIPT_ALG,
  RECEIPT_CLAIM,
  RECEIPT_TYP,
} from './constants.js';
import { digestText } from './digest.js';
import { parseStrictJson } from './json.js';
import { kantaraPurpose, kantaraPurposeName, shownBeside } from './kantara-purpose.js';
import type { JwkMembers, P256PublicJwk, WebCryptoKey } from './jwk.js';
import { importPublicKey, isP256PublicJwk, isReceiptVerifyingJwk, jwkThumbprint, publicJwkOf } from './jwk.js';
import { isHighS } from './low-s.js';
import { checkVerifyOptions } from './options.js';
import { checkReceiptShape, isJsonObject } from './shape.js';
import type { ReceiptFailure, ReceiptFailureCode, ReceiptPayload, ReceiptVerification } from './types.js';

/** A JWK as it may arrive from a JWKS file or a config's `signer.jwks`. */
export type JwkLike = JwkMembers | P256PublicJwk | Readonly<Record<string, unknown>>;

/**
 * What to trust and what to expect when verifying. Each option must be of its type and no other option may be
 * given: anything else is an `options` failure naming it, never an option quietly ignored.
 */
export interface VerifyOptions {
  /** The site's trusted public keys, selected by a `kid` member or a thumbprint equal to the header's `kid`. */
  readonly jwks?: { readonly keys: readonly JwkLike[] };
  /** A key stored next to the receipt (a device key), trusted for it because the caller says so. */
  readonly trustEmbeddedKey?: JwkLike;
  /** Trust `publicJwk`; without this it is ignored. */
  readonly allowSelfSigned?: boolean;
  /** A key stored next to the receipt; trusted only with `allowSelfSigned`. */
  readonly publicJwk?: JwkLike;
  /** A valid Date. Default: the current time. */
  readonly now?: Date;
  /**
   * Receipts whose `iat` is older than this many seconds (a finite number, 0 or more) are refused (`too-old`). No
   * limit when not given.
   */
  readonly maxAgeSeconds?: number;
  /** How many seconds `iat` may lie in the future (a finite number, 0 or more). Default 300. */
  readonly clockSkewSeconds?: number;
  readonly expectedIssuer?: string;
  readonly expectedSubject?: string;
  /**
   * Recompute every clause digest from this config and report each purpose whose text differs; also compare each
   * decision's `necessary`, `separateConsent`, and `saleOrSharing`, `retention` and `recipients` (where recorded),
   * and the Kantara purposes' names, with it. It is validated
   * first, as the prompt validates it (`validateConfig`: clause keys are read as the tags in `languages`); a config
   * that is not valid is an `options` failure for each problem. The same config object, unchanged, is validated
   * once however many receipts it checks; changed in place, it is validated again.
   */
  readonly config?: ConsentConfig;
}

type Report = (code: ReceiptFailureCode, message: string, purpose?: string) => void;

const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;
const HEADER_MEMBERS = new Set(['alg', 'typ', 'kid']);
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** Decodes one JWS segment into a JSON object, reporting under `code` what is wrong with it. */
function decodeJsonSegment(
  bytes: Uint8Array<ArrayBuffer>,
  code: 'header' | 'payload',
  report: Report,
): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    report(code, `The ${code} is not UTF-8`);
    return undefined;
  }
  const parsed = parseStrictJson(text);
  if (!parsed.ok) {
    report(parsed.error === 'duplicate-key' ? 'duplicate-key' : code, `The ${code}: ${parsed.message}`);
    return undefined;
  }
  if (!isJsonObject(parsed.value)) {
    report(code, `The ${code} must be a JSON object`);
    return undefined;
  }
  return parsed.value;
}

function checkHeader(header: Record<string, unknown>, report: Report): void {
  const { alg, typ, kid } = header;
  if (alg !== RECEIPT_ALG) report('alg', `alg must be "${RECEIPT_ALG}", not ${JSON.stringify(alg)}`);
  if (typ !== RECEIPT_TYP) report('typ', `typ must be "${RECEIPT_TYP}"`);
  if (typeof kid !== 'string' || kid === '') report('kid', 'kid must be a non-empty string');
  for (const name of Object.keys(header)) {
    if (name === 'crit') report('crit', 'crit is not supported: no header extension is understood');
    else if (!HEADER_MEMBERS.has(name)) report('header', `Unexpected header member ${JSON.stringify(name)}`);
  }
}

/**
 * The keys of a JWKS that may have signed a receipt whose header names `kid`: P-256 public keys for ES256 signing
 * (no other `alg` or `use`) whose `kid` member or thumbprint is `kid`, each point once. Several may match (two
 * given one `kid` by mistake): each is to be tried, as jose's createLocalJWKSet lets its caller do.
 */
export async function jwksKeysFor(kid: string | undefined, candidates: readonly unknown[]): Promise<P256PublicJwk[]> {
  const keys: P256PublicJwk[] = [];
  const points = new Set<string>();
  for (const candidate of candidates) {
    if (!isReceiptVerifyingJwk(candidate)) continue;
    // The same key listed twice is tried once.
    const point = `${candidate.x}.${candidate.y}`;
    if (points.has(point)) continue;
    if (candidate.kid === kid || (await jwkThumbprint(candidate)) === kid) {
      points.add(point);
      keys.push(publicJwkOf(candidate));
    }
  }
  return keys;
}

/**
 * Finds the keys to verify with: the trusted JWKS keys for `kid` (see jwksKeysFor), else a key the caller opted in
 * to explicitly.
 */
async function selectKeys(
  kid: string,
  options: VerifyOptions,
  report: Report,
): Promise<{ keys: P256PublicJwk[]; selfSigned: boolean } | undefined> {
  const keys = await jwksKeysFor(kid, options.jwks?.keys ?? []);
  if (keys.length > 0) return { keys, selfSigned: false };
  const embedded = options.trustEmbeddedKey ?? (options.allowSelfSigned === true ? options.publicJwk : undefined);
  if (embedded !== undefined) {
    if (!isP256PublicJwk(embedded)) {
      report('key', 'The embedded key is not a P-256 public JWK');
      return undefined;
    }
    if ((await jwkThumbprint(embedded)) !== kid) {
      report('kid', 'kid is not the thumbprint of the embedded key');
      return undefined;
    }
    return { keys: [publicJwkOf(embedded)], selfSigned: true };
  }
  report(
    'untrusted-key',
    options.publicJwk !== undefined
      ? 'An embedded key is trusted only with allowSelfSigned, and no trusted key matches kid'
      : `No trusted key matches kid ${JSON.stringify(kid)}`,
  );
  return undefined;
}

function checkTimes(payload: Record<string, unknown>, options: VerifyOptions, report: Report): void {
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const skew = options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  // Receipts carry neither, but a JWT that does must not be accepted outside them (RFC 7519 §4.1.4, §4.1.5), as
  // any JWT library would refuse it.
  for (const claim of ['exp', 'nbf'] as const) {
    if (!Object.prototype.hasOwnProperty.call(payload, claim)) continue;
    const value = payload[claim];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      report('claims', `${claim} is not a number of seconds since the epoch`);
    } else if (claim === 'exp' && now >= value + skew) {
      report('expired', `The token expired ${Math.round(now - value)} s ago (exp)`);
    } else if (claim === 'nbf' && value > now + skew) {
      report('not-yet-valid', `The token is not valid for another ${Math.round(value - now)} s (nbf)`);
    }
  }
  const iat = payload['iat'];
  if (!Number.isSafeInteger(iat)) return;
  if ((iat as number) > now + skew) report('iat-future', `iat is ${(iat as number) - now} s in the future`);
  if (options.maxAgeSeconds !== undefined && now - (iat as number) > options.maxAgeSeconds) {
    report('too-old', `The receipt is ${now - (iat as number)} s old; at most ${options.maxAgeSeconds} s is accepted`);
  }
}

/**
 * Compares the receipt with the config: the policy, every clause digest with the config's text in the language the
 * receipt records, each decision's `necessary`, `separateConsent` and `saleOrSharing` (where recorded) with the
 * purpose's, and the Kantara purposes
 * with the titles of the purposes granted (`inconsistent`), which only the config can tell.
 */
async function checkAgainstConfig(payload: ReceiptPayload, config: ConsentConfig, report: Report): Promise<void> {
  const extension = payload[RECEIPT_CLAIM];
  if (extension.policy.id !== config.policy.id || extension.policy.version !== config.policy.version) {
    report(
      'policy-mismatch',
      `The receipt is for policy ${extension.policy.id}@${extension.policy.version}, the config is ` +
        `${config.policy.id}@${config.policy.version}`,
    );
  }
  const purposes = new Map(config.purposes.map((purpose) => [purpose.id, purpose]));
  const recorded = new Set<string>();
  // The shape check has made sure there is one service, with one Kantara purpose per grant, in decision order.
  const kantara = payload.services[0]?.purposes ?? [];
  let granted = 0;
  for (const decision of extension.decisions) {
    const id = decision.purpose;
    recorded.add(id);
    const at = decision.granted === true ? granted++ : -1;
    const purpose = purposes.get(id);
    if (!purpose) {
      report('unknown-purpose', `The config has no purpose "${id}"`, id);
      continue;
    }
    for (const flag of ['necessary', 'separateConsent', 'saleOrSharing'] as const) {
      if (decision[flag] !== undefined && decision[flag] !== (purpose[flag] === true)) {
        const recorded = decision[flag];
        report('inconsistent', `"${id}" is recorded with ${flag}: ${recorded}, the config says ${!recorded}`, id);
      }
    }
    const name = kantaraPurposeName(config, purpose, decision.language);
    if (at >= 0 && kantara[at]?.purpose !== name) {
      report(
        'inconsistent',
        `services[0].purposes[${at}].purpose must name the granted purpose "${id}" (${JSON.stringify(name)}), ` +
          `not ${JSON.stringify(kantara[at]?.purpose)}`,
        id,
      );
    } else if (at >= 0 && kantara[at]) {
      // Who receives the data and which data are shown beside the clause: a receipt that records others than the
      // config names was given for other terms (a recipient added without a new version, say).
      const { thirdPartyName: recipients, piiCategory: data } = kantaraPurpose(config, purpose, decision.language);
      const recorded = kantara[at];
      // Where the extension names each recipient (below), that is the finer comparison.
      if (decision.recipients === undefined && recorded.thirdPartyName !== recipients) {
        report(
          'inconsistent',
          `services[0].purposes[${at}] records the recipients of "${id}" as ${JSON.stringify(recorded.thirdPartyName ?? '')}, the config as ${JSON.stringify(recipients ?? '')}`,
          id,
        );
      }
      if (JSON.stringify(recorded.piiCategory) !== JSON.stringify(data)) {
        report(
          'inconsistent',
          `services[0].purposes[${at}] records the data categories of "${id}" as ${JSON.stringify(recorded.piiCategory)}, the config as ${JSON.stringify(data)}`,
          id,
        );
      }
    }
    // Recorded beside the clause since receipts began to: how long the data are kept, and each recipient by name
    // (the Kantara names, joined, cannot tell "Ad, Inc." from "Ad" and "Inc.").
    const { retention, recipients: names } = shownBeside(purpose);
    if (decision.retention !== undefined && decision.retention !== retention) {
      report(
        'inconsistent',
        `"${id}" is recorded with retention ${JSON.stringify(decision.retention)}, the config says ${JSON.stringify(retention)}`,
        id,
      );
    }
    if (decision.recipients !== undefined && JSON.stringify(decision.recipients) !== JSON.stringify(names)) {
      report(
        'inconsistent',
        `"${id}" is recorded with the recipients ${JSON.stringify(decision.recipients)}, the config names ${JSON.stringify(names)}`,
        id,
      );
    }
    const text = has(purpose.clause, decision.language) ? purpose.clause[decision.language] : undefined;
    if (typeof text !== 'string') {
      report('clause-mismatch', `The config has no "${decision.language}" clause for "${id}"`, id);
    } else if ((await digestText(text)) !== decision.digest) {
      report(
        'clause-mismatch',
        `The "${decision.language}" clause of "${id}" differs from the text the visitor was shown`,
        id,
      );
    }
  }
  for (const id of purposes.keys()) {
    if (!recorded.has(id)) report('missing-purpose', `The receipt has no decision for "${id}"`, id);
  }
}

/** What verification has learnt so far; `selfSigned` is set only once a signature verified. */
interface Mutable {
  header?: Record<string, unknown>;
  payload?: ReceiptPayload;
  kid?: string;
  selfSigned: boolean;
  highS?: boolean;
}

async function verify(jws: unknown, options: VerifyOptions, result: Mutable, report: Report): Promise<void> {
  if (typeof jws !== 'string') return report('malformed', 'A receipt must be a string');
  if (jws.length > MAX_RECEIPT_LENGTH) {
    return report('too-large', `A receipt may be at most ${MAX_RECEIPT_LENGTH} characters; this is ${jws.length}`);
  }
  const parts = jws.split('.');
  if (parts.length !== 3) return report('malformed', `A compact JWS has 3 parts; this has ${parts.length}`);
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;

  const names = ['header', 'payload', 'signature'] as const;
  const [headerBytes, payloadBytes, signature] = [headerPart, payloadPart, signaturePart].map((part, i) => {
    const bytes = base64urlDecode(part);
    if (!bytes) report('base64url', `The ${names[i] ?? 'part'} is not canonical unpadded base64url`);
    return bytes;
  });

  const header = headerBytes ? decodeJsonSegment(headerBytes, 'header', report) : undefined;
  if (header) {
    result.header = header;
    if (typeof header['kid'] === 'string') result.kid = header['kid'];
    checkHeader(header, report);
  }

  const payload = payloadBytes ? decodeJsonSegment(payloadBytes, 'payload', report) : undefined;
  const shapeOk = payload !== undefined && checkPayload(payload, options, report);
  if (payload) result.payload = payload as unknown as ReceiptPayload;

  if (signature && signature.length !== 64) {
    report('signature-length', `An ES256 signature is 64 bytes (raw r||s); this is ${signature.length}`);
  }
  // The high-S twin (r, n−s) of a signature verifies as well: jose and Node's crypto sign in either form, and a
  // token of this profile they signed must verify. It is said, not refused: it asserts the same bytes under the
  // same key, and the chain, which links the digests of the low-S form unticked writes, tells a twin apart.
  if (signature && isHighS(signature)) result.highS = true;
  const selected = result.kid !== undefined ? await selectKeys(result.kid, options, report) : undefined;
  if (selected && header?.['alg'] === RECEIPT_ALG && signature?.length === 64) {
    const data = new TextEncoder().encode(`${headerPart}.${payloadPart}`);
    if (await checkSignature(selected.keys, signature, data, report)) result.selfSigned = selected.selfSigned;
  }

  if (options.config !== undefined && shapeOk && result.payload) {
    await checkAgainstConfig(result.payload, options.config, report);
  }
}

/** Checks the payload's shape, times and expected claims; `true` when its shape allows reading the extension. */
function checkPayload(payload: Record<string, unknown>, options: VerifyOptions, report: Report): boolean {
  const problems = checkReceiptShape(payload);
  for (const problem of problems) report(problem.code, problem.message);
  checkTimes(payload, options, report);
  const expect = (claim: 'iss' | 'sub', expected: string | undefined, code: 'issuer' | 'subject'): void => {
    if (expected !== undefined && payload[claim] !== expected) {
      report(code, `${claim} is ${JSON.stringify(payload[claim])}, expected ${JSON.stringify(expected)}`);
    }
  };
  expect('iss', options.expectedIssuer, 'issuer');
  expect('sub', options.expectedSubject, 'subject');
  return problems.length === 0;
}

/** Whether any of `keys` verifies the signature; reports `signature`, or `key` when none is a point on P-256. */
async function checkSignature(
  keys: readonly P256PublicJwk[],
  signature: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
  report: Report,
): Promise<boolean> {
  let imported = false;
  for (const jwk of keys) {
    let key: WebCryptoKey;
    try {
      key = await importPublicKey(jwk);
    } catch {
      continue;
    }
    imported = true;
    if (await globalThis.crypto.subtle.verify(ECDSA_SHA256, key, signature, data)) return true;
  }
  if (imported) report('signature', 'The signature does not match the header and payload');
  else report('key', `The selected key${keys.length > 1 ? 's are' : ' is'} not a point on P-256`);
  return false;
}

/**
 * Verifies a compact JWS consent receipt: strict parsing, ES256 only, a trusted key, the Kantara fields, the
 * extension claim, times, and optionally the clause text against a config. Never throws. Options that are wrong
 * (of another type, unknown, or a config that is not valid) fail it with `options` failures, and nothing else is
 * checked.
 */
export async function verifyReceipt(jws: string, options?: VerifyOptions): Promise<ReceiptVerification> {
  const failures: ReceiptFailure[] = [];
  const result: Mutable = { selfSigned: false };
  const report: Report = (code, message, purpose) => {
    failures.push(purpose === undefined ? { code, message } : { code, message, purpose });
  };
  // Checked apart from the receipt: a wrong option is the caller's mistake, told as such and never `internal`.
  const checked = checkVerifyOptions(options, (message) => report('options', message));
  try {
    if (checked) await verify(jws, checked, result, report);
  } catch (error) {
    report('internal', `Verification stopped: ${describeError(error)}`);
  }
  const valid = failures.length === 0;
  return {
    valid,
    ...(result.header ? { header: result.header } : {}),
    ...(result.payload ? { payload: result.payload } : {}),
    selfSigned: result.selfSigned,
    ...(result.kid !== undefined ? { kid: result.kid } : {}),
    ...(result.highS ? { highS: true } : {}),
    failures,
  };
}
