/**
 * Google Consent Mode v2: which consent types the visitor's decisions grant. Pure: no DOM, no `gtag`.
 *
 * A type is `granted` only when the config maps it to at least one purpose and every purpose it lists is granted.
 * Everything else is `denied`, including `security_storage`: like every type, it is granted only when mapped, so
 * nothing is reported as granted that the config does not say (see {@link consentModeState}). A necessary purpose
 * counts as granted, and the config may map one only to `security_storage` or `functionality_storage`.
 *
 * @module
 */
import { CONSENT_MODE_TYPES } from '../config/types.js';
import type { ConsentConfig, ConsentModeType } from '../config/types.js';
import type { Decisions } from '../consent/decisions.js';

/** A Consent Mode value, spelled as `gtag('consent', ...)` wants it. */
export type ConsentModeValue = 'granted' | 'denied';

/** One value for each of the seven Consent Mode v2 types. */
export type ConsentModeState = Readonly<Record<ConsentModeType, ConsentModeValue>>;

/**
 * Milliseconds Google tags wait for a `gtag('consent', 'update', ...)` after the default, as set by
 * `consent-mode-default.js`. Long enough for a prompt to load stored decisions, short enough not to hold tags back.
 */
export const CONSENT_MODE_WAIT_FOR_UPDATE = 500;

/** Every type `denied`: the state before any decision. */
export function deniedConsentModeState(): ConsentModeState {
  const state = {} as Record<ConsentModeType, ConsentModeValue>;
  for (const type of CONSENT_MODE_TYPES) state[type] = 'denied';
  return Object.freeze(state);
}

/**
 * The Consent Mode state for a config's `consentMode` mapping and the visitor's decisions.
 *
 * - A type is `granted` only when it is mapped to at least one purpose and every one of them is granted.
 * - A purpose counts as granted when `decisions` has it as `true`, or when the config declares it `necessary`
 *   (processed on another legal basis; `validateConfig` accepts one only for `security_storage` and
 *   `functionality_storage`, storage a site may use without consent). Ids the config does not have count as
 *   refused.
 * - Unmapped types are `denied`. That includes `security_storage`: Google treats it as storage for security
 *   (authentication, fraud prevention), which usually needs no consent, but this function reports only what the
 *   config says. Sites that rely on it map it to the necessary purpose it serves.
 * - Without a `consentMode` mapping every type is `denied`.
 *
 * The result lists the types in the order of {@link CONSENT_MODE_TYPES}.
 */
export function consentModeState(
  config: Pick<ConsentConfig, 'purposes' | 'consentMode'>,
  decisions: Decisions,
): ConsentModeState {
  const necessary = new Set(config.purposes.filter((purpose) => purpose.necessary).map((purpose) => purpose.id));
  const known = new Set(config.purposes.map((purpose) => purpose.id));
  const granted = (id: string): boolean =>
    known.has(id) &&
    (necessary.has(id) || (Object.prototype.hasOwnProperty.call(decisions, id) && decisions[id] === true));
  const state = {} as Record<ConsentModeType, ConsentModeValue>;
  for (const type of CONSENT_MODE_TYPES) {
    const purposes = config.consentMode?.[type] ?? [];
    state[type] = purposes.length > 0 && purposes.every(granted) ? 'granted' : 'denied';
  }
  return Object.freeze(state);
}
