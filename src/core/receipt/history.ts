/**
 * Verifies a visitor's receipts as a history: each receipt on its own, then the hash chain that links them, then
 * the decision in force for each purpose.
 *
 * A "forget" receipt starts a new chain that no hash links to the one before (the visitor asked for the old one to
 * be forgotten), so only time orders chains: each must start no earlier than the chains before it ended. Time is
 * `iat`, in whole seconds: chains that meet within one second keep the order they are listed in, as nothing in the
 * receipts can tell them apart.
 *
 * @module
 */
import { decodeJwsPart } from './base64url.js';
import { MAX_JWKS_KEYS, RECEIPT_CLAIM } from './constants.js';
import { digestJws } from './digest.js';
import { isDigest, isJsonObject } from './shape.js';
import type { ChainReason, ReceiptVerification } from './types.js';
import type { JwkLike, VerifyOptions } from './verify.js';
import { isP256PublicJwk, jwkThumbprint } from './jwk.js';
import type { P256PublicJwk } from './jwk.js';
import { verifyReceipt } from './verify.js';
import { describeError } from '../errors.js';

/** Stable codes for problems with a history as a whole. */
export type HistoryFailureCode =
  /** The list is not an array of strings, or `deviceKeys` is not a list of public keys. */
  | 'malformed'
  /** A receipt failed verification; its own failures are in `receipts[index]`. */
  | 'invalid-receipt'
  /** Sequence numbers skip: receipts are missing, or the chain does not start at 0. */
  | 'gap'
  /**
   * A receipt comes after one with a higher sequence number in its chain, or a chain starts earlier (by `iat`) than
   * a receipt of a chain listed before it.
   */
  | 'reorder'
  /** Two different receipts claim the same place in one chain. */
  | 'fork'
  /**
   * A receipt listed again anywhere in the history: the same compact JWS, or the same `jti` under another
   * signature. Only its first listing counts.
   */
  | 'duplicate'
  /** A receipt's `chain.previous` is not the digest of the receipt before it. */
  | 'broken-link'
  /** A receipt names another visitor (`sub`) than the chain it continues: a chain is one visitor's. */
  | 'principal-change'
  /**
   * A receipt is signed with another of `deviceKeys` than the chain it continues: a device keeps its key until
   * "forget" starts a new chain, so a second device key in one chain is someone else's receipt spliced in.
   */
  | 'key-change';

/** What {@link verifyHistory} takes beyond {@link VerifyOptions}. */
export interface HistoryOptions extends VerifyOptions {
  /**
   * Visitors' device keys (those stored beside the receipts in a download), trusted as `jwks` is, matched by
   * thumbprint only, and held to one per chain (`key-change`); a receipt one of them verifies is `selfSigned`. The site's own keys go in `jwks`, which may change
   * within a chain (a key rotated).
   */
  readonly deviceKeys?: readonly JwkLike[];
}

/** One problem with a history. */
export interface HistoryFailure {
  readonly code: HistoryFailureCode;
  readonly message: string;
  /** The position in the list of the receipt concerned. */
  readonly index?: number;
}

/** A grant that a later receipt withdrew. */
export interface DecisionOverride {
  readonly purpose: string;
  /** The index of the receipt that granted it. */
  readonly grantedIn: number;
  /** The index of the later receipt that refused or withdrew it. */
  readonly withdrawnIn: number;
}

/** The outcome of {@link verifyHistory}. */
export interface HistoryVerification {
  /** Every receipt valid and the chain intact. */
  readonly valid: boolean;
  /** Each receipt's own verification, in list order. */
  readonly receipts: readonly ReceiptVerification[];
  readonly failures: readonly HistoryFailure[];
  /**
   * The decision in force per optional purpose: the one made last (by `iat`) among valid receipts that are not
   * duplicates. Within a chain receipts are taken by sequence; receipts of different chains issued in the same
   * second are taken in list order, or by each chain's start when the list has chains out of time order.
   */
  readonly effective: Readonly<Record<string, boolean>>;
  /** Grants later withdrawn, in the order decisions are taken for `effective`. */
  readonly overrides: readonly DecisionOverride[];
}

interface Link {
  readonly index: number;
  readonly sequence: number;
  readonly previous: string | null;
  readonly reason: ChainReason | undefined;
  readonly digest: string;
  /** Seconds since the epoch; only for a valid receipt, as an invalid one's claims are not to be trusted. */
  readonly iat: number | undefined;
  /** The receipt's `jti`; only for a valid receipt, for the same reason. */
  readonly jti: string | undefined;
  /** The visitor it names (`sub`); only for a valid receipt. */
  readonly principal: string | undefined;
  /** The thumbprint of the device key that signed it, when one of `deviceKeys` did; only for a valid receipt. */
  readonly deviceKey: string | undefined;
  /** The earlier listing of the same receipt, when this one repeats it. */
  duplicateOf?: Link;
}

/** Reads a receipt's place in its chain, when its extension has a well-formed one. */
async function linkOf(
  jws: string,
  receipt: ReceiptVerification,
  index: number,
  deviceKeys: ReadonlySet<string>,
): Promise<Link | undefined> {
  const extension: unknown = receipt.payload?.[RECEIPT_CLAIM];
  const chain = isJsonObject(extension) ? extension['chain'] : undefined;
  if (!isJsonObject(chain)) return undefined;
  const { sequence, previous, reason } = chain;
  if (!Number.isSafeInteger(sequence) || (sequence as number) < 0) return undefined;
  if (previous !== null && !isDigest(previous)) return undefined;
  return {
    index,
    sequence: sequence as number,
    previous,
    reason: reason === 'first' || reason === 'forget' ? reason : undefined,
    digest: await digestJws(jws),
    iat: receipt.valid ? receipt.payload?.iat : undefined,
    jti: receipt.valid ? receipt.payload?.jti : undefined,
    principal: receipt.valid ? receipt.payload?.sub : undefined,
    // Device keys are matched by thumbprint only (see verifyHistory), so a valid receipt whose kid is one of them
    // was signed with that very key.
    deviceKey: receipt.valid && receipt.kid !== undefined && deviceKeys.has(receipt.kid) ? receipt.kid : undefined,
  };
}

/**
 * Marks each receipt listed again anywhere in the history, by digest or by `jti`. Across chains too: a repeated
 * "forget" receipt would otherwise start a chain of its own and replay a decision the visitor has since changed.
 */
function markDuplicates(links: readonly Link[]): void {
  const byDigest = new Map<string, Link>();
  const byJti = new Map<string, Link>();
  for (const link of links) {
    const twin = byDigest.get(link.digest) ?? (link.jti === undefined ? undefined : byJti.get(link.jti));
    if (twin) {
      link.duplicateOf = twin;
      continue;
    }
    byDigest.set(link.digest, link);
    if (link.jti !== undefined) byJti.set(link.jti, link);
  }
}

/**
 * Splits the list into chains: a receipt that starts over after "forget" begins a new one, and so does a chain's
 * "first" receipt listed after a chain started by "forget" (listed out of order: the chain times report it). Any
 * other receipt joins the chain of the receipt its hash links to, when that is listed before it; a receipt that
 * continues an earlier chain after another has started is reported as a `reorder`. The rest, and repeats, stay
 * with the chain listed around them, to be reported there.
 */
function splitChains(links: readonly Link[], report: (failure: HistoryFailure) => void): Link[][] {
  const chains: Link[][] = [];
  const chainOf = new Map<string, Link[]>();
  for (const link of links) {
    const current = chains[chains.length - 1];
    const fresh = !link.duplicateOf;
    const startedByForget = current?.[0]?.sequence === 0 && current[0].reason === 'forget';
    const starts =
      fresh && link.sequence === 0 && (link.reason === 'forget' || (link.reason === 'first' && startedByForget));
    const parent = fresh && link.previous !== null ? chainOf.get(link.previous) : undefined;
    let chain: Link[];
    if (!current || starts) chains.push((chain = [link]));
    else if (parent && parent !== current) {
      chain = parent;
      const started = current[0]!;
      report({
        code: 'reorder',
        index: link.index,
        message: `Receipt ${link.index} continues the chain of receipt ${parent[0]!.index}, but is listed after receipt ${started.index} started another`,
      });
      chain.push(link);
    } else (chain = current).push(link);
    if (fresh && !chainOf.has(link.digest)) chainOf.set(link.digest, chain);
  }
  return chains;
}

/** Checks one chain in time linear in its length, however many receipts claim one place (a fork of thousands). */
function checkChain(chain: readonly Link[], report: (failure: HistoryFailure) => void): void {
  const bySequence = new Map<number, Link[]>();
  let highest: Link | undefined;
  for (const link of chain) {
    const twin = link.duplicateOf;
    if (twin) {
      report({ code: 'duplicate', index: link.index, message: `Receipt ${link.index} repeats receipt ${twin.index}` });
      continue;
    }
    const same = bySequence.get(link.sequence);
    if (same) same.push(link);
    else bySequence.set(link.sequence, [link]);
    if (same?.[0]) {
      // A second receipt for a place already taken: out of order too, but the fork is what matters.
      report({
        code: 'fork',
        index: link.index,
        message: `Receipt ${link.index} claims sequence ${link.sequence}, as receipt ${same[0].index} does`,
      });
    } else if (highest && link.sequence < highest.sequence) {
      report({
        code: 'reorder',
        index: link.index,
        message: `Receipt ${link.index} (sequence ${link.sequence}) comes after sequence ${highest.sequence}`,
      });
    }
    if (!highest || link.sequence > highest.sequence) highest = link;
  }

  const sequences = [...bySequence.keys()].sort((a, b) => a - b);
  sequences.forEach((sequence, k) => {
    const links = bySequence.get(sequence) ?? [];
    const first = links[0];
    if (!first) return;
    const prior = sequences[k - 1];
    if (prior === undefined) {
      if (sequence !== 0) {
        report({ code: 'gap', index: first.index, message: `The chain starts at sequence ${sequence}, not 0` });
      }
      return;
    }
    if (sequence !== prior + 1) {
      report({
        code: 'gap',
        index: first.index,
        message: `Sequence ${sequence} follows ${prior}: ${sequence - prior - 1} receipt(s) missing`,
      });
      return;
    }
    const parents = new Set((bySequence.get(prior) ?? []).map((link) => link.digest));
    for (const link of links) {
      if (link.previous === null || !parents.has(link.previous)) {
        report({
          code: 'broken-link',
          index: link.index,
          message: `Receipt ${link.index} does not link to the receipt with sequence ${prior}`,
        });
      }
    }
  });
}

/**
 * Reports receipts that continue a chain for another visitor, or with a second device key: proof that the chain's
 * visitor made them, which a hash link alone is not (anyone holding a receipt can link to it).
 */
function checkContinuity(chain: readonly Link[], report: (failure: HistoryFailure) => void): void {
  const held = [
    { trait: 'principal', code: 'principal-change', what: 'names another visitor' },
    { trait: 'deviceKey', code: 'key-change', what: 'is signed with another device key' },
  ] as const;
  for (const { trait, code, what } of held) {
    // The first receipt of the chain that has the trait sets it; every later one must keep it.
    let first: Link | undefined;
    for (const link of chain) {
      if (link.duplicateOf || link[trait] === undefined) continue;
      if (!first) first = link;
      else if (link[trait] !== first[trait]) {
        report({
          code,
          index: link.index,
          message: `Receipt ${link.index} ${what} than receipt ${first.index} of its chain`,
        });
      }
    }
  }
}

/** A link with the time its receipt was issued, which only a valid receipt gives. */
type TimedLink = Link & { readonly iat: number };

/** A receipt that counts toward the decisions in force: valid (so it has a time) and no repeat. */
const counts = (link: Link): link is TimedLink => link.iat !== undefined && !link.duplicateOf;

/** A chain's earliest and latest counted receipt by `iat`; `undefined` when none counts. */
function timeSpan(chain: readonly Link[]): { first: TimedLink; last: TimedLink } | undefined {
  const timed = chain.filter(counts);
  if (timed.length === 0) return undefined;
  return {
    first: timed.reduce((earliest, link) => (link.iat < earliest.iat ? link : earliest)),
    last: timed.reduce((latest, link) => (link.iat > latest.iat ? link : latest)),
  };
}

/**
 * Reports each chain with a receipt issued before a receipt of a chain listed earlier, given each chain's
 * {@link timeSpan} in list order; `true` when the chains are in time order. Nothing but time orders one chain after
 * another, so two swapped would otherwise go unnoticed.
 */
function checkChainTimes(
  spans: readonly ReturnType<typeof timeSpan>[],
  report: (failure: HistoryFailure) => void,
): boolean {
  let latest: TimedLink | undefined;
  let inOrder = true;
  for (const span of spans) {
    if (!span) continue;
    if (latest && span.first.iat < latest.iat) {
      inOrder = false;
      report({
        code: 'reorder',
        index: span.first.index,
        message:
          `Receipt ${span.first.index} was issued ${latest.iat - span.first.iat} s before receipt ${latest.index}, ` +
          'of a chain listed before its own: chains must be listed in the order they were issued',
      });
    }
    if (!latest || span.last.iat > latest.iat) latest = span.last;
  }
  return inOrder;
}

/**
 * The receipts that count, in the order their decisions were made: by `iat`, where a receipt is taken as made no
 * earlier than any receipt before it in its chain (the hash link proves it came after them), then by the chain's
 * place in `chains`, then by sequence. So a chain listed or started out of time order cannot override a decision
 * made after it, and chains in time order are taken one after the other, as listed.
 */
function decisionOrder(chains: readonly (readonly Link[])[]): TimedLink[] {
  const keyed: { link: TimedLink; madeBy: number; rank: number; position: number }[] = [];
  chains.forEach((chain, rank) => {
    const ordered = chain.filter(counts).sort((a, b) => a.sequence - b.sequence || a.index - b.index);
    let madeBy = -Infinity;
    ordered.forEach((link, position) => {
      madeBy = Math.max(madeBy, link.iat);
      keyed.push({ link, madeBy, rank, position });
    });
  });
  keyed.sort((a, b) => a.madeBy - b.madeBy || a.rank - b.rank || a.position - b.position);
  return keyed.map(({ link }) => link);
}

/** More receipts than one visitor makes in years of daily decisions; `npx unticked verify` reads as many. */
const MAX_HISTORY = 100_000;

/**
 * Verifies a list of compact JWS receipts as one visitor's history, in the order stored. Checks each receipt
 * with {@link verifyReceipt} and `options`, then the hash chain: sequences from 0 (a "forget" receipt starts a new
 * chain), each `chain.previous` the digest of the receipt before, chains in time order (`iat`), since no hash
 * links one chain to the next, and no receipt listed twice (by JWS or `jti`, across chains too). Never throws.
 */
export async function verifyHistory(
  jwsList: readonly string[],
  options?: HistoryOptions,
): Promise<HistoryVerification> {
  const malformed = (message: string): HistoryVerification => ({
    valid: false,
    receipts: [],
    failures: [{ code: 'malformed', message }],
    effective: {},
    overrides: [],
  });
  let list: unknown[];
  try {
    if (!Array.isArray(jwsList)) return malformed('A history must be an array of compact JWS strings');
    if (jwsList.length > MAX_HISTORY) {
      return malformed(`A history of ${jwsList.length} receipts is longer than the ${MAX_HISTORY} that are read`);
    }
    // Read once: a Proxy or getter cannot answer differently later.
    list = Array.from({ length: jwsList.length }, (_, index) => (jwsList as readonly unknown[])[index]);
  } catch (error) {
    // A revoked Proxy, or one whose traps throw.
    return malformed(`The history could not be read: ${describeError(error)}`);
  }
  return verifyList(list, options);
}

/**
 * The options each receipt is verified with (the device keys join `jwks`, without a `kid` to be selected by, and
 * `deviceKeys` is left out: verifyReceipt has no such option), the device keys' thumbprints, or why `deviceKeys`
 * cannot be used. Each option is read once.
 */
async function receiptOptions(
  options: unknown,
): Promise<{ verify: (jws: unknown) => unknown; deviceKeys: Set<string> } | { refused: string }> {
  const deviceKeys = new Set<string>();
  const same = (verify: unknown) => ({ verify: () => verify, deviceKeys });
  let given: unknown;
  let rest: Record<string, unknown>;
  try {
    if (!isJsonObject(options) || !Object.prototype.hasOwnProperty.call(options, 'deviceKeys')) {
      return same(options);
    }
    given = options['deviceKeys'];
    rest = {};
    for (const name of Object.keys(options)) if (name !== 'deviceKeys') rest[name] = options[name];
    if (given === undefined) return same(rest);
    if (!Array.isArray(given)) return { refused: 'options.deviceKeys must be an array of P-256 public JWKs' };
    if (given.length > MAX_HISTORY) return { refused: `options.deviceKeys holds more than ${MAX_HISTORY} keys` };
    given = Array.from(given as unknown[]);
  } catch (error) {
    return { refused: `The options could not be read: ${describeError(error)}` };
  }
  const keys: P256PublicJwk[] = [];
  const byThumbprint = new Map<string, P256PublicJwk>();
  for (const [index, key] of (given as unknown[]).entries()) {
    if (!isP256PublicJwk(key) || Object.prototype.hasOwnProperty.call(key, 'd')) {
      return { refused: `options.deviceKeys[${index}] is not a P-256 public JWK` };
    }
    const thumbprint = await jwkThumbprint(key);
    if (deviceKeys.has(thumbprint)) continue;
    deviceKeys.add(thumbprint);
    const { kty, crv, x, y } = key;
    keys.push({ kty, crv, x, y });
    byThumbprint.set(thumbprint, { kty, crv, x, y });
  }
  if (keys.length === 0) return same(rest);
  const jwks = rest['jwks'];
  // A jwks that is not a key set is verifyReceipt's to report; the device keys alone are then not used either.
  const site: unknown = isJsonObject(jwks) ? jwks['keys'] : undefined;
  if (jwks !== undefined && !Array.isArray(site)) return same(rest);
  const siteKeys = (site as unknown[] | undefined) ?? [];
  // A site JWKS over the limit is verifyReceipt's to refuse, for every receipt.
  if (siteKeys.length > MAX_JWKS_KEYS) return same(rest);
  if (siteKeys.length + keys.length <= MAX_JWKS_KEYS) return same({ ...rest, jwks: { keys: [...siteKeys, ...keys] } });
  // Together more than a JWKS may hold (the limit is the caller's, on the site's keys): each receipt is verified
  // with the site's keys, or with the one device key its header names.
  return {
    verify: (jws) => {
      const key = byThumbprint.get(headerKid(jws) ?? '');
      return key ? { ...rest, jwks: { keys: [key] } } : rest;
    },
    deviceKeys,
  };
}

/** The `kid` a compact JWS's header names, unverified (only to choose the keys to verify it with). */
function headerKid(jws: unknown): string | undefined {
  try {
    const header = typeof jws === 'string' ? decodeJwsPart(jws, 0) : undefined;
    const kid = isJsonObject(header) ? header['kid'] : undefined;
    return typeof kid === 'string' ? kid : undefined;
  } catch {
    return undefined;
  }
}

async function verifyList(jwsList: readonly unknown[], options: unknown): Promise<HistoryVerification> {
  const read = await receiptOptions(options);
  if ('refused' in read) {
    return {
      valid: false,
      receipts: [],
      failures: [{ code: 'malformed', message: read.refused }],
      effective: {},
      overrides: [],
    };
  }
  const { verify, deviceKeys } = read;
  const failures: HistoryFailure[] = [];
  const report = (failure: HistoryFailure): void => {
    failures.push(failure);
  };
  const receipts: ReceiptVerification[] = [];
  const links: Link[] = [];
  for (const [index, jws] of jwsList.entries()) {
    const verified = await verifyReceipt(jws as string, verify(jws) as VerifyOptions | undefined);
    // A device key joins `jwks` to be selected by thumbprint, yet it is the visitor's own: said, as verifyReceipt
    // says it of a key trusted for one receipt.
    const byDevice = verified.valid && verified.kid !== undefined && deviceKeys.has(verified.kid);
    const receipt = byDevice ? { ...verified, selfSigned: true } : verified;
    receipts.push(receipt);
    if (!receipt.valid) {
      const codes = [...new Set(receipt.failures.map((failure) => failure.code))].join(', ');
      report({ code: 'invalid-receipt', index, message: `Receipt ${index} is not valid: ${codes}` });
    }
    const link = typeof jws === 'string' ? await linkOf(jws, receipt, index, deviceKeys) : undefined;
    if (link) links.push(link);
  }

  markDuplicates(links);
  const chains = splitChains(links, report);
  for (const chain of chains) {
    checkChain(chain, report);
    checkContinuity(chain, report);
  }
  // Chains listed out of time order are ranked by their start: that orders decisions made in the same second.
  const spans = chains.map(timeSpan);
  const inTimeOrder = checkChainTimes(spans, report);
  const startOf = (index: number): number => spans[index]?.first.iat ?? Infinity;
  const chainOrder = inTimeOrder
    ? chains
    : chains
        .map((_, index) => index)
        .sort((a, b) => startOf(a) - startOf(b) || a - b)
        .map((index) => chains[index] as Link[]);

  // Decisions in the order they were made, so a reordered or replayed list still yields what was decided last.
  const effective: Record<string, boolean> = {};
  const grantedIn = new Map<string, number>();
  const overrides: DecisionOverride[] = [];
  for (const { index } of decisionOrder(chainOrder)) {
    const receipt = receipts[index];
    if (!receipt?.valid || !receipt.payload) continue;
    for (const { purpose, granted } of receipt.payload[RECEIPT_CLAIM].decisions) {
      if (granted === null) continue;
      const before = grantedIn.get(purpose);
      if (granted && before === undefined) grantedIn.set(purpose, index);
      if (!granted && before !== undefined) {
        overrides.push({ purpose, grantedIn: before, withdrawnIn: index });
        grantedIn.delete(purpose);
      }
      // defineProperty: a purpose id is data, even one spelled "__proto__".
      Object.defineProperty(effective, purpose, {
        value: granted,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }

  return { valid: failures.length === 0, receipts, failures, effective, overrides };
}
