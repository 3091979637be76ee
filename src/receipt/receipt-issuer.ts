/**
 * Issues signed receipts in the browser. Loaded on the first decision, as its own chunk.
 *
 * What belongs to the site, not to one prompt, lives here: the device key (an ECDSA P-256 key pair generated
 * non-extractable and kept in IndexedDB), the random principal id of this site's receipts, and the head of the
 * hash chain per policy. Tabs deciding at once are serialised with Web Locks so the chain never forks.
 *
 * A device-signed receipt proves the record is intact since it was signed, not who signed it: any script on the
 * page could use the key. Evidence for a regulator needs the host signer.
 *
 * @module
 */
import { buildReceiptPayload, type ChainHead, type ReceiptInput } from '../core/receipt/payload.js';
import { signReceiptWithKey } from '../core/receipt/sign.js';
import { digestJws } from '../core/receipt/digest.js';
import { publicJwkOf } from '../core/receipt/jwk.js';
import type { P256PublicJwk } from '../core/receipt/jwk.js';
import type { ReceiptPayload } from '../core/receipt/types.js';
import { FORGOTTEN, keys, read, remove, SUPERSEDED, write, type DeviceKey } from './device-store.js';
import { answerWithin } from '../core/answer-within.js';

/** How long the browser's own key may take to be made and to sign before the receipt fails (tests shorten it). */
export const deviceSigningWait = { ms: 10_000 };

const LOCK = 'unticked-receipt-chain';

/** A receipt as `consent-decision` carries it. */
export interface IssuedReceipt {
  /** The compact JWS. */
  readonly jws: string;
  /** Its decoded payload. */
  readonly payload: ReceiptPayload;
  /** The signer's public key, where the widget knows it. */
  readonly publicJwk: P256PublicJwk | null;
}

/** A receipt and the chain head after it, which the host can store to detect receipts removed later. */
export interface IssueResult {
  readonly receipt: IssuedReceipt;
  readonly chainHead: ChainHead;
  /**
   * `false` when IndexedDB could not be used (private modes, sandboxed frames): the receipt is signed and chained,
   * but the device key, principal id and chain live only as long as this page.
   */
  readonly persisted: boolean;
}

async function deviceKey(): Promise<DeviceKey> {
  const stored = await read<DeviceKey>('device-key');
  if (stored?.privateKey && stored.publicJwk) return stored;
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  // A non-extractable pair still exports its public half.
  const publicJwk = publicJwkOf(await crypto.subtle.exportKey('jwk', pair.publicKey));
  const key = { privateKey: pair.privateKey, publicJwk };
  await write('device-key', key);
  return key;
}

async function principalId(): Promise<string> {
  const stored = await read<string>('principal');
  if (typeof stored === 'string' && stored) return stored;
  // Random, derived from nothing about the visitor: pseudonymous personal data (GDPR Recital 26).
  const id = crypto.randomUUID();
  await write('principal', id);
  return id;
}

/** How long a receipt waits for another tab holding the chain (stuck on IndexedDB, say): longer than a host signer may take. */
export const chainLockWait = { ms: 15_000 };

// Receipts of this page, one after another even without Web Locks: a slow signature must not let an older
// decision's chain link land after a newer one's.
let inThisPage: Promise<unknown> = Promise.resolve();

function withChainLock<T>(work: () => Promise<T>): Promise<T> {
  const run = async (): Promise<T> => {
    let signal: AbortSignal | undefined;
    let granted = false;
    try {
      signal = AbortSignal.timeout(chainLockWait.ms);
      return await navigator.locks.request(LOCK, { signal }, () => {
        granted = true;
        return work();
      });
    } catch (error) {
      // No Web Locks (`navigator.locks` undefined; the oldest browsers lack AbortSignal.timeout too), or the lock
      // refused outright: a sandboxed frame's opaque origin has the API, but every request rejects with a
      // SecurityError. Such a page shares no storage with other tabs, and this page's queue orders its own
      // receipts. A lock another tab held too long, or a failure of `work`, still fails.
      if (granted || signal?.aborted) throw error;
      return work();
    }
  };
  const result = inThisPage.then(run, run);
  inThisPage = result.catch(() => undefined);
  return result;
}

/** Whether this page can sign receipts: WebCrypto exists only in secure contexts (HTTPS or localhost). */
export function canIssueReceipts(): boolean {
  return typeof crypto !== 'undefined' && !!crypto.subtle && typeof crypto.randomUUID === 'function';
}

/** Signs a payload some other way than with the device key (the host's signer). */
export type PayloadSigner = (payload: ReceiptPayload) => Promise<{ jws: string; publicJwk: P256PublicJwk | null }>;

/** A receipt kept for the visitor's own copy, newest last. */
export interface KeptReceipt {
  readonly jws: string;
  readonly publicJwk: P256PublicJwk | null;
  /** `true` when signed by this browser's device key. */
  readonly selfSigned: boolean;
}

/** Receipts kept per policy for the visitor's copy; older ones stay verifiable wherever the host stored them. */
const KEPT_RECEIPTS = 200;

/**
 * Builds, signs and chains one receipt: with `sign` when given (the host's signer), else with the device key.
 * The chain head moves only once a receipt is signed, so a failed signature leaves no gap.
 */
export async function issueReceipt(
  input: Omit<ReceiptInput, 'principalId' | 'issuer' | 'previous' | 'newChain'>,
  sign?: PayloadSigner,
): Promise<IssueResult> {
  return withChainLock(async () => {
    const policy = input.config.policy.id;
    const headKey = `head:${policy}`;
    const stored = await read<ChainHead | typeof FORGOTTEN>(headKey);
    const previous = stored && stored !== FORGOTTEN ? stored : null;
    const principal = await principalId();
    const payload = await buildReceiptPayload({
      ...input,
      principalId: principal,
      issuer: location.origin,
      previous,
      ...(previous ? {} : { newChain: stored === FORGOTTEN ? ('forget' as const) : ('first' as const) }),
    });
    let signed: { jws: string; publicJwk: P256PublicJwk | null };
    try {
      if (sign) signed = await sign(payload);
      else {
        // WebCrypto answers in milliseconds; one that never does (a broken or replaced implementation) must not hold
        // the decision's event for good: the receipt fails instead, as a host signer's does.
        signed = await answerWithin(
          (async () => {
            const key = await deviceKey();
            return { jws: await signReceiptWithKey(payload, key.privateKey, key.publicJwk), publicJwk: key.publicJwk };
          })(),
          deviceSigningWait.ms,
          () => {
            throw new Error(`WebCrypto did not answer within ${deviceSigningWait.ms / 1000} s`);
          },
        );
      }
    } catch (error) {
      // The decision holds without a receipt, and the head stays where it was: what the head vouches for is no
      // longer the latest decision, so a copy of it put back later (a withdrawn grant) must not count.
      if (previous) await write(`${SUPERSEDED}${policy}`, previous);
      throw error;
    }
    const sequence = previous ? previous.sequence + 1 : 0;
    const chainHead: ChainHead = { sequence, digest: await digestJws(signed.jws) };
    const persisted = await write(headKey, chainHead);
    const kept = (await read<KeptReceipt[]>(`receipts:${policy}`)) ?? [];
    const entry: KeptReceipt = { jws: signed.jws, publicJwk: signed.publicJwk, selfSigned: !sign };
    await write(`receipts:${policy}`, [...kept, entry].slice(-KEPT_RECEIPTS));
    return {
      receipt: Object.freeze({ jws: signed.jws, payload, publicJwk: signed.publicJwk }),
      chainHead: Object.freeze(chainHead),
      persisted,
    };
  });
}

/** The receipts this browser kept for a policy, oldest first. */
export async function keptReceipts(policyId: string): Promise<readonly KeptReceipt[]> {
  return (await read<KeptReceipt[]>(`receipts:${policyId}`)) ?? [];
}

/**
 * "Forget everything" for this site's receipts: the random principal id, the device key and the kept receipts
 * are removed, and each policy's next receipt starts a new chain whose first receipt says so. Every policy this
 * browser kept receipts for is forgotten, not only `policyIds`: the principal id and the device key are the
 * site's, so another policy's chain could not go on under them (its next receipt would continue the old chain
 * with a new id and key, and its kept receipts would still name the old id).
 */
export async function forgetReceipts(policyIds: readonly string[]): Promise<void> {
  await withChainLock(async () => {
    await remove('principal');
    await remove('device-key');
    const kept = new Set(policyIds);
    for (const key of await keys()) {
      const prefix = ['receipts:', 'head:', SUPERSEDED].find((start) => key.startsWith(start));
      if (prefix) kept.add(key.slice(prefix.length));
    }
    for (const policy of kept) {
      await remove(`receipts:${policy}`);
      await remove(`${SUPERSEDED}${policy}`);
      if (await read(`head:${policy}`)) await write(`head:${policy}`, FORGOTTEN);
    }
  });
}
