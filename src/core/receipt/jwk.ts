/**
 * P-256 JSON Web Keys: shape checks, RFC 7638 thumbprints (the receipt's `kid`) and WebCrypto import.
 *
 * @module
 */
import { base64urlEncode } from './base64url.js';
import { sha256 } from './digest.js';
import { isCoordinate, isP256PublicJwk } from './jwk-shape.js';

export { isP256PublicJwk, isReceiptVerifyingJwk } from './jwk-shape.js';

/** A P-256 public key as a JWK, reduced to the members that define it. */
export interface P256PublicJwk {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  readonly x: string;
  readonly y: string;
  readonly kid?: string;
}

/** A P-256 private key as a JWK. Keep it secret: whoever holds it can sign receipts in the site's name. */
export interface P256PrivateJwk extends P256PublicJwk {
  readonly d: string;
}

/**
 * The members of any JSON Web Key, as WebCrypto's `exportKey('jwk')` gives them (its `JsonWebKey` is a DOM type, which
 * a Node project compiled without the DOM lib does not have). Functions taking one check what they need.
 */
export interface JwkMembers {
  readonly kty?: string;
  readonly crv?: string;
  readonly x?: string;
  readonly y?: string;
  readonly d?: string;
  readonly kid?: string;
  readonly alg?: string;
  readonly use?: string;
  readonly key_ops?: readonly string[];
  readonly ext?: boolean;
  readonly n?: string;
  readonly e?: string;
  readonly p?: string;
  readonly q?: string;
  readonly dp?: string;
  readonly dq?: string;
  readonly qi?: string;
  readonly oth?: readonly unknown[];
  readonly k?: string;
}

/**
 * A WebCrypto key: the DOM's `CryptoKey` where the project has it (browsers, and `tsc` with the DOM lib), else any
 * object, so that a Node project compiled without the DOM lib still type-checks `unticked/core`.
 */
export type WebCryptoKey = typeof globalThis extends { readonly CryptoKey: { readonly prototype: infer Key } }
  ? Key
  : object;

const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** Whether a value is a P-256 private key JWK. */
export function isP256PrivateJwk(value: unknown): value is P256PrivateJwk {
  return isP256PublicJwk(value) && isCoordinate((value as unknown as Record<string, unknown>)['d']);
}

/**
 * The public part of a P-256 JWK: only `kty`, `crv`, `x`, `y`, and `kid` when it has one. Drops `d`, `key_ops` and
 * `ext`, which `exportKey` adds and a published key must not carry.
 */
export function publicJwkOf(jwk: JwkMembers | P256PublicJwk): P256PublicJwk {
  if (!isP256PublicJwk(jwk)) throw new TypeError('Expected a P-256 EC JWK with 32-byte x and y');
  const { kty, crv, x, y } = jwk;
  const kid = (jwk as { kid?: unknown }).kid;
  return typeof kid === 'string' ? { kty, crv, x, y, kid } : { kty, crv, x, y };
}

/**
 * The RFC 7638 SHA-256 thumbprint of an EC key, base64url: the hash of `{"crv","kty","x","y"}` in that order,
 * without whitespace. Every other member (`kid`, `key_ops`, `ext`, `d`) is left out, so private and public halves
 * share it.
 */
export async function jwkThumbprint(jwk: JwkMembers | P256PublicJwk): Promise<string> {
  const { crv, kty, x, y } = jwk as Record<string, unknown>;
  if (kty !== 'EC' || typeof crv !== 'string' || typeof x !== 'string' || typeof y !== 'string') {
    throw new TypeError('A thumbprint needs an EC JWK with string crv, x and y');
  }
  const canonical = JSON.stringify({ crv, kty, x, y });
  return base64urlEncode(await sha256(new TextEncoder().encode(canonical)));
}

// Verifying a log of receipts signed by one key would otherwise import that key once per receipt, which costs
// about as much as the signature check itself. Bounded, so hostile input cannot grow it without limit.
const importedKeys = new Map<string, Promise<WebCryptoKey>>();
const IMPORTED_KEYS_MAX = 64;

/** Imports a P-256 public JWK for verifying (cached per key). Throws when the point is not on the curve. */
export function importPublicKey(jwk: P256PublicJwk): Promise<WebCryptoKey> {
  const { kty, crv, x, y } = jwk;
  const id = `${crv}.${x}.${y}`;
  let key = importedKeys.get(id);
  if (!key) {
    key = globalThis.crypto.subtle.importKey('jwk', { kty, crv, x, y }, ECDSA_P256, false, ['verify']);
    // A key that fails to import is not kept: the next call reports the same failure afresh.
    key.catch(() => importedKeys.delete(id));
    if (importedKeys.size >= IMPORTED_KEYS_MAX) importedKeys.delete(importedKeys.keys().next().value as string);
    importedKeys.set(id, key);
  }
  return key;
}

/** Imports a P-256 private JWK for signing, non-extractable. */
export async function importPrivateKey(jwk: P256PrivateJwk): Promise<WebCryptoKey> {
  const { kty, crv, x, y, d } = jwk;
  return globalThis.crypto.subtle.importKey('jwk', { kty, crv, x, y, d }, ECDSA_P256, false, ['sign']);
}
