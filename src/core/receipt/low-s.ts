/**
 * One signature per receipt. An ECDSA signature (r, s) has a twin, (r, n − s), that verifies just as well, so
 * anyone could turn a receipt into a second, different token that verifies: a copy that no longer matches its
 * digest in the chain. Receipts unticked writes therefore carry only the low-S form (s ≤ n/2, as Bitcoin and
 * Ethereum require), and a server's answer is turned into it. Verifying accepts the other and says so (`highS`):
 * jose and Node's crypto sign in either form; a history's chain, which links low-S digests, tells a twin apart.
 *
 * @module
 */
import { base64urlDecode, base64urlEncode } from './base64url.js';

/** The order n of the P-256 group. */
const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const HALF_ORDER = P256_ORDER >> 1n;

function toBigInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

/** Whether a raw 64-byte r||s signature is the high-S twin. */
export function isHighS(signature: Uint8Array): boolean {
  return signature.length === 64 && toBigInt(signature.subarray(32)) > HALF_ORDER;
}

/** The low-S form of a raw 64-byte r||s signature (the same array when it already is). */
export function toLowS(signature: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  if (!isHighS(signature)) return signature;
  let s = P256_ORDER - toBigInt(signature.subarray(32));
  const low = new Uint8Array(64);
  low.set(signature.subarray(0, 32));
  for (let i = 63; i >= 32; i--) {
    low[i] = Number(s & 0xffn);
    s >>= 8n;
  }
  return low;
}

/**
 * A compact JWS with its signature in low-S form: the same token, for the same key and payload, when it already
 * is, or when it is not a JWS with a 64-byte signature (verification then says what is wrong).
 */
export function toLowSJws(jws: string): string {
  const parts = jws.split('.');
  if (parts.length !== 3) return jws;
  const signature = base64urlDecode(parts[2] as string);
  if (!signature || !isHighS(signature)) return jws;
  return `${parts[0]}.${parts[1]}.${base64urlEncode(toLowS(signature))}`;
}
