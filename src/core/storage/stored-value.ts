/**
 * What reading and saving a decision need once there is a value: decoding it strictly, checking its kept receipt,
 * working out whether it still holds, and encoding a new one. Loaded by `store.ts` when first needed, so that a
 * first visit, with nothing stored, does not download or compile it before the prompt shows.
 *
 * @module
 */
import type { ConsentConfig } from '../config/types.js';
import { RECEIPT_CLAIM } from '../receipt/constants.js';
import { decodeJwsPayload } from '../receipt/base64url.js';
import { digestJws } from '../receipt/digest.js';
import { kantaraPurpose, shownBeside } from '../receipt/kantara-purpose.js';
import type { ReceiptPayload } from '../receipt/types.js';
import { COMPACT_DIGEST_LENGTH, decodeCompact, decodeState, encodeCompact, encodeState } from './format.js';
import { askReasons, clauseDigests, type AskReason } from './reask.js';
import type { DeviceRecord, ReadOptions } from './store.js';
import { StorageError, type StorageRead, type StoredConsent } from './types.js';
import { loadChunk } from '../load-chunk.js';

export { storedConsent, storedConsentFromReceipt } from './format.js';

const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

const tampered = (message: string): StorageRead => ({ state: null, error: new StorageError('tampered', message) });

/**
 * Checks the kept receipt: it verifies, says exactly what the state says, and is the browser's own latest. The
 * fault when it is not, or when that cannot be checked.
 */
async function receiptProblem(
  state: StoredConsent,
  config: ConsentConfig,
  options: ReadOptions,
): Promise<StorageRead | null> {
  const { jws, publicJwk } = state.receipt ?? { jws: '', publicJwk: null };
  const siteKeys = config.signer?.jwks.keys ?? [];
  // Loaded only when a receipt was kept, so that a page without one does not pay for the verifier.
  const { verifyReceipt } = await loadChunk(import('../receipt/verify.js'), 'The receipt verifier');
  const result = await verifyReceipt(jws, {
    jwks: config.signer?.jwks,
    // Where the site publishes its signer's keys, only its receipts count: the key kept beside a stored value
    // would let anyone who can write the value sign it.
    ...(publicJwk && siteKeys.length === 0 ? { publicJwk, allowSelfSigned: true } : {}),
    now: new Date(options.now ?? Date.now()),
  });
  if (!result.valid || !result.payload) {
    return tampered(
      `The stored receipt does not verify (${result.failures.map((failure) => failure.code).join(', ')})`,
    );
  }
  const extension = result.payload[RECEIPT_CLAIM];
  const difference = differenceFrom(result.payload, state, false);
  if (difference) return tampered(`The stored decision differs from the stored receipt (${difference})`);
  if (
    state.chain &&
    (state.chain.sequence !== extension.chain.sequence || state.chain.digest !== (await digestJws(jws)))
  ) {
    return tampered('The stored chain head is not the stored receipt');
  }
  if (!options.device) return null;
  const device = await options.device(state.policy.id);
  const problem = deviceProblem(state, result.selfSigned, device, result.selfSigned);
  if (!problem) return null;
  // Without the browser's own store the record is only this page's: a decision of an earlier visit or another tab
  // is not shown wrong by it, just not checked, and so not trusted.
  return device.unavailable ? unchecked() : tampered(problem);
}

/**
 * A cookie keeps no receipt, nor does a decision whose receipt no one here can verify (a host signer without
 * published keys), but both keep the chain head that receipt had: checked against this browser's record like a
 * stored receipt's (a copy put back after a withdrawal or "forget everything", or left behind when writing the later
 * one failed, is not the latest).
 */
async function chainProblem(state: StoredConsent, compact: boolean, options: ReadOptions): Promise<StorageRead | null> {
  if (!options.device) return null;
  const device = await options.device(state.policy.id);
  if (device.unavailable) {
    // Only this page's record: a cookie's grant from an earlier visit or another tab cannot be checked against the
    // chain it names, so it is not trusted (a forged cookie would otherwise be, in a private window).
    return deviceProblem(state, false, device, compact) ? unchecked() : null;
  }
  const problem = deviceProblem(state, false, device, compact) ?? (await keptReceiptProblem(state, compact, device));
  return problem ? tampered(problem) : null;
}

/** A stored decision that cannot be checked without IndexedDB: not shown wrong, just not trusted. */
function unchecked(): StorageRead {
  const error = new StorageError(
    'unavailable',
    'The stored decision cannot be checked: IndexedDB, where this browser keeps its device key and receipt chain, cannot be read',
  );
  return { state: null, error, unchecked: true };
}

/**
 * What a state without its receipt says against the receipt this browser kept at its chain head: a copy edited with
 * the head left in place (a refusal turned into a grant, an old policy version or an expired time moved on) no longer
 * says what the receipt says. Nothing to compare when the kept receipt is not at that head (kept receipts are only
 * the last few, and a host signer's may be elsewhere).
 */
async function keptReceiptProblem(
  state: StoredConsent,
  compact: boolean,
  device: DeviceRecord,
): Promise<string | null> {
  const jws = (await device.headReceipt?.()) ?? null;
  if (!jws || !state.chain || (await digestJws(jws)) !== state.chain.digest) return null;
  let difference: string | null = 'unreadable';
  try {
    const payload = decodeJwsPayload(jws) as ReceiptPayload | null;
    difference =
      payload?.[RECEIPT_CLAIM]?.chain.sequence === state.chain.sequence
        ? differenceFrom(payload, state, compact)
        : 'chain position';
  } catch {
    // A kept receipt that cannot be read vouches for nothing.
  }
  return difference && `The stored decision differs from the receipt this browser kept for it (${difference})`;
}

/**
 * What of `state` differs from the receipt `payload` it was taken from ({@link storedConsentFromReceipt}), `null`
 * when nothing does: every field the state carries is compared (policy id and version, the time to the second of
 * `iat`, the action, the GPC signal, and each decided purpose with the language and digest of the clause shown).
 * `prefixed`: the state is the compact form, whose digests are the receipt's cut to {@link COMPACT_DIGEST_LENGTH}.
 * Throws on a payload that is not shaped as a receipt's.
 */
function differenceFrom(payload: ReceiptPayload, state: StoredConsent, prefixed: boolean): string | null {
  const extension = payload[RECEIPT_CLAIM];
  if (extension.policy.id !== state.policy.id) return 'policy id';
  if (extension.policy.version !== state.policy.version) return 'policy version';
  // The state's time is `iat` in milliseconds.
  if (!Number.isSafeInteger(payload.iat) || Math.floor(state.time / 1000) !== payload.iat) return 'time';
  if (extension.action !== state.action) return 'action';
  if ((extension.gpc === true) !== state.gpc) return 'GPC signal';
  const decided = extension.decisions.filter((decision) => decision.granted !== null);
  const purposes = new Set(decided.map((decision) => decision.purpose));
  if (purposes.size !== decided.length || purposes.size !== Object.keys(state.decisions).length) return 'purposes';
  for (const { purpose, granted, language, digest } of decided) {
    if (!has(state.decisions, purpose) || state.decisions[purpose] !== granted) return `decision on "${purpose}"`;
    const shown = has(state.shown, purpose) ? state.shown[purpose] : undefined;
    const sameDigest =
      shown?.digest === digest ||
      (prefixed && shown?.digest.length === COMPACT_DIGEST_LENGTH && digest.startsWith(shown.digest));
    if (shown?.language !== language || !sameDigest) return `clause shown for "${purpose}"`;
  }
  return null;
}

/**
 * A decision without a receipt or a chain head that grants something, where this browser keeps a chain for the
 * policy: every grant made here since its first receipt carries the head, so this one was written by someone else
 * (or put back after "forget everything", or made while no receipt could be signed).
 */
async function unchainedGrantProblem(state: StoredConsent, options: ReadOptions): Promise<StorageRead | null> {
  if (!options.device || !Object.values(state.decisions).some((granted) => granted)) return null;
  const device = await options.device(state.policy.id);
  if (device.unavailable || !device.head) return null;
  return tampered('The stored decision grants purposes without the receipt chain this browser keeps for them');
}

/**
 * What a state says that no decision made here could, whatever the config: "Reject all" refuses every purpose,
 * and a withdrawal turns at least one off (`applyAction`, and the prompt records "withdraw" only then). Nothing
 * about "Accept all": it keeps a separate-consent purpose the visitor switched on, and leaves an ordinary purpose
 * refused that needed separate consent (or sold data under GPC) when decided, which the config may no longer say.
 */
function contradiction(state: StoredConsent): string | null {
  const granted = Object.values(state.decisions);
  if (state.action === 'reject-all' && granted.includes(true)) return '"reject-all" that grants a purpose';
  if (state.action === 'withdraw' && !granted.includes(false)) return '"withdraw" that refuses nothing';
  return null;
}

/**
 * Checks a stored decision against what this browser kept when it issued it. A message when they disagree.
 * `ownChain`: the decision can only have been made here (signed with the device key, or a cookie, which no other
 * browser writes), so a grant in it needs the chain this browser keeps for it.
 */
function deviceProblem(
  state: StoredConsent,
  selfSigned: boolean,
  device: DeviceRecord,
  ownChain: boolean,
): string | null {
  const kept = state.receipt?.publicJwk;
  if (selfSigned && (!device.publicJwk || device.publicJwk.x !== kept?.x || device.publicJwk.y !== kept?.y)) {
    return "The stored receipt is not signed with this browser's device key";
  }
  if (device.head === 'forgotten') return 'The stored decision predates "forget everything" in this browser';
  // Every receipt issued here moves the head: with none kept, the record was removed (a withdrawal's with it) or the
  // decision was copied in from another browser. A refusal grants nothing, and is not asked about again.
  if (ownChain && device.head === null && Object.values(state.decisions).some((granted) => granted)) {
    return 'The stored decision grants purposes in a receipt chain this browser keeps no record of';
  }
  if (
    device.head &&
    state.chain &&
    (device.head.sequence !== state.chain.sequence || device.head.digest !== state.chain.digest)
  ) {
    return 'The stored decision is not the latest this browser made for the policy (an older copy was put back)';
  }
  const after = device.superseded;
  if (after && state.chain && after.sequence === state.chain.sequence && after.digest === state.chain.digest) {
    return 'The stored decision was followed by one made without a receipt in this browser (an older copy was put back)';
  }
  return null;
}

/**
 * What is stored while a withdrawal's receipt is signed (`markWithdrawing`), followed by the withdrawn purposes' ids
 * joined by "." (ids are lowercase letters, digits and "-"; the whole fits a cookie): no decision, so a page closed
 * meanwhile leaves no grant behind, and other tabs know which grants end and that a decision is on its way.
 */
const WITHDRAWING = 'withdrawing:';

/** The value {@link checkStoredValue} reads as a withdrawal of `purposes` on its way. */
export function withdrawalMark(purposes: readonly string[]): string {
  return WITHDRAWING + purposes.join('.');
}

/**
 * Decodes a stored value (already known to be text of a sane length) and checks it: for this policy, not
 * contradicting itself, a receipt where this page keeps one, and a kept receipt that verifies and says what the
 * state says.
 */
export async function checkStoredValue(
  raw: string,
  compact: boolean,
  config: ConsentConfig,
  options: ReadOptions,
): Promise<StorageRead> {
  if (raw.startsWith(WITHDRAWING)) {
    return { state: null, error: null, withdrawing: raw.slice(WITHDRAWING.length).split('.').filter(Boolean) };
  }
  const state = compact ? decodeCompact(raw, config.policy.id) : decodeState(raw);
  if (!state || state.policy.id !== config.policy.id) {
    return { state: null, error: new StorageError('corrupt', 'The stored value is not a decision for this policy') };
  }
  // Only an edit says this, so it is refused even where nothing else can check it (a cookie, no chain kept here).
  const impossible = contradiction(state);
  if (impossible) return tampered(`The stored decision contradicts itself (${impossible})`);
  if (!compact && !state.receipt && Object.values(state.decisions).some((granted) => granted)) {
    const { requireReceipt } = options;
    if (typeof requireReceipt === 'function' ? requireReceipt() : requireReceipt === true) {
      return tampered('The stored decision grants purposes but keeps no receipt');
    }
  }
  const problem = state.receipt
    ? await receiptProblem(state, config, options)
    : state.chain
      ? await chainProblem(state, compact, options)
      : await unchainedGrantProblem(state, options);
  return problem ?? { state, error: null };
}

/**
 * The granted purposes whose title, data categories, recipients or retention, as the decision's receipt recorded
 * them in the language shown, differ from what the config would show now, or that now need a separate consent, or
 * now sell or share the data, where the receipt does not record that they did; every one of them when the
 * controller the receipt names is not the config's. The clause digest covers only the clause; a
 * recipient added beside it was never agreed to (PIPL Art. 23 names each one). Empty without a receipt.
 */
function termsChanged(config: ConsentConfig, jws: string | null): string[] {
  const changed: string[] = [];
  try {
    const payload = jws ? (decodeJwsPayload(jws) as ReceiptPayload | null) : null;
    const recorded = payload?.services[0]?.purposes ?? [];
    const granted = payload?.[RECEIPT_CLAIM].decisions.filter((decision) => decision.granted === true) ?? [];
    // The controller the visitor agreed with: another name is another party (GDPR Art. 4(7), PIPL Art. 14).
    const controller = payload?.piiControllers[0]?.piiController;
    const sameController = controller === undefined || controller === config.controller.name;
    granted.forEach(({ purpose: id, language, separateConsent, saleOrSharing, retention, recipients }, index) => {
      const purpose = config.purposes.find((candidate) => candidate.id === id);
      const then = recorded[index];
      if (!purpose || purpose.necessary || !then) return;
      const now = kantaraPurpose(config, purpose, language);
      const beside = shownBeside(purpose);
      // A grant given where the purpose did not need a consent of its own (perhaps by "Accept all") is not one; nor
      // one given where the prompt did not say the purpose sells or shares the data (a Global Privacy Control
      // signal sent then did not mark it refused: the grant is not a choice made over it). Receipts issued before
      // saleOrSharing was recorded do not say, and count as not told.
      const same =
        (separateConsent || purpose.separateConsent !== true) &&
        (saleOrSharing === true || purpose.saleOrSharing !== true) &&
        sameController &&
        // Recorded since receipts began to: how long the data are kept, and the recipients one by one.
        (retention === undefined || retention === beside.retention) &&
        (recipients === undefined || JSON.stringify(recipients) === JSON.stringify(beside.recipients)) &&
        then.purpose === now.purpose &&
        then.thirdPartyDisclosure === now.thirdPartyDisclosure &&
        then.thirdPartyName === now.thirdPartyName &&
        JSON.stringify(then.piiCategory) === JSON.stringify(now.piiCategory);
      if (!same) changed.push(id);
    });
  } catch {
    // A receipt that does not read as one (checked when the state was read) records nothing to compare.
  }
  return changed;
}

/**
 * The receipt of a state that read well: the one kept beside it, else (the cookie form keeps none) the one this
 * browser kept at the state's chain head. `null` when neither is known.
 */
async function receiptOf(state: StoredConsent, options: ReadOptions): Promise<string | null> {
  if (state.receipt) return state.receipt.jws;
  if (!state.chain || !options.device) return null;
  const device = await options.device(state.policy.id);
  const jws = device.unavailable ? null : ((await device.headReceipt?.()) ?? null);
  return jws && (await digestJws(jws)) === state.chain.digest ? jws : null;
}

/** The decision a stored value holds, by its shape alone (nothing verified); `null` for anything else. */
export function decodeStored(raw: string, compact: boolean, policyId: string): StoredConsent | null {
  return compact ? decodeCompact(raw, policyId) : decodeState(raw);
}

/**
 * Why to ask again about a state that read well (empty when it still holds), and the decision's receipt where one is
 * known: kept beside it, or, for the cookie form, the one this browser kept at its chain head.
 */
export async function reasonsToAsk(
  config: ConsentConfig,
  state: StoredConsent,
  now: number,
  options: ReadOptions,
): Promise<{ reasons: AskReason[]; receipt: string | null }> {
  const digests = await clauseDigests(config, state).catch(() => ({}));
  const receipt = await receiptOf(state, options).catch(() => null);
  const reasons = askReasons(config, state, digests, now, {
    gpc: options.gpc === true,
    termsChanged: termsChanged(config, receipt),
  });
  return { reasons, receipt };
}

/** The stored form of `state` (compact for a cookie), and whether it reads back as a decision that could count. */
export function encodeForStorage(state: StoredConsent, compact: boolean): { value: string; readsBack: boolean } {
  const value = compact ? encodeCompact(state) : encodeState(state);
  const back = compact ? decodeCompact(value, state.policy.id) : decodeState(value);
  return { value, readsBack: back !== null && contradiction(back) === null };
}
