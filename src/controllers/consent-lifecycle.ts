import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentConfig } from '../core/config/types.js';
import type { DecisionSource, Decisions } from '../core/consent/decisions.js';
import { ConsentError, describeError } from '../core/errors.js';
import type { ChainHead, DisplayedClause } from '../core/receipt/payload.js';
import type { ReceiptPayload } from '../core/receipt/types.js';
import {
  channelName,
  forgetConsent,
  holdsLaterDecision,
  isForgetMessage,
  isSyncFor,
  markWithdrawing,
  recallConsent,
  type ReadOptions,
  saveConsent,
  storageTimeout,
  syncMessage,
  type RecalledConsent,
} from '../core/storage/store.js';
import { cookieAdapter, localStorageAdapter, memoryAdapter } from '../core/storage/adapters.js';
import type { storedConsentFromReceipt } from '../core/storage/format.js';
import { storedValueCode } from '../core/storage/stored-value-code.js';
import { StorageError, type StorageAdapter, type StoredConsent } from '../core/storage/types.js';
import type { ConsentGate } from '../gating/gate.js';
import type { PlaceholderContext, PlaceholderTexts } from '../gating/placeholder.js';
import type { IssuedReceipt } from '../receipt/receipt-issuer.js';
import { updateConsentMode } from '../integrations/consent-mode.js';
import { addPrivateController } from './add-private-controller.js';
import { loadChunk } from '../core/load-chunk.js';

/** Where decisions are remembered: a built-in kind, or an adapter of the host's own. */
export type ConsentStorage = 'local' | 'cookie' | 'memory' | StorageAdapter;

/** What changed, for `subscribe` listeners. */
export interface ConsentChange {
  /** The decisions in force; `null` when there is none (nothing is granted). */
  readonly decisions: Decisions | null;
  /** `load`: remembered from an earlier visit; `visitor`/`host`: decided here; `sync`: another tab; `forget`. */
  readonly source: 'load' | 'visitor' | 'host' | 'sync' | 'forget';
}

/** A decision to remember, as the prompt made it. */
export interface DecisionToRemember {
  readonly config: ConsentConfig;
  readonly decisions: Decisions;
  readonly action: StoredConsent['action'];
  readonly gpc: boolean;
  readonly time: number;
  readonly shown: Readonly<Record<string, DisplayedClause>>;
  readonly receipt: IssuedReceipt | null;
  readonly chainHead: ChainHead | null;
}

/** What the lifecycle asks of its prompt. */
export interface LifecycleCallbacks {
  /** Another tab decided or forgot: `recalled` is the validated state now stored. */
  readonly onSync: (recalled: RecalledConsent) => void;
  /** Storage failed while it was read (`load`, `sync`) or written for a decision by the visitor or the host. */
  readonly onStorageError: (error: StorageError, source: DecisionSource) => void;
  /** The visitor asked on a placeholder to allow one purpose. */
  readonly onRequestGrant: (purposeId: string) => void;
  /** The placeholder words for a purpose, in the visitor's language. */
  readonly placeholderTexts: (purposeId: string) => PlaceholderTexts;
  /** The host's own placeholder for blocked iframes, if it set one. */
  readonly placeholderRender: () => ((context: PlaceholderContext) => HTMLElement) | null;
  /** Whether every decision stored here keeps a receipt, so one stored without is an edit (see ReadOptions). */
  readonly expectsReceipts: () => boolean;
  /** Another prompt already holds back this document's gated content, so this one does not. */
  readonly onGatingTaken: () => void;
  /** The page's `gtag()` (or a frozen `dataLayer`) threw on a Consent Mode update. */
  readonly onConsentModeError: (error: unknown, source: DecisionSource) => void;
  /** Gated markup the gate cannot hold back as written, or a granted element the browser refused to activate. */
  readonly onGateError: (error: ConsentError, element?: Element) => void;
}

// One gate per document. Two prompts with different configs, each gating, would each let through what their own
// decisions grant (one config's necessary purpose passing content the other asks about, one's refusal unloading
// what the other allowed). The first prompt that gates owns it; the next in line takes over when it leaves.
const gatingQueue: ConsentLifecycle[] = [];

// How long a read waits for a decision made here to be written: as long as a storage call may take.
const WRITE_WAIT_MS = 5_000;

// How long another tab's localStorage write may reach this one after its BroadcastChannel message (Chromium).
const LATE_WRITE_MS = 250;
/** Reads after the first that another tab's message gets while storage says nothing new (about a second). */
const LATE_WRITE_READS = 4;
/** Reads while another tab stores a withdrawal, as long as its receipt may take (then: no decision). */
const WITHDRAWAL_READS = WRITE_WAIT_MS / LATE_WRITE_MS;

/** Whether the browser sends a Global Privacy Control signal (a getter a page made throw sends none). */
export function globalPrivacyControl(): boolean {
  try {
    return (navigator as Navigator & { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
  } catch {
    return false;
  }
}

/** The state to store for a decision with a receipt. */
function stateFromReceipt(
  fromReceipt: typeof storedConsentFromReceipt,
  receipt: IssuedReceipt,
  chain: ChainHead | null,
  config: ConsentConfig,
): StoredConsent {
  const state = fromReceipt(receipt.jws, receipt.payload as ReceiptPayload, receipt.publicJwk, chain);
  // A receipt nobody here can verify (a host signer without published keys) would read back as tampered.
  const verifiable = receipt.publicJwk !== null || (config.signer?.jwks.keys.length ?? 0) > 0;
  return verifiable ? state : { ...state, receipt: null };
}

/** This page's mark on its BroadcastChannel messages: prompts on one page share one memory store. */
const PAGE = Math.random().toString(36).slice(2);

function fromThisPage(event: MessageEvent): boolean {
  try {
    const data: unknown = event.data;
    return typeof data === 'object' && data !== null && (data as { page?: unknown }).page === PAGE;
  } catch {
    return false;
  }
}

function adapterFor(storage: ConsentStorage, config: ConsentConfig | undefined): StorageAdapter {
  if (storage === 'cookie') return cookieAdapter(config?.maxAgeDays ? { maxAgeDays: config.maxAgeDays } : {});
  if (storage === 'memory') return sharedMemory;
  if (storage === 'local') return localStorageAdapter();
  return storage;
}

// One memory store per page, so that prompts for the same policy on one page agree.
const sharedMemory = memoryAdapter();

/** The writes and removals of one policy's decision in one store, in turn. */
interface StorageTurn {
  tail: Promise<unknown>;
  /** The page-wide order of the decision written or removed last (see `pageOrder`). */
  latest: number;
}

// Writes and removals of a policy's decision on this page take turns. Two prompts writing at once (a prompt and
// the one that replaced it, two on one page) each read back the other's value, took it for a failed write and
// removed it: neither decision was remembered. Each decision made here takes a number in page order; a write that
// comes to its turn after a later decision was written or forgotten is dropped, so an older decision never
// replaces a newer one.
let pageOrder = 0;
const builtInTurns = { local: new Map<string, StorageTurn>(), cookie: new Map(), memory: new Map() };
const adapterTurns = new WeakMap<StorageAdapter, Map<string, StorageTurn>>();

/**
 * Runs `work` holding the site's lock on a policy's decision in a host's adapter, so that tabs write it one after
 * another: with an adapter that answers later (a request to the host's server), two tabs deciding at once each read
 * back the other's value, took it for a failed write and removed it, and a tab whose write came last put its older
 * decision over the newer one. Without Web Locks, where they are refused (an opaque origin), or after waiting longer
 * than a holder's storage calls may take, it runs anyway: an unwritten decision is worse. The built-in stores answer
 * at once, a write and its read-back in one task; memory is this page's own.
 */
async function acrossTabs<T>(storage: ConsentStorage, policyId: string, work: () => Promise<T>): Promise<T> {
  if (typeof storage === 'string') return work();
  let granted = false;
  try {
    const signal = AbortSignal.timeout(5 * storageTimeout.ms);
    return await navigator.locks.request(`unticked-decision:${policyId}`, { signal }, () => {
      granted = true;
      return work();
    });
  } catch (error) {
    if (granted) throw error;
    return work();
  }
}

function inTurn<T>(
  storage: ConsentStorage,
  policyId: string,
  order: number,
  work: () => Promise<T>,
): Promise<T | null> {
  let turns = typeof storage === 'string' ? builtInTurns[storage] : adapterTurns.get(storage);
  if (!turns) adapterTurns.set(storage as StorageAdapter, (turns = new Map()));
  let turn = turns.get(policyId);
  if (!turn) turns.set(policyId, (turn = { tail: Promise.resolve(), latest: 0 }));
  const current = turn;
  const result = current.tail.then(() => {
    if (order < current.latest) return null;
    current.latest = order;
    return acrossTabs(storage, policyId, work);
  });
  current.tail = result.catch(() => undefined);
  return result;
}

/** Whether a value can serve as a storage adapter. */
export function isStorageAdapter(value: unknown): value is StorageAdapter {
  const candidate = value as Partial<StorageAdapter> | null;
  try {
    return (
      typeof candidate === 'object' &&
      candidate !== null &&
      typeof candidate.get === 'function' &&
      typeof candidate.set === 'function' &&
      typeof candidate.remove === 'function'
    );
  } catch {
    // A Proxy whose traps throw is no adapter: the caller refuses it with a typed error.
    return false;
  }
}

/**
 * Everything about a decision that outlives one render: remembering it (storage adapters, read back), hearing
 * about other tabs' decisions, holding back gated scripts and iframes, telling Google tags (Consent Mode), and the
 * JS API's `granted()` and `subscribe()`. The prompt owns one; it renders, this remembers.
 */
export class ConsentLifecycle implements ReactiveController {
  private readonly callbacks: LifecycleCallbacks;
  /** The prompt: it gates the page only while it is in the page's own document (see `inThePage`). */
  private readonly element: Element;
  private storage: ConsentStorage = 'local';
  private config: ConsentConfig | undefined;
  private decisions: Decisions | null = null;
  private channel: BroadcastChannel | undefined;
  private gate: ConsentGate | undefined;
  private gateLoading: Promise<void> | undefined;
  private gatingEnabled = true;
  private toldGatingTaken = false;
  private connected = false;
  private wasDisconnected = false;
  // A decision made here being written (see startWrite), and the call that says it is done.
  private writing: Promise<void> = Promise.resolve();
  /** How many decisions were made on this page: a read that began before the latest one must not undo it. */
  private decisionsMade = 0;
  // Another tab's withdrawal mark ended grants here; the prompt hears of the decision once it is stored.
  private withdrawalHeard = false;
  /** Who made the decision being written, for the storage errors its write may give. */
  private decidedBy: 'visitor' | 'host' = 'visitor';
  /** When the decision now being signed and written was made; `null` when none is. */
  private pendingSince: number | null = null;
  private endWrite: () => void = () => undefined;
  /** The page-wide order of the latest decision made here, which its write takes (see `inTurn`). */
  private writeOrder = 0;
  /** How many reads of another tab's change began: only the latest is applied (see `reread`). */
  private readsStarted = 0;
  private readonly listeners = new Set<(change: ConsentChange) => void>();
  private readonly waiters = new Map<string, Set<() => void>>();
  private readonly onStorageEvent = (event: StorageEvent) => void this.sync(event);
  private readonly onChannelMessage = (event: MessageEvent) => {
    // Memory holds this page's decisions only: another tab's message says nothing about them, and reading them again
    // against the receipt chain that tab has just extended would take them for tampering.
    if (this.storage === 'memory' && !fromThisPage(event)) return;
    void this.sync(event, true);
  };

  constructor(host: ReactiveControllerHost, callbacks: LifecycleCallbacks) {
    this.callbacks = callbacks;
    this.element = host as unknown as Element;
    addPrivateController(host, this);
  }

  hostConnected(): void {
    this.connected = true;
    // In line to gate from the moment it is in the page, in the order prompts arrive; moved within one task (a
    // framework re-parenting it), it keeps its place. Moved into another document (a frame), it gates nothing here,
    // and leaves the line: a frame removed with it inside never says it was disconnected.
    if (!this.inThePage()) {
      this.dropGate();
      this.leaveGatingQueue();
    } else if (this.gatingEnabled && !gatingQueue.includes(this)) gatingQueue.push(this);
    this.followStorageEvents();
    const config = this.config;
    if (!config) return;
    this.listen(config);
    // Put back after being out of the page, it heard nothing from other tabs meanwhile: read again before anything
    // gated may run. (A first connection after the config was set is served by the recall under way.)
    if (this.wasDisconnected) void this.reread(config);
    else void this.updateGate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.wasDisconnected = true;
    window.removeEventListener('storage', this.onStorageEvent);
    this.channel?.close();
    this.channel = undefined;
    this.dropGate();
    queueMicrotask(() => {
      if (!this.connected) this.leaveGatingQueue();
    });
  }

  /** Stops this prompt's gate; the next one is made from the config and decisions then in force. */
  private dropGate(): void {
    this.gate?.disconnect();
    this.gate = undefined;
    this.gateLoading = undefined;
  }

  private leaveGatingQueue(): void {
    const at = gatingQueue.indexOf(this);
    if (at === -1) return;
    gatingQueue.splice(at, 1);
    // The owner left: the next prompt in line gates now.
    if (at === 0) void gatingQueue[0]?.updateGate();
  }

  /** Whether this prompt may gate: it is first in line. A prompt told that another gates hears it once. */
  private mayGate(): boolean {
    if (this.ownsGating()) return true;
    // In a frame's document: not another prompt's doing, so nothing to tell.
    if (!this.inThePage()) return false;
    if (!this.toldGatingTaken) {
      this.toldGatingTaken = true;
      this.callbacks.onGatingTaken();
    }
    return false;
  }

  /** The storage in use. */
  get storageKind(): ConsentStorage {
    return this.storage;
  }

  setStorage(storage: ConsentStorage): void {
    this.storage = storage;
    this.followStorageEvents();
  }

  /**
   * Other tabs' writes to localStorage arrive as `storage` events (a fallback to the BroadcastChannel). Memory and
   * cookies never fire them, and in Chromium the first `storage` listener of a page costs a synchronous round trip
   * to the browser process (about 5 ms before the prompt paints): listen only where they can come.
   */
  private followStorageEvents(): void {
    const wanted = this.connected && this.storage !== 'memory' && this.storage !== 'cookie';
    if (wanted) window.addEventListener('storage', this.onStorageEvent);
    else window.removeEventListener('storage', this.onStorageEvent);
  }

  setGating(enabled: boolean): void {
    this.gatingEnabled = enabled;
    if (!enabled) {
      this.dropGate();
      this.leaveGatingQueue();
    } else if (this.connected && this.inThePage() && !gatingQueue.includes(this)) {
      gatingQueue.push(this);
      // First in line again (the others left meanwhile): gate what is in force now.
      void this.updateGate();
    }
  }

  /** The prompt's words changed language: blocked content's placeholders say so in the new one. */
  refreshPlaceholders(): void {
    if (this.ownsGating()) this.gate?.update();
  }

  /**
   * The config the prompt had is gone (a replacement was invalid or failed to load): its decisions are no longer
   * in force, what they let load is unloaded, and nothing gated runs until a config is in force again.
   */
  clear(): void {
    if (!this.config) return;
    this.endDecisions();
    this.gate?.update();
    this.dropGate();
    this.config = undefined;
    this.channel?.close();
    this.channel = undefined;
    this.notify({ decisions: null, source: 'load' });
  }

  /** How stored decisions are read: with this browser's own record of the receipts it issued. */
  private readonly readOptions: ReadOptions = {
    requireReceipt: () => this.callbacks.expectsReceipts(),
    // Read when the decision is, as the prompt reads it when it shows and records one.
    get gpc() {
      return globalPrivacyControl();
    },
    // Loaded only when a receipt is stored: a first visit opens no database.
    device: async (policyId) =>
      (await loadChunk(import('../receipt/device-store.js'), 'The receipts’ store')).deviceRecord(policyId),
  };

  private get adapter(): StorageAdapter {
    return adapterFor(this.storage, this.config);
  }

  /** A new config: forget what was in force, listen to its policy's channel, and read what was remembered. */
  async recall(config: ConsentConfig): Promise<RecalledConsent> {
    // The gate holds the old config's necessary purposes and placeholders: a new one is made for this config,
    // which also sends iframes the old decisions let load back to their placeholders.
    if (this.config !== config) this.dropGate();
    // The old decisions end with the old config (the new one asks again, or brings back what was stored for it).
    if (this.endDecisions()) this.notify({ decisions: null, source: 'load' });
    this.config = config;
    // Only in the page: an open channel is kept alive by the browser, and with it its listener and this prompt, so
    // one opened for a prompt that was removed (or never added) before its config arrived would never be freed.
    // hostConnected() listens when it is added.
    if (this.connected) this.listen(config);
    const made = this.decisionsMade;
    const recalled = await recallConsent(this.adapter, config, this.readOptions);
    // A decision made while storage was read (recordHostDecision() right after the config) is newer than anything
    // read: what was read, and any fault found in a store being written meanwhile, is dropped.
    if (this.decisionsMade !== made) return { ...recalled, error: null, reasons: [], decisions: null };
    if (recalled.error) this.callbacks.onStorageError(recalled.error, 'load');
    if (this.config === config) {
      if (recalled.decisions) this.enforce(recalled.decisions, 'load');
      else void this.prepareGate();
    }
    return recalled;
  }

  /**
   * A decision was made here: in force at once, before its receipt is signed or any event fires, so Google tags
   * hear of it and gated content runs (or stops) without waiting for a signer.
   */
  decided(decisions: Decisions, source: 'visitor' | 'host'): void {
    this.decisionsMade++;
    this.withdrawalHeard = false;
    this.decidedBy = source;
    this.writeOrder = ++pageOrder;
    this.startWrite();
    const before = this.decisions;
    this.enforce(decisions, source);
    // A withdrawal leaves no grant behind while its receipt is signed: that may wait on another tab or a signer,
    // and a page closed meanwhile must not find the old grant on the next visit. The mark left instead tells other
    // tabs the decision is on its way, so they do not ask again meanwhile.
    const withdrawn = before ? Object.keys(before).filter((id) => before[id] === true && decisions[id] !== true) : [];
    if (withdrawn.length > 0 && this.config) {
      const adapter = this.adapter;
      const policyId = this.config.policy.id;
      void inTurn(this.storage, policyId, this.writeOrder, () => markWithdrawing(adapter, policyId, withdrawn)).then(
        (error) => {
          if (error) this.callbacks.onStorageError(error, source);
        },
      );
    }
    // The code that stores a decision loads while the receipt is signed, so that remember() need not wait for it.
    // (Not earlier, on the visitor's first pointer or key on the prompt: evaluating it then delayed the toggle's
    // next paint by about 8 ms at 4x CPU in the page-load bench.)
    void storedValueCode().catch(() => undefined);
  }

  /**
   * Remembers a decision (read back) and announces it to other tabs. A storage fault is reported; the decision
   * still holds for the page's lifetime.
   */
  async remember(decision: DecisionToRemember): Promise<void> {
    try {
      await this.write(decision);
    } finally {
      this.endWrite();
    }
  }

  /**
   * A decision made here is being written: reading storage again meanwhile would find the value before it and put
   * that back in force. Reads wait for the write (at most the storage timeout).
   */
  private startWrite(): void {
    this.endWrite();
    const since = Date.now();
    this.pendingSince = since;
    this.writing = new Promise<void>(
      (resolve) =>
        (this.endWrite = () => {
          if (this.pendingSince === since) this.pendingSince = null;
          resolve();
        }),
    );
  }

  private async write(decision: DecisionToRemember): Promise<void> {
    let state: StoredConsent;
    try {
      // The stored forms load with the first decision: a first visit shows the prompt without them.
      const code = await storedValueCode();
      state = decision.receipt
        ? stateFromReceipt(code.storedConsentFromReceipt, decision.receipt, decision.chainHead, decision.config)
        : await code.storedConsent(decision);
    } catch (error) {
      this.callbacks.onStorageError(
        new StorageError('unavailable', `The decision cannot be remembered here: ${String(error)}`, 'write', error),
        this.decidedBy,
      );
      return;
    }
    const adapter = this.adapter;
    let superseded = false;
    const storage = this.storage;
    const error = await inTurn(storage, state.policy.id, this.writeOrder, async () => {
      // Another tab decided after this one and wrote first to the host's adapter (see acrossTabs): its decision
      // stands, here too (read once this ends).
      if (typeof storage !== 'string') {
        const device = state.chain ? await this.readOptions.device?.(state.policy.id).catch(() => null) : null;
        superseded = await holdsLaterDecision(adapter, state, device?.head ?? null);
      }
      return superseded ? null : saveConsent(adapter, state);
    });
    if (error) this.callbacks.onStorageError(error, this.decidedBy);
    else if (superseded) void this.reread(decision.config);
    else this.announce(decision.config);
  }

  /** "Forget everything": nothing is in force, the remembered decision is removed, other tabs hear of it. */
  async forget(config: ConsentConfig, source: 'visitor' | 'host'): Promise<void> {
    this.startWrite();
    try {
      this.enforce(null, 'forget');
      const adapter = this.adapter;
      const error = await inTurn(this.storage, config.policy.id, ++pageOrder, () =>
        forgetConsent(adapter, config.policy.id),
      );
      if (error) this.callbacks.onStorageError(error, source);
      this.announce(config, true);
    } finally {
      this.endWrite();
    }
  }

  /** The decision in force for one purpose: `true`, `false`, or `null` before any decision. */
  decision(purposeId: string): boolean | null {
    const decisions = this.decisions;
    // Only an id as given: an object's toString() could throw, or name a purpose it was not.
    if (!decisions || typeof purposeId !== 'string' || !Object.prototype.hasOwnProperty.call(decisions, purposeId))
      return null;
    return decisions[purposeId] === true;
  }

  /** Resolves once `purposeId` is granted; never on refusal (it keeps waiting for a later grant). */
  granted(purposeId: string): Promise<void> {
    if (this.decision(purposeId) === true) return Promise.resolve();
    return new Promise((resolve) => {
      const waiting = this.waiters.get(purposeId) ?? new Set();
      waiting.add(resolve);
      this.waiters.set(purposeId, waiting);
    });
  }

  subscribe(listener: (change: ConsentChange) => void): () => void {
    if (typeof listener !== 'function') {
      throw new ConsentError('invalid-argument', 'subscribe(listener): listener must be a function.', 'listener');
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Another tab's change, read again from storage (an event's own data is never trusted). */
  private async sync(change: unknown, byChannel = false): Promise<void> {
    const config = this.config;
    if (!config || !isSyncFor(change, config.policy.id)) return;
    // Another tab's BroadcastChannel message can outrun its write: Chromium hands over a localStorage write after
    // it (the old value then meets the new receipt chain and looks tampered), Firefox a cookie (none there yet, or
    // the old one). Read again a moment later, a few times, while what is read says nothing new.
    // Another tab forgot: a decision stored before now is the one it forgot, even where storage still shows it here
    // (Firefox hands a removed cookie over seconds late). Such a message can only end decisions, whoever posted it.
    const forgotAt = byChannel && isForgetMessage(change) ? Date.now() : undefined;
    await this.reread(config, byChannel ? LATE_WRITE_READS : 0, WITHDRAWAL_READS, forgotAt);
  }

  /**
   * Reads the stored decision again and puts it in force if it changed; the gate then follows what is in force.
   * `readsLeft`: how many more reads a result that says nothing new (the same decisions, none, or tampered) gets.
   */
  private async reread(
    config: ConsentConfig,
    readsLeft = 0,
    withdrawalReads = WITHDRAWAL_READS,
    forgotAt?: number,
  ): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.writing, new Promise((resolve) => (timer = setTimeout(resolve, WRITE_WAIT_MS)))]);
    clearTimeout(timer);
    const read = ++this.readsStarted;
    const made = this.decisionsMade;
    const stored = await recallConsent(this.adapter, config, this.readOptions);
    const recalled: RecalledConsent =
      forgotAt !== undefined && stored.state !== null && stored.state.time <= forgotAt
        ? { ...stored, state: null, error: null, reasons: [], decisions: null }
        : stored;
    // Only the latest read counts, and none that began before a decision made here: what it found predates that
    // decision (a slow storage, two tabs deciding at once), and once that decision's write was done nothing else
    // held it back, so an older decision, or a chain head it no longer matches ("tampered"), replaced it.
    if (this.config !== config || read !== this.readsStarted || made !== this.decisionsMade) return;
    // This tab's own decision is still being signed (a slow signer, another tab's lock): what storage holds was
    // decided before it, or is a state between two writes, so it must not replace the newer decision in force here.
    const pending = this.pendingSince;
    if (pending !== null && (recalled.state === null || recalled.state.time < pending)) return;
    // Another tab is storing a withdrawal: its grants end here at once, and its decision follows once its receipt
    // is signed. The rest stays in force meanwhile: the visitor is not asked again, and content still granted is
    // not unloaded and loaded again. (Ending a grant is all the mark can do, whoever wrote it.)
    const current = this.decisions;
    if (recalled.withdrawing && current && withdrawalReads > 0) {
      const ending = recalled.withdrawing.filter((id) => current[id] === true);
      if (ending.length > 0) {
        const next: Record<string, boolean> = { ...current };
        for (const id of ending) next[id] = false;
        this.enforce(Object.freeze(next), 'sync');
        this.withdrawalHeard = true;
      }
      await new Promise((resolve) => setTimeout(resolve, LATE_WRITE_MS));
      return this.reread(config, readsLeft, withdrawalReads - 1, forgotAt);
    }
    const same = JSON.stringify(recalled.decisions) === JSON.stringify(this.decisions);
    if (same && this.withdrawalHeard && recalled.state && !recalled.error) {
      // The decision a withdrawal's mark announced has been stored: what it ended is already in force here, and
      // the prompt now shows it, with its receipt.
      this.withdrawalHeard = false;
      void this.updateGate();
      this.callbacks.onSync(recalled);
      return;
    }
    // Nothing new yet (the same, none, or tampered: the write may be on its way), unless another tab forgot.
    const nothingNew = recalled.error?.code === 'tampered' || same || recalled.decisions === null;
    if (readsLeft > 0 && forgotAt === undefined && nothingNew) {
      await new Promise((resolve) => setTimeout(resolve, LATE_WRITE_MS));
      return this.reread(config, readsLeft - 1, withdrawalReads);
    }
    if (recalled.error) this.callbacks.onStorageError(recalled.error, 'sync');
    if (recalled.error?.code === 'unavailable' && !recalled.unchecked) {
      // Storage that cannot be reached says nothing new: what is in force stays (it holds for the page's
      // lifetime). A value that is there but tampered, unreadable or unchecked is no decision: the visitor is
      // asked again.
      void this.updateGate();
      return;
    }
    if (same) {
      void this.updateGate();
      return;
    }
    this.withdrawalHeard = false;
    this.enforce(recalled.decisions, 'sync');
    this.callbacks.onSync(recalled);
  }

  private enforce(decisions: Decisions | null, source: ConsentChange['source']): void {
    this.decisions = decisions;
    // Consent Mode first, synchronously: a gated tag that runs next must already see the new state.
    this.updateConsentMode(source === 'forget' ? 'visitor' : source);
    void this.updateGate();
    this.notify({ decisions, source });
    if (!decisions) return;
    for (const [purpose, waiting] of this.waiters) {
      if (decisions[purpose] !== true) continue;
      this.waiters.delete(purpose);
      for (const resolve of waiting) resolve();
    }
  }

  /**
   * The decisions in force end with their config: Google tags hear "denied" for what they granted, through the
   * config that granted it (a new config may map other types, or none). Whether any were in force.
   */
  private endDecisions(): boolean {
    const ended = this.decisions;
    this.decisions = null;
    if (ended && Object.values(ended).includes(true)) this.updateConsentMode('load');
    return ended !== null;
  }

  /** Tells the host's `subscribe()` listeners of a change. */
  private notify(change: ConsentChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        // A host's listener must not stop the others, nor the prompt.
        console.error(error);
      }
    }
  }

  private listen(config: ConsentConfig): void {
    this.channel?.close();
    this.channel = undefined;
    if (typeof BroadcastChannel === 'undefined') return;
    try {
      this.channel = new BroadcastChannel(channelName(config.policy.id));
      this.channel.addEventListener('message', this.onChannelMessage);
    } catch {
      // Sandboxed frames may refuse; storage events still reach other tabs for localStorage.
    }
  }

  private announce(config: ConsentConfig, forgot = false): void {
    try {
      this.channel?.postMessage({ ...syncMessage(config.policy.id, forgot), page: PAGE });
    } catch {
      // A closed channel: the storage event still tells other tabs using localStorage.
    }
  }

  /**
   * Loads the gate when the page has something gated, or once there is a decision (content added later then
   * still waits for its purpose). Before that, nothing gated can run: it is inert markup.
   */
  private prepareGate(): Promise<void> {
    const config = this.config;
    if (!config || !this.gatingEnabled || !this.connected) return Promise.resolve();
    const hasGated = document.querySelector('script[data-consent], iframe[data-consent]') !== null;
    if (!hasGated && !this.decisions) return Promise.resolve();
    if (!this.mayGate()) return Promise.resolve();
    const loading = (this.gateLoading ??= loadChunk(import('../gating/gate.js'), 'The gate')
      .then(({ createConsentGate }) => {
        // Only the load still wanted makes a gate: not one the prompt left, replaced (a new config, gating turned
        // off and on) or gave up to another prompt meanwhile, or it would run beside the gate that is in force.
        if (this.gateLoading !== loading || this.gate || !this.ownsGating() || this.config !== config) return;
        this.gate = createConsentGate({
          decisions: () => this.decisions,
          necessary: config.purposes.filter((purpose) => purpose.necessary).map((purpose) => purpose.id),
          purposes: config.purposes.map((purpose) => purpose.id),
          placeholder: this.placeholderOptions(),
          onRequestGrant: (id) => this.callbacks.onRequestGrant(id),
          onError: (error, element) => this.callbacks.onGateError(error, element),
        });
      })
      .catch((error: unknown) => {
        // The gate's code could not be loaded: what it holds back stays held back, so nothing runs that was not
        // granted; the host hears why, and the next update tries the load again.
        if (this.gateLoading === loading) this.gateLoading = undefined;
        const message = `The code that activates data-consent content could not be loaded (${describeError(error)}); that content stays held back.`;
        this.callbacks.onGateError(new ConsentError('chunk-load', message, 'data-consent'));
      }));
    return loading;
  }

  private placeholderOptions(): {
    texts: (id: string) => PlaceholderTexts;
    render?: (c: PlaceholderContext) => HTMLElement;
  } {
    const texts = (id: string) => this.callbacks.placeholderTexts(id);
    const custom = this.callbacks.placeholderRender();
    return custom ? { texts, render: custom } : { texts };
  }

  private async updateGate(): Promise<void> {
    await this.prepareGate();
    if (this.ownsGating()) this.gate?.update();
    else this.dropGate();
  }

  private ownsGating(): boolean {
    return this.connected && this.gatingEnabled && gatingQueue[0] === this && this.inThePage();
  }

  /** In the document the gate holds back (this window's), not moved into a frame's. */
  private inThePage(): boolean {
    return this.element.ownerDocument === document;
  }

  private updateConsentMode(source: DecisionSource): void {
    const config = this.config;
    if (!config?.consentMode) return;
    try {
      // After a withdrawal or "forget", tags go back to denied.
      updateConsentMode(config, this.decisions ?? {});
    } catch (error) {
      // The page's own tag code failing must not stop the decision from being shown, gated and remembered.
      this.callbacks.onConsentModeError(error, source);
    }
  }
}
