/**
 * SHA-256 digests as base64url: of clause text (what the visitor read) and of whole receipts (the hash chain).
 *
 * @module
 */
import { base64urlEncode } from './base64url.js';
import { loadChunk } from '../load-chunk.js';

const encoder = new TextEncoder();

/**
 * SHA-256 of bytes, through WebCrypto so that browsers and Node compute it the same way. A page outside a secure
 * context (plain HTTP) has no `crypto.subtle`: there @noble/hashes computes the same digest, loaded only then, so
 * that decisions are still remembered and changed clauses still noticed (receipts cannot be signed there).
 */
export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return new Uint8Array(await subtle.digest('SHA-256', bytes));
  // `.then` with the one export named keeps the chunk to SHA-256 (a module namespace passed on would bring SHA-512).
  const portable = await loadChunk(
    import('@noble/hashes/sha2.js').then(({ sha256: hash }) => hash),
    'SHA-256',
  );
  return new Uint8Array(portable(bytes));
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
