/**
 * The visitor's copy of their receipts: each kept receipt verified again and decoded into what the receipt view
 * says in plain language (what, when, which text, signed by whom, verified or not), and the file they download.
 *
 * Loaded with the receipt issuer, when the preferences view opens.
 *
 * @module
 */
import type { ConsentConfig } from '../core/config/types.js';
import type { DecisionAction } from '../core/consent/decisions.js';
import { RECEIPT_CLAIM } from '../core/receipt/constants.js';
import { verifyReceipt } from '../core/receipt/verify.js';
import type { ReceiptPayload } from '../core/receipt/types.js';
import { keptReceipts } from './receipt-issuer.js';

/** One purpose as a receipt recorded it. */
export interface ReceiptLine {
  readonly purpose: string;
  /** `null` for a necessary purpose. */
  readonly granted: boolean | null;
  /** The language its clause was shown in. */
  readonly language: string;
  /** base64url SHA-256 of the exact clause text shown: which text the visitor read. */
  readonly digest: string;
}

/** One receipt, decoded for the visitor. */
export interface ReceiptSummary {
  readonly id: string;
  /** Milliseconds since the epoch. */
  readonly decidedAt: number;
  readonly action: DecisionAction;
  /** Signed by this browser's device key, or by the site's key. */
  readonly selfSigned: boolean;
  /** The signature and the receipt's own consistency checked again now. */
  readonly verified: boolean;
  readonly lines: readonly ReceiptLine[];
}

/** The format of the file a visitor downloads; `npx unticked verify` reads it. */
export const RECEIPTS_FILE_FORMAT = 'unticked-receipts/1';

/** The visitor's receipts for this config's policy, newest first, each verified again. */
export async function summarizeReceipts(config: ConsentConfig): Promise<ReceiptSummary[]> {
  const kept = await keptReceipts(config.policy.id);
  const keys = config.signer?.jwks.keys ?? [];
  const summaries: ReceiptSummary[] = [];
  for (const entry of kept) {
    const result = await verifyReceipt(entry.jws, {
      ...(keys.length > 0 ? { jwks: { keys } } : {}),
      ...(entry.selfSigned && entry.publicJwk ? { trustEmbeddedKey: entry.publicJwk } : {}),
      ...(!entry.selfSigned && entry.publicJwk && keys.length === 0 ? { jwks: { keys: [entry.publicJwk] } } : {}),
      expectedIssuer: location.origin,
    });
    const payload = result.payload as ReceiptPayload | undefined;
    const claim = payload?.[RECEIPT_CLAIM];
    if (!payload || !claim) continue;
    summaries.push({
      id: payload.jti,
      decidedAt: payload.iat * 1000,
      action: claim.action,
      selfSigned: entry.selfSigned,
      verified: result.valid,
      lines: claim.decisions.map(({ purpose, granted, language, digest }) => ({ purpose, granted, language, digest })),
    });
  }
  return summaries.reverse();
}

/**
 * The JSON file of a visitor's receipts: every receipt this browser keeps for the policy, oldest first, each with
 * its key, for `npx unticked verify --history`. Read afresh and not verified here: the file is the evidence, and
 * whoever reads it verifies it (the list on screen may still be catching up with a decision just made).
 */
export async function receiptsFile(config: ConsentConfig): Promise<string> {
  const receipts = await keptReceipts(config.policy.id);
  const file = {
    format: RECEIPTS_FILE_FORMAT,
    site: location.origin,
    policy: { id: config.policy.id, version: config.policy.version },
    savedAt: new Date().toISOString(),
    receipts,
  };
  return JSON.stringify(file, null, 2);
}
