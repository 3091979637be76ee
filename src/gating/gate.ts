/**
 * Holding back: scripts and iframes that wait for consent.
 *
 * The page marks them up so the browser never runs or loads them:
 *
 *     <script type="text/plain" data-consent="analytics" src="/analytics.js"></script>
 *     <script type="text/plain" data-consent="analytics" nonce="...">startAnalytics();</script>
 *     <script type="text/plain" data-consent="offers" data-type="module" src="/offers.js"></script>
 *     <iframe data-consent="video" data-src="https://video.example/embed/1" width="560" height="315"></iframe>
 *
 * A {@link ConsentGate} activates each one once every purpose in its `data-consent` is granted.
 *
 * @module
 */
import { ConsentError } from '../core/errors.js';
import type { Decisions } from '../core/consent/decisions.js';
import {
  PlaceholderStyles,
  defaultPlaceholderTexts,
  renderDefaultPlaceholder,
  type PlaceholderContext,
  type PlaceholderOptions,
} from './placeholder.js';
import { gatedScript, gatedScriptURL } from './trusted-types.js';
import { isTrustedInput } from '../elements/trusted-input.js';

/** Attribute listing the purposes (space-separated ids) that must all be granted. */
export const GATE_ATTRIBUTE = 'data-consent';
/** Attribute the gate sets on gated elements: `blocked` or `activated`. */
export const GATE_STATE_ATTRIBUTE = 'data-consent-state';

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const SELECTOR = `script[${GATE_ATTRIBUTE}], iframe[${GATE_ATTRIBUTE}]`;
// Elements that load something and carry data-consent, which the gate cannot hold back: reported, never silent.
const UNGATED = ['img', 'video', 'audio', 'source', 'object', 'embed', 'link', 'frame', 'input', 'track']
  .map((tag) => `${tag}[${GATE_ATTRIBUTE}]`)
  .join(', ');
// Attributes of a gated script that are not copied to the script that runs.
const NOT_COPIED = new Set(['type', 'data-type', 'src', 'nonce', GATE_ATTRIBUTE, GATE_STATE_ATTRIBUTE]);

// Scripts run at most once per page, whichever gate activates them.
const activatedScripts = new WeakSet<HTMLScriptElement>();
// The gate whose queue holds a script not yet run: one that was replaced meanwhile lets go of it (see disconnect).
const queuedBy = new WeakMap<HTMLScriptElement, Gate>();
// The gates in force: scripts a replaced gate had queued go to the one that holds them now.
const liveGates = new Set<Gate>();
// External scripts a replaced gate put in the page and that may still be loading: the next gate's inline scripts
// wait for them too, as they would have behind the old gate.
let loadsLeftBehind: Promise<void>[] = [];
// Iframes a gate gave their src, known to every gate of the page (a new config's gate takes over from the old
// one). Not the state attribute: markup can carry data-consent-state="activated" of its own.
const activatedIframes = new WeakSet<HTMLIFrameElement>();

/** Options of {@link createConsentGate}. */
export interface ConsentGateOptions {
  /** Where gated elements are looked for and watched: a document, an element or a shadow root. Default `document`. */
  readonly root?: Document | Element | ShadowRoot;
  /**
   * The current decisions, read on every {@link ConsentGate.update} and for every element added later; `null` or
   * `undefined` before any decision, when nothing gated runs. A purpose is granted only when it is in the decisions
   * as `true`: ids that are not there (misspelt, unknown) stay blocked.
   */
  readonly decisions: () => Decisions | null | undefined;
  /**
   * Purposes processed on a legal basis other than consent (the config's `necessary` ones). They are never in the
   * decisions; they count as granted once there is a decision. Default none.
   */
  readonly necessary?: Iterable<string>;
  /**
   * Every purpose id there is (the config's, necessary ones included). A `data-consent` naming another (misspelt,
   * removed from the config) is reported (`gating-markup`, path `data-consent`) and its element stays blocked, with
   * no placeholder button for a purpose nobody can grant. Default: not checked.
   */
  readonly purposes?: Iterable<string>;
  /** How blocked iframes are shown; `false` for no placeholder (the empty iframe stays). Default: the built-in one. */
  readonly placeholder?: PlaceholderOptions | false;
  /**
   * The visitor asked, on a placeholder, to grant `purposeId` so that `element` can load. Called only for the
   * visitor's own (trusted) input. The gate grants nothing itself: record the decision, then call `update()`.
   */
  readonly onRequestGrant?: (purposeId: string, element: HTMLIFrameElement) => void;
  /**
   * Markup the gate cannot hold back as written, or a gated element it could not activate: a `ConsentError` with
   * code `gating-markup` (its `path` names the attribute at fault: `data-src`, `src`, `srcdoc`, `type`,
   * `data-type`, `nonce`, `data-consent`), `gating-failed` (a Trusted Types or CSP refusal) or
   * `invalid-placeholder`, once per element.
   * A script the CSP's `script-src` refuses (an inline one without the page's nonce or hash, an external one from an
   * origin it does not allow) is reported once the browser refuses it, with the script the gate put in the page in
   * place of the gated one as `element` and the `securitypolicyviolation` event as the error's `cause`.
   * Default `console.error`.
   */
  readonly onError?: (error: ConsentError, element: Element) => void;
  /**
   * Activate only gated scripts whose nonce is this one. Needed when the CSP uses `'strict-dynamic'`, which trusts
   * every script that a trusted script inserts: without it, markup injected into the page as a gated script would
   * run once its purpose is granted.
   */
  readonly requireNonce?: string;
}

/** What one {@link ConsentGate.update} changed. */
export interface ConsentGateUpdate {
  /** Scripts queued to run and iframes given their `src`, in document order. */
  readonly activated: readonly Element[];
  /** Iframes sent back to their placeholder because a purpose they need is no longer granted. */
  readonly blocked: readonly HTMLIFrameElement[];
  /**
   * Purposes no longer granted whose scripts this gate already ran. A running script cannot be unloaded: suggest
   * that the visitor reload the page to stop it.
   */
  readonly stillRunning: readonly string[];
}

/** A running gate; see {@link createConsentGate}. */
export interface ConsentGate {
  /** Applies the current decisions: activates what is now granted, blocks iframes again after a withdrawal. */
  update(): ConsentGateUpdate;
  /** Resolves once every script activated so far has run (or failed to load). */
  settled(): Promise<void>;
  /**
   * Stops watching, removes the placeholders and styles it added. Scripts queued but not yet run are let go (marked
   * `blocked`): the gate made next for that root, or one already in force there, runs them in document order.
   */
  disconnect(): void;
}

/**
 * Starts holding back the gated scripts and iframes under `root` until their purposes are granted.
 *
 * - Scripts: `<script type="text/plain" data-consent="...">`, inline or with `src`. When granted, a fresh
 *   `<script>` replaces it (changing `type` would not run it), with every attribute but `type` and `data-consent`
 *   (so `integrity`, `crossorigin`, `referrerpolicy` carry over), the nonce, and `data-type` as its real type
 *   (e.g. `module`). Scripts run once, in document order: external ones keep their order (`async = false`, unless
 *   the markup says `async`), and an inline one waits for the external ones before it. Inline modules, as when
 *   parsed, are deferred: they run after the external scripts before them, not before later inline classic ones.
 * - Iframes: `<iframe data-consent="..." data-src="...">`. When granted, `data-src` (an http(s) address) becomes
 *   `src`; while blocked, a placeholder says what is blocked and offers to grant just that purpose. One that also
 *   has `srcdoc`, or `src` from the markup, loaded at once: it is unloaded, held back and reported. The gate loads
 *   and unloads an iframe through a new frame (the element is taken out and put back where it was), so that the
 *   browser's session history never brings the page back into it; a blocked iframe that shows a page anyway (the
 *   browser restored the frame's last address from an older visit, or a script navigated it) is unloaded at once.
 * - Elements of other kinds with `data-consent` (images, video, objects) cannot be held back: they are reported.
 * - Elements added later, also deep inside added subtrees, are handled as they appear.
 * - After a withdrawal, what has not run stays blocked (an external script still loading is stopped before it runs)
 *   and iframes lose their `src` (their page is unloaded and the placeholder comes back) without adding to the tab's
 *   history: Back leaves the page, it does not reload the embed. Scripts that already ran cannot be stopped: see
 *   {@link ConsentGateUpdate.stillRunning}.
 *
 * Under `require-trusted-types-for 'script'` the CSP must allow the policy `unticked-gate` (see `GATE_POLICY_NAME`).
 * Use one gate per root.
 */
export function createConsentGate(options: ConsentGateOptions): ConsentGate {
  return new Gate(options);
}

/** A script the gate put in the page in place of a gated one, watched until the browser runs or refuses it. */
interface InsertedScript {
  readonly purposes: readonly string[];
  /** For an external script: its address as a CSP violation names it. */
  readonly address: string | undefined;
  /** For an external script: the CSP violation that named its address; its `error` event confirms it was its own. */
  violation: SecurityPolicyViolationEvent | undefined;
}

interface Placeholder {
  readonly element: HTMLElement;
  readonly key: string;
  readonly hid: boolean;
}

// The types a browser runs a <script> of (HTML's JavaScript MIME type essences, modules, import maps): with
// any other, it never runs.
const SCRIPT_TYPES = new Set(
  (
    ' module importmap speculationrules application/ecmascript application/javascript application/x-ecmascript ' +
    'application/x-javascript text/ecmascript text/javascript text/javascript1.0 text/javascript1.1 ' +
    'text/javascript1.2 text/javascript1.3 text/javascript1.4 text/javascript1.5 text/jscript text/livescript ' +
    'text/x-ecmascript text/x-javascript'
  ).split(' '),
);

// Types a `nomodule` attribute does not stop: it skips classic scripts only.
const MODULE_TYPES = new Set(['module', 'importmap', 'speculationrules']);

function runsAsScript(type: string | null): boolean {
  return type === null || SCRIPT_TYPES.has(type.trim().toLowerCase());
}

// Ids are separated by ASCII whitespace only, as HTML's token lists are: "offers\uFEFF" is not "offers".
const ID_SEPARATOR = /[\t\n\f\r ]+/;

function purposesOf(element: Element): readonly string[] {
  return [...new Set((element.getAttribute(GATE_ATTRIBUTE) ?? '').split(ID_SEPARATOR).filter(Boolean))];
}

/** Whether `url`, resolved against the element's document, is an http(s) address: the only kind an iframe gets. */
function isWebUrl(url: string, element: Element): boolean {
  try {
    const { protocol } = new URL(url, element.ownerDocument.baseURI);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function isGatedScript(script: HTMLScriptElement): boolean {
  return (script.getAttribute('type') ?? '').trim().toLowerCase() === 'text/plain';
}

/**
 * Whether the frame shows nothing: its document is the empty `about:blank`. One whose document cannot be read has
 * left it for another origin (or is sandboxed without `allow-same-origin`, when nothing can tell).
 */
/** How long after a frame is renewed empty its empty document's load may come. */
const EMPTY_LOAD_MS = 1000;

function showsNothing(iframe: HTMLIFrameElement): boolean {
  return iframe.contentDocument?.URL === 'about:blank';
}

/**
 * Whether the document was loaded by a history traversal or a reload: then browsers give the frames the parser
 * creates the address they last showed (from session history), before any script runs.
 */
function restoresFrames(doc: Document | null): boolean {
  const view = doc?.defaultView;
  const entry = view?.performance?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.type === 'back_forward' || entry?.type === 'reload';
}

/**
 * The address a CSP violation names (its `blockedURI`) for a script loaded from `url`: browsers report it without
 * the fragment and the credentials.
 */
function reportedAddress(url: string): string {
  try {
    const address = new URL(url);
    address.hash = '';
    address.username = '';
    address.password = '';
    return address.href;
  } catch {
    return url;
  }
}

/**
 * Whether the violation is the CSP refusing to run a script element (`script-src`, `script-src-elem`), under a
 * policy that is enforced: a report-only one lets the script run.
 */
function refusesScript(event: SecurityPolicyViolationEvent): boolean {
  const directive = event.effectiveDirective || event.violatedDirective;
  return event.disposition !== 'report' && (directive === 'script-src' || directive === 'script-src-elem');
}

/** Ends the wait for a script's load that will not come (see `stopWithdrawnLoads`). */
const giveUpWaiting = new WeakMap<HTMLScriptElement, () => void>();

function whenDone(script: HTMLScriptElement): Promise<void> {
  return new Promise((resolve) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => resolve(), { once: true });
    giveUpWaiting.set(script, resolve);
  });
}

class Gate implements ConsentGate {
  private readonly root: Document | Element | ShadowRoot;
  private readonly options: ConsentGateOptions;
  private readonly necessary: ReadonlySet<string>;
  private readonly known: ReadonlySet<string> | undefined;
  private readonly observer: MutationObserver;
  private readonly styles = new PlaceholderStyles();
  private readonly placeholders = new Map<HTMLIFrameElement, Placeholder>();
  // Scripts this gate ran, with their purposes, to tell which are still running after a withdrawal.
  private readonly ran: (readonly string[])[] = [];
  // Elements already reported to onError, so each is reported once.
  private readonly reported = new WeakSet<Element>();
  // Blocked iframes whose loads this gate watches; the listeners go with `disconnect`.
  private readonly watched = new WeakSet<HTMLIFrameElement>();
  private readonly listening = new AbortController();
  // Scripts this gate put in the page, so that a CSP refusal of one of them (and only of them) is reported.
  private readonly inserted = new WeakMap<HTMLScriptElement, InsertedScript>();
  // External scripts among them not yet loaded or refused: the CSP names a blocked one by its address only.
  private readonly loading = new Set<HTMLScriptElement>();
  // The blocked element each of those replaced, put back if its purpose is withdrawn before it runs.
  private readonly replaced = new WeakMap<HTMLScriptElement, HTMLScriptElement>();
  private watchingViolations = false;
  // The iframe being given a new frame: its empty frame's load, fired as it is put back, is the gate's own.
  private renewing: HTMLIFrameElement | undefined;
  /** Frames renewed empty whose empty document's load is still to come, with when (see `onBlockedLoad`). */
  private readonly emptyLoadDue = new WeakMap<HTMLIFrameElement, number>();
  private readonly restoresFrames: boolean;
  private queue: Promise<void> = Promise.resolve();
  // External scripts inserted in order and not yet run: an inline script waits for them.
  private inFlight: Promise<void>[] = [];
  private connected = true;

  constructor(options: ConsentGateOptions) {
    this.options = options;
    this.root = options.root ?? document;
    this.necessary = new Set(options.necessary ?? []);
    this.known = options.purposes ? new Set(options.purposes) : undefined;
    liveGates.add(this);
    this.inFlight = loadsLeftBehind;
    loadsLeftBehind = [];
    const doc = this.root.nodeType === Node.DOCUMENT_NODE ? (this.root as Document) : this.root.ownerDocument;
    const view = (doc?.defaultView ?? window) as Window & typeof globalThis;
    this.restoresFrames = restoresFrames(doc);
    this.observer = new view.MutationObserver((records) => this.onMutations(records));
    // `data-consent` changed on an element in place counts too: an iframe a page script moves to a purpose not
    // granted is unloaded, as on a withdrawal.
    this.observer.observe(this.root, { childList: true, subtree: true, attributeFilter: [GATE_ATTRIBUTE] });
    this.update();
  }

  update(): ConsentGateUpdate {
    const activated: Element[] = [];
    const blocked: HTMLIFrameElement[] = [];
    if (this.connected) {
      this.stopWithdrawnLoads();
      for (const element of this.root.querySelectorAll(SELECTOR)) this.apply(element, activated, blocked);
      for (const element of this.root.querySelectorAll(UNGATED)) this.reportUngated(element);
    }
    return { activated, blocked, stillRunning: this.stillRunning() };
  }

  async settled(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.queue;
      await seen;
      await Promise.all(this.inFlight);
    } while (seen !== this.queue);
  }

  disconnect(): void {
    if (!this.connected) return;
    this.connected = false;
    liveGates.delete(this);
    loadsLeftBehind.push(...this.inFlight);
    // What it queued and has not run is the next gate's, in document order with the rest (a new config's gate finds
    // it on its first update; a gate already in force is handed it here).
    const queued = [...this.root.querySelectorAll<HTMLScriptElement>('script')].filter(
      (script) => queuedBy.get(script) === this,
    );
    for (const script of queued) {
      queuedBy.delete(script);
      activatedScripts.delete(script);
      script.setAttribute(GATE_STATE_ATTRIBUTE, 'blocked');
    }
    const takers = new Set(queued.map((script) => [...liveGates].find((gate) => gate.holds(script))));
    for (const gate of takers) gate?.update();
    this.observer.disconnect();
    this.listening.abort();
    this.loading.clear();
    for (const iframe of [...this.placeholders.keys()]) this.removePlaceholder(iframe);
    this.styles.release();
  }

  private granted(purposes: readonly string[]): boolean {
    const decisions = this.options.decisions();
    if (!decisions || purposes.length === 0) return false;
    return purposes.every(
      (id) =>
        (Object.prototype.hasOwnProperty.call(decisions, id) && decisions[id] === true) ||
        // Necessary purposes count only once there is a decision: before it, nothing gated runs.
        this.necessary.has(id),
    );
  }

  /**
   * External scripts put in the page and still loading whose purpose is no longer granted: moved to a document of
   * their own, where the browser does not run them (a script runs only in the document it was prepared in), and
   * the blocked element put back, so that they run only after a later grant, like any that never ran.
   */
  private stopWithdrawnLoads(): void {
    for (const fresh of [...this.loading]) {
      const inserted = this.inserted.get(fresh);
      const original = this.replaced.get(fresh);
      if (!inserted || !original || this.granted(inserted.purposes)) continue;
      this.loading.delete(fresh);
      this.inserted.delete(fresh);
      this.neverRan(inserted);
      activatedScripts.delete(original);
      original.setAttribute(GATE_STATE_ATTRIBUTE, 'blocked');
      if (fresh.isConnected) fresh.replaceWith(original);
      fresh.ownerDocument.implementation.createHTMLDocument('').adoptNode(fresh);
      // What waits for its load (inline scripts behind it, `settled()`) goes on: it will not come. No event is
      // fired on it: the page's own onerror would take the withdrawal for a failed load.
      giveUpWaiting.get(fresh)?.();
    }
  }

  /** A script counted as run that never did: it is no reason to reload after a withdrawal. */
  private neverRan(inserted: InsertedScript): void {
    const index = this.ran.indexOf(inserted.purposes);
    if (index >= 0) this.ran.splice(index, 1);
  }

  private stillRunning(): string[] {
    const withdrawn = new Set<string>();
    for (const purposes of this.ran) {
      for (const id of purposes) if (!this.granted([id])) withdrawn.add(id);
    }
    return [...withdrawn];
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.connected) return;
    const found: Element[] = [];
    for (const record of records) {
      if (record.type === 'attributes') {
        const target = record.target as Element;
        if (target.matches(SELECTOR)) found.push(target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if (element.matches(SELECTOR)) found.push(element);
        found.push(...element.querySelectorAll(SELECTOR));
        if (element.matches(UNGATED)) this.reportUngated(element);
        for (const ungated of element.querySelectorAll(UNGATED)) this.reportUngated(ungated);
      }
      for (const node of record.removedNodes) {
        // A blocked iframe taken out of the page takes its placeholder with it.
        for (const [iframe] of this.placeholders) {
          if (!iframe.isConnected && (node === iframe || node.contains(iframe))) this.removePlaceholder(iframe);
        }
      }
    }
    const unique = [...new Set(found)].filter((element) => element.isConnected);
    // Document order, as if the page had been parsed with them in place.
    unique.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    for (const element of unique) this.apply(element, [], []);
  }

  private apply(element: Element, activated: Element[], blocked: HTMLIFrameElement[]): void {
    // An SVG <script> matches the selector too; it runs at once, whatever its type says, if it runs at all.
    if (element.namespaceURI !== HTML_NAMESPACE) return this.reportUngated(element);
    const unknown = this.known ? purposesOf(element).filter((id) => !this.known?.has(id)) : [];
    if (unknown.length > 0) {
      this.report(
        element,
        'gating-markup',
        GATE_ATTRIBUTE,
        `${GATE_ATTRIBUTE} names ${unknown.map((id) => JSON.stringify(id)).join(', ')}, which the config has no ` +
          'purpose for: nothing can grant it, so this element stays blocked.',
      );
    }
    const tag = element.localName;
    if (tag === 'script') this.applyScript(element as HTMLScriptElement, activated);
    else if (tag === 'iframe') this.applyIframe(element as HTMLIFrameElement, activated, blocked);
  }

  /** `data-consent` on an element no gate can hold back (an image, a video, an object...): it loaded at once. */
  private reportUngated(element: Element): void {
    this.report(
      element,
      'gating-markup',
      GATE_ATTRIBUTE,
      `Only scripts and iframes can be held back by ${GATE_ATTRIBUTE}; this <${element.localName}> loaded at once.`,
    );
  }

  /** Tells the host, once per element, with a typed error naming the attribute at fault. */
  private report(
    element: Element,
    code: 'gating-markup' | 'gating-failed' | 'invalid-placeholder',
    path: string,
    message: string,
    cause?: unknown,
  ): void {
    if (this.reported.has(element)) return;
    this.reported.add(element);
    const error = new ConsentError(code, message, path, cause === undefined ? undefined : { cause });
    if (this.options.onError) this.options.onError(error, element);
    else console.error(error, element);
  }

  // ---- scripts ----------------------------------------------------------------------------------------------

  private applyScript(script: HTMLScriptElement, activated: Element[]): void {
    if (activatedScripts.has(script)) return;
    if (!isGatedScript(script)) {
      const type = script.getAttribute('type');
      this.report(
        script,
        'gating-markup',
        'type',
        runsAsScript(type)
          ? `A script with ${GATE_ATTRIBUTE} needs type="text/plain" to be held back; one of a script type runs ` +
              'when it is put in the page (retyped after that, it never runs, not even once its purposes are granted).'
          : `A script with ${GATE_ATTRIBUTE} needs type="text/plain" exactly to be held back; type="${type}" is no ` +
              'script type, so it never runs, not even once its purposes are granted.',
      );
      return;
    }
    const realType = script.getAttribute('data-type');
    // An inline one is a data block (JSON, say), put in the page as the parser keeps it; an external one of such a
    // type is never even fetched.
    if (!runsAsScript(realType) && script.hasAttribute('src')) {
      this.report(
        script,
        'gating-markup',
        'data-type',
        `data-type="${realType}" is no script type a browser runs (parameters such as "; charset" included), so ` +
          'this script would never load; leave data-type out for a classic script, or write data-type="module".',
      );
      if (script.getAttribute(GATE_STATE_ATTRIBUTE) !== 'blocked') script.setAttribute(GATE_STATE_ATTRIBUTE, 'blocked');
      return;
    }
    const purposes = purposesOf(script);
    if (!this.granted(purposes)) {
      if (script.getAttribute(GATE_STATE_ATTRIBUTE) !== 'blocked') script.setAttribute(GATE_STATE_ATTRIBUTE, 'blocked');
      return;
    }
    if (this.options.requireNonce !== undefined && script.nonce !== this.options.requireNonce) {
      this.report(
        script,
        'gating-markup',
        'nonce',
        'This gated script does not carry the required nonce; it stays blocked.',
      );
      return;
    }
    // Marked now, so that no later update or mutation queues it again.
    activatedScripts.add(script);
    queuedBy.set(script, this);
    script.setAttribute(GATE_STATE_ATTRIBUTE, 'activated');
    activated.push(script);
    this.queue = this.queue.then(() => this.runScript(script));
  }

  private async runScript(original: HTMLScriptElement, deferred = false): Promise<void> {
    // Handed to the gate in force when this one was replaced.
    if (queuedBy.get(original) !== this) return;
    const external = original.hasAttribute('src');
    // An inline module is deferred, as when parsed: put in the page after the scripts queued behind it, since a
    // browser may run it at once (Firefox ESR 140.12 ran one before the inline classic script inserted next).
    if (!external && !deferred && original.getAttribute('data-type')?.trim().toLowerCase() === 'module') {
      this.queue = this.queue.then(() => this.runScript(original, true));
      return;
    }
    // Inline classic scripts run the moment they are inserted, and an inline module as soon as its (empty) module
    // graph is ready (Firefox runs it before an external script still loading): let the external ones before them
    // run first.
    if (!external && this.inFlight.length > 0) {
      await Promise.all(this.inFlight);
      this.inFlight = [];
    }
    if (queuedBy.get(original) !== this) return;
    queuedBy.delete(original);
    // Read again: a page script may have moved it to another purpose while it waited.
    const purposes = purposesOf(original);
    if (!this.connected || !original.isConnected || !this.granted(purposes)) {
      // Withdrawn (or taken away, or moved to a purpose not granted) while waiting: it never ran, so it may run
      // after a later grant.
      activatedScripts.delete(original);
      if (original.isConnected) original.setAttribute(GATE_STATE_ATTRIBUTE, 'blocked');
      return;
    }
    let fresh: HTMLScriptElement;
    try {
      fresh = this.copyScript(original);
    } catch (error) {
      this.report(
        original,
        'gating-failed',
        'script',
        'A gated script could not be activated (is the Trusted Types policy allowed?).',
        error,
      );
      return;
    }
    // A browser that runs modules skips a classic `nomodule` script, as the parser would: no `load` to wait for.
    if (fresh.noModule && !MODULE_TYPES.has((fresh.getAttribute('type') ?? '').trim().toLowerCase())) {
      original.replaceWith(fresh);
      return;
    }
    // Only external scripts fire `load`; inline modules are deferred by nature, as they are when parsed.
    const done = external ? whenDone(fresh) : undefined;
    this.watchRefusal(original, fresh, purposes);
    this.replaced.set(fresh, original);
    original.replaceWith(fresh);
    this.ran.push(purposes);
    if (done && !original.hasAttribute('async')) this.inFlight.push(done);
  }

  /** Whether this gate is in force where `script` is. */
  holds(script: HTMLScriptElement): boolean {
    return this.connected && this.root.contains(script);
  }

  /**
   * Watches a script about to be put in the page for the CSP's refusal (an inline one without the page's nonce or
   * hash, an external one from an origin `script-src` does not allow). The browser does not throw: it fires a
   * `securitypolicyviolation` event, whose target is the script when inline and the document when external (then
   * only the address names it, and the script's `error` event confirms it was this one that was refused).
   */
  private watchRefusal(original: HTMLScriptElement, fresh: HTMLScriptElement, purposes: readonly string[]): void {
    if (!this.watchingViolations) {
      this.watchingViolations = true;
      const onViolation = (event: Event) => this.onViolation(event as SecurityPolicyViolationEvent);
      const options = { capture: true, signal: this.listening.signal };
      // The root too: from the document, a script inside a closed shadow root cannot be seen as the target.
      const doc = original.ownerDocument;
      doc.addEventListener('securitypolicyviolation', onViolation, options);
      if (this.root !== doc) this.root.addEventListener('securitypolicyviolation', onViolation, options);
    }
    const external = fresh.hasAttribute('src');
    this.inserted.set(fresh, {
      purposes,
      address: external ? reportedAddress(fresh.src) : undefined,
      violation: undefined,
    });
    if (!external) return;
    this.loading.add(fresh);
    const signal = this.listening.signal;
    fresh.addEventListener('load', () => this.loading.delete(fresh), { once: true, signal });
    fresh.addEventListener(
      'error',
      () => {
        this.loading.delete(fresh);
        const violation = this.inserted.get(fresh)?.violation;
        if (violation) this.reportRefusal(fresh, violation);
      },
      { once: true, signal },
    );
  }

  private onViolation(event: SecurityPolicyViolationEvent): void {
    // Only the browser's own reports: an event a script made up refuses nothing.
    if (!this.connected || !event.isTrusted || !refusesScript(event)) return;
    const target = event.composedPath()[0] as HTMLScriptElement | undefined;
    const script = target && this.inserted.get(target);
    if (script && target) {
      if (script.address === undefined) this.reportRefusal(target, event);
      else script.violation = event;
      return;
    }
    for (const fresh of this.loading) {
      const inserted = this.inserted.get(fresh);
      if (inserted && inserted.address === reportedAddress(event.blockedURI)) inserted.violation = event;
    }
  }

  private reportRefusal(fresh: HTMLScriptElement, violation: SecurityPolicyViolationEvent): void {
    const inserted = this.inserted.get(fresh);
    if (!inserted) return;
    this.inserted.delete(fresh);
    this.neverRan(inserted);
    this.report(
      fresh,
      'gating-failed',
      'script',
      inserted.address === undefined
        ? "The page's Content Security Policy refused a gated inline script (does it carry the page's nonce or hash?)."
        : `The page's Content Security Policy refused the gated script ${inserted.address} (is its origin allowed?).`,
      violation,
    );
  }

  private copyScript(original: HTMLScriptElement): HTMLScriptElement {
    const doc = original.ownerDocument;
    const win = doc.defaultView ?? window;
    const fresh = doc.createElement('script');
    for (const attribute of original.attributes) {
      if (NOT_COPIED.has(attribute.name)) continue;
      // Event handler attributes are script too: under Trusted Types they need the policy.
      const value = attribute.name.startsWith('on') ? gatedScript(win, attribute.value) : attribute.value;
      fresh.setAttributeNS(attribute.namespaceURI, attribute.name, value);
    }
    const type = original.getAttribute('data-type');
    if (type !== null) fresh.setAttribute('type', type);
    // Browsers hide the nonce attribute from the DOM; the property still has it.
    if (original.nonce) fresh.nonce = original.nonce;
    // Scripts created by script run as soon as they can; the parser would have run them in order.
    if (!original.hasAttribute('async')) fresh.async = false;
    const src = original.getAttribute('src');
    if (src !== null) fresh.setAttribute('src', gatedScriptURL(win, src));
    else fresh.text = gatedScript(win, original.text);
    return fresh;
  }

  // ---- iframes ----------------------------------------------------------------------------------------------

  private applyIframe(iframe: HTMLIFrameElement, activated: Element[], blocked: HTMLIFrameElement[]): void {
    const purposes = purposesOf(iframe);
    const granted = this.granted(purposes);
    const activatedHere = activatedIframes.has(iframe);
    // Withdrawn first, whatever else changed since (data-src edited or removed): what a gate loaded is unloaded.
    let unloaded = false;
    if (activatedHere && !granted) {
      activatedIframes.delete(iframe);
      iframe.setAttribute(GATE_STATE_ATTRIBUTE, 'blocked');
      this.renewFrame(iframe, null);
      unloaded = true;
      blocked.push(iframe);
    }
    const url = iframe.getAttribute('data-src');
    if (url === null) {
      if (!activatedHere && (iframe.hasAttribute('src') || iframe.hasAttribute('srcdoc'))) {
        this.report(
          iframe,
          'gating-markup',
          'data-src',
          `An iframe with ${GATE_ATTRIBUTE} needs data-src, not src or srcdoc, to be held back; this one loaded.`,
        );
      }
      return;
    }
    // Markup that also gives srcdoc, or src beside data-src, loaded at once: unload it and hold it back like the
    // rest, and tell the host.
    if (iframe.hasAttribute('srcdoc') || (iframe.hasAttribute('src') && !activatedIframes.has(iframe))) {
      this.report(
        iframe,
        'gating-markup',
        iframe.hasAttribute('srcdoc') ? 'srcdoc' : 'src',
        `An iframe with ${GATE_ATTRIBUTE} and data-src must not have src or srcdoc: it loaded before any decision, ` +
          'so it was unloaded and is held back.',
      );
      activatedIframes.delete(iframe);
      this.renewFrame(iframe, null);
      unloaded = true;
    }
    if (!isWebUrl(url, iframe)) {
      // javascript:, data: and the like would run in or for the page once granted; only web pages are embedded.
      this.report(
        iframe,
        'gating-markup',
        'data-src',
        `The data-src of an iframe with ${GATE_ATTRIBUTE} must be an http(s) address; it stays blocked.`,
      );
      if (activatedIframes.has(iframe)) {
        activatedIframes.delete(iframe);
        this.renewFrame(iframe, null);
        unloaded = true;
      }
      if (iframe.getAttribute(GATE_STATE_ATTRIBUTE) !== 'blocked') iframe.setAttribute(GATE_STATE_ATTRIBUTE, 'blocked');
      this.keepEmpty(iframe, unloaded);
      return;
    }
    if (granted) {
      if (activatedIframes.has(iframe) && iframe.getAttribute('src') === url) return;
      this.removePlaceholder(iframe);
      activatedIframes.add(iframe);
      iframe.setAttribute(GATE_STATE_ATTRIBUTE, 'activated');
      this.renewFrame(iframe, url);
      activated.push(iframe);
      return;
    }
    if (iframe.getAttribute(GATE_STATE_ATTRIBUTE) !== 'blocked') iframe.setAttribute(GATE_STATE_ATTRIBUTE, 'blocked');
    this.keepEmpty(iframe, unloaded);
    this.showPlaceholder(iframe, purposes);
  }

  /**
   * Gives the iframe a new frame, empty (`url` null) or loading `url`: the element is taken out of the page and put
   * back where it was. It stays the same element, so references to it, its listeners and a framework's hold on it
   * keep working; observers of the page see it removed and added.
   *
   * Setting or removing `src` would navigate the frame it has, whose session history the browser keeps. Removing it
   * adds an entry to the tab's history (Back then loads the embed again, into a frame the gate calls blocked). And a
   * frame the parser created gets its last address back from session history when the visitor returns to the page
   * (Back; in Firefox also a reload), before any script can run. A frame created by script is never restored that
   * way (Chromium gives it a unique name no parsed frame matches, Firefox does not restore dynamically added ones),
   * and a frame removed from the page takes its history with it: Firefox drops its entries, Chromium keeps the
   * entries the embedded page added by navigating itself, as steps that load nothing.
   */
  private renewFrame(iframe: HTMLIFrameElement, url: string | null): void {
    const parent = iframe.parentNode;
    const next = iframe.nextSibling;
    this.renewing = iframe;
    if (url === null) this.emptyLoadDue.set(iframe, performance.now());
    try {
      iframe.remove();
      iframe.removeAttribute('srcdoc');
      if (url === null) iframe.removeAttribute('src');
      else iframe.setAttribute('src', url);
      parent?.insertBefore(iframe, next);
    } finally {
      this.renewing = undefined;
    }
  }

  /**
   * Keeps a blocked iframe empty: whatever loads in it is unloaded at once. A browser that restores the frame's last
   * address from session history (a page left with the frame loaded by an older version, or by a script that
   * navigated it) requests it while parsing the page, before the gate exists: when the page was loaded that way,
   * the frame is renewed on first sight, which stops such a request before its page shows if it is still on its way.
   */
  private keepEmpty(iframe: HTMLIFrameElement, unloaded: boolean): void {
    if (this.watched.has(iframe)) return;
    this.watched.add(iframe);
    iframe.addEventListener('load', () => this.onBlockedLoad(iframe), { signal: this.listening.signal });
    if (!unloaded && (this.restoresFrames || !showsNothing(iframe))) this.renewFrame(iframe, null);
  }

  private onBlockedLoad(iframe: HTMLIFrameElement): void {
    // The empty document of a frame just renewed loads during the renewal (Chromium) or just after it (Firefox ESR
    // 140.12): where the gate cannot look into the frame (sandboxed: an opaque origin), that load is not a page, and
    // renewing again would loop. Only the one load, and only soon after: a later one is a page.
    // A frame the gate can look into says itself whether it is empty.
    const due = this.emptyLoadDue.get(iframe);
    this.emptyLoadDue.delete(iframe);
    if (iframe === this.renewing) return;
    // A bare `sandbox` (no tokens: the strictest) is as opaque as one without allow-same-origin.
    const opaque = iframe.hasAttribute('sandbox') && !iframe.sandbox.contains('allow-same-origin');
    if (opaque && due !== undefined && performance.now() - due < EMPTY_LOAD_MS) return;
    if (!this.connected || activatedIframes.has(iframe) || showsNothing(iframe)) return;
    if (iframe.getAttribute(GATE_STATE_ATTRIBUTE) !== 'blocked' || !iframe.isConnected) return;
    this.renewFrame(iframe, null);
  }

  private showPlaceholder(iframe: HTMLIFrameElement, purposes: readonly string[]): void {
    const setting = this.options.placeholder;
    if (setting === false) return;
    const grantable = this.known ? purposes.filter((id) => this.known?.has(id)) : purposes;
    const missing = grantable.filter((id) => !this.granted([id]));
    const ids = missing.length > 0 ? missing : grantable;
    // Only purposes nobody can grant (reported): no button that could never do anything.
    if (ids.length === 0 && purposes.length > 0) return this.removePlaceholder(iframe);
    // The built-in placeholder's words are part of what it shows: in another language (the prompt's words loaded
    // late, or the visitor chose another), it is drawn again.
    const texts = setting?.texts ?? defaultPlaceholderTexts;
    const words = setting?.render ? '' : JSON.stringify(ids.map((id) => texts(id)));
    const key = `${ids.join(' ')}\u0000${words}`;
    const current = this.placeholders.get(iframe);
    // Kept only where it still stands just before its iframe: an iframe moved elsewhere gets it back beside it.
    if (current && current.key === key && current.element.isConnected && current.element.nextSibling === iframe) return;
    const hid = current ? current.hid : !iframe.hidden;
    if (current) current.element.remove();
    const context: PlaceholderContext = {
      element: iframe,
      purposes: ids,
      requestGrant: (purposeId, event) => {
        // Only the visitor's own input may ask; a script's click() or dispatchEvent() is not trusted.
        // React hands its listeners a wrapper with the browser's event as `nativeEvent`.
        const trusted =
          isTrustedInput(event) || isTrustedInput((event as { nativeEvent?: Event } | undefined)?.nativeEvent as Event);
        if (!trusted || !context.purposes.includes(purposeId) || !this.connected) return;
        this.options.onRequestGrant?.(purposeId, iframe);
      },
    };
    this.styles.adoptFor(iframe);
    const element =
      this.customPlaceholder(setting?.render, context) ??
      renderDefaultPlaceholder(context, texts, this.styles.sizeFor(iframe));
    iframe.before(element);
    iframe.hidden = true;
    this.placeholders.set(iframe, { element, key, hid });
  }

  /**
   * The host's placeholder, or `undefined` (the built-in one is shown) when its function throws or returns
   * something other than an element: the iframe stays held back either way, and the host hears why.
   */
  private customPlaceholder(
    render: PlaceholderOptions['render'],
    context: PlaceholderContext,
  ): HTMLElement | undefined {
    if (!render) return undefined;
    let element: unknown;
    try {
      element = render(context);
    } catch (error) {
      this.report(
        context.element,
        'invalid-placeholder',
        'placeholder',
        'The placeholder function threw; the built-in placeholder is shown.',
        error,
      );
      return undefined;
    }
    const view = context.element.ownerDocument.defaultView;
    if (view && element instanceof view.HTMLElement && !element.isConnected) return element;
    this.report(
      context.element,
      'invalid-placeholder',
      'placeholder',
      'The placeholder function must return a new element (not yet in the page); the built-in placeholder is shown.',
    );
    return undefined;
  }

  private removePlaceholder(iframe: HTMLIFrameElement): void {
    const current = this.placeholders.get(iframe);
    if (!current) return;
    current.element.remove();
    if (current.hid) iframe.hidden = false;
    this.placeholders.delete(iframe);
  }
}
