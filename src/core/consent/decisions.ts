/**
 * Decisions per purpose. Pure: no DOM, no storage. Every optional purpose starts `false`; only an action applied
 * here turns one `true`, and "Accept all" never covers a purpose that needs separate consent.
 *
 * @module
 */
import type { ConsentConfig, PurposeConfig } from '../config/types.js';

/** `true` when granted, `false` when refused or not yet decided. One entry per optional purpose. */
export type Decisions = Readonly<Record<string, boolean>>;

/** The three actions on the prompt's first screen, plus withdrawal from the preferences view. */
export type DecisionAction = 'accept-all' | 'reject-all' | 'save' | 'withdraw';

/**
 * Who a decision or event comes from:
 * `visitor`, the visitor's own trusted input; `host`, the site's documented API acting on the visitor's behalf;
 * `load`, a config or stored state was loaded; `sync`, another tab of the same site.
 */
export type DecisionSource = 'visitor' | 'host' | 'load' | 'sync';

/** Purposes the visitor decides on: everything but `necessary` ones. */
export function optionalPurposes(config: ConsentConfig): readonly PurposeConfig[] {
  return config.purposes.filter((purpose) => !purpose.necessary);
}

/** Every optional purpose, unticked. The only starting state there is. */
export function initialDecisions(config: ConsentConfig): Decisions {
  const decisions: Record<string, boolean> = {};
  for (const purpose of optionalPurposes(config)) decisions[purpose.id] = false;
  return Object.freeze(decisions);
}

/** What the visitor's browser says beyond their clicks. */
export interface DecisionSignals {
  /**
   * The browser sends a Global Privacy Control signal (`navigator.globalPrivacyControl`): purposes that sell or
   * share personal data (`saleOrSharing`) are not covered by "Accept all"; only the visitor's own switch grants them.
   */
  readonly gpc?: boolean;
}

/**
 * Whether "Accept all" may grant this purpose: optional, not needing separate consent, and not sale or sharing
 * of personal data while the browser sends a Global Privacy Control signal.
 */
export function coveredByAcceptAll(purpose: PurposeConfig, signals: DecisionSignals = {}): boolean {
  return !purpose.necessary && !purpose.separateConsent && !(signals.gpc === true && purpose.saleOrSharing === true);
}

/**
 * The decisions that result from an action.
 * - `accept-all` grants every optional purpose that does not need separate consent (nor, under a Global Privacy
 *   Control signal, sells or shares data); those keep the visitor's own choice.
 * - `reject-all` refuses every optional purpose.
 * - `save` and `withdraw` keep the choices as they are.
 * Unknown purpose ids in `current` are dropped; missing ones count as refused.
 */
export function applyAction(
  config: ConsentConfig,
  action: DecisionAction,
  current: Decisions,
  signals: DecisionSignals = {},
): Decisions {
  const result: Record<string, boolean> = {};
  for (const purpose of optionalPurposes(config)) {
    const chosen = Object.prototype.hasOwnProperty.call(current, purpose.id) && current[purpose.id] === true;
    if (action === 'reject-all') result[purpose.id] = false;
    else if (action === 'accept-all') result[purpose.id] = coveredByAcceptAll(purpose, signals) ? true : chosen;
    else result[purpose.id] = chosen;
  }
  return Object.freeze(result);
}
