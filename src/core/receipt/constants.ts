/**
 * Fixed values of the receipt format. Verifiers compare against these exactly.
 *
 * @module
 */

/** The only JWS algorithm receipts are signed with: ECDSA on P-256 with SHA-256 (RFC 7518 §3.4). */
export const RECEIPT_ALG = 'ES256';

/** The JWS `typ` header of a receipt. */
export const RECEIPT_TYP = 'consent-receipt+jwt';

/** The namespaced claim that carries what the Kantara fields cannot: every decision and its clause digest. */
export const RECEIPT_CLAIM = 'urn:unticked:consent';

/** The Kantara Consent Receipt version written into every receipt. */
export const KANTARA_VERSION = 'KI-CR-v1.1.0';

/** How consent was collected, unless the caller says otherwise. */
export const DEFAULT_COLLECTION_METHOD = 'web form: <consent-prompt>';

/** How a decision the host recorded (given elsewhere, e.g. in a native app) was collected. */
export const HOST_COLLECTION_METHOD = 'host API: recordHostDecision(), consent given elsewhere';

/** Days before consent is asked again when the config does not say. */
export const DEFAULT_MAX_AGE_DAYS = 365;

/** Receipts longer than this are refused before any parsing, so hostile input costs bounded work. */
export const MAX_RECEIPT_LENGTH = 256 * 1024;

/**
 * Most keys a verifier's JWKS may hold: each key costs a thumbprint when the header's `kid` is matched, and a real key
 * set holds a few (the current key and the ones it replaced).
 */
export const MAX_JWKS_KEYS = 100;

/** Deepest nesting of JSON objects and arrays accepted in a receipt's header or payload. */
export const MAX_JSON_DEPTH = 64;

/** Clock skew tolerated for `iat` in the future, unless the caller says otherwise. */
export const DEFAULT_CLOCK_SKEW_SECONDS = 300;
