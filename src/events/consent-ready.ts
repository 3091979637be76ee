import type { DecisionSource, Decisions } from '../core/consent/decisions.js';

/** A purpose as the prompt presents it, in the language it is shown in. */
export interface PurposeSummary {
  readonly id: string;
  readonly title: string;
  /** The language the title and clause are shown in. */
  readonly language: string;
  readonly necessary: boolean;
  readonly separateConsent: boolean;
}

/** Detail of {@link ConsentReadyEvent}. */
export interface ConsentReadyDetail {
  readonly source: DecisionSource;
  readonly policy: { readonly id: string; readonly version: string };
  readonly purposes: readonly PurposeSummary[];
  /** The decisions already made; empty when the visitor has not decided yet. */
  readonly decisions: Decisions;
  /** The language of the prompt's own words, once loaded: the event waits for them. */
  readonly language: string;
}

/** A valid config is loaded and the prompt is ready. Fires again whenever a new config is loaded. */
export class ConsentReadyEvent extends CustomEvent<ConsentReadyDetail> {
  static readonly eventName = 'consent-ready';
  constructor(detail: ConsentReadyDetail) {
    super(ConsentReadyEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'consent-ready': ConsentReadyEvent;
  }
  interface GlobalEventHandlersEventMap {
    'consent-ready': ConsentReadyEvent;
  }
}
