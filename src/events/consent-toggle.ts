/** Detail of {@link ConsentToggleEvent}. */
export interface ConsentToggleDetail {
  /** Always `visitor`: only the visitor's own trusted input toggles a purpose. */
  readonly source: 'visitor';
  readonly purposeId: string;
  readonly granted: boolean;
}

/** The visitor switched one purpose on or off. Nothing is recorded until they press one of the actions. */
export class ConsentToggleEvent extends CustomEvent<ConsentToggleDetail> {
  static readonly eventName = 'consent-toggle';
  constructor(detail: ConsentToggleDetail) {
    super(ConsentToggleEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'consent-toggle': ConsentToggleEvent;
  }
  interface GlobalEventHandlersEventMap {
    'consent-toggle': ConsentToggleEvent;
  }
}
