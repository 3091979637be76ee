/**
 * Signs receipts as compact JWS with ES256 through WebCrypto, whose ECDSA signatures are already the raw 64-byte
 * r||s that JWS wants; only its low-S form is kept.
 *
 * @module
 */
import { base64urlEncode, base64urlEncodeText } from './base64url.js';
import { RECEIPT_ALG, RECEIPT_TYP } from './constants.js';
import type { JwkMembers, P256PrivateJwk, P256PublicJwk, WebCryptoKey } from './jwk.js';
import { importPrivateKey, importPublicKey, isP256PrivateJwk, jwkThumbprint, publicJwkOf } from './jwk.js';
import { toLowS } from './low-s.js';
import { encodeReceiptPayload } from './shape.js';
import type { ReceiptFailure, ReceiptPayload } from './types.js';

const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** Problems named in a {@link ReceiptPayloadError}'s message; all are in `problems`. */
const PROBLEMS_IN_MESSAGE = 10;

/**
 * Thrown when asked to sign a payload that no verifier would accept. Each of `problems` has the code verification
 * would give and a message naming the field, as `checkReceiptPayload` returns them.
 */
export class ReceiptPayloadError extends TypeError {
  override readonly name = 'ReceiptPayloadError';

  constructor(readonly problems: readonly ReceiptFailure[]) {
    const shown = problems.slice(0, PROBLEMS_IN_MESSAGE).map((problem) => problem.message);
    const more = problems.length - shown.length;
    super(`Not a receipt payload: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`);
  }
}

/** A key pair for signing receipts, both halves as JWK with `kid` set to the thumbprint. */
export interface SigningKeyPair {
  readonly privateJwk: P256PrivateJwk;
  readonly publicJwk: P256PublicJwk;
}

/**
 * Signs a receipt payload with a WebCrypto private key, such as a browser's non-extractable device key.
 * The header is exactly `{"alg":"ES256","typ":"consent-receipt+jwt","kid":<thumbprint of publicJwk>}`.
 *
 * @throws ReceiptPayloadError (a TypeError) when a verifier would refuse the receipt: see `checkReceiptPayload`.
 * @throws TypeError when `publicJwk` is not P-256.
 * @throws Error when `publicJwk` is not the public half of `privateKey`, or WebCrypto refuses the key.
 */
export async function signReceiptWithKey(
  payload: ReceiptPayload,
  privateKey: WebCryptoKey,
  publicJwk: JwkMembers | P256PublicJwk,
): Promise<string> {
  // Refuse to sign what no verifier would accept: a signer endpoint may receive payloads from anywhere. The text
  // signed is the one checked, so nothing read from the payload after the check can differ.
  const { json, problems } = encodeReceiptPayload(payload);
  if (problems.length > 0) throw new ReceiptPayloadError(problems);
  const publicKey = publicJwkOf(publicJwk);
  const header = { alg: RECEIPT_ALG, typ: RECEIPT_TYP, kid: await jwkThumbprint(publicKey) };
  const signingInput = `${base64urlEncodeText(JSON.stringify(header))}.${base64urlEncodeText(json)}`;
  const data = new TextEncoder().encode(signingInput);
  // WebCrypto gives either twin of the signature; receipts carry the low-S one (see low-s.ts).
  const signature = toLowS(new Uint8Array(await globalThis.crypto.subtle.sign(ECDSA_SHA256, privateKey, data)));
  // A mismatched pair would produce receipts that nobody can verify; find out now rather than at an audit.
  const matches = await globalThis.crypto.subtle.verify(
    ECDSA_SHA256,
    await importPublicKey(publicKey),
    signature,
    data,
  );
  if (signature.length !== 64 || !matches) throw new Error('The public JWK is not the pair of the signing key');
  return `${signingInput}.${base64urlEncode(signature)}`;
}

/**
 * Signs a receipt payload with a P-256 private JWK, as a site's server does.
 *
 * @throws ReceiptPayloadError (a TypeError) when a verifier would refuse the receipt: see `checkReceiptPayload`.
 * @throws TypeError when `privateJwk` is not a P-256 private JWK; Error when WebCrypto refuses it.
 */
export async function signReceipt(payload: ReceiptPayload, privateJwk: JwkMembers | P256PrivateJwk): Promise<string> {
  if (!isP256PrivateJwk(privateJwk)) throw new TypeError('Expected a P-256 EC private JWK');
  return signReceiptWithKey(payload, await importPrivateKey(privateJwk), privateJwk);
}

/** Generates an extractable P-256 key pair for a site's signer (the keygen command). */
export async function generateSigningKeyPair(): Promise<SigningKeyPair> {
  const pair = await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const exported = await globalThis.crypto.subtle.exportKey('jwk', pair.privateKey);
  if (!isP256PrivateJwk(exported)) throw new Error('WebCrypto exported an unexpected private key');
  const publicJwk = publicJwkOf(exported);
  const kid = await jwkThumbprint(publicJwk);
  const { kty, crv, x, y, d } = exported;
  return { privateJwk: { kty, crv, x, y, d, kid }, publicJwk: { ...publicJwk, kid } };
}
