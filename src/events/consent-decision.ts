import type { DecisionAction, Decisions } from '../core/consent/decisions.js';
import type { ChainHead } from '../core/receipt/payload.js';
import type { IssuedReceipt } from '../receipt/receipt-issuer.js';

/** What was shown for one purpose when the decision was made. */
export interface ShownClause {
  /** The language the title and clause were shown in. */
  readonly language: string;
  /**
   * `true` when that is not the visitor's language and the prompt said so. For a decision made in another tab
   * (`source: "sync"`), read from its receipt: `true` where the clause's language differs from that tab's words'
   * (with `storage="cookie"`, which keeps none, from the receipt this browser kept for the decision; `false` where
   * there is none, as without IndexedDB).
   */
  readonly languageNotice: boolean;
}

/** Detail of {@link ConsentDecisionEvent}. */
export interface ConsentDecisionDetail {
  /**
   * `visitor` for the visitor's own trusted input; `host` for the documented host API; `sync` for a decision made
   * in another tab of the same site, or by another prompt of the same policy on this page (a listener on
   * `document` hears both prompts' events for one click), read back from storage and checked.
   */
  readonly source: 'visitor' | 'host' | 'sync';
  readonly action: DecisionAction;
  /** Every optional purpose, `true` (granted) or `false` (refused). Necessary purposes are never here. */
  readonly decisions: Decisions;
  /**
   * The language of the prompt's own words (for `source: "sync"`, the other tab's, from its receipt: with
   * `storage="cookie"`, the one this browser kept for the decision; where there is none, as without IndexedDB, this
   * prompt's own).
   */
  readonly language: string;
  /** Per purpose (necessary ones included), the language its clause was shown in. */
  readonly shown: Readonly<Record<string, ShownClause>>;
  readonly policy: { readonly id: string; readonly version: string };
  /** Milliseconds since the epoch. */
  readonly timestamp: number;
  /**
   * The signed consent receipt: `{ jws, payload, publicJwk }`. `null` where receipts cannot be made (no
   * WebCrypto outside a secure context); a `consent-error` then says why, and the decision still counts.
   */
  readonly receipt: IssuedReceipt | null;
  /** The head of the receipt chain after this receipt (`sequence` and `digest`), for the host to keep. */
  readonly chainHead: ChainHead | null;
}

/** A decision was made: "Reject all", "Save my choices" or "Accept all", or the host API. */
export class ConsentDecisionEvent extends CustomEvent<ConsentDecisionDetail> {
  static readonly eventName = 'consent-decision';
  constructor(detail: ConsentDecisionDetail) {
    super(ConsentDecisionEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'consent-decision': ConsentDecisionEvent;
  }
  interface GlobalEventHandlersEventMap {
    'consent-decision': ConsentDecisionEvent;
  }
}
