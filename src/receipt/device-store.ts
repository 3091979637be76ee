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

/** Marks a policy's chain after "forget everything": its next receipt starts a new chain that says so. */
export const FORGOTTEN = 'forgotten';

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

/** One connection for the page's lifetime: opening IndexedDB costs more than the work done with it. */
export function openDatabase(): Promise<IDBDatabase | null> {
  database ??= new Promise((resolve) => {
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
  return database;
}

export async function read<T>(key: string): Promise<T | undefined> {
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
  }
}

export async function write(key: string, value: unknown): Promise<void> {
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
  }
}

export async function remove(key: string): Promise<void> {
  memory.delete(key);
  const db = await openDatabase();
  if (!db) return;
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).delete(key);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
  } catch {
    // Nothing more can be done; the memory copy is gone.
  }
}

/**
 * The device key's public half and the policy's chain head, as kept here; created by nothing (a page that has
 * never issued a receipt has neither).
 */
export async function deviceRecord(policyId: string): Promise<DeviceRecord> {
  const key = await read<Partial<DeviceKey>>('device-key');
  const head = await read<ChainHead | typeof FORGOTTEN>(`head:${policyId}`);
  return {
    publicJwk: key?.publicJwk ?? null,
    head: head === FORGOTTEN ? 'forgotten' : head && typeof head === 'object' ? head : null,
  };
}
