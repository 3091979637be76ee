/**
 * Where a decision is kept, apart from how it is encoded: reading "nothing stored yet" (every first visit) needs
 * only this, and the decoders load when there is something to decode.
 *
 * @module
 */

/** Stored values longer than this are refused unread: a receipt is at most 256 KiB, and there is one. */
export const MAX_STORED_LENGTH = 300_000;

/** The localStorage key (and the key any adapter is given) for a policy: `unticked:<policyId>`. */
export function storageKey(policyId: string): string {
  return `unticked:${policyId}`;
}
