/**
 * The stored forms of a decision: JSON for localStorage, memory and custom adapters, and a compact URL-safe
 * string for a cookie. Decoding is strict and never throws: anything that is not exactly a decision is `null`.
 *
 * @module
 */
import type { ConsentConfig } from '../config/types.js';
import { optionalPurposes, type DecisionAction, type Decisions } from '../consent/decisions.js';
import { RECEIPT_CLAIM } from '../receipt/constants.js';
import { digestText } from '../receipt/digest.js';
import { isP256PublicJwk, publicJwkOf, type P256PublicJwk } from '../receipt/jwk.js';
import type { ChainHead, DisplayedClause } from '../receipt/payload.js';
import type { ReceiptPayload } from '../receipt/types.js';
import { MAX_STORED_LENGTH } from './key.js';
import type { ShownDigest, StoredConsent } from './types.js';

export { MAX_STORED_LENGTH, storageKey } from './key.js';

/**
 * Characters of a clause digest kept in the compact form: 60 bits. The cookie only has to notice that a clause
 * changed, and an accidental match is a 2^-60 chance; anyone able to edit the cookie could change the decision
 * itself, so a full digest would prove nothing more.
 */
export const COMPACT_DIGEST_LENGTH = 10;

const ACTIONS: readonly DecisionAction[] = ['accept-all', 'reject-all', 'save', 'withdraw'];
const PURPOSE_ID = /^[a-z][a-z0-9-]{0,63}$/;
const LANGUAGE = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8}){0,15}$/;
const DIGEST = /^[\w-]{10,43}$/;
const FULL_DIGEST = /^[\w-]{43}$/;

type Json = Record<string, unknown>;
const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** An object with exactly these members, no more and no fewer. */
const exact = (value: unknown, keys: readonly string[]): value is Json =>
  isObject(value) && Object.keys(value).length === keys.length && keys.every((key) => has(value, key));
const isTime = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function chainOf(value: unknown): ChainHead | null | undefined {
  if (value === null) return null;
  if (!exact(value, ['sequence', 'digest']) || !isTime(value['sequence'])) return undefined;
  const digest = value['digest'];
  return typeof digest === 'string' && FULL_DIGEST.test(digest) ? { sequence: value['sequence'], digest } : undefined;
}

/**
 * Checks a parsed value against the {@link StoredConsent} shape and rebuilds it from scratch, so nothing of the
 * input (prototypes, extra members, getters) survives. `undefined` when anything is off.
 */
function checkState(value: unknown): StoredConsent | undefined {
  const keys = ['v', 'policy', 'time', 'action', 'gpc', 'decisions', 'shown', 'chain', 'receipt'];
  if (!exact(value, keys) || value['v'] !== 1) return undefined;
  const { policy, time, action, gpc, decisions, shown, receipt } = value;
  if (!exact(policy, ['id', 'version'])) return undefined;
  const { id, version } = policy;
  if (typeof id !== 'string' || typeof version !== 'string' || !isTime(time) || typeof gpc !== 'boolean') return;
  if (!ACTIONS.includes(action as DecisionAction) || !isObject(decisions) || !isObject(shown)) return undefined;
  const ids = Object.keys(decisions);
  if (Object.keys(shown).length !== ids.length) return undefined;
  const decided: Record<string, boolean> = {};
  const seen: Record<string, ShownDigest> = {};
  for (const purpose of ids) {
    const granted = decisions[purpose];
    const clause = has(shown, purpose) ? shown[purpose] : undefined;
    // The id pattern also keeps out `__proto__` and friends.
    if (!PURPOSE_ID.test(purpose) || typeof granted !== 'boolean' || !exact(clause, ['language', 'digest'])) return;
    const { language, digest } = clause;
    if (typeof language !== 'string' || !LANGUAGE.test(language)) return undefined;
    if (typeof digest !== 'string' || !DIGEST.test(digest)) return undefined;
    decided[purpose] = granted;
    seen[purpose] = { language, digest };
  }
  const chain = chainOf(value['chain']);
  if (chain === undefined) return undefined;
  let kept: StoredConsent['receipt'] = null;
  if (receipt !== null) {
    if (!exact(receipt, ['jws', 'publicJwk']) || typeof receipt['jws'] !== 'string') return undefined;
    const jwk = receipt['publicJwk'];
    if (jwk !== null && !isP256PublicJwk(jwk)) return undefined;
    kept = { jws: receipt['jws'], publicJwk: jwk === null ? null : publicJwkOf(jwk as P256PublicJwk) };
  }
  return {
    v: 1,
    policy: { id, version },
    time,
    action: action as DecisionAction,
    gpc,
    decisions: decided,
    shown: seen,
    chain,
    receipt: kept,
  };
}

/** The JSON form of a state. */
export function encodeState(state: StoredConsent): string {
  const { policy, time, action, gpc, decisions, shown, chain, receipt } = state;
  // Members listed, so that extra ones (a whole `config.policy`, say) are left behind rather than refused.
  const { id, version } = policy;
  return JSON.stringify({ v: 1, policy: { id, version }, time, action, gpc, decisions, shown, chain, receipt });
}

/** Reads the JSON form; `null` unless it is exactly a {@link StoredConsent}. Never throws. */
export function decodeState(text: unknown): StoredConsent | null {
  if (typeof text !== 'string' || text.length > MAX_STORED_LENGTH) return null;
  try {
    return checkState(JSON.parse(text)) ?? null;
  } catch {
    return null;
  }
}

/** Percent-encodes everything but letters, digits and `-`, so `.`, `~` and `_` are free to separate fields. */
const pct = (text: string): string =>
  encodeURIComponent(text).replace(/[._~!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The compact form, for cookies: URL-safe, no receipt, no policy id (the cookie name has it), digests cut to
 * {@link COMPACT_DIGEST_LENGTH} characters:
 * `1.<time base36>.<action initial>.<gpc 0|1>.<version>.<purpose>~<purpose>...[.<chain digest><sequence base36>]`,
 * each purpose `<0|1><digest prefix><id>_<language>`.
 */
export function encodeCompact(state: StoredConsent): string {
  const purposes = Object.keys(state.decisions).map((id) => {
    const shown = state.shown[id];
    const digest = (shown?.digest ?? '').slice(0, COMPACT_DIGEST_LENGTH);
    return `${state.decisions[id] ? 1 : 0}${digest}${pct(id)}_${pct(shown?.language ?? '')}`;
  });
  const fields = [
    '1',
    state.time.toString(36),
    state.action.charAt(0),
    state.gpc ? '1' : '0',
    pct(state.policy.version),
    purposes.join('~'),
  ];
  if (state.chain) fields.push(state.chain.digest + state.chain.sequence.toString(36));
  return fields.join('.');
}

const COMPACT = /^1\.([0-9a-z]{1,11})\.([arsw])\.([01])\.([\w%-]*)\.([\w%~-]*)(?:\.([\w-]{43})([0-9a-z]{1,11}))?$/;
const PURPOSE = /^([01])([\w-]{10})([a-z0-9-]+)_([\w%-]+)$/;

/** Reads the compact form for the given policy id; `null` unless it is well formed. Never throws. */
export function decodeCompact(text: unknown, policyId: string): StoredConsent | null {
  if (typeof text !== 'string' || text.length > 8192) return null;
  const match = COMPACT.exec(text);
  if (!match) return null;
  const [, time = '', initial, gpc, version = '', list = '', chainDigest, sequence] = match;
  const decisions: Json = {};
  const shown: Json = {};
  try {
    for (const entry of list === '' ? [] : list.split('~')) {
      const parts = PURPOSE.exec(entry);
      if (!parts) return null;
      const [, granted, digest, id = '', language = ''] = parts;
      if (has(decisions, id)) return null;
      decisions[id] = granted === '1';
      shown[id] = { language: decodeURIComponent(language), digest };
    }
    return (
      checkState({
        v: 1,
        policy: { id: policyId, version: decodeURIComponent(version) },
        time: parseInt(time, 36),
        action: ACTIONS.find((action) => action.charAt(0) === initial),
        gpc: gpc === '1',
        decisions,
        shown,
        chain: chainDigest ? { digest: chainDigest, sequence: parseInt(sequence ?? '', 36) } : null,
        receipt: null,
      }) ?? null
    );
  } catch {
    // decodeURIComponent refuses a lone or malformed escape.
    return null;
  }
}

/**
 * The state to store after a receipt, taken from the receipt itself so that the two agree: its policy, action,
 * GPC signal, time, and each optional purpose's decision with the language and digest of the clause shown.
 */
export function storedConsentFromReceipt(
  jws: string,
  payload: ReceiptPayload,
  publicJwk: P256PublicJwk | null,
  chain: ChainHead | null,
): StoredConsent {
  const extension = payload[RECEIPT_CLAIM];
  const decisions: Record<string, boolean> = {};
  const shown: Record<string, ShownDigest> = {};
  for (const { purpose, granted, language, digest } of extension.decisions) {
    if (granted === null) continue;
    decisions[purpose] = granted;
    shown[purpose] = { language, digest };
  }
  return {
    v: 1,
    policy: { id: extension.policy.id, version: extension.policy.version },
    time: payload.iat * 1000,
    action: extension.action,
    gpc: extension.gpc === true,
    decisions,
    shown,
    chain: chain && { sequence: chain.sequence, digest: chain.digest },
    receipt: { jws, publicJwk },
  };
}

/** A decision as the prompt made it, for {@link storedConsent}. */
export interface DecisionRecord {
  readonly config: ConsentConfig;
  /** The decision per optional purpose; a missing entry counts as refused. */
  readonly decisions: Decisions;
  readonly action: DecisionAction;
  /** Per purpose, the clause exactly as shown and its language. Every optional purpose needs one. */
  readonly shown: Readonly<Record<string, DisplayedClause>>;
  readonly gpc: boolean;
  /** Milliseconds since the epoch. */
  readonly time: number;
  readonly chain?: ChainHead | null;
}

/**
 * The state to store for a decision that has no receipt (receipts could not be made). Prefer
 * {@link storedConsentFromReceipt} when there is one: a kept receipt must agree with the state to the second.
 *
 * @throws TypeError when an optional purpose has no shown clause; WebCrypto errors where there is no `crypto.subtle`.
 */
export async function storedConsent(record: DecisionRecord): Promise<StoredConsent> {
  const decisions: Record<string, boolean> = {};
  const shown: Record<string, ShownDigest> = {};
  for (const { id } of optionalPurposes(record.config)) {
    const clause = has(record.shown, id) ? record.shown[id] : undefined;
    if (typeof clause?.text !== 'string') throw new TypeError(`No shown clause text for purpose "${id}"`);
    decisions[id] = has(record.decisions, id) && record.decisions[id] === true;
    shown[id] = { language: clause.language, digest: await digestText(clause.text) };
  }
  const { id, version } = record.config.policy;
  const { action, gpc, time } = record;
  return {
    v: 1,
    policy: { id, version },
    time,
    action,
    gpc,
    decisions,
    shown,
    chain: record.chain ?? null,
    receipt: null,
  };
}
