/**
 * The shape of a consent receipt: a Kantara Consent Receipt v1.1, JWT claims, and the `urn:unticked:consent`
 * extension that records every decision with the digest of the clause text the visitor read.
 *
 * @module
 */
import type { DecisionAction } from '../consent/decisions.js';
import type { PostalAddress } from '../config/types.js';

/** Who made the decision a receipt records: the visitor, or the site's documented API on their behalf. */
export type ReceiptSource = 'visitor' | 'host';

/** Why a hash chain starts: the visitor's first decision, or a restart after they asked to be forgotten. */
export type ChainReason = 'first' | 'forget';

/** The data controller, as Kantara `piiControllers` lists it. */
export interface KantaraController {
  readonly piiController: string;
  readonly contact: string;
  readonly address: PostalAddress;
  readonly email: string;
  readonly phone: string;
  readonly piiControllerUrl?: string;
}

/** One granted purpose, as Kantara `services[].purposes` lists it. */
export interface KantaraPurpose {
  /** The purpose's title in the language the visitor read it in. */
  readonly purpose: string;
  readonly consentType: 'EXPLICIT';
  readonly purposeCategory: readonly string[];
  readonly piiCategory: readonly string[];
  readonly primaryPurpose: false;
  readonly termination: string;
  readonly thirdPartyDisclosure: boolean;
  /** The recipients' names joined with `, `; present only when `thirdPartyDisclosure` is true. */
  readonly thirdPartyName?: string;
}

/** A Kantara service: the policy, and the purposes granted under it. */
export interface KantaraService {
  readonly service: string;
  readonly purposes: readonly KantaraPurpose[];
}

/** The Kantara Consent Receipt v1.1 fields of a receipt. */
export interface KantaraReceipt {
  readonly version: 'KI-CR-v1.1.0';
  readonly jurisdiction: string;
  /** Seconds since the epoch. */
  readonly consentTimestamp: number;
  readonly collectionMethod: string;
  readonly consentReceiptID: string;
  readonly language: string;
  readonly piiPrincipalId: string;
  readonly piiControllers: readonly KantaraController[];
  readonly policyUrl: string;
  readonly services: readonly KantaraService[];
  readonly sensitive: boolean;
  readonly spiCat: readonly string[];
}

/** One purpose's decision, with the digest of the clause as shown. */
export interface ReceiptDecision {
  readonly purpose: string;
  /** `true` granted, `false` refused, `null` for necessary purposes (not processed on consent). */
  readonly granted: boolean | null;
  readonly necessary: boolean;
  readonly separateConsent: boolean;
  /**
   * The purpose sells or shares the visitor's data (`saleOrSharing`), as the prompt said when they decided.
   * Recorded by every receipt issued since it was added; absent from older ones (then not known).
   */
  readonly saleOrSharing?: boolean;
  /**
   * How long the data are kept, as the config gave it beside the clause (an ISO 8601 duration; `null` when it gave
   * none). Absent from receipts issued before it was recorded.
   */
  readonly retention?: string | null;
  /**
   * Who receives the data, each recipient's name as shown beside the clause (empty when none). Absent from receipts
   * issued before it was recorded, which have only the Kantara `thirdPartyName` (the names joined with ", ").
   */
  readonly recipients?: readonly string[];
  /** The language the clause was shown in. */
  readonly language: string;
  /** base64url(SHA-256(UTF-8 bytes of the exact clause text shown)). */
  readonly digest: string;
}

/** Where a receipt sits in the visitor's hash chain of receipts. */
export interface ReceiptChain {
  /** 0 for the first receipt of a chain. */
  readonly sequence: number;
  /** The digest of the previous receipt's compact JWS; `null` when the chain starts here. */
  readonly previous: string | null;
  /** Why the chain starts; only on sequence 0. */
  readonly reason?: ChainReason;
}

/** The `urn:unticked:consent` claim. */
export interface ConsentExtension {
  readonly policy: { readonly id: string; readonly version: string };
  readonly action: DecisionAction;
  readonly source: ReceiptSource;
  /**
   * Every optional purpose started unticked: the widget cannot do otherwise. When the visitor changes an earlier
   * decision (the preferences view), the switches start from that decision, the visitor's own, never from anything
   * the site set.
   */
  readonly startedUnticked: true;
  /** Every purpose in config order, necessary ones included. */
  readonly decisions: readonly ReceiptDecision[];
  /** Whether the browser sent a Global Privacy Control signal, when known. */
  readonly gpc?: boolean;
  readonly chain: ReceiptChain;
}

/** The JWS payload of a receipt. */
export interface ReceiptPayload extends KantaraReceipt {
  /** The site origin that issued the receipt. */
  readonly iss: string;
  /** Equals `piiPrincipalId`. */
  readonly sub: string;
  /** Equals `consentTimestamp`. */
  readonly iat: number;
  /** Equals `consentReceiptID`. */
  readonly jti: string;
  readonly 'urn:unticked:consent': ConsentExtension;
}

/** Stable machine-readable codes for why a receipt failed verification. */
export type ReceiptFailureCode =
  /** Not a string, or not three dot-separated parts. */
  | 'malformed'
  /**
   * Longer than `MAX_RECEIPT_LENGTH` characters; refused before parsing. From `checkReceiptPayload`, the receipt the
   * payload would make.
   */
  | 'too-large'
  /** A part is not canonical unpadded base64url. */
  | 'base64url'
  /** A JSON member name repeats in the header or payload. */
  | 'duplicate-key'
  /** The header is not a JSON object, nests too deep, or has members other than `alg`, `typ`, `kid`. */
  | 'header'
  /** `alg` is not `ES256`. */
  | 'alg'
  /** `typ` is not `consent-receipt+jwt`. */
  | 'typ'
  /** The header has `crit`: no extension is understood. */
  | 'crit'
  /** `kid` missing, or not the thumbprint of the key that was trusted. */
  | 'kid'
  /** The key selected for verifying is not a usable P-256 public key. */
  | 'key'
  /** No trusted key matches `kid`. */
  | 'untrusted-key'
  /** The signature is not exactly 64 bytes (raw r||s); DER is refused. */
  | 'signature-length'
  /** The signature does not verify. */
  | 'signature'
  /** The payload is not UTF-8 JSON, nests too deep, or is not an object; before signing, not writable as JSON. */
  | 'payload'
  /** `iss`, `sub`, `iat` or `jti` missing or of the wrong type. */
  | 'claims'
  /** `iat` is later than now plus the allowed clock skew. */
  | 'iat-future'
  /** `iat` is older than `maxAgeSeconds`. */
  | 'too-old'
  /** The payload has an `exp` (receipts have none) that has passed, beyond the allowed clock skew. */
  | 'expired'
  /** The payload has an `nbf` (receipts have none) still in the future, beyond the allowed clock skew. */
  | 'not-yet-valid'
  /** `iss` differs from `expectedIssuer`. */
  | 'issuer'
  /** `sub` differs from `expectedSubject`. */
  | 'subject'
  /** A Kantara Consent Receipt v1.1 field is missing or of the wrong type. */
  | 'schema'
  /** The `urn:unticked:consent` claim is missing or malformed. */
  | 'extension'
  /**
   * Fields that must agree do not (`sub` and `piiPrincipalId`, granted decisions and Kantara purposes, ...), or, with
   * a config, a decision's `necessary` or `separateConsent`, or a Kantara purpose's name, differs from the config's.
   */
  | 'inconsistent'
  /** The receipt's policy id or version differs from the given config's. */
  | 'policy-mismatch'
  /** A clause digest differs from the given config's text in the recorded language. */
  | 'clause-mismatch'
  /** The receipt names a purpose the given config lacks. */
  | 'unknown-purpose'
  /** The given config has a purpose the receipt lacks. */
  | 'missing-purpose'
  /**
   * An option of `verifyReceipt` is unknown or of the wrong type (`maxAgeSeconds: "100"`, `now: new Date('x')`),
   * or `config` is not a valid consent config; the message names the option and what is wrong. Nothing else was
   * checked.
   */
  | 'options'
  /** An unexpected error while verifying (a fault of the verifier, not of the input); the receipt is not trusted. */
  | 'internal';

/** One reason a receipt is not valid. */
export interface ReceiptFailure {
  readonly code: ReceiptFailureCode;
  readonly message: string;
  /** The purpose concerned, for clause and purpose failures. */
  readonly purpose?: string;
}

/** The outcome of verifying one receipt. */
export interface ReceiptVerification {
  /** `true` only when there is no failure at all. */
  readonly valid: boolean;
  /** The decoded header, when it parsed as a JSON object. */
  readonly header?: Record<string, unknown>;
  /** The decoded payload, when it parsed as a JSON object. Trust its contents only when `valid`. */
  readonly payload?: ReceiptPayload;
  /** The signature was checked with a key the caller trusted explicitly for this receipt, not with `jwks`. */
  readonly selfSigned: boolean;
  /** The header's `kid`, when it is a string. */
  readonly kid?: string;
  /**
   * `true` when the signature is in its high-S form (`s > n/2`), as jose or Node's crypto may sign: it verifies,
   * but unticked writes the low-S twin, and the chain links that form's digest. Keep `toLowSJws(jws)` as evidence.
   */
  readonly highS?: boolean;
  readonly failures: readonly ReceiptFailure[];
}
