/**
 * SHA-256 digests as base64url: of clause text (what the visitor read) and of whole receipts (the hash chain).
 *
 * @module
 */
import { base64urlEncode } from './base64url.js';

const encoder = new TextEncoder();

/** SHA-256 of bytes, through WebCrypto so that browsers and Node compute it the same way. */
export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
}

/**
 * The digest of a clause as shown: base64url(SHA-256(UTF-8 bytes)). No Unicode normalisation and no trimming,
 * because the receipt records the exact text on screen; `é` composed and decomposed are different text here.
 */
export async function digestText(text: string): Promise<string> {
  return base64urlEncode(await sha256(encoder.encode(text)));
}

/** The digest of a compact JWS string, as the next receipt's `chain.previous` records it. */
export async function digestJws(jws: string): Promise<string> {
  return digestText(jws);
}
