/**
 * What is remembered of a visitor's decision between visits, and the interface a storage backend implements.
 *
 * @module
 */
import type { DecisionAction, Decisions } from '../consent/decisions.js';
import type { P256PublicJwk } from '../receipt/jwk.js';
import type { ChainHead } from '../receipt/payload.js';

/** The clause a visitor saw for one purpose: the language it was shown in and the digest of the text shown. */
export interface ShownDigest {
  readonly language: string;
  /**
   * base64url(SHA-256) of the exact text shown, as `digestText` computes it. The cookie form keeps only a prefix of
   * at least 10 characters, enough to notice a change (it detects edits; it proves nothing).
   */
  readonly digest: string;
}

/** The last receipt, kept next to the decision so that the decision can be checked against it when read. */
export interface StoredReceipt {
  /** The compact JWS. */
  readonly jws: string;
  /** The key that signed it (the device key); `null` when the site's signer did, whose keys are in the config. */
  readonly publicJwk: P256PublicJwk | null;
}

/** A remembered decision for one policy (format version 1). */
export interface StoredConsent {
  readonly v: 1;
  readonly policy: { readonly id: string; readonly version: string };
  /** When the decision was made, in milliseconds since the epoch. With a receipt, within its `iat` second. */
  readonly time: number;
  readonly action: DecisionAction;
  /** Whether the browser sent a Global Privacy Control signal at the time. */
  readonly gpc: boolean;
  /** The decision on every optional purpose that was shown. */
  readonly decisions: Decisions;
  /** Per purpose in `decisions` (and only those), what the visitor was shown. */
  readonly shown: Readonly<Record<string, ShownDigest>>;
  /** The head of the receipt chain after this decision, when known. */
  readonly chain: ChainHead | null;
  /** The last receipt; always `null` in the cookie form, which is too small for one. */
  readonly receipt: StoredReceipt | null;
}

/** A value or a promise of it: adapters may answer synchronously (localStorage) or not (a server). */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Where remembered decisions are kept. Shaped like the Web Storage API so that a host can write its own, for
 * example one that keeps decisions on its server:
 *
 * ```ts
 * const serverStorage: StorageAdapter = {
 *   get: async (key) => {
 *     const response = await fetch(`/consent/${encodeURIComponent(key)}`);
 *     if (response.status === 404) return null; // nothing stored: a first visit
 *     if (!response.ok) throw new Error(`consent store answered ${response.status}`);
 *     return await response.text();
 *   },
 *   set: async (key, value) => void (await fetch(`/consent/${encodeURIComponent(key)}`, { method: 'PUT', body: value })),
 *   remove: async (key) => void (await fetch(`/consent/${encodeURIComponent(key)}`, { method: 'DELETE' })),
 * };
 * ```
 *
 * Throw (or reject) on failure; throw a {@link StorageError} to choose its code, anything else counts as
 * `unavailable` (`quota` for a `QuotaExceededError`). Every `set` and `remove` is followed by a `get`, which must
 * then return exactly what was written, or `null`.
 */
export interface StorageAdapter {
  /** The stored string under `key`, or `null` when there is none. */
  get(key: string): MaybePromise<string | null>;
  set(key: string, value: string): MaybePromise<void>;
  remove(key: string): MaybePromise<void>;
  /**
   * Keep the compact form (no receipt, digests shortened, URL-safe characters only) rather than JSON. The cookie
   * adapter sets it; a custom adapter with little room may too.
   */
  readonly compact?: boolean;
}

/** Stable codes of {@link StorageError}. */
export type StorageErrorCode =
  /** Storage cannot be reached: access denied (sandboxed frame, disabled storage), no such API, an adapter error. */
  | 'unavailable'
  /** The browser's storage quota is used up. */
  | 'quota'
  /** What was read back after writing or removing differs from what was meant. */
  | 'read-back-mismatch'
  /** The value is larger than the store accepts (a cookie's ~4 KB), or than is read at all. */
  | 'too-large'
  /** What is stored cannot be read as a decision for this policy. */
  | 'corrupt'
  /** The stored decision disagrees with the stored receipt, or the receipt does not verify. */
  | 'tampered';

/** A storage fault. Returned, never thrown, by the storage functions; each means "no decision". */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;
  /** What was being done when it happened. */
  readonly operation: 'read' | 'write' | 'remove';

  constructor(
    code: StorageErrorCode,
    message: string,
    operation: 'read' | 'write' | 'remove' = 'read',
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.operation = operation;
  }
}

/** The outcome of reading: a validated decision, or `null` with the fault when there was one. */
export interface StorageRead {
  /** A well-formed, untampered decision for this policy id. It may still be stale: see {@link askReasons}. */
  readonly state: StoredConsent | null;
  readonly error: StorageError | null;
  /**
   * `true` when a decision is stored but cannot be checked: the browser's record of the receipts it issued
   * (IndexedDB) cannot be read. `error` is `unavailable` then, as when storage cannot be reached; but unlike that,
   * something is stored, and it counts for nothing.
   */
  readonly unchecked?: boolean;
  /**
   * The purposes whose grants another tab is withdrawing while it signs the receipt: no decision is stored, and the
   * one that follows is on its way.
   */
  readonly withdrawing?: readonly string[];
}
