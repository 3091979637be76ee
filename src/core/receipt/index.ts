/**
 * Consent receipts: build, sign and verify them, one by one or as a hash-chained history.
 *
 * @module
 */
export {
  DEFAULT_COLLECTION_METHOD,
  KANTARA_VERSION,
  MAX_RECEIPT_LENGTH,
  RECEIPT_ALG,
  RECEIPT_CLAIM,
  RECEIPT_TYP,
} from './constants.js';
export { digestJws, digestText } from './digest.js';
export type { P256PrivateJwk, P256PublicJwk } from './jwk.js';
export { isP256PublicJwk, jwkThumbprint, publicJwkOf } from './jwk.js';
export type { ChainHead, ReceiptInput, DisplayedClause } from './payload.js';
export { buildReceiptPayload } from './payload.js';
export { terminationText } from './kantara-purpose.js';
export { checkReceiptPayload } from './shape.js';
export { toLowSJws } from './low-s.js';
export type { SigningKeyPair } from './sign.js';
export { generateSigningKeyPair, ReceiptPayloadError, signReceipt, signReceiptWithKey } from './sign.js';
export type { JwkLike, VerifyOptions } from './verify.js';
export { verifyReceipt } from './verify.js';
export type {
  DecisionOverride,
  HistoryFailure,
  HistoryFailureCode,
  HistoryOptions,
  HistoryVerification,
} from './history.js';
export { verifyHistory } from './history.js';
export type {
  ChainReason,
  ConsentExtension,
  KantaraController,
  KantaraPurpose,
  KantaraReceipt,
  KantaraService,
  ReceiptChain,
  ReceiptDecision,
  ReceiptFailure,
  ReceiptFailureCode,
  ReceiptPayload,
  ReceiptSource,
  ReceiptVerification,
} from './types.js';
