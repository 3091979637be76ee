/**
 * Saving, reading and forgetting decisions through a {@link StorageAdapter}. None of these functions throws and
 * none assumes consent: every fault is returned as a {@link StorageError}, and whatever cannot be read, does not
 * verify or no longer holds yields no decision.
 *
 * @module
 */
import type { ConsentConfig } from '../config/types.js';
import { describeError } from '../errors.js';
import type { P256PublicJwk } from '../receipt/jwk.js';
import type { ChainHead } from '../receipt/payload.js';
import { optionalPurposes, type Decisions } from '../consent/decisions.js';
import { MAX_STORED_LENGTH, storageKey } from './key.js';
import type { AskReason } from './reask.js';
import { storedValueCode } from './stored-value-code.js';
import { StorageError, type StorageAdapter, type StorageRead, type StoredConsent } from './types.js';
import { answerWithin } from '../answer-within.js';

type Operation = StorageError['operation'];

/**
 * How long one adapter call (`get`, `set` or `remove`) may take before it counts as `unavailable`. An adapter
 * that never answers (a server that hangs) must not leave the visitor without a prompt. Change it for all calls
 * here, or per call with `timeoutMs`.
 */
export const storageTimeout = { ms: 5_000 };

/** Options for any call that reaches the adapter. */
export interface AdapterOptions {
  /** Milliseconds one adapter call may take. Default: {@link storageTimeout}`.ms`. */
  readonly timeoutMs?: number;
}

/** Options for reading. */
export interface ReadOptions extends AdapterOptions {
  /** Milliseconds since the epoch. Default: now. */
  readonly now?: number;
  /**
   * The browser sends a Global Privacy Control signal now (`navigator.globalPrivacyControl`; on a server, the
   * `Sec-GPC: 1` header): a sale or sharing purpose granted without it no longer holds, and the visitor is asked
   * again (reason `gpc`). Default: `false`.
   */
  readonly gpc?: boolean;
  /**
   * Set where every decision this page stores keeps its receipt (a secure context whose receipts are signed by
   * the browser, or by a host signer whose keys the config publishes): a stored decision that grants anything
   * but keeps no receipt is then tampered, since stripping the receipt is how an edit would hide. The compact
   * (cookie) form never keeps one and is exempt. A function is asked once the stored value has been read, so a
   * page that sets its signer just after its config is still asked about the signer it has. Default: `false`.
   */
  readonly requireReceipt?: boolean | (() => boolean);
  /**
   * What the browser itself kept when it issued its receipts (the browser passes it; a server has no such
   * record). With it, a stored receipt signed by the device must be signed by this browser's own device key, not
   * one that came with the stored value, and a stored decision must be the latest one the browser issued for the
   * policy: an older copy put back after a withdrawal, or one kept from before "forget everything", is refused.
   */
  readonly device?: (policyId: string) => Promise<DeviceRecord>;
}

/** What a browser kept when it issued receipts for a policy (see {@link ReadOptions.device}). */
export interface DeviceRecord {
  /** The public half of this browser's device key; `null` when it has none (never signed, or cleared). */
  readonly publicJwk: P256PublicJwk | null;
  /** The head of the policy's receipt chain; `forgotten` after "forget everything"; `null` when none is kept. */
  readonly head: ChainHead | 'forgotten' | null;
  /**
   * A chain head that a later decision of this browser came after without a receipt (its signature failed): a
   * stored decision at this head was followed by another, so it is not the latest.
   */
  readonly superseded?: ChainHead | null;
  /**
   * `true` when the browser's own store (IndexedDB) cannot be used: blocked, refused in this context, or a
   * database of that name at a later version or made by something else. `publicJwk` and `head` are then only what
   * this page issued, so a stored decision they do not vouch for cannot be checked: it is `unavailable` (and
   * {@link StorageRead.unchecked}), not `tampered`, and still counts for nothing.
   */
  readonly unavailable?: boolean;
  /**
   * The last receipt this browser kept for the policy (a compact JWS), when it has one: a cookie keeps only its
   * receipt's chain head, so what the cookie says is compared with the receipt at that head.
   */
  readonly headReceipt?: () => Promise<string | null>;
}

const NOTHING: StorageRead = Object.freeze({ state: null, error: null });

/** Turns whatever an adapter threw into a {@link StorageError}. */
function toStorageError(error: unknown, operation: Operation): StorageError {
  let code: StorageError['code'] = 'unavailable';
  try {
    if (error instanceof StorageError) code = error.code;
    const name = (error as { name?: unknown } | null)?.name;
    // Firefox spelled it NS_ERROR_DOM_QUOTA_REACHED before it adopted the standard name.
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') code = 'quota';
  } catch {
    // A hostile error object; `unavailable` it is.
  }
  return new StorageError(code, `Storage ${operation} failed: ${describeError(error)}`, operation, error);
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** Runs one adapter call; its result, or the fault (an answer later than `timeoutMs` is one). */
async function call<T>(
  operation: Operation,
  run: () => T | Promise<T>,
  { timeoutMs = storageTimeout.ms }: AdapterOptions = {},
): Promise<T | StorageError> {
  try {
    const answer = run();
    // localStorage and cookies answer synchronously: no timer for them.
    if (!isThenable(answer)) return answer;
    return await answerWithin(
      answer,
      timeoutMs,
      () => new StorageError('unavailable', `Storage ${operation} did not answer within ${timeoutMs} ms`, operation),
    );
  } catch (error) {
    return toStorageError(error, operation);
  }
}

/**
 * Reads the remembered decision for `config`'s policy: strictly shaped, for this policy id, and, where a receipt
 * is kept, matching a receipt that verifies (with the kept key, or the config's signer keys). It may be for an
 * older policy version or too old: {@link askReasons} and {@link recallConsent} tell.
 */
export async function readConsent(
  adapter: StorageAdapter,
  config: ConsentConfig,
  options: ReadOptions = {},
): Promise<StorageRead> {
  try {
    const raw = await call('read', () => adapter.get(storageKey(config.policy.id)), options);
    if (raw instanceof StorageError) return { state: null, error: raw };
    if (raw === null || raw === undefined) return NOTHING;
    if (typeof raw !== 'string')
      return { state: null, error: new StorageError('corrupt', 'The stored value is not text') };
    if (raw.length > MAX_STORED_LENGTH) {
      return { state: null, error: new StorageError('too-large', `The stored value is ${raw.length} characters long`) };
    }
    // Decoding and checking load only when something is stored: a first visit reads nothing and needs neither.
    const { checkStoredValue } = await storedValueCode();
    return await checkStoredValue(raw, adapter.compact === true, config, options);
  } catch (error) {
    return { state: null, error: toStorageError(error, 'read') };
  }
}

/**
 * Remembers a decision: writes it (JSON, or the compact form for a compact adapter) under its policy's key, reads
 * it back and compares. On any fault it also tries to remove what was stored before, so an earlier decision never
 * outlives a later one that could not be saved. `null` when saved.
 */
export async function saveConsent(
  adapter: StorageAdapter,
  state: StoredConsent,
  options: AdapterOptions = {},
): Promise<StorageError | null> {
  try {
    const key = storageKey(state.policy.id);
    const compact = adapter.compact === true;
    const { encodeForStorage } = await storedValueCode();
    const { value, readsBack } = encodeForStorage(state, compact);
    let error: StorageError | null = null;
    if (value.length > MAX_STORED_LENGTH) {
      error = new StorageError('too-large', `The decision is ${value.length} characters long`, 'write');
    } else if (!readsBack) {
      // Never store what could not be read back as a decision.
      error = new StorageError('corrupt', 'The decision is not well formed', 'write');
    } else {
      const written = await call('write', () => adapter.set(key, value), options);
      const back = written instanceof StorageError ? written : await call('write', () => adapter.get(key), options);
      if (back instanceof StorageError) error = back;
      else if (back !== value)
        error = new StorageError('read-back-mismatch', 'The decision did not stay stored', 'write');
    }
    if (error) await call('remove', () => adapter.remove(key), options);
    return error;
  } catch (error) {
    return toStorageError(error, 'write');
  }
}

/**
 * Whether the store already holds a later decision for the policy than `state`, written first by another tab of
 * this browser: the head of this browser's receipt chain (`head`, its own record), a later link than `state`'s.
 * Writing `state` would put the older decision back. Times say nothing here: decisions kept on a host's server
 * may come from devices whose clocks differ, and there the last write is the visitor's latest. Without a chain
 * (no receipt) nothing orders two decisions, and `false` lets the write go ahead.
 */
export async function holdsLaterDecision(
  adapter: StorageAdapter,
  state: StoredConsent,
  head: ChainHead | 'forgotten' | null = null,
  options: AdapterOptions = {},
): Promise<boolean> {
  if (typeof head !== 'object' || head === null || !state.chain || head.sequence <= state.chain.sequence) return false;
  const raw = await call('read', () => adapter.get(storageKey(state.policy.id)), options);
  if (typeof raw !== 'string') return false;
  const { decodeStored } = await storedValueCode();
  const stored = decodeStored(raw, adapter.compact === true, state.policy.id);
  return (
    stored !== null &&
    stored.policy.id === state.policy.id &&
    stored.chain !== null &&
    stored.chain.sequence === head.sequence &&
    head.digest.startsWith(stored.chain.digest)
  );
}

/** Forgets the remembered decision for a policy, and checks it is gone. `null` when it is. */
export async function forgetConsent(
  adapter: StorageAdapter,
  policyId: string,
  options: AdapterOptions = {},
): Promise<StorageError | null> {
  const key = storageKey(policyId);
  const removed = await call('remove', () => adapter.remove(key), options);
  if (removed instanceof StorageError) return removed;
  const back = await call('remove', () => adapter.get(key), options);
  if (back instanceof StorageError) return back;
  return back === null || back === undefined
    ? null
    : new StorageError('read-back-mismatch', 'The decision is still stored', 'remove');
}

/**
 * Replaces the stored decision with a mark that a withdrawal is being decided: read as no decision (a page closed
 * before the withdrawal's own decision is stored finds no grant on its next visit), and by other tabs as a decision
 * on its way, so that they keep what is in force a moment instead of asking again. On a fault the decision is
 * removed instead. `null` when done.
 */
export async function markWithdrawing(
  adapter: StorageAdapter,
  policyId: string,
  withdrawn: readonly string[],
  options: AdapterOptions = {},
): Promise<StorageError | null> {
  const key = storageKey(policyId);
  const value = (await storedValueCode()).withdrawalMark(withdrawn);
  const written = await call('write', () => adapter.set(key, value), options);
  const back = written instanceof StorageError ? written : await call('write', () => adapter.get(key), options);
  if (back === value) return null;
  return forgetConsent(adapter, policyId, options);
}

/** A remembered decision, with whether it still holds. */
export interface RecalledConsent extends StorageRead {
  /** Why to ask again; empty when the decision holds, or when there is none. */
  readonly reasons: readonly AskReason[];
  /**
   * The decisions in force for every optional purpose of the config, when one was remembered and nothing calls
   * for asking again; otherwise `null`: ask. Never derived from a stale, corrupt or tampered state.
   */
  readonly decisions: Decisions | null;
  /**
   * The compact JWS of the decision's receipt, where one is known: the one stored beside it, or, for the cookie
   * form (which keeps none), the one this browser kept at its chain head, when that is the decision's. Else `null`.
   */
  readonly receipt?: string | null;
}

/** `device`, read at most once per policy, its head receipt too. */
function onceDeviceRecord(device: NonNullable<ReadOptions['device']>): NonNullable<ReadOptions['device']> {
  const records = new Map<string, Promise<DeviceRecord>>();
  return (policyId) => {
    let record = records.get(policyId);
    if (!record) {
      record = device(policyId).then((read) => {
        const { headReceipt } = read;
        if (!headReceipt) return read;
        let receipt: Promise<string | null> | undefined;
        return { ...read, headReceipt: () => (receipt ??= headReceipt()) };
      });
      records.set(policyId, record);
    }
    return record;
  };
}

/**
 * Reads the remembered decision and checks whether it still holds ({@link askReasons}). Where clause digests
 * cannot be computed (no WebCrypto outside a secure context), every granted clause counts as changed.
 */
export async function recallConsent(
  adapter: StorageAdapter,
  config: ConsentConfig,
  options: ReadOptions = {},
): Promise<RecalledConsent> {
  const now = options.now ?? Date.now();
  // Checking the state and asking why to ask again both consult the browser's record: read it once.
  const device = options.device && onceDeviceRecord(options.device);
  const once: ReadOptions = { ...options, now, ...(device ? { device } : {}) };
  const read = await readConsent(adapter, config, once);
  const { state } = read;
  if (!state) return { ...read, reasons: [], decisions: null };
  const { reasonsToAsk } = await storedValueCode();
  const { reasons, receipt } = await reasonsToAsk(config, state, now, once);
  if (reasons.length > 0) return { ...read, reasons, decisions: null, receipt };
  const decisions: Record<string, boolean> = {};
  for (const { id } of optionalPurposes(config)) decisions[id] = state.decisions[id] === true;
  return { ...read, reasons, decisions: Object.freeze(decisions), receipt };
}

/** The BroadcastChannel name for a policy's decisions; post {@link syncMessage} on it after saving or forgetting. */
export function channelName(policyId: string): string {
  return storageKey(policyId);
}

/**
 * What to post on the policy's BroadcastChannel after saving or forgetting, so other tabs read again. After
 * forgetting, `forgot` tells them that nothing is stored any more: where the removal reaches them late (Firefox hands
 * a cookie over after the message), they read again while the old decision still shows, rather than while nothing
 * new does.
 */
export function syncMessage(policyId: string, forgot = false): { readonly key: string; readonly forgot?: true } {
  return forgot ? { key: storageKey(policyId), forgot } : { key: storageKey(policyId) };
}

/**
 * Whether a `storage` event, a BroadcastChannel `message` event, or the message's data, concerns this policy:
 * its key, or `null` (the whole storage was cleared).
 */
export function isSyncFor(change: unknown, policyId: string): boolean {
  try {
    const data: unknown = typeof change === 'object' && change !== null && 'data' in change ? change.data : change;
    if (typeof data !== 'object' || data === null || !('key' in data)) return false;
    return data.key === null || data.key === storageKey(policyId);
  } catch {
    return false;
  }
}

/** Whether a BroadcastChannel `message` event is another tab's {@link syncMessage} after forgetting. Never throws. */
export function isForgetMessage(change: unknown): boolean {
  try {
    const data: unknown = typeof change === 'object' && change !== null && 'data' in change ? change.data : undefined;
    return typeof data === 'object' && data !== null && 'forgot' in data && data.forgot === true;
  } catch {
    return false;
  }
}

/**
 * Another tab saved or forgot a decision: when `change` concerns this policy ({@link isSyncFor}), reads the new
 * state from the adapter and returns it validated, as {@link recallConsent} does; otherwise `null`. The event's
 * own `newValue` is never trusted: a page script can dispatch a fake `storage` event, but not fake what is stored.
 */
export async function syncConsent(
  change: unknown,
  adapter: StorageAdapter,
  config: ConsentConfig,
  options: ReadOptions = {},
): Promise<RecalledConsent | null> {
  return isSyncFor(change, config.policy.id) ? recallConsent(adapter, config, options) : null;
}
