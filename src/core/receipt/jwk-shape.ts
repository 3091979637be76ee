/**
 * The shape of a P-256 public JWK, apart from the rest of jwk.ts (thumbprints, WebCrypto import) so that the config
 * validator, which runs before the prompt is shown, can check a signer's keys without bringing that code along.
 *
 * @module
 */
import { base64urlDecode } from './base64url.js';
import { RECEIPT_ALG } from './constants.js';
import type { P256PublicJwk } from './jwk.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a string is canonical base64url of exactly 32 bytes: one P-256 coordinate or scalar. */
export function isCoordinate(value: unknown): value is string {
  return typeof value === 'string' && value.length === 43 && base64urlDecode(value)?.length === 32;
}

/** Whether a value is a P-256 public key JWK with well-formed coordinates. Does not check the point is on the curve. */
export function isP256PublicJwk(value: unknown): value is P256PublicJwk {
  return (
    isRecord(value) &&
    value['kty'] === 'EC' &&
    value['crv'] === 'P-256' &&
    isCoordinate(value['x']) &&
    isCoordinate(value['y'])
  );
}

/**
 * Whether a JWKS member can verify a receipt: a P-256 public key for ES256 signatures (an `alg` other than ES256,
 * or a `use` other than `sig`, says it is for something else).
 */
export function isReceiptVerifyingJwk(value: unknown): value is P256PublicJwk {
  if (!isP256PublicJwk(value)) return false;
  const { alg, use } = value as { alg?: unknown; use?: unknown };
  return (alg === undefined || alg === RECEIPT_ALG) && (use === undefined || use === 'sig');
}
