import type { DecisionSource } from '../core/consent/decisions.js';
import type { StorageErrorCode } from '../core/storage/types.js';

/** Detail of {@link ConsentStorageErrorEvent}. */
export interface ConsentStorageErrorDetail {
  /**
   * `unavailable` (storage cannot be reached: disabled, sandboxed, an adapter error), `quota`, `too-large`,
   * `read-back-mismatch` (a write did not stay), `corrupt` (what was stored cannot be read as a decision) or
   * `tampered` (it does not match its receipt).
   */
  readonly code: StorageErrorCode;
  readonly operation: 'read' | 'write' | 'remove';
  readonly message: string;
  /**
   * What the storage was used for: `load` (reading what an earlier visit remembered), `sync` (reading another tab's
   * change), or `visitor` / `host` (writing or removing a decision, or forgetting, by whom it was made).
   */
  readonly source: DecisionSource;
}

/**
 * Remembering a decision failed, or what was remembered could not be used. Nothing is treated as granted because
 * of it: a decision made on this page still holds until the page closes, and the visitor is asked again next time.
 */
export class ConsentStorageErrorEvent extends CustomEvent<ConsentStorageErrorDetail> {
  static readonly eventName = 'consent-storage-error';
  constructor(detail: ConsentStorageErrorDetail) {
    super(ConsentStorageErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'consent-storage-error': ConsentStorageErrorEvent;
  }
  interface GlobalEventHandlersEventMap {
    'consent-storage-error': ConsentStorageErrorEvent;
  }
}
