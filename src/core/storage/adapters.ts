/**
 * The storage adapters unticked ships: localStorage (the default), a first-party cookie, and memory. Each takes
 * its environment as an argument, so tests and unusual hosts can hand in their own.
 *
 * @module
 */
import { DEFAULT_MAX_AGE_DAYS } from '../receipt/constants.js';
import { StorageError, type StorageAdapter } from './types.js';

/** The part of the Web Storage API that {@link localStorageAdapter} uses. */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Anything with a `document.cookie`-like property. */
export interface CookieJar {
  cookie: string;
}

/** The longest `name=value` a cookie may have here: browsers accept 4096 bytes, less some room to spare. */
export const MAX_COOKIE_LENGTH = 4000;

/**
 * Keeps decisions in `localStorage`, with the last receipt. `getStorage` is called on every operation, inside the
 * error handling, because merely reading `window.localStorage` throws in sandboxed frames and with storage off.
 */
export function localStorageAdapter(
  getStorage: () => WebStorageLike | null | undefined = () => globalThis.localStorage,
): StorageAdapter {
  const area = (): WebStorageLike => {
    const storage = getStorage();
    if (!storage) throw new StorageError('unavailable', 'localStorage is not available');
    return storage;
  };
  return {
    get: (key) => area().getItem(key),
    set: (key, value) => area().setItem(key, value),
    remove: (key) => area().removeItem(key),
  };
}

/** Keeps decisions in memory, for this adapter's lifetime only (one page view). */
export function memoryAdapter(): StorageAdapter {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}

/** The cookie name for a storage key: `unticked:annual-report` becomes `unticked_annual-report`. */
export function cookieName(key: string): string {
  // Percent-encoding keeps the name a valid token; `_` is escaped first, so mapping `:` to it stays reversible.
  return encodeURIComponent(key).replace(/[_()]|%3A/g, (c) =>
    c === '%3A' ? '_' : `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Options of {@link cookieAdapter}. */
export interface CookieAdapterOptions {
  /** Where `cookie` is read and written. Default: `globalThis.document`. */
  readonly document?: CookieJar;
  /** Whether to add `Secure`. Default: when the page is served over `https:`. */
  readonly secure?: boolean;
  /** The cookie's lifetime in days: pass the config's `maxAgeDays`. Default 365. Browsers cap it at 400. */
  readonly maxAgeDays?: number;
}

/** What a cookie value may contain (RFC 6265 cookie-octet). */
const COOKIE_VALUE = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*$/;

/**
 * Keeps decisions in a first-party cookie, in the compact form: never the receipt, so it stays small and is sent
 * with requests only as the decisions themselves. `Path=/`, `SameSite=Lax`, `Secure` on https, and `Max-Age` from
 * `maxAgeDays`. A `name=value` longer than {@link MAX_COOKIE_LENGTH} is refused with `too-large`.
 */
export function cookieAdapter(options: CookieAdapterOptions = {}): StorageAdapter {
  const jar = (): CookieJar => {
    const found = options.document ?? globalThis.document;
    if (!found) throw new StorageError('unavailable', 'There is no document to keep a cookie in');
    return found;
  };
  const secure = options.secure ?? globalThis.location?.protocol === 'https:';
  const attributes = (seconds: number): string =>
    `; Path=/; Max-Age=${seconds}; SameSite=Lax${secure ? '; Secure' : ''}`;
  return {
    compact: true,
    get(key) {
      const name = cookieName(key);
      const values = new Set<string>();
      for (const part of String(jar().cookie).split(';')) {
        const at = part.indexOf('=');
        if (at > 0 && part.slice(0, at).trim() === name) values.add(part.slice(at + 1).trim());
      }
      // Two cookies of one name (another path set one) leave no way to tell which is ours.
      if (values.size > 1) throw new StorageError('corrupt', `There are ${values.size} cookies named ${name}`);
      return values.values().next().value ?? null;
    },
    set(key, value) {
      const cookie = `${cookieName(key)}=${value}`;
      if (!COOKIE_VALUE.test(value)) throw new StorageError('corrupt', 'Not a valid cookie value', 'write');
      if (cookie.length > MAX_COOKIE_LENGTH) {
        throw new StorageError(
          'too-large',
          `The cookie would be ${cookie.length} bytes; at most ${MAX_COOKIE_LENGTH} fit`,
          'write',
        );
      }
      jar().cookie = cookie + attributes(Math.round((options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS) * 86_400));
    },
    remove(key) {
      jar().cookie = `${cookieName(key)}=${attributes(0)}`;
    },
  };
}
