/**
 * Base64url without padding (RFC 7515 §2). Decoding is strict: a lenient decoder would let several strings stand
 * for the same bytes, and a signed receipt must have exactly one spelling.
 *
 * @module
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const VALUES: readonly number[] = (() => {
  const values = new Array<number>(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) values[ALPHABET.charCodeAt(i)] = i;
  return values;
})();

const encoder = new TextEncoder();

/** Encodes bytes as base64url without padding. */
export function base64urlEncode(bytes: Uint8Array): string {
  const chars: string[] = [];
  const at = (i: number): number => bytes[i] ?? 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const left = bytes.length - i;
    const n = (at(i) << 16) | (at(i + 1) << 8) | at(i + 2);
    chars.push(ALPHABET.charAt(n >> 18), ALPHABET.charAt((n >> 12) & 63));
    if (left > 1) chars.push(ALPHABET.charAt((n >> 6) & 63));
    if (left > 2) chars.push(ALPHABET.charAt(n & 63));
  }
  return chars.join('');
}

/** Encodes a string's UTF-8 bytes as base64url. */
export function base64urlEncodeText(text: string): string {
  return base64urlEncode(encoder.encode(text));
}

/**
 * Decodes base64url, or returns `null` unless the input is canonical: only `A-Za-z0-9_-`, no padding, no
 * whitespace, and no stray bits in the last character (so re-encoding the bytes gives back the same string).
 */
export function base64urlDecode(text: string): Uint8Array<ArrayBuffer> | null {
  const length = text.length;
  const tail = length % 4;
  if (tail === 1) return null;
  const bytes = new Uint8Array(Math.floor(length / 4) * 3 + (tail === 0 ? 0 : tail - 1));
  let acc = 0;
  let bits = 0;
  let out = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (VALUES[code] ?? -1) : -1;
    if (value < 0) return null;
    acc = ((acc << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (acc >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, or two spellings would decode to the same bytes.
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}

/** One part of a compact JWS (0 the header, 1 the payload), parsed, unverified; throws when it is not base64url JSON. */
export function decodeJwsPart(jws: string, part: 0 | 1): unknown {
  return JSON.parse(new TextDecoder().decode(base64urlDecode(jws.split('.')[part] ?? '') ?? new Uint8Array()));
}

/** The parsed payload of a compact JWS, unverified; throws when it is not base64url JSON. */
export function decodeJwsPayload(jws: string): unknown {
  return decodeJwsPart(jws, 1);
}
