/**
 * When to ask again. Pure: given the config, a remembered decision, the digests of the clauses as they would be
 * shown now and the time, it lists every reason the decision no longer holds, each with the purposes concerned.
 *
 * @module
 */
import type { ConsentConfig } from '../config/types.js';
import { optionalPurposes } from '../consent/decisions.js';
import { DEFAULT_MAX_AGE_DAYS } from '../receipt/constants.js';
import { digestText } from '../receipt/digest.js';
import type { StoredConsent } from './types.js';

/** Why a remembered decision no longer holds. */
export type AskReasonCode =
  /** The policy's version changed (every optional purpose is named). */
  | 'policy-changed'
  /** The clause of a purpose the visitor agreed to changed, in the language they read it in. */
  | 'clause-changed'
  /**
   * What else was shown with a purpose the visitor agreed to changed: its title, its data categories or their
   * labels, who receives the data (names added, removed or renamed), or how long the data are kept, as the receipt
   * of the decision recorded them, or the controller is another (every granted purpose); or the purpose now needs a
   * separate consent (`separateConsent`) where it did not then, so the grant may have come with others, by "Accept
   * all"; or it now sells or shares the data (`saleOrSharing`) where the receipt does not record that it did, so the
   * visitor was not told (and a Global Privacy Control signal did not mark it refused). Known only where the
   * decision's receipt is (beside it, or for the cookie form in the browser's own record); {@link recallConsent}
   * compares them, `askReasons` alone does not.
   */
  | 'terms-changed'
  /**
   * An optional purpose was added (or a necessary one became optional) since the decision, or one the visitor refused
   * or withdrew is now necessary: new to them as such, and it would otherwise run without a word.
   */
  | 'new-purpose'
  /** The decision is older than `maxAgeDays`, or dated in the future (every optional purpose is named). */
  | 'expired'
  /**
   * The browser now sends a Global Privacy Control signal it did not send when the visitor granted a purpose that
   * sells or shares their data (`saleOrSharing`): the signal is an opt-out that overrides that grant (CPRA
   * §7025(c)(3)), and the visitor is told and may grant it again. The purposes granted without the signal are named.
   */
  | 'gpc';

/** One reason to ask again, naming the purposes it concerns so the prompt can say what changed. */
export interface AskReason {
  readonly code: AskReasonCode;
  readonly purposes: readonly string[];
}

const DAY = 86_400_000;
/** How far in the future a decision may be dated (clock skew) before its age cannot be trusted. */
const FUTURE_MS = 300_000;
const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Whether a stored digest (full, or a prefix of at least 10 characters) matches the current one. */
function matches(stored: string | undefined, current: string | undefined): boolean {
  return stored !== undefined && current !== undefined && stored.length >= 10 && current.startsWith(stored);
}

/** What else asking again depends on: the visitor's browser signal, and what the decision's receipt recorded. */
export interface AskSignals {
  /**
   * The browser sends a Global Privacy Control signal now (`navigator.globalPrivacyControl`; on a server, the
   * `Sec-GPC: 1` request header). Default: `false`.
   */
  readonly gpc?: boolean;
  /**
   * Granted purposes whose title, data categories or recipients differ from what the decision's receipt recorded
   * ({@link recallConsent} finds them; reason `terms-changed`). Default: none.
   */
  readonly termsChanged?: readonly string[];
}

/**
 * The reasons to ask again; an empty list means the remembered decision still holds.
 *
 * @param digests Per purpose, the digest of its clause as it would be shown now in the language recorded in
 *   `state.shown` ({@link clauseDigests} computes them). A purpose without one counts as changed.
 * @param now Milliseconds since the epoch.
 */
export function askReasons(
  config: ConsentConfig,
  state: StoredConsent,
  digests: Readonly<Record<string, string>>,
  now: number,
  signals: AskSignals = {},
): AskReason[] {
  const optional = optionalPurposes(config).map((purpose) => purpose.id);
  const reasons: AskReason[] = [];
  const add = (code: AskReasonCode, purposes: readonly string[]): void => void reasons.push({ code, purposes });
  const { id, version } = state.policy;
  if (id !== config.policy.id || version !== config.policy.version) add('policy-changed', optional);
  const changed = optional.filter(
    (purpose) =>
      has(state.decisions, purpose) &&
      state.decisions[purpose] === true &&
      !matches(
        has(state.shown, purpose) ? state.shown[purpose]?.digest : undefined,
        has(digests, purpose) ? digests[purpose] : undefined,
      ),
  );
  if (changed.length > 0) add('clause-changed', changed);
  const terms = optional.filter(
    (purpose) =>
      (signals.termsChanged ?? []).includes(purpose) &&
      !changed.includes(purpose) &&
      has(state.decisions, purpose) &&
      state.decisions[purpose] === true,
  );
  if (terms.length > 0) add('terms-changed', terms);
  // A purpose the visitor refused or withdrew that the config now calls necessary would run from now on without a
  // word: it is new to them as a necessary purpose, shown as such, and nothing gated runs before they decide.
  const nowNecessary = config.purposes
    .filter((purpose) => purpose.necessary === true && has(state.decisions, purpose.id))
    .map((purpose) => purpose.id)
    .filter((purpose) => state.decisions[purpose] === false);
  const added = [...optional.filter((purpose) => !has(state.decisions, purpose)), ...nowNecessary];
  if (added.length > 0) add('new-purpose', added);
  const age = now - state.time;
  if (!(age <= (config.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS) * DAY && age >= -FUTURE_MS)) add('expired', optional);
  // A grant made while the browser already sent the signal was the visitor's own choice over it, and stands.
  if (signals.gpc === true && !state.gpc) {
    const sold = optionalPurposes(config)
      .filter((purpose) => purpose.saleOrSharing === true)
      .map((purpose) => purpose.id)
      .filter((purpose) => has(state.decisions, purpose) && state.decisions[purpose] === true);
    if (sold.length > 0) add('gpc', sold);
  }
  return reasons;
}

/**
 * Digests of each remembered purpose's clause as the config has it now, in the language the visitor read it in.
 * A purpose whose language the config no longer offers, or that the config no longer has, is left out.
 */
export async function clauseDigests(config: ConsentConfig, state: StoredConsent): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const purpose of config.purposes) {
    const shown = has(state.shown, purpose.id) ? state.shown[purpose.id] : undefined;
    const text = shown && has(purpose.clause, shown.language) ? purpose.clause[shown.language] : undefined;
    if (typeof text === 'string') digests[purpose.id] = await digestText(text);
  }
  return digests;
}
