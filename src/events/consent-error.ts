import type { ConfigProblem } from '../core/config/problems.js';
import type { DecisionSource } from '../core/consent/decisions.js';

/** One problem reported by {@link ConsentErrorEvent}: a config problem, or a runtime failure with its code. */
export interface ConsentProblem {
  readonly code: ConfigProblem['code'] | 'config-load' | 'pre-ticked' | 'tampered' | (string & {});
  /** The field or property concerned; empty when it concerns the whole prompt. */
  readonly path: string;
  readonly message: string;
}

/** Detail of {@link ConsentErrorEvent}. */
export interface ConsentErrorDetail {
  readonly source: DecisionSource;
  readonly problems: readonly ConsentProblem[];
}

/** The config is invalid or could not be loaded, or something went wrong. No consent was recorded. */
export class ConsentErrorEvent extends CustomEvent<ConsentErrorDetail> {
  static readonly eventName = 'consent-error';
  constructor(detail: ConsentErrorDetail) {
    super(ConsentErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'consent-error': ConsentErrorEvent;
  }
  interface GlobalEventHandlersEventMap {
    'consent-error': ConsentErrorEvent;
  }
}
