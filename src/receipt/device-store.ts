/**
 * What this browser keeps for the site's receipts, in IndexedDB: the device key, the random principal id, each
 * policy's chain head and kept receipts. Read by the receipt issuer, and on a return visit to check that a stored
 * decision is this browser's latest (see {@link deviceRecord}); a page that never stored a receipt loads neither.
 *
 * @module
 */
import type { ChainHead } from '../core/receipt/payload.js';
import type { P256PublicJwk } from '../core/receipt/jwk.js';
import type { DeviceRecord } from '../core/storage/store.js';
import { answerWithin } from '../core/answer-within.js';

/** Marks a policy's chain after "forget everything": its next receipt starts a new chain that says so. */
export const FORGOTTEN = 'forgotten';

/**
 * Key prefix of the chain head a decision without a receipt came after (its signature failed): a stored decision
 * at that head is older than the latest one made.
 */
export const SUPERSEDED = 'superseded:';

/** The device key: its private half never leaves WebCrypto. */
export interface DeviceKey {
  readonly privateKey: CryptoKey;
  readonly publicJwk: P256PublicJwk;
}

const DATABASE = 'unticked-receipts';
const STORE = 'state';

// Used only where IndexedDB is unavailable (private modes, sandboxed frames): receipts still get signed and
// chained for this page's lifetime.
const memory = new Map<string, unknown>();

let database: Promise<IDBDatabase | null> | undefined;

/**
 * Set once a request went unanswered: every later use in this page goes to memory at once. (Waiting
 * `databaseWait.ms` again for each of the eight or so requests of one decision delayed its event and its storage by
 * 40 s, and a read that failed looked like a device with no key: "tampered".)
 */
let unusable = false;

/**
 * Whether the last transaction asked for was refused (the connection closing, or a database that refuses them
 * all): the next use opens a new connection, and until one works what memory answers is not this browser's record.
 */
let refused = false;

/** Thrown by `answered()` on a timeout: the database cannot be used by this page. */
class DatabaseUnusable extends Error {}

function transactionOf(db: IDBDatabase, mode: IDBTransactionMode): IDBTransaction {
  try {
    const transaction = db.transaction(STORE, mode);
    refused = false;
    return transaction;
  } catch (error) {
    // Closed under us (another tab deleting or upgrading the database): a new connection may work.
    refused = true;
    database = undefined;
    throw error;
  }
}

/** A request refused (quota, a constraint) leaves the database usable; no answer does not. */
function giveUpOn(error: unknown): void {
  if (error instanceof DatabaseUnusable) unusable = true;
}

/**
 * The device key's public half and the policy's chain head, as kept here; created by nothing (a page that has
 * never issued a receipt has neither). Where IndexedDB cannot be used, only what this page issued is known.
 */
export async function deviceRecord(policyId: string): Promise<DeviceRecord> {
  // Independent reads, asked together: a return visit waits for one round trip, not three.
  const [key, head, superseded] = await Promise.all([
    read<Partial<DeviceKey>>('device-key'),
    read<ChainHead | typeof FORGOTTEN>(`head:${policyId}`),
    read<ChainHead>(`${SUPERSEDED}${policyId}`),
  ]);
  return {
    publicJwk: key?.publicJwk ?? null,
    head: head === FORGOTTEN ? 'forgotten' : head && typeof head === 'object' ? head : null,
    superseded: superseded && typeof superseded === 'object' ? superseded : null,
    // Only a cookie needs it (a stored receipt is its own): the kept receipts are read when asked for.
    headReceipt: async () => {
      const kept = await read<readonly { jws?: unknown }[]>(`receipts:${policyId}`);
      const last = Array.isArray(kept) ? kept[kept.length - 1] : undefined;
      return typeof last?.jws === 'string' ? last.jws : null;
    },
    // Without the database, or with one of that name made by something else, or one that stopped answering or
    // refuses transactions, only this page's memory answered.
    unavailable: unusable || refused || !(await openDatabase())?.objectStoreNames.contains(STORE),
  };
}

/**
 * How long IndexedDB may take to open or to finish one request. Some browsers leave a request unanswered for good
 * (no success, no error); the page then keeps this page's state in memory and says so, instead of waiting forever.
 */
export const databaseWait = { ms: 5000 };

/** `work`, or a rejection once `databaseWait.ms` have passed without an answer. */
function answered<T>(work: Promise<T>): Promise<T> {
  return answerWithin(work, databaseWait.ms, () => {
    throw new DatabaseUnusable('IndexedDB did not answer');
  });
}

/** One connection for the page's lifetime: opening IndexedDB costs more than the work done with it. */
export function openDatabase(): Promise<IDBDatabase | null> {
  if (unusable) return Promise.resolve(null);
  database ??= answerWithin(opened(), databaseWait.ms, () => null);
  return database;
}

function opened(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => {
        const db = request.result;
        // Another tab deleting or upgrading the database: let it, and reconnect on the next use.
        db.onversionchange = () => {
          db.close();
          database = undefined;
        };
        db.onclose = () => (database = undefined);
        resolve(db);
      };
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

export async function read<T>(key: string): Promise<T | undefined> {
  const db = await openDatabase();
  if (!db) return memory.get(key) as T | undefined;
  try {
    return await answered(
      new Promise<T | undefined>((resolve, reject) => {
        const request = transactionOf(db, 'readonly').objectStore(STORE).get(key);
        request.onsuccess = () => resolve(request.result as T | undefined);
        request.onerror = () => reject(request.error);
      }),
    );
  } catch (error) {
    giveUpOn(error);
    return memory.get(key) as T | undefined;
  }
}

/** Every key kept, in IndexedDB or, where it failed, in this page's memory. */
export async function keys(): Promise<readonly string[]> {
  const found = new Set(memory.keys());
  const db = await openDatabase();
  if (!db) return [...found];
  try {
    const stored = await answered(
      new Promise<IDBValidKey[]>((resolve, reject) => {
        const request = transactionOf(db, 'readonly').objectStore(STORE).getAllKeys();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      }),
    );
    for (const key of stored) if (typeof key === 'string') found.add(key);
  } catch (error) {
    giveUpOn(error);
  }
  return [...found];
}

/** Keeps `value`; `true` once IndexedDB has it, `false` when only this page's memory does. */
export async function write(key: string, value: unknown): Promise<boolean> {
  memory.set(key, value);
  return change(key, (store) => store.put(value, key));
}

export async function remove(key: string): Promise<boolean> {
  memory.delete(key);
  return change(key, (store) => store.delete(key));
}

async function change(key: string, request: (store: IDBObjectStore) => unknown): Promise<boolean> {
  const db = await openDatabase();
  if (!db) return false;
  try {
    await answered(
      new Promise<void>((resolve, reject) => {
        const transaction = transactionOf(db, 'readwrite');
        request(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error ?? new Error(`writing ${key} was aborted`));
      }),
    );
    return true;
  } catch (error) {
    giveUpOn(error);
    // The in-memory copy above still serves this page.
    return false;
  }
}
