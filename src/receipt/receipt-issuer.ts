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
}

interface DeviceKey {
  readonly privateKey: CryptoKey;
  readonly publicJwk: P256PublicJwk;
}

const DATABASE = 'unticked-receipts';
const STORE = 'state';
const LOCK = 'unticked-receipt-chain';

// Used only where IndexedDB is unavailable (private modes, sandboxed frames): receipts still get signed and
// chained for this page's lifetime.
const memory = new Map<string, unknown>();

function openDatabase(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

async function read<T>(key: string): Promise<T | undefined> {
  const db = await openDatabase();
  if (!db) return memory.get(key) as T | undefined;
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
      request.onsuccess = () => resolve(request.result as T | undefined);
      request.onerror = () => reject(request.error);
    });
  } catch {
    return memory.get(key) as T | undefined;
  } finally {
    db.close();
  }
}

async function write(key: string, value: unknown): Promise<void> {
  memory.set(key, value);
  const db = await openDatabase();
  if (!db) return;
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).put(value, key);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
  } catch {
    // The in-memory copy above still serves this page.
  } finally {
    db.close();
  }
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

function withChainLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? (locks.request(LOCK, work) as Promise<T>) : work();
}

/** Whether this page can sign receipts: WebCrypto exists only in secure contexts (HTTPS or localhost). */
export function canIssueReceipts(): boolean {
  return typeof crypto !== 'undefined' && !!crypto.subtle && typeof crypto.randomUUID === 'function';
}

/** Builds, signs with the device key and chains one receipt. */
export async function issueReceipt(
  input: Omit<ReceiptInput, 'principalId' | 'issuer' | 'previous' | 'newChain'>,
): Promise<IssueResult> {
  return withChainLock(async () => {
    const headKey = `head:${input.config.policy.id}`;
    const previous = (await read<ChainHead>(headKey)) ?? null;
    const [key, principal] = await Promise.all([deviceKey(), principalId()]);
    const payload = await buildReceiptPayload({
      ...input,
      principalId: principal,
      issuer: location.origin,
      previous,
      ...(previous ? {} : { newChain: 'first' as const }),
    });
    const jws = await signReceiptWithKey(payload, key.privateKey, key.publicJwk);
    const sequence = previous ? previous.sequence + 1 : 0;
    const chainHead: ChainHead = { sequence, digest: await digestJws(jws) };
    await write(headKey, chainHead);
    return { receipt: Object.freeze({ jws, payload, publicJwk: key.publicJwk }), chainHead: Object.freeze(chainHead) };
  });
}
