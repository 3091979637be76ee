import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { TOptions } from 'i18next';
import { property, state, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ConsentConfig, PurposeConfig } from '../../core/config/types.js';
import { validateConfig, parseConfigJson, isPreTickingName } from '../../core/config/validate.js';
import type { ConfigProblem } from '../../core/config/problems.js';
import {
  applyAction,
  coveredByAcceptAll,
  initialDecisions,
  optionalPurposes,
  type DecisionAction,
  type DecisionSource,
  type Decisions,
} from '../../core/consent/decisions.js';
import { ConsentError, describeError } from '../../core/errors.js';
import { matchLanguage, languageDirection, sameLanguage, type LanguageMatch } from '../../core/i18n/resolve.js';
import {
  copyStringOverrides,
  overridesLeaningKeys,
  validateStrings,
  type StringOverrides,
  type StringsProblem,
} from '../../core/i18n/strings.js';
import { en, SHIPPED_LOCALES } from '../../locales/index.js';
import { formatDuration } from '../../core/text/duration.js';
import { colonFor } from '../../core/text/colon.js';
import { localFormats } from '../../core/text/local-formats.js';
import { I18nController } from '../../controllers/i18n-controller.js';
import { PopoverController } from '../../controllers/popover-controller.js';
import { ConsentReadyEvent, type PurposeSummary } from '../../events/consent-ready.js';
import { ConsentToggleEvent } from '../../events/consent-toggle.js';
import { ConsentDecisionEvent, type ConsentDecisionDetail, type ShownClause } from '../../events/consent-decision.js';
import type { IssueResult } from '../../receipt/receipt-issuer.js';
import type { ReceiptSigner } from '../../receipt/host-signer.js';
import type { ReceiptSummary } from '../../receipt/receipt-summary.js';
import type { PlaceholderContext, PlaceholderTexts } from '../../gating/placeholder.js';
import type { renderReceipts, TitleShown } from './receipts-view.js';
import { ConsentErrorEvent, type ConsentProblem } from '../../events/consent-error.js';
import { consentPromptStyles } from './consent-prompt.styles.js';
import {
  ConsentLifecycle,
  globalPrivacyControl,
  isStorageAdapter,
  type ConsentChange,
  type ConsentStorage,
} from '../../controllers/consent-lifecycle.js';
import type { RecalledConsent } from '../../core/storage/store.js';
import type { AskReason } from '../../core/storage/reask.js';
import type { StorageError } from '../../core/storage/types.js';
import { ConsentStorageErrorEvent } from '../../events/consent-storage-error.js';
import { decodeJwsPayload } from '../../core/receipt/base64url.js';
import { DEFAULT_MAX_AGE_DAYS } from '../../core/receipt/constants.js';
import { cached } from '../../core/cache.js';
import { readBoundedText } from '../../core/bounded-text.js';
import type { ReceiptPayload } from '../../core/receipt/types.js';
import { visitorLanguages } from '../closest-lang.js';
import {
  controlReached,
  inputTime,
  guardChecked,
  isTicked,
  isTrustedInput,
  notTheVisitors,
  type ControlMarks,
} from '../trusted-input.js';
import { markControl } from '../control-mark.js';
import { lacksAutonyms, languageName } from './language-name.js';
import { registerAutonyms } from '../../core/i18n/language-names.js';
import { keepPrototype, settleAfterAdoption } from '../adoption.js';
import { loadChunk } from '../../core/load-chunk.js';
import { siteAddress } from '../../core/site-address.js';

/** Names as the prompt shows them: capitalised, as in a menu or at the start of a notice's phrase. */
// A name standing alone (the menu) starts with a capital; inside a sentence it is written as the language writes it
// there (French "en anglais", German "auf Englisch").
const languageNameCap = (tag: string, displayLanguage: string) => languageName(tag, displayLanguage, true);

/** Where and how the prompt appears. */
export type ConsentLayout = 'banner' | 'dialog' | 'inline';

const LAYOUTS: readonly ConsentLayout[] = ['banner', 'dialog', 'inline'];
const CONFIG_MAX_BYTES = 2_000_000;
/** How long a prompt not yet seen waits for its words in the visitor's language before it shows the words at hand. */
const WORDS_WAIT_MS = 3000;
/** A click this soon after the visitor's decision is the second of a double click (desktops default to 500 ms). */
const DOUBLE_CLICK_MS = 500;
// Below this opacity a control is not seen: a click on it was caught, not given (a page fading in passes it fast).
const MIN_SEEN_OPACITY = 0.2;

/** Whether a modal dialog or an open popover of the page is on top: Escape is theirs to close. */
function pageLayerOnTop(doc: Document): boolean {
  for (const selector of ['dialog:modal', ':popover-open']) {
    try {
      if (doc.querySelector(selector)) return true;
    } catch {
      // A browser without the selector has no such layer.
    }
  }
  return false;
}

/** Attributes that look like an attempt to decide for the visitor. Setting one is reported, never obeyed. */
const DECIDING_ATTRIBUTES = [
  'checked',
  'defaultchecked',
  'granted',
  'decisions',
  'accepted',
  'accept-all',
  'preselected',
  'preticked',
  'prechecked',
  'default',
  'enabled',
  'selected',
  'initial',
  'value',
  'consented',
  'allowed',
  'opt-in',
  'state',
  'ticked',
  'consent',
  'default-checked',
  'defaultvalue',
  'default-value',
  'accept',
];

/**
 * Properties that look like an attempt to decide for the visitor (`prompt.checked = true`): setting one throws, or,
 * set before the definition loaded, is reported; never obeyed. `decisions` is its own read-only accessor, and
 * `granted` the method that waits for a grant.
 */
const DECIDING_PROPERTIES = [
  'checked',
  'defaultChecked',
  'accepted',
  'consented',
  'preselected',
  'preticked',
  'selected',
  'value',
  'state',
  'toggles',
  'defaults',
  'default',
  'enabled',
  'initial',
  'preTicked',
  'preChecked',
  'preSelected',
  'initialDecisions',
  'initialState',
  'grantedPurposes',
  'isOn',
];

/** The state of the config: what the prompt can show. */
type ConfigState =
  | { readonly status: 'empty' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly config: ConsentConfig }
  | { readonly status: 'invalid'; readonly problems: readonly ConsentProblem[]; readonly loadFailed: boolean };

/** The visitor's receipts in the preferences view, loaded (with the code that verifies them) when it opens. */
type ReceiptsState =
  { readonly status: 'idle' | 'loading' } | { readonly status: 'ready'; readonly items: readonly ReceiptSummary[] };

/** The content of the prompt's info popover. */
type InfoPopover =
  | {
      readonly kind: 'term';
      readonly term: string;
      readonly text: string;
      readonly language: string;
      /** The language the clauses are shown in: an explanation in another one says so. */
      readonly clauseLanguage: string;
    }
  | { readonly kind: 'recipients'; readonly purposeId: string };

/** A clause split around the glossary terms it contains; joined, the parts are exactly the clause text. */
type ClausePart = string | { readonly term: string };

/**
 * The language of the site's text for the visitor, and per purpose the one its clause is shown in: the same, or,
 * where the clause is not written in it yet, the best one it is written in (with a notice).
 */
interface SiteMatch extends LanguageMatch {
  readonly clauses: Readonly<Record<string, LanguageMatch>>;
  /** Every language chosen, as one string: two matches that show the same words have the same key. */
  readonly key: string;
}

/** What one render showed: the config, the languages of its clauses, and the prompt's own words' language. */
interface ShownScreen {
  readonly config: ConsentConfig;
  readonly match: SiteMatch;
  readonly uiLanguage: string;
  /** When it was first rendered (`performance.now()`). */
  readonly at: number;
}

/** What the host's API may record on the visitor's behalf (consent given elsewhere, e.g. in a native app). */
export interface HostDecision {
  readonly action: Exclude<DecisionAction, 'withdraw'>;
  /**
   * The visitor's choices, by purpose id, as the switches stood when the action was taken; purposes not named count
   * as refused. As on screen, "reject-all" then refuses every purpose and "accept-all" grants every one it covers.
   */
  readonly decisions?: Readonly<Record<string, boolean>>;
}

let promptCounter = 0;
/** The autonyms chunk (every language named in itself), loaded once for the page when a menu first needs it. */
let autonymsLoaded: Promise<void> | undefined;

/**
 * Whether a control sits in the closed part of a `<details>` (all but its summary): it is laid out in Chromium, yet
 * cannot take focus, so the dialog's Tab would stop on it.
 */
function hiddenByDetails(control: Element): boolean {
  for (let details = control.closest('details'); details; details = details.parentElement?.closest('details') ?? null) {
    if (!details.open && !details.querySelector(':scope > summary')?.contains(control)) return true;
  }
  return false;
}

/** A value's kind in words, never the value itself (its own toString could throw, or say anything). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return `a ${typeof value}`;
  try {
    return Array.isArray(value) ? 'an array' : 'an object';
  } catch {
    return 'a revoked proxy';
  }
}
let receiptsView: { renderReceipts: typeof renderReceipts } | undefined;

/** A decision's event as announced, before its receipt is signed. */
interface DecisionToEmit extends Omit<ConsentDecisionDetail, 'receipt' | 'chainHead' | 'source'> {
  readonly source: 'visitor' | 'host';
}

/**
 * A consent prompt that asks purpose by purpose. Every optional purpose starts unticked; only the visitor's own
 * trusted input ticks one. "Reject all", "Save my choices" and "Accept all" look the same and are styled only
 * together. The config may also be given as a `<script type="application/json">` child: it is read, never shown
 * (the element has no slot).
 *
 * @tagname consent-prompt
 * @summary Asks for consent purpose by purpose, with the full clause text and every optional box unticked.
 *
 * @fires {ConsentReadyEvent} consent-ready - A valid config is loaded (and any remembered decision read); `detail` has the purposes
 *   and the decisions in force.
 * @fires {ConsentToggleEvent} consent-toggle - The visitor switched one purpose; `detail` has `purposeId` and `granted`.
 * @fires {ConsentDecisionEvent} consent-decision - A decision: one of the three actions, a purpose's "Withdraw", the host API, or another
 *   tab (`source: "sync"`); `detail` has `source`, `action`, `decisions`, `language`, `shown`, `policy`,
 *   `timestamp`, `receipt` and `chainHead`.
 * @fires {ConsentErrorEvent} consent-error - The config is invalid or failed to load (`config-load`, or any config
 *   problem code such as `format`, `duplicate` or `pre-ticked`, from `src` or a JSON child as from the property), a
 *   script tried to decide for the visitor (`pre-ticked`; `tampered`, path `toggles`, when it ticked a switch), a
 *   receipt could not be signed (`signer-failed`, `signer-forged`, `receipt-unavailable`, `receipt-failed`, which
 *   also tells that "forget everything" could not remove the receipts), the prompt's words could not be loaded in
 *   the visitor's language (`locale-load`), a strings override points a label the other way (`deceptive-label`), a
 *   `layout` or `storage` attribute names nothing the prompt has (`invalid-layout`, `invalid-storage`), a part
 *   loaded when first needed could not be, or did not arrive within 10 s (`chunk-load`: popovers then open under
 *   their buttons, gated content stays held back, the prompt shows unchecked, the receipts are not listed; the
 *   receipts' code and the words likewise give `receipt-failed` and `locale-load`), a click came while the words
 *   on screen were changing, a switch was pressed while its config or language was swapped (path `toggles`: the
 *   switch is left as it was), "Forget my choices" came as part of a double click on a decision, or the visitor
 *   clicked a switch or an action the page had made all but invisible (below 20 % opacity, or `filter: opacity()`;
 *   path `toggles` or `actions`) (`not-shown`),
 *   the rendered prompt breaks the actions' equality, contrast or visibility (`lint-*`), the page's `gtag()` or
 *   `dataLayer` refused a Consent Mode update (`consent-mode-failed`), another prompt already holds back the page's
 *   gated content (`gating-taken`), or the page's `data-consent` markup cannot be held back as written or a granted
 *   script was refused by the browser (`gating-markup`, `gating-failed`, `invalid-placeholder`; `source: "host"`).
 * @fires {ConsentStorageErrorEvent} consent-storage-error - A decision could not be remembered, or what was remembered cannot be used.
 *
 * @attr lang - The visitor's language, when the page knows it better than `<html lang>` and the browser.
 * @attr storage - Where decisions are remembered: `local` (default), `cookie` or `memory`.
 * @attr config - Not a way to give the config: set the `config` property, a JSON child or `src`. A `config` attribute
 *   (what React 19 and Vue write for an element not yet defined: `"[object Object]"`) is a `consent-error`
 *   (`config-load`, path `config`); with no other config the visitor sees that the form could not be loaded.
 *
 * @csspart prompt - The prompt's container (a `<dialog>` in the dialog layout).
 * @csspart heading - The heading.
 * @csspart intro - Who asks, how to reach them, and how to withdraw.
 * @csspart policy-link - The link to the privacy policy.
 * @csspart purposes - The list of purposes.
 * @csspart purpose - One purpose.
 * @csspart purpose-title - A purpose's title.
 * @csspart clause - A purpose's full clause text.
 * @csspart toggle - A purpose's switch.
 * @csspart necessary-badge - The "Always on" mark of a necessary purpose.
 * @csspart language-notice - Says that a clause is shown in another language than the visitor's.
 * @csspart details - A purpose's data categories, recipients and retention.
 * @csspart actions - The row of the three actions.
 * @csspart action - Each of "Reject all", "Save my choices" and "Accept all": styled only together.
 * @csspart accept-all-note - Names the purposes "Accept all" does not cover.
 * @csspart close - The button that closes the prompt without deciding.
 * @csspart status - Says that the choices are saved.
 * @csspart error - The message shown when the config cannot be used.
 * @csspart reask - Says why the visitor is asked again (a new policy version, a changed clause, ...).
 * @csspart gpc-note - Says a purpose is not allowed because of the browser's Global Privacy Control signal.
 * @csspart withdraw - A granted purpose's "Withdraw" button in the preferences view.
 * @csspart language-button - Opens the language menu.
 * @csspart language-menu - The language menu.
 * @csspart term - A glossary term in the clause text; opens its explanation.
 * @csspart recipients-button - Opens the popover of who receives a purpose's data.
 * @csspart info-popover - The popover explaining a term or listing recipients.
 * @csspart receipts - The visitor's receipts in the preferences view (a `<details>`).
 * @csspart receipt - One receipt, decoded.
 * @csspart download - Downloads the visitor's receipts as JSON.
 * @csspart forget - "Forget my choices".
 *
 * @cssprop --consent-font-family - Font of the whole prompt.
 * @cssprop --consent-font-size - Base font size.
 * @cssprop --consent-background - Background of the prompt.
 * @cssprop --consent-color - Text colour.
 * @cssprop --consent-muted-color - Colour of secondary text.
 * @cssprop --consent-border-color - Borders and separators.
 * @cssprop --consent-accent-color - Links, switches, the "Withdraw", "Forget" and "Download" buttons, and the menu's
 *   highlight.
 * @cssprop --consent-radius - Corner radius of the prompt and its controls.
 * @cssprop --consent-shadow - Shadow of the banner and dialog.
 * @cssprop --consent-max-width - Maximum width of the prompt's content, in every layout.
 * @cssprop --consent-clause-max-height - Height after which a long clause scrolls in its own region.
 * @cssprop --consent-action-background - Background of all three actions.
 * @cssprop --consent-action-color - Text colour of all three actions.
 * @cssprop --consent-action-border - Border of all three actions.
 * @cssprop --consent-action-font-weight - Font weight of all three actions.
 * @cssprop --consent-focus-ring - Outline of focused controls.
 * @cssprop --consent-z-index - Stacking order of the banner.
 */
export class ConsentPrompt extends LitElement {
  /** The prompt's styles, adopted into its shadow root (allowed by a strict `style-src 'self'`). */
  static override styles = consentPromptStyles;

  static #configTimeoutMs = 10_000;

  /**
   * How long loading `src` may take, in milliseconds, before the prompt gives up and reports `config-load`; 10,000
   * by default. Anything but a whole number from 1 to 2,147,483,647 (the longest timer browsers keep: a longer one
   * would fire at once) throws a `ConsentError` (`invalid-argument`, path `configTimeoutMs`) and keeps the value.
   */
  static get configTimeoutMs(): number {
    return ConsentPrompt.#configTimeoutMs;
  }
  static set configTimeoutMs(value: number) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 2_147_483_647) {
      throw new ConsentError(
        'invalid-argument',
        `ConsentPrompt.configTimeoutMs must be a whole number of milliseconds from 1 to 2147483647, not ${
          typeof value === 'number' ? String(value) : kindOf(value)
        }; ${ConsentPrompt.#configTimeoutMs} is kept.`,
        'configTimeoutMs',
      );
    }
    ConsentPrompt.#configTimeoutMs = value;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'storage', 'config', ...DECIDING_ATTRIBUTES];
  }

  /**
   * Where the prompt appears: `banner` (bottom of the viewport, the default, also for `undefined`, `null` or no
   * attribute), `dialog` (modal) or `inline` (in the flow). Any other value is reported (`invalid-layout`).
   */
  @property({ reflect: true }) layout: ConsentLayout = 'banner';

  /**
   * A URL to load the config from (JSON). Used when no `config` property is set. A config that a redirect to
   * another origin sends is refused (`config-load`).
   */
  @property() src: string | null = null;

  /** Whether the prompt is showing. Set by `show()` and `close()`, and by a decision. */
  @property({ type: Boolean, reflect: true }) open = true;

  /** The prototype it was made with, put back where a browser drops it on a move to another document. */
  readonly #madeAs: object = Object.getPrototypeOf(this) as object;
  @state() private configState: ConfigState = { status: 'empty' };
  /** What the visitor has switched so far; becomes a decision only through one of the actions. */
  // What the visitor has ticked so far, and what is recorded: native private fields, so that no page script can
  // reach them (TypeScript's `private` is a compile-time word only) and tick a box on the visitor's behalf.
  #toggles: Decisions = {};
  #decided: Decisions | null = null;

  #setToggles(toggles: Decisions): void {
    this.#toggles = toggles;
    this.requestUpdate();
  }

  #setDecided(decided: Decisions | null): void {
    this.#decided = decided;
    this.requestUpdate();
  }

  // What the last render put in the prompt, and what the last painted frame showed: a decision records the text
  // the visitor saw, never a language switched in (by a script, a `lang` change) after it was painted.
  #rendered: ShownScreen | null = null;
  #painted: ShownScreen | null = null;
  /** When the painted words were first painted: the frame's time, on the clock of an input event's `timeStamp`. */
  #paintedAt = 0;
  /** How many screens (config, language) have been painted, one after another. */
  #screensPainted = 0;
  #lastRendered: ShownScreen | null = null;
  // Counts decisions: one whose receipt comes back after a newer decision's must not be remembered over it.
  #decisionCount = 0;
  // The count at which "forget everything" or a new config ended every decision made before: a receipt signed for
  // one of them afterwards is neither announced nor remembered, which would bring the decision back.
  #endedAt = 0;
  /** The decisions being signed and announced, in the order they were made. */
  #emitting: Promise<void> = Promise.resolve();
  /** Which control each switch and button was rendered as (see markControl): not an attribute a script can change. */
  readonly #marks: ControlMarks = new WeakMap();
  /** `ask` before any decision; `preferences` once there is one: current choices, receipts, forgetting. */
  @state() private view: 'ask' | 'preferences' = 'ask';
  @state() private receipts: ReceiptsState = { status: 'idle' };
  /** Reading what an earlier visit remembered: the prompt stays hidden meanwhile, so a returning visitor sees nothing. */
  @state() private recalling = false;
  /** Until the prompt is first seen, it waits for the words of the visitor's language (never English first). */
  @state() private awaitingWords = false;
  /** A locale whose words are still loading after WORDS_WAIT_MS: the words at hand are shown, with the notice. */
  @state() private wordsLate: string | null = null;
  #seen = false;
  /** Hidden for now, whatever `open` says: what it would show is not known yet, or not in the visitor's words. */
  get #held(): boolean {
    return this.recalling || this.awaitingWords;
  }
  /** What the info popover shows: a glossary term's explanation, or a purpose's recipients. */
  @state() private info: InfoPopover | null = null;
  /** Why the visitor is asked again, when a remembered decision no longer holds. */
  @state() private reasons: readonly AskReason[] = [];
  @state() private uiLanguage = 'en';
  /** A language the visitor picked in the prompt's menu: it outranks every other preference. */
  @state() private chosenLanguage: string | null = null;
  /** Read out by assistive technology after the language changes. */
  @state() private announcement = '';
  /** The UI and clause languages last rendered, to announce a change of either. */
  private shownLanguages: string | null = null;
  /** The visitor's language preferences while an update runs (see preferredLanguages). */
  private preferencesThisUpdate: string[] | undefined;
  /** The clause language last resolved, kept while the config and the preferences stay the same. */
  private lastSiteMatch: { config: ConsentConfig; key: string; match: SiteMatch } | undefined;

  @query('dialog') private dialogElement?: HTMLDialogElement;

  readonly #i18n = new I18nController(this, {
    onProblem: (problem) => this.reportStringsProblem(problem),
    onLocaleFailed: (locale, error) => this.reportLocaleFailed(locale, error),
  });
  /** The locale whose words are being loaded for this prompt, so that updates meanwhile do not ask again. */
  #requestedLocale: string | null = null;
  private stringOverrides: StringOverrides = {};
  /** Which `strings` assignment is the latest: an older one whose labels are still being checked is dropped. */
  #stringsSet = 0;
  /** While the labels of the latest `strings` are checked: settles once they are applied or refused. */
  #stringsChecked: Promise<void> | undefined;
  private hostSigner: ReceiptSigner | null = null;
  private hostPlaceholder: ((context: PlaceholderContext) => HTMLElement) | null = null;
  private gatingOff = false;
  /** The layout and view last checked as rendered, while showing; `null` while hidden. */
  private checkedRendering: string | null = null;
  private stopWatchingRendering: (() => void) | undefined;
  private receiptsTicket = 0;
  private readonly popovers = new PopoverController(this, (error) =>
    this.#reportChunkLoad(
      '',
      `The code that positions the prompt's popovers could not be loaded (${describeError(error)}); they are placed under their buttons instead.`,
    ),
  );

  /** A part loaded when first needed could not be: what it would do is left undone safely, and the host hears so. */
  #reportChunkLoad(path: string, message: string): void {
    this.dispatchEvent(new ConsentErrorEvent({ source: 'load', problems: [{ code: 'chunk-load', path, message }] }));
  }
  readonly #lifecycle = new ConsentLifecycle(this, {
    onSync: (recalled) => this.#onSync(recalled),
    onStorageError: (error, source) => this.reportStorageError(error, source),
    onRequestGrant: (purposeId) => this.focusPurpose(purposeId),
    placeholderTexts: (purposeId) => this.placeholderTexts(purposeId),
    placeholderRender: () => this.placeholder,
    // A host signer without published keys: its receipts are not kept (nobody here could verify them).
    expectsReceipts: () => canSign() && (!this.signer || (this.config?.signer?.jwks.keys.length ?? 0) > 0),
    onGatingTaken: () =>
      this.dispatchEvent(
        new ConsentErrorEvent({
          source: 'load',
          problems: [
            {
              code: 'gating-taken',
              path: 'no-gating',
              message:
                'no-gating: another <consent-prompt> already holds back this page’s data-consent content, so this ' +
                'one does not (it would let through what only its own decisions grant). Set no-gating on it.',
            },
          ],
        }),
      ),
    // The page's markup is the host's: told as a consent-error, and on the console for whoever writes the page.
    onGateError: (error, element) => {
      if (element) console.error(error, element);
      else console.error(error);
      const { code, path, message } = error;
      this.dispatchEvent(new ConsentErrorEvent({ source: 'host', problems: [{ code, path, message }] }));
    },
    onConsentModeError: (error, source) =>
      this.dispatchEvent(
        new ConsentErrorEvent({
          source,
          problems: [
            {
              code: 'consent-mode-failed',
              path: 'consentMode',
              message: `consentMode: the page's gtag() or dataLayer refused the update (${describeError(error)}). The decision still counts.`,
            },
          ],
        }),
      ),
  });
  private readonly uid = `consent-${++promptCounter}`;
  private hasConfigProperty = false;
  private loadTicket = 0;
  /** The `src` the markup was last read with: a `src` property set before the definition loaded arrives later. */
  #srcRead: string | null | undefined;
  private childObserver?: MutationObserver;
  /** Counts reads of the inline config, so that only the latest text's problems are reported. */
  private markupTicket = 0;
  private returnFocusTo: HTMLElement | null = null;
  /**
   * Where the keyboard was before it first entered a banner nobody opened (the first ask): the banner closing on a
   * decision would drop it on <body>, at the start of the page, so it goes back there.
   */
  #focusCameFrom: HTMLElement | null = null;
  private pendingReady = false;
  /**
   * `storage`, `decisions` and the deciding properties as set on the element before its definition loaded, applied
   * (or refused) once it is in the page.
   */
  #setBeforeUpgrade: [name: string, value: unknown][] = [];
  /** `granted()` calls made before any config loaded, waiting for the first valid one. */
  readonly #configWaiters = new Set<(config: ConsentConfig) => void>();
  /** While properties set before the definition loaded are applied: a value refused then is reported, not thrown. */
  #applyingEarly = false;
  /** Whether the attributes the element was created with have been checked for attempts to decide. */
  #markupChecked = false;

  constructor() {
    super();
    // Set on the element before its definition loaded (the module script runs after the page's inline scripts), a
    // value is an own property that hides the accessor. Lit applies its reactive properties at the first update;
    // these are not reactive, and are taken here and applied once connected (after the markup's attributes).
    const own = this as unknown as Record<string, unknown>;
    for (const name of ['storage', 'decisions', 'language', ...DECIDING_PROPERTIES]) {
      if (!Object.prototype.hasOwnProperty.call(own, name)) continue;
      // A page's own accessor that throws, or a property it made non-configurable: reported and left unused, never
      // a failed upgrade that leaves no prompt.
      let value: unknown;
      let unusable = '';
      try {
        value = own[name];
      } catch (error) {
        unusable = `cannot be read (${describeError(error)})`;
      }
      if (!Reflect.deleteProperty(own, name)) unusable ||= 'cannot be changed';
      if (unusable) {
        const code = name === 'storage' ? 'invalid-storage' : name === 'language' ? 'invalid-argument' : 'pre-ticked';
        this.#report(
          new ConsentError(
            code,
            `consent-prompt.${name}, set before its definition loaded, ${unusable}; it is not used.`,
            name,
          ),
        );
        continue;
      }
      this.#setBeforeUpgrade.push([name, value]);
    }
  }

  // Lit applies the reactive properties set before the definition loaded at the start of the first update: a
  // setter throwing there would fail the update and leave no prompt at all.
  protected override performUpdate(): void {
    if (this.hasUpdated) return super.performUpdate();
    this.#applyingEarly = true;
    try {
      super.performUpdate();
    } finally {
      this.#applyingEarly = false;
    }
  }

  /**
   * Refuses a property's value: thrown at the code that set it, or, for a value set before the definition loaded
   * (nothing left to throw at), logged and fired as `consent-error`; the value in use is kept either way.
   */
  #refuse(error: ConsentError): void {
    if (!this.#applyingEarly) throw error;
    this.#report(error);
  }

  /** A problem nothing can be thrown at: logged, and fired as `consent-error` once the prompt is in the page. */
  #report(error: ConsentError): void {
    console.error(error);
    const problem = { code: error.code, path: error.path, message: error.message };
    this.dispatchWhenConnected(() => new ConsentErrorEvent({ source: 'host', problems: [problem] }));
  }

  /**
   * The config. Validated when set: an invalid one renders no purposes and no buttons that could record consent,
   * and fires `consent-error`. A config that says the same as the one in force (a framework's object literal, made
   * anew on each render) is no new config: nothing is reloaded or announced, the switches and the decision stay as
   * they are. Any other config starts unticked and fires `consent-ready` once loaded. Setting `null` hands over to
   * the markup (`src` or an inline JSON script); with none, no config is in force: nothing is shown and the
   * decisions made under the old one no longer hold on this page (stored ones are read again with the next config).
   */
  @property({ attribute: false })
  get config(): ConsentConfig | undefined {
    return this.configState.status === 'ready' ? this.configState.config : undefined;
  }
  set config(value: unknown) {
    this.hasConfigProperty = value !== undefined && value !== null;
    this.loadTicket++;
    if (this.hasConfigProperty) this.#acceptConfig(validateConfig(value));
    else if (!this.#markupOffersConfig()) this.#unsetConfig();
    else {
      // Out of the page the markup is read on connecting, which happens only while no config is in force.
      if (!this.isConnected) this.#unsetConfig();
      this.loadFromMarkup();
    }
  }

  /**
   * The decisions recorded so far by this prompt, or `null` before any. Read-only: setting it is an error, and a
   * type error too (`never`), so TypeScript refuses the attempt before it runs.
   */
  get decisions(): Decisions | null {
    return this.#decided;
  }
  set decisions(_value: never) {
    this.#refuse(
      new ConsentError(
        'pre-ticked',
        'consent-prompt.decisions is read-only: only the visitor (or recordHostDecision) can decide.',
        'decisions',
      ),
    );
  }

  static {
    for (const name of DECIDING_PROPERTIES) {
      Object.defineProperty(this.prototype, name, {
        configurable: true,
        get: () => undefined,
        set(this: ConsentPrompt) {
          this.#refuse(
            new ConsentError(
              'pre-ticked',
              `consent-prompt.${name} cannot decide for the visitor: every optional purpose starts unticked, and only the visitor (or recordHostDecision) can grant one.`,
              name,
            ),
          );
        },
      });
    }
  }

  /**
   * Overrides of the prompt's own words, per language, grouped like the shipped locales:
   * `{ en: { actions: { rejectAll: 'Decline all' } } }`. A shipped locale may be overridden in part; another
   * language is added when given in full. Checked when set: an override that would hide a label, drop the site
   * text a sentence names, nest or add placeholders, carry direction overrides or make two actions read alike
   * throws a `ConsentError` (`invalid-strings`) naming the field, and nothing is applied.
   */
  @property({ attribute: false })
  get strings(): StringOverrides {
    return this.stringOverrides;
  }
  set strings(value: unknown) {
    // A copy first, validated and kept: getters, proxies or a later mutation cannot show the check one thing and
    // the prompt another, and what cannot be copied as plain data is refused with a typed error.
    const raw = value === undefined || value === null ? {} : value;
    const reference = { english: en, shipped: SHIPPED_LOCALES };
    let input: unknown;
    try {
      input = copyStringOverrides(raw);
    } catch (error) {
      // Not plain data (a function, a proxy, a throwing getter): name the field where the checks can.
      const direct = validateStrings(raw, reference);
      const first = direct.valid ? undefined : direct.problems[0];
      this.#refuse(
        new ConsentError(
          'invalid-strings',
          first?.message ?? `strings: must be plain data (${describeError(error)}).`,
          first?.path ?? 'strings',
        ),
      );
      return;
    }
    const result = validateStrings(input, reference);
    if (!result.valid) {
      const [first] = result.problems;
      this.#refuse(
        new ConsentError(
          'invalid-strings',
          result.problems.map((problem) => problem.message).join('\n'),
          first?.path ?? 'strings',
        ),
      );
      return;
    }
    const overrides = deepFreeze(input as StringOverrides);
    const flat = result.strings;
    const set = ++this.#stringsSet;
    const apply = () => {
      this.stringOverrides = overrides;
      void this.#i18n.setOverrides(flat, result.added);
      this.requestUpdate('strings');
    };
    if (!overridesLeaningKeys(flat)) {
      this.#stringsChecked = undefined;
      apply();
      return;
    }
    // A label that may point the other way ("Deny all" on the button that accepts) is applied only once its words
    // are checked; until then the prompt keeps the words it has. The check's word lists load when first needed.
    const checked = loadChunk(import('../../core/i18n/label-leaning.js'), 'The label check').then(
      ({ leaningProblems }) => {
        if (set !== this.#stringsSet) return;
        const problems = leaningProblems(flat);
        if (problems.length === 0) return apply();
        console.error(
          new ConsentError('invalid-strings', problems.map((p) => p.message).join('\n'), problems[0]!.path),
        );
        this.dispatchWhenConnected(
          () => new ConsentErrorEvent({ source: 'host', problems: problems.map((problem) => ({ ...problem })) }),
        );
      },
      (error: unknown) => {
        if (set !== this.#stringsSet) return;
        const message = `strings: the check of the labels could not load (${describeError(error)}); nothing was applied.`;
        this.#report(new ConsentError('invalid-strings', message, 'strings'));
      },
    );
    this.#stringsChecked = checked.finally(() => {
      if (set === this.#stringsSet) this.#stringsChecked = undefined;
    });
  }

  /**
   * Signs receipts with the site's own key instead of this browser's device key: an async function that receives
   * the receipt payload and returns a compact JWS (e.g. from the site's back end, which calls `signReceipt` from
   * `unticked/core`). The answer is checked before it is emitted: it must carry exactly the payload sent and,
   * when the config has `signer.jwks`, verify with one of those keys. Takes precedence over `signer.url`.
   */
  @property({ attribute: false })
  get signer(): ReceiptSigner | null {
    return this.hostSigner;
  }
  set signer(value: unknown) {
    if (value !== null && value !== undefined && typeof value !== 'function') {
      this.#refuse(
        new ConsentError('invalid-signer', 'consent-prompt.signer must be an async function or null.', 'signer'),
      );
      return;
    }
    this.hostSigner = (value as ReceiptSigner | null | undefined) ?? null;
  }

  /**
   * Where decisions are remembered: `local` (localStorage, the default), `cookie` (a first-party cookie holding
   * only the compact decision state), `memory` (this page only), or, as a property, a `StorageAdapter` of your
   * own. What is read back is checked (shape, policy version, the receipt's signature); anything unreadable,
   * tampered or stale counts as no decision.
   */
  get storage(): ConsentStorage {
    return this.#lifecycle.storageKind;
  }
  set storage(value: unknown) {
    if (value === 'local' || value === 'cookie' || value === 'memory' || isStorageAdapter(value)) {
      this.#lifecycle.setStorage(value);
      return;
    }
    if (value === null || value === undefined) {
      this.#lifecycle.setStorage('local');
      return;
    }
    this.#refuse(
      new ConsentError(
        'invalid-storage',
        'consent-prompt.storage must be "local", "cookie", "memory" or an object with get, set and remove.',
        'storage',
      ),
    );
  }

  /**
   * Your own placeholder for iframes held back by `data-consent`: a function that receives `{ element, purposes,
   * requestGrant(purposeId, event) }` and returns an element shown in the iframe's place until it may load. Call
   * `requestGrant` from a click listener: it takes the visitor to that purpose in the prompt (only for trusted
   * input). Set it before the prompt loads its config. Default: a built-in placeholder in the visitor's language.
   * Anything but a function or `null` throws a `ConsentError` (`invalid-placeholder`); when the function throws or
   * returns anything but a new element, the built-in placeholder is shown and the problem logged.
   */
  @property({ attribute: false })
  get placeholder(): ((context: PlaceholderContext) => HTMLElement) | null {
    return this.hostPlaceholder;
  }
  // Typed for the host's editor; checked at run time, since plain JavaScript may set anything.
  set placeholder(value: ((context: PlaceholderContext) => HTMLElement) | null | undefined) {
    if (value !== null && value !== undefined && typeof (value as unknown) !== 'function') {
      this.#refuse(
        new ConsentError(
          'invalid-placeholder',
          'consent-prompt.placeholder must be a function that returns an element, or null.',
          'placeholder',
        ),
      );
      return;
    }
    this.hostPlaceholder = value ?? null;
  }

  /** Turns off holding back `data-consent` scripts and iframes (on by default). */
  @property({ type: Boolean, attribute: 'no-gating' })
  get noGating(): boolean {
    return this.gatingOff;
  }
  set noGating(value: boolean) {
    this.gatingOff = value;
    this.#lifecycle.setGating(!value);
  }

  /**
   * The language of the prompt's own words. Read-only: setting it is a `ConsentError` (`invalid-argument`); the
   * `lang` attribute chooses it.
   */
  get language(): string {
    return this.uiLanguage;
  }
  // No doc comment: the manifest would take the setter's for the property's description.
  set language(_value: never) {
    this.#refuse(
      new ConsentError(
        'invalid-argument',
        'consent-prompt.language is read-only: it is the language the prompt shows. Set the lang attribute to choose it.',
        'language',
      ),
    );
  }

  override connectedCallback(): void {
    keepPrototype(this, this.#madeAs);
    if (this.#setBeforeUpgrade.length > 0) {
      const early = this.#setBeforeUpgrade;
      this.#setBeforeUpgrade = [];
      this.#applyingEarly = true;
      try {
        for (const [name, value] of early) (this as unknown as Record<string, unknown>)[name] = value;
      } finally {
        this.#applyingEarly = false;
      }
    }
    super.connectedCallback();
    this.#keysFrom = this.ownerDocument;
    this.#keysFrom.addEventListener('keydown', this.#onPageKeydown);
    // Markup can name an attribute any way it likes (`initially-checked`); the listed ones are reported as they change.
    if (!this.#markupChecked) {
      this.#markupChecked = true;
      for (const name of this.getAttributeNames()) {
        if (!DECIDING_ATTRIBUTES.includes(name) && isPreTickingName(name)) this.reportDecidingAttempt(name);
      }
    }
    // Moving the element (a layout switch, a framework re-parenting it) must not reload the config and reset
    // the visitor's toggles: load only what has not been loaded yet, or a src changed while it was out of the page
    // (the update that saw the change could not load it then).
    const srcChanged = this.#srcRead !== undefined && this.src !== this.#srcRead;
    if (!this.hasConfigProperty && (this.configState.status === 'empty' || srcChanged)) this.loadFromMarkup();
    // Moved while showing: watch the rendering where it is now, and its size again (updated() observes it).
    if (this.hasUpdated) {
      this.scheduleRenderedCheck();
      this.requestUpdate();
    }
  }

  /** Moved into another document: its class and styles are given back there (see adoption.ts). */
  adoptedCallback(): void {
    settleAfterAdoption(this, this.#madeAs, ConsentPrompt.elementStyles);
  }

  override disconnectedCallback(): void {
    keepPrototype(this, this.#madeAs);
    super.disconnectedCallback();
    this.#keysFrom?.removeEventListener('keydown', this.#onPageKeydown);
    this.#keysFrom = null;
    this.#sizes?.disconnect();
    this.#sized = null;
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    // Checked afresh when it is connected again.
    this.checkedRendering = null;
    this.stopWatchingRendering?.();
    this.stopWatchingRendering = undefined;
    // Taken out of the page while it held the keyboard (an open dialog): focus fell to <body>, so it goes back to
    // where it was before the prompt opened. Kept for a prompt put back, which returns it again when it closes.
    queueMicrotask(() => {
      if (!this.isConnected && focusLost()) this.returnFocusTo?.focus();
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (DECIDING_ATTRIBUTES.includes(name)) {
      if (value !== null) this.reportDecidingAttempt(name);
      return;
    }
    if (name === 'config') {
      if (value !== null) this.#reportConfigAttribute(value);
      return;
    }
    if (name === 'storage') {
      // An attribute cannot throw at the markup that set it: an unknown kind is reported and the storage in use
      // (local unless set) kept, never swapped for one the page did not choose.
      if (value === null || value === 'local' || value === 'cookie' || value === 'memory') this.storage = value;
      else
        this.reportAttribute(
          'invalid-storage',
          'storage',
          value,
          'use local, cookie or memory; the storage in use is kept',
        );
      return;
    }
    // `lang` is a native attribute, not a reactive property: re-resolve the languages when it changes.
    if (name === 'lang') this.requestUpdate();
    super.attributeChangedCallback(name, old, value);
  }

  /** Also waits for the prompt's language to load, so tests and hosts see the final words. */
  protected override getUpdateComplete(): Promise<boolean> {
    const complete = () => this.#i18n.updateCompleteWithLanguage(() => super.getUpdateComplete());
    // Labels of a `strings` assignment still being checked are part of the update a host waits for.
    return this.#stringsChecked ? this.#stringsChecked.then(complete) : complete();
  }

  /**
   * Shows the prompt again, e.g. from a "Privacy choices" link. After a decision it opens the preferences view:
   * the visitor's current choices, their receipts, and "Forget my choices".
   */
  show(): void {
    this.view = this.#decided ? 'preferences' : 'ask';
    if (this.#decided) this.#setToggles(this.#decided);
    // Already open (the first visit's banner), it takes the keyboard only when the visitor pressed "Privacy choices":
    // a page script showing it again (a playground's preview on every edit) must not take it from where they type.
    const active = deepActiveElement();
    const fromControl = (active?.getRootNode() as ShadowRoot | null)?.host?.localName === 'consent-preferences';
    if (this.layout === 'banner' && (!this.open || fromControl)) {
      // Like the dialog: take the keyboard to the banner, at its top, and give it back where it was when it closes.
      this.returnFocusTo = active;
      void this.updateComplete.then(() => this.focusTop(false));
    } else if (this.layout === 'inline') {
      // In the page's flow it may be far away: "Privacy choices" brings the visitor to it.
      void this.updateComplete.then(() => this.focusTop(true));
    }
    this.open = true;
    if (this.view === 'preferences') void this.loadReceipts();
  }

  /** Focus on the prompt's body, showing the prompt from its top (scrolled to, when it is in the page's flow). */
  private focusTop(scrollPage: boolean): void {
    const layout = this.renderRoot.querySelector<HTMLElement>('.layout');
    if (layout) layout.scrollTop = 0;
    this.renderRoot.querySelector<HTMLElement>('.body')?.focus({ preventScroll: true });
    if (scrollPage) this.scrollIntoView({ block: 'start' });
  }

  /**
   * "Forget everything": removes this site's receipts, their random principal id and device key, and the
   * decisions this prompt holds, then asks again with every optional purpose unticked. The next receipt starts a
   * new chain that says so.
   */
  async forget(): Promise<void> {
    return this.#forget('host');
  }

  /** "Forget everything", by the host's call or the visitor's own button. */
  async #forget(source: 'visitor' | 'host'): Promise<void> {
    const config = this.config;
    this.#endedAt = ++this.#decisionCount;
    this.#setDecided(null);
    this.view = 'ask';
    this.reasons = [];
    this.receipts = { status: 'idle' };
    if (config) this.#setToggles(initialDecisions(config));
    this.open = true;
    if (!config) return;
    // A decision made from now on is signed once the old receipts and key are gone: signed before, with the key
    // this removes, it would be stored and then read as tampered on the next visit.
    let forgotten!: () => void;
    this.#receiptsForgotten = new Promise<void>((resolve) => (forgotten = resolve));
    try {
      await this.#lifecycle.forget(config, source);
      if (canSign()) await this.#forgetReceipts(config);
    } finally {
      forgotten();
    }
  }

  async #forgetReceipts(config: ConsentConfig): Promise<void> {
    try {
      const { forgetReceipts } = await loadChunk(import('../../receipt/receipt-issuer.js'), 'The receipts’ code');
      await forgetReceipts([config.policy.id]);
    } catch (error) {
      // Another tab held the receipt chain too long, or IndexedDB failed: the decision is forgotten all the same,
      // the receipts are not, and the page hears so instead of an unhandled rejection.
      this.dispatchEvent(
        new ConsentErrorEvent({
          source: 'visitor',
          problems: [
            {
              code: 'receipt-failed',
              path: 'receipt',
              message: `The decision is forgotten, but this browser's receipts could not be removed: ${(error as Error)?.message ?? String(error)} Try again.`,
            },
          ],
        }),
      );
    }
  }
  /** Settles once the last "forget everything" has removed what it removes (see #forget). */
  #receiptsForgotten: Promise<void> = Promise.resolve();

  /** Closes the prompt without recording anything. */
  close(): void {
    this.open = false;
  }

  /**
   * Records a decision made on the visitor's behalf by the host (e.g. consent given in a native app). Everything
   * it produces is marked `source: "host"`. Throws a `ConsentError`: `not-ready` before a valid config is loaded,
   * `unknown-purpose` for an unknown or necessary purpose id, a value that is not `true`/`false`, or an action
   * other than `accept-all`, `reject-all` or `save`; `invalid-argument` for a choice its action contradicts (`false`
   * with `accept-all`, `true` with `reject-all`).
   */
  recordHostDecision(decision: HostDecision): Decisions {
    const config = this.config;
    if (!config) throw new ConsentError('not-ready', 'recordHostDecision: no valid config is loaded yet.');
    const allowedActions = ['accept-all', 'reject-all', 'save'];
    if (kindOf(decision) !== 'an object') {
      throw new ConsentError(
        'invalid-argument',
        `recordHostDecision: the decision must be an object { action, decisions }, not ${kindOf(decision)}.`,
        'decision',
      );
    }
    // Each field read once: a getter must not pass the checks with one value and be recorded with another. Own
    // fields only: a page that polluted Object.prototype.decisions must not grant what the host did not write.
    const own = (key: string): unknown =>
      Object.prototype.hasOwnProperty.call(decision, key)
        ? (decision as unknown as Record<string, unknown>)[key]
        : undefined;
    let action: unknown;
    let given: unknown;
    let entries: [string, unknown][];
    try {
      action = own('action');
      given = own('decisions');
      if (given !== undefined && kindOf(given) !== 'an object') {
        throw new ConsentError(
          'invalid-argument',
          `recordHostDecision: decisions must be an object of purpose ids to true or false, not ${kindOf(given)}.`,
          'decisions',
        );
      }
      entries = Object.entries(given ?? {});
    } catch (error) {
      if (error instanceof ConsentError) throw error;
      throw new ConsentError(
        'unknown-purpose',
        `recordHostDecision: the decision cannot be read (${describeError(error)}).`,
        'decision',
      );
    }
    if (typeof action !== 'string' || !allowedActions.includes(action)) {
      throw new ConsentError(
        'unknown-purpose',
        `recordHostDecision: action must be one of ${allowedActions.join(', ')}.`,
        'action',
      );
    }
    const optional = new Set(optionalPurposes(config).map((p) => p.id));
    const choices: Record<string, boolean> = {};
    for (const [id, granted] of entries) {
      if (!optional.has(id)) {
        throw new ConsentError(
          'unknown-purpose',
          `recordHostDecision: "${id}" is not an optional purpose.`,
          `decisions.${id}`,
        );
      }
      if (typeof granted !== 'boolean') {
        throw new ConsentError(
          'unknown-purpose',
          `recordHostDecision: decisions.${id} must be true or false.`,
          `decisions.${id}`,
        );
      }
      // "Accept all" grants, "Reject all" refuses, every purpose it covers: a choice against it is the host's mistake,
      // never to be recorded over (or as) what it says.
      if ((action === 'accept-all' && !granted) || (action === 'reject-all' && granted)) {
        throw new ConsentError(
          'invalid-argument',
          `recordHostDecision: decisions.${id} is ${granted}, which "${action}" contradicts. Use "save" for a choice per purpose.`,
          `decisions.${id}`,
        );
      }
      choices[id] = granted;
    }
    return this.#decide(action as HostDecision['action'], choices, 'host');
  }

  // ---- config loading ----

  private loadFromMarkup(): void {
    if (this.hasConfigProperty || !this.isConnected) return;
    this.#srcRead = this.src;
    if (this.src) {
      void this.#loadFromUrl(this.src);
      return;
    }
    // A fetch still under way for a src since removed must not replace what the markup gives now.
    this.loadTicket++;
    if (this.hasAttribute('src') || this.src === '') {
      this.#failLoad(loadProblem('the src attribute is empty; give the config’s address, or remove src.'));
      return;
    }
    // Watch the children until a config is taken from them: frameworks add the JSON child after the element
    // upgrades, and a page still being parsed may deliver a long script's text in pieces.
    if (!this.childObserver) {
      this.childObserver = new MutationObserver(() => this.loadFromMarkup());
      // A script child's type fixed later counts too.
      this.childObserver.observe(this, {
        childList: true,
        subtree: true,
        characterData: true,
        attributeFilter: ['type'],
      });
    }
    const scripts = [...this.children].filter((child) => child.localName === 'script');
    // MIME types are case-insensitive: "Application/JSON" is JSON too.
    const script = scripts.find(
      (child) => (child.getAttribute('type') ?? '').trim().toLowerCase() === 'application/json',
    );
    // A script deeper down (in a <div>, a <template>) is never read: say so rather than stay empty forever.
    const nested = this.#markupScript();
    if (!script && scripts.length === 0 && !nested) return;
    const ticket = ++this.markupTicket;
    if (!script) {
      // A <script> child of another type, or one nested: the host meant a config.
      const type = scripts[0]?.getAttribute('type');
      const problem: ConsentProblem = {
        code: 'config-load',
        path: 'script',
        message:
          type === undefined
            ? 'script: an inline config must be a <script type="application/json"> directly inside <consent-prompt>.'
            : `script: an inline config needs type="application/json"; this <script> child has type="${type ?? ''}".`,
      };
      this.whenMarkupSettled(ticket, () => this.#failLoad(problem));
      return;
    }
    const result = parseConfigJson(script.textContent ?? '');
    if (result.valid) {
      this.childObserver.disconnect();
      this.childObserver = undefined;
      this.#acceptConfig(result);
      return;
    }
    // Not a valid config yet, perhaps only part of it: report it once the rest could have arrived.
    this.whenMarkupSettled(ticket, () => this.#acceptConfig(result));
  }

  /**
   * Runs `report` once the page is parsed or this task is over, unless newer markup came meanwhile (a later change
   * is read again) or a config was set as a property.
   */
  private whenMarkupSettled(ticket: number, report: () => void): void {
    const settled = () => {
      if (ticket === this.markupTicket && this.isConnected && !this.hasConfigProperty) report();
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', settled, { once: true });
    else setTimeout(settled, 0);
  }

  /**
   * No config is in force (a replacement was invalid or failed to load): the decisions made under the old one no
   * longer hold, and what they let load is unloaded, since the visitor now has no prompt to withdraw them with.
   */
  #dropDecisions(): void {
    this.#endedAt = ++this.#decisionCount;
    this.#lifecycle.clear();
    this.#setDecided(null);
  }

  /**
   * A `config` attribute. React 19 and Vue (without `.prop`) set one in place of the property when the element is
   * not yet defined, and the object becomes "[object Object]": it is lost, and would otherwise leave no prompt and
   * no word of why. Without another config the visitor sees that the form could not be loaded.
   */
  #reportConfigAttribute(value: string): void {
    const shown = quotedValue(value);
    const problem: ConsentProblem = {
      code: 'config-load',
      path: 'config',
      message: `<consent-prompt config=${shown}>: config is a property, not an attribute (define the element before it renders).`,
    };
    console.error(new ConsentError('config-load', problem.message, 'config'));
    if (this.configState.status === 'empty' && !this.hasConfigProperty) this.#failLoad(problem);
    else this.dispatchWhenConnected(() => new ConsentErrorEvent({ source: 'load', problems: [problem] }));
  }

  /** A `<script>` anywhere in the markup, of any type, also inside a `<template>`: the host meant a config. */
  #markupScript(): Element | undefined {
    return (
      this.querySelector('script') ??
      [...this.querySelectorAll('template')].find((template) => template.content.querySelector('script'))
    );
  }

  /** Whether the markup gives a config, or means to: a `src` attribute or a `<script>` in it. */
  #markupOffersConfig(): boolean {
    return this.hasAttribute('src') || typeof this.src === 'string' || this.#markupScript() !== undefined;
  }

  /**
   * `config = null` (or `undefined`) with no config in the markup: none is in force, so the prompt shows nothing
   * that could record a decision under the one removed, and the decisions made under it no longer hold on this page
   * (stored ones are read again when a config is set). Before, the removed config stayed on screen.
   */
  #unsetConfig(): void {
    this.markupTicket++;
    if (this.configState.status === 'empty') return;
    this.configState = { status: 'empty' };
    this.recalling = false;
    this.pendingReady = false;
    this.#dropDecisions();
    this.#setToggles({});
  }

  /** The config could not be had: nothing to show, and the host hears why. */
  #failLoad(problem: ConsentProblem): void {
    this.configState = { status: 'invalid', problems: [problem], loadFailed: true };
    this.#dropDecisions();
    this.dispatchWhenConnected(() => new ConsentErrorEvent({ source: 'load', problems: [problem] }));
  }

  async #loadFromUrl(url: string): Promise<void> {
    const ticket = ++this.loadTicket;
    this.configState = { status: 'loading' };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ConsentPrompt.configTimeoutMs);
    let problem: ConsentProblem | undefined;
    let text = '';
    try {
      const requested = new URL(url, document.baseURI);
      // A config is fetched over HTTP(S), or from a Blob the page made: a javascript: or data: address is refused
      // before any request, which a strict connect-src would otherwise report as a violation of the host's policy.
      if (!['https:', 'http:', 'blob:'].includes(requested.protocol)) {
        throw new Error(`${requested.protocol} addresses are not fetched; give an http(s) or blob: address`);
      }
      const response = await fetch(requested, {
        signal: controller.signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
      const answered = response.redirected ? new URL(response.url).origin : requested.origin;
      if (!response.ok) problem = loadProblem(`the config at ${url} answered HTTP ${response.status}.`);
      else if (answered !== requested.origin) {
        // The host named one origin; a config that another one sent in its place is not the host's to apply.
        problem = loadProblem(`the config at ${url} redirected to another origin (${answered}).`);
      } else {
        const body = await readBoundedText(response, CONFIG_MAX_BYTES);
        if (body === null) problem = loadProblem(`the config at ${url} is larger than 2 MB.`);
        else text = body;
      }
    } catch (error) {
      const reason = controller.signal.aborted ? 'timed out' : describeError(error);
      problem = loadProblem(`the config at ${url} could not be loaded (${reason}).`);
    } finally {
      clearTimeout(timer);
    }
    if (ticket !== this.loadTicket) return;
    if (problem) {
      this.#failLoad(problem);
      return;
    }
    const result = parseConfigJson(text);
    // "The config is not JSON" names no field: say which source and address it came from.
    this.#acceptConfig(
      result.valid
        ? result
        : Object.freeze({
            ...result,
            problems: Object.freeze(
              result.problems.map((problem) =>
                problem.path === ''
                  ? Object.freeze({ ...problem, path: 'src', message: `src: the config at ${url}: ${problem.message}` })
                  : problem,
              ),
            ),
          }),
    );
  }

  #acceptConfig(result: ReturnType<typeof validateConfig>): void {
    if (!result.valid) {
      this.configState = { status: 'invalid', problems: result.problems, loadFailed: false };
      // A read still under way for the config this replaces would otherwise keep the error hidden for good.
      this.recalling = false;
      this.#dropDecisions();
      this.#setToggles({});
      this.pendingReady = false;
      // Fire now if connected; otherwise when the element connects (events need a place in the tree to bubble).
      this.dispatchWhenConnected(
        () => new ConsentErrorEvent({ source: 'load', problems: copyProblems(result.problems) }),
      );
      return;
    }
    const config = result.config;
    // The same config set again (React or Vue with an object literal, made anew on every render of the page) is no
    // new config: nothing is reloaded, re-read or announced. Reloading it on every render fired consent-ready each
    // time (a page setting state in its handler looped), told Google tags and subscribers the decision had ended
    // and begun again, and ate the visitor's clicks while storage was read again.
    if (this.configState.status === 'ready' && sameJson(this.configState.config, config)) return;
    for (const arrived of this.#configWaiters) arrived(config);
    this.#configWaiters.clear();
    // A decision in force closed the prompt; one this config no longer holds must be asked again, as on a reload.
    const wasDecided = this.#decided !== null;
    this.#endedAt = ++this.#decisionCount;
    this.configState = { status: 'ready', config };
    this.#setToggles(initialDecisions(config));
    this.#setDecided(null);
    this.view = 'ask';
    this.reasons = [];
    this.recalling = true;
    void this.#lifecycle.recall(config).then((recalled) => {
      if (this.config !== config) return;
      this.recalling = false;
      this.reasons = recalled.reasons;
      if (recalled.decisions) {
        // A returning visitor whose decision still holds: nothing to ask.
        this.#setDecided(recalled.decisions);
        this.#setToggles(recalled.decisions);
        this.view = 'preferences';
        if (this.layout !== 'inline') this.open = false;
      } else if (wasDecided) {
        this.open = true;
      }
      this.pendingReady = true;
      this.requestUpdate();
    });
  }

  private dispatchWhenConnected(make: () => Event): void {
    if (this.isConnected) this.dispatchEvent(make());
    else this.updateComplete.then(() => this.isConnected && this.dispatchEvent(make()));
  }

  /**
   * An attribute cannot throw at the code that set it, so the attempt is logged as a `ConsentError` naming the
   * attribute. No event fires: events come from the visitor or a loaded config, never from a property or attribute.
   */
  private reportDecidingAttempt(name: string): void {
    const message = `<consent-prompt ${name}>: an attribute cannot decide for the visitor. Every optional purpose starts unticked and only the visitor's own action grants it.`;
    console.error(new ConsentError('pre-ticked', message, name));
  }

  /**
   * An attribute (or property) with a value the prompt does not know: markup cannot be thrown at, so it is logged
   * and reported as a consent-error naming it, and the default is used. The value is shown cut and quoted.
   */
  private reportAttribute(
    code: 'invalid-storage' | 'invalid-layout',
    name: string,
    value: unknown,
    advice: string,
  ): void {
    let text: string;
    try {
      text = String(value);
    } catch {
      // A value whose own conversion throws (a hostile toString, a revoked Proxy) must not stop every update.
      text = `(a value that cannot be shown as text)`;
    }
    const shown = quotedValue(text);
    this.#report(new ConsentError(code, `<consent-prompt ${name}=${shown}>: ${advice}.`, name));
  }

  // ---- language ----

  /** The words of the visitor's language could not be loaded: shown in others, with a notice (renderWordsNotice). */
  private reportLocaleFailed(locale: string, error: unknown): void {
    const message = `The prompt's own words in ${locale} could not be loaded (${describeError(error)}); they are shown in another language, and the prompt says so.`;
    const problem: ConsentProblem = { code: 'locale-load', path: '', message };
    this.dispatchWhenConnected(() => new ConsentErrorEvent({ source: 'load', problems: [problem] }));
  }

  /** Found only once a locale is loaded (an override may collide with a shipped label it did not change). */
  private reportStringsProblem(problem: StringsProblem): void {
    console.error(new ConsentError('invalid-strings', problem.message, problem.path));
    this.dispatchWhenConnected(() => new ConsentErrorEvent({ source: 'load', problems: [{ ...problem }] }));
  }

  /** The visitor's languages, most wanted first: the one chosen in the menu, then as {@link visitorLanguages}. */
  private preferredLanguages(): string[] {
    // Read once per update: the render asks several times, and walking up for `lang` is not free.
    return this.preferencesThisUpdate ?? visitorLanguages(this, this.chosenLanguage);
  }

  private siteTextLanguage(config: ConsentConfig): SiteMatch {
    const preferences = this.preferredLanguages();
    const key = JSON.stringify(preferences);
    const last = this.lastSiteMatch;
    if (last && last.config === config && last.key === key) return last.match;
    const site = matchLanguage(preferences, config.languages, config.defaultLanguage);
    const clauses: Record<string, LanguageMatch> = {};
    for (const purpose of config.purposes) {
      const written = Object.keys(purpose.clause);
      // Every clause is written in the default language (validateConfig sees to it): the fallback of last resort.
      clauses[purpose.id] = written.includes(site.language)
        ? site
        : matchLanguage(preferences, written, config.defaultLanguage);
    }
    const match: SiteMatch = {
      ...site,
      clauses,
      key: [site.language, site.wanted, site.isWanted, ...config.purposes.map((p) => clauses[p.id]!.language)].join(
        '|',
      ),
    };
    this.lastSiteMatch = { config, key, match };
    return match;
  }

  /** The language a purpose's clause is shown in (see {@link SiteMatch}). */
  private clauseLanguage(match: SiteMatch, purposeId: string): LanguageMatch {
    return match.clauses[purposeId] ?? match;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.preferencesThisUpdate = visitorLanguages(this, this.chosenLanguage);
    // Compared with what was read rather than with the old value: a `src` property set before the definition loaded
    // is applied by Lit at the first update, after connecting read the markup without it.
    if (changed.has('src') && !this.hasConfigProperty && this.isConnected && this.src !== this.#srcRead) {
      this.loadFromMarkup();
    }
    // No layout (React sets a removed prop to undefined; a removed attribute reads null): the default, quietly.
    if ((this.layout as unknown) == null) this.layout = 'banner';
    else if (!LAYOUTS.includes(this.layout)) {
      this.reportAttribute(
        'invalid-layout',
        'layout',
        this.layout,
        'use banner, dialog or inline; the banner is shown',
      );
      this.layout = 'banner';
    }
    const config = this.config;
    const wanted = this.preferredLanguages();
    if (config) wanted.push(config.defaultLanguage);
    const locale = this.#i18n.resolve(wanted);
    if (locale !== this.#i18n.language && locale !== this.#requestedLocale) {
      this.#requestedLocale = locale;
      // Already saying the words are late: now it is those of the language asked for.
      if (this.wordsLate) this.wordsLate = locale;
      const loaded = () => {
        if (this.#requestedLocale === locale) this.#requestedLocale = null;
        // Words of a language asked for before arriving late end nothing: the notice is the later language's.
        if (this.wordsLate === locale) this.wordsLate = null;
        this.uiLanguage = this.#i18n.language;
        this.awaitingWords = false;
      };
      if (!this.#seen) this.awaitingWords = true;
      // A chunk that never arrives must not keep the prompt from the visitor: shown in the words at hand, and,
      // until the words come or are given up, saying they are not in the visitor's language (never silently).
      setTimeout(() => {
        this.awaitingWords = false;
        if (this.#requestedLocale === locale) this.wordsLate = locale;
      }, WORDS_WAIT_MS);
      void this.#i18n.setLanguage(locale).then(loaded, loaded);
    } else {
      if (locale === this.#i18n.language && this.#requestedLocale !== null) {
        // Back to the words at hand before the others came: nothing is late any more.
        this.#requestedLocale = null;
        this.wordsLate = null;
      }
      if (config && locale === this.uiLanguage) this.announceLanguageChange(config);
    }
    // The preferences view shows its receipts as loading in this very update and fetches them once rendered: the
    // state set in updated() would cost the prompt a second update.
    if (this.view === 'preferences' && this.receipts.status === 'idle' && config) {
      this.receipts = { status: 'loading' };
      this.#receiptsRequested = true;
    }
  }
  #receiptsRequested = false;

  /**
   * Once the words are loaded in a new language, says so to assistive technology, with the notice when a clause,
   * or the prompt's own words (their file failed to load), are not available in the visitor's language: a sighted
   * visitor sees both appear.
   */
  private announceLanguageChange(config: ConsentConfig): void {
    const site = this.siteTextLanguage(config);
    const missing = this.#i18n.missing;
    const wordsMissing = missing && missing !== this.uiLanguage ? missing : '';
    const shown = `${this.uiLanguage}|${site.key}|${wordsMissing}`;
    if (this.shownLanguages !== null && shown !== this.shownLanguages) {
      const name = (tag: string) => languageName(tag, this.uiLanguage);
      // Only when the prompt's own words changed language: a clause falling back alone is told by its notice, and
      // words that could not follow the visitor's language by theirs.
      const sentences = this.shownLanguages.startsWith(`${this.uiLanguage}|`)
        ? []
        : [this.#i18n.t('language.changed', { language: name(this.uiLanguage) })];
      if (wordsMissing) {
        sentences.push(this.#i18n.t('language.notice', { wanted: name(wordsMissing), shown: name(this.uiLanguage) }));
      }
      // Every notice on screen, one per language clauses fall back to, naming the clauses unless all of them do.
      const fallbacks = new Map<string, { wanted: string; titles: string[] }>();
      for (const purpose of config.purposes) {
        const clause = this.clauseLanguage(site, purpose.id);
        if (clause.isWanted || !clause.wanted) continue;
        const entry = fallbacks.get(clause.language) ?? { wanted: clause.wanted, titles: [] };
        entry.titles.push(purpose.title[clause.language] ?? purpose.id);
        fallbacks.set(clause.language, entry);
      }
      for (const [language, { wanted, titles }] of fallbacks) {
        const notice = this.#i18n.t('language.notice', { wanted: name(wanted), shown: name(language) });
        sentences.push(
          titles.length === config.purposes.length
            ? notice
            : `${this.purposeListText(titles)}${colonFor(this.uiLanguage)}${notice}`,
        );
      }
      this.announcement = sentences.join(' ');
    }
    this.shownLanguages = shown;
  }

  protected override update(changed: PropertyValues<this>): void {
    // A clause region the visitor is on is drawn anew when a language switch brings or takes away a glossary term
    // (the two are different templates): focus follows it to the new region rather than falling to <body>.
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    const clauseId = focused?.matches('[part="clause"]') ? focused.id : '';
    try {
      super.update(changed);
    } finally {
      // Outside an update (a click, a host call) the preferences are read afresh.
      this.preferencesThisUpdate = undefined;
    }
    if (clauseId && !focused!.isConnected) {
      (this.renderRoot as ShadowRoot).getElementById(clauseId)?.focus({ preventScroll: true });
    }
  }

  /**
   * On a short screen the actions stay pinned at the prompt's bottom (see the styles); stacked with large text they
   * can be taller than the prompt, and the first, "Reject all", would stay above its top for good. Taking more than
   * three quarters of it, they scroll with the rest instead.
   */
  #fitActions = (): void => {
    const layout = this.renderRoot.querySelector<HTMLElement>('.layout');
    const actions = layout?.querySelector<HTMLElement>('.actions');
    if (!layout || !actions) return;
    const tooTall = actions.offsetHeight > layout.clientHeight * 0.75;
    if (tooTall !== layout.hasAttribute('data-actions-unpinned'))
      layout.toggleAttribute('data-actions-unpinned', tooTall);
    // Resizing the observed box from its own observer would be a "ResizeObserver loop" error on the page.
    requestAnimationFrame(this.#fitPurposes);
  };

  /**
   * What stays while the purposes scroll: the heading, the actions and the note under them. Where they would leave
   * the purposes under a third of the screen (large text on a wide, short screen, which the styles' query for phones
   * does not catch), the whole prompt scrolls instead, as on a phone; the margin keeps it from flipping back.
   */
  #fitPurposes = (): void => {
    const layout = this.renderRoot.querySelector<HTMLElement>('.layout');
    const actions = layout?.querySelector<HTMLElement>('.actions');
    const prompt = layout?.parentElement;
    if (!layout || !actions || !prompt || this.layout === 'inline') return;
    const cramped = prompt.hasAttribute('data-cramped');
    const stays = [layout.querySelector('.header'), actions, layout.querySelector('.accept-all-note')].reduce(
      (sum, part) => sum + ((part as HTMLElement | null)?.offsetHeight ?? 0),
      0,
    );
    const room = window.innerHeight * 0.85 - stays;
    const crampedNow = room < window.innerHeight * (cramped ? 0.4 : 0.3);
    if (crampedNow !== cramped) prompt.toggleAttribute('data-cramped', crampedNow);
  };
  #sizes: ResizeObserver | undefined;
  #sizesView: Window | undefined;
  #sized: Element | null = null;

  protected override updated(changed: PropertyValues<this>): void {
    // Not observed out of the page (an update after removal): disconnectedCallback has let go of it.
    // Observed by the window it is shown in, and not at all in a frame removed with it inside (it has none): this
    // window's observer would report a "ResizeObserver loop" error on the page every frame (Chromium).
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    const layout = this.isConnected && view ? this.renderRoot.querySelector('.layout') : null;
    if (this.#sizes && this.#sizesView !== view) {
      this.#sizes.disconnect();
      this.#sizes = undefined;
      this.#sized = null;
    }
    if (layout !== this.#sized) {
      if (this.#sized) this.#sizes?.unobserve(this.#sized);
      if (layout && view) {
        this.#sizesView = view;
        this.#sizes ??= new view.ResizeObserver(this.#fitActions);
        this.#sizes.observe(layout);
        // Before the first paint of this layout; later changes of size come through the observer.
        this.#fitPurposes();
      }
      this.#sized = layout;
    }
    // A frame runs its animation-frame callbacks just before it paints, and input is handled before them. A page's
    // own frame callback may render again after this one (a `lang` set there): #decide sees that render as newer
    // than the painted one and records nothing.
    const rendered = this.#rendered;
    requestAnimationFrame((frameTime) => {
      if (this.#rendered !== rendered || this.#painted === rendered) return;
      this.#painted = rendered;
      this.#paintedAt = frameTime;
      this.#screensPainted++;
    });
    this.syncDialog(changed);
    this.#guardSwitches();
    // Private states are not in PropertyValues<this>'s keys.
    const states = changed as PropertyValues;
    if (states.has('uiLanguage') || states.has('chosenLanguage')) this.#lifecycle.refreshPlaceholders();
    if (this.#receiptsRequested) {
      this.#receiptsRequested = false;
      void this.loadReceipts();
    }
    this.scheduleRenderedCheck();
    // Out of the page (removed while its stored decision was read), it is ready once it is back: the event needs a
    // place in the tree to bubble, and a page listening there must hear it (connectedCallback updates again).
    if (this.pendingReady && this.config && this.isConnected) {
      this.pendingReady = false;
      // The prompt's words may still be on their way (another language's chunk): ready, and in which language,
      // once they are there.
      const config = this.config;
      void this.#i18n.settled.then(() => {
        if (this.config !== config) return;
        if (this.isConnected) this.announceReady(config);
        else this.pendingReady = true;
      });
    }
  }

  private announceReady(config: ConsentConfig): void {
    const match = this.siteTextLanguage(config);
    const purposes: PurposeSummary[] = config.purposes.map((purpose) => ({
      id: purpose.id,
      title: purpose.title[this.clauseLanguage(match, purpose.id).language] ?? '',
      language: this.clauseLanguage(match, purpose.id).language,
      necessary: purpose.necessary === true,
      separateConsent: purpose.separateConsent === true,
    }));
    this.dispatchEvent(
      new ConsentReadyEvent({
        source: 'load',
        policy: { id: config.policy.id, version: config.policy.version },
        purposes,
        decisions: this.#decided ?? {},
        language: this.#i18n.language,
      }),
    );
  }

  /**
   * While the prompt is on screen, watches what the visitor actually sees after the site's theme and outside CSS:
   * identical actions, readable, reachable; checked when it opens, when its layout, view or language changes, and
   * when the page's styles may have changed meanwhile. Reported, never fixed up.
   */
  private scheduleRenderedCheck(): void {
    const showing = this.open && !this.#held && this.configState.status === 'ready';
    if (showing) this.#seen = true;
    const key = showing ? `${this.layout}|${this.view}|${this.uiLanguage}` : null;
    if (key === this.checkedRendering) return;
    this.checkedRendering = key;
    this.stopWatchingRendering?.();
    this.stopWatchingRendering = undefined;
    if (!key) return;
    const current = () => this.checkedRendering === key && this.isConnected;
    // After layout and paint, so the computed styles and boxes are final.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (!current()) return;
        // Loaded after the first paint: the check is not needed to show the prompt.
        void loadChunk(import('./rendered-check.js'), 'The rendered check').then(
          ({ watchRenderedActions }) => {
            if (!current() || this.stopWatchingRendering) return;
            this.stopWatchingRendering = watchRenderedActions(
              this.renderRoot as ShadowRoot,
              this.layout !== 'inline',
              (problems) => this.dispatchEvent(new ConsentErrorEvent({ source: 'load', problems })),
              () => this.config !== undefined && optionalPurposes(this.config).length > 0,
            );
          },
          (error: unknown) => {
            // The prompt works without its check: shown unchecked, and the host hears so.
            if (!current()) return;
            this.#reportChunkLoad(
              '',
              `The check of the rendered prompt could not be loaded (${describeError(error)}); the prompt is shown unchecked.`,
            );
          },
        );
      }),
    );
  }

  private syncDialog(changed: PropertyValues<this>): void {
    // A dialog turned into another layout while open took the focused control with it.
    if (changed.get('layout') === 'dialog' && focusLost()) this.restoreFocus();
    // A banner reopened from <consent-preferences> gives the keyboard back when it closes, as the dialog does.
    if (changed.has('open') && !this.open && this.layout === 'banner') {
      this.returnFocusTo ??= this.#focusCameFrom;
      this.#focusCameFrom = null;
      // Only where the keyboard was in the banner, or fell out of it: a visitor who moved on keeps their place.
      if (focusLost() || this.contains(document.activeElement)) this.restoreFocus();
      else this.returnFocusTo = null;
    }
    const dialog = this.dialogElement;
    // Taken out of the page before this update ran (right after it was added, say): showModal() would throw.
    if (!dialog || !dialog.isConnected) return;
    // Modal only with something to decide: a config loading, invalid or failed to load must not make the whole
    // page inert (its problem goes to consent-error).
    const shown = this.open && this.layout === 'dialog' && !this.#held;
    // Open, and only waiting to read what a new config's earlier visit remembered: it stays open rather than close
    // and open again, which would take the keyboard from wherever it is (a playground's editor, on every edit).
    const staysOpen = this.open && this.layout === 'dialog' && this.#held && dialog.open;
    const shouldBeOpen = shown && this.configState.status === 'ready';
    // Its message is shown without a modal: the visitor learns why there is no form, and the page stays usable.
    const showsProblem = shown && this.configState.status === 'invalid';
    if (showsProblem && (!dialog.open || dialog.matches(':modal'))) {
      // A valid config replaced by an invalid one leaves a modal with no actions: shown again without the modal.
      if (dialog.open) dialog.close();
      dialog.show();
    } else if (shouldBeOpen && !dialog.open) {
      this.returnFocusTo = deepActiveElement();
      dialog.showModal();
    } else if (shouldBeOpen && !dialog.matches(':modal')) {
      // Taken out of the page while open (moved, re-parented by a framework), a dialog keeps `open` but loses its
      // modality: the page behind would take focus again. Shown modally anew; focus still returns where it was.
      // Or it showed a problem until a valid config came: focus returns to where it is now.
      this.returnFocusTo ??= deepActiveElement();
      dialog.close();
      dialog.showModal();
    } else if (!shouldBeOpen && !showsProblem && dialog.open && !staysOpen) {
      dialog.close();
    }
    if (changed.has('open') && !this.open && this.layout === 'dialog') this.restoreFocus();
  }

  private restoreFocus(): void {
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (target && target.isConnected) target.focus();
  }

  // ---- the visitor's input ----

  /**
   * Only a click the browser marks as trusted counts (see trusted-input.ts: a look-alike event handed to this
   * listener by a page script is refused). A scripted `click()` is undone before it ticks anything.
   */
  #onToggleClick(event: MouseEvent, purpose: PurposeConfig): void {
    const input = controlReached(event, this.renderRoot, this.#marks, `purpose:${purpose.id}`);
    if (!input) {
      // The visitor's own click on another control is left alone; a script's (or one a key pressed elsewhere made)
      // is undone: by cancelling it, and by drawing the recorded state again where it could not be cancelled
      // (dispatchEvent of a plain click).
      if (event instanceof Event && notTheVisitors(event)) {
        event.preventDefault();
        this.requestUpdate();
      }
      return;
    }
    // A switch is the same element whatever purpose it is drawn for: a config or language swapped in while the
    // visitor pressed it (its title now another purpose's) leaves what they meant to switch uncertain.
    if (this.#screenChangedSince(inputTime(event))) {
      event.preventDefault();
      this.requestUpdate();
      this.#refuseInput(
        'not-shown',
        'toggles',
        'The prompt changed (its config or its language) while the visitor pressed a switch, so which purpose they meant is not certain. The switch was not changed; the next press counts.',
      );
      return;
    }
    if (this.#unseen(input, 'toggles')) {
      event.preventDefault();
      this.requestUpdate();
      return;
    }
    // The switch as drawn, not its `checked` property, which a page script may have redefined.
    const granted = isTicked(input);
    // The click has drawn the switch and nothing else shows the toggles, so the prompt is not rendered again: a
    // toggle's next paint is one of the speed goals. aria-checked follows here; the `live` bindings read the
    // switch itself, so a later render still draws what is recorded.
    this.#toggles = { ...this.#toggles, [purpose.id]: granted };
    input.setAttribute('aria-checked', String(granted));
    this.dispatchEvent(new ConsentToggleEvent({ source: 'visitor', purposeId: purpose.id, granted }));
  }

  #onActionClick(event: MouseEvent, action: Exclude<DecisionAction, 'withdraw'>): void {
    const button = controlReached(event, this.renderRoot, this.#marks, `action:${action}`);
    if (!button || this.#unseen(button, 'actions')) return;
    if (this.toggleTampered()) {
      // "Reject all" depends on no switch: the visitor's refusal stands. The other two would record the switches.
      const refusal = action === 'reject-all';
      this.requestUpdate();
      this.#refuseInput(
        'tampered',
        'toggles',
        `A switch was changed by a script, not by the visitor. ${refusal ? '“Reject all” was recorded' : 'Nothing was recorded'}; the switches show the visitor’s own choices again.`,
      );
      if (!refusal) return;
    }
    this.#decide(action, this.#toggles, 'visitor', inputTime(event));
  }

  /**
   * Whether the page has made `control` all but invisible (opacity or `filter: opacity()` on it, on the prompt or on
   * anything around it): a click there is on something the visitor could not see, laid over the page's own content
   * to catch it, and counts for nothing. The rendered check reports such a prompt; this refuses the click itself.
   */
  #unseen(control: Element, path: string): boolean {
    let seen = 1;
    for (let node: Element | null = control; node && seen >= MIN_SEEN_OPACITY;) {
      const style = getComputedStyle(node);
      seen *= parseFloat(style.opacity) || 0;
      for (const [, amount = '1', percent] of style.filter.matchAll(/opacity\(\s*([\d.]+)?(%)?\s*\)/g)) {
        seen *= Math.min(1, (parseFloat(amount) || 0) / (percent ? 100 : 1));
      }
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    }
    if (seen >= MIN_SEEN_OPACITY) return false;
    this.#refuseInput(
      'not-shown',
      path,
      `The control clicked was drawn at ${Math.round(seen * 100)} % opacity, unseen: nothing was recorded.`,
    );
    return true;
  }

  /** The visitor's click could not count as it stands: the host hears why. */
  #refuseInput(code: string, path: string, message: string): void {
    this.dispatchEvent(new ConsentErrorEvent({ source: 'visitor', problems: [{ code, path, message }] }));
  }

  /**
   * On short screens the actions stay at the bottom of the scrolling prompt (see the styles): the browser scrolls a
   * focused control into view, but may leave it under them, so it is scrolled up past them.
   */
  private onFocusIn(event: FocusEvent): void {
    const from = event.relatedTarget;
    if (this.layout === 'banner' && !this.returnFocusTo && from instanceof HTMLElement && !this.contains(from)) {
      if (!this.shadowRoot?.contains(from)) this.#focusCameFrom = from;
    }
    const actions = this.renderRoot.querySelector<HTMLElement>('.actions');
    const target = event.target as HTMLElement;
    // The body or the whole prompt taking focus (show(), showModal()) is no control to uncover: it opens at its top.
    if (target.matches('.body, .layout')) return;
    if (!actions || actions.contains(target) || getComputedStyle(actions).position !== 'sticky') return;
    requestAnimationFrame(() => {
      const hidden = target.getBoundingClientRect().bottom - actions.getBoundingClientRect().top;
      if (hidden > 0) actions.closest('.layout')?.scrollBy({ top: hidden + 8 });
    });
  }

  /** One click withdraws one purpose: no harder than granting it was. */
  #onWithdrawClick(event: MouseEvent, purpose: PurposeConfig): void {
    if (!controlReached(event, this.renderRoot, this.#marks, `withdraw:${purpose.id}`) || !this.#decided) return;
    this.#decide('save', { ...this.#decided, [purpose.id]: false }, 'visitor', inputTime(event));
    // The "Withdraw" button goes with the grant. Where the prompt stays open (inline), focus would fall to the
    // page's body: it goes to that purpose's switch, now off, instead.
    void this.updateComplete.then(() => {
      if (!this.open || this.renderRoot.querySelector(':focus')) return;
      const id = CSS.escape(purpose.id);
      this.renderRoot.querySelector<HTMLElement>(`input[data-purpose="${id}"]`)?.focus();
    });
  }

  /**
   * Forgetting ends every grant: only the visitor's own click on this button counts as theirs, and not the second
   * click of a double click (or tap) on an action: after a decision the preferences view takes the first screen's
   * place, and "Forget my choices" may then lie where "Accept all" was.
   */
  #onForgetClick = (event: MouseEvent): void => {
    if (!controlReached(event, this.renderRoot, this.#marks, 'forget')) return;
    if (inputTime(event) - this.#decidedAt < DOUBLE_CLICK_MS) {
      this.#refuseInput(
        'not-shown',
        'forget',
        'The click on "Forget my choices" came as the second click of a double click on the decision just made, where the button had only just appeared. Nothing was forgotten; the next click counts.',
      );
      return;
    }
    void this.#forget('visitor');
  };
  /** When the input of the visitor's last decision began (see inputTime). */
  #decidedAt = -Infinity;

  private onCloseClick(event: MouseEvent): void {
    if (!isTrustedInput(event)) return;
    this.open = false;
  }

  /** Escape on the modal dialog closes it; it records nothing. */
  private onDialogCancel(event: Event): void {
    event.preventDefault();
    this.open = false;
  }

  /**
   * The modal dialog moves the keyboard itself: Tab to the next control that can take focus, Shift+Tab to the one
   * before, round from the last to the first and back. A bare modal `<dialog>` lets focus leave for the page's body
   * or the browser (Firefox then sends the page no keys) from its last control, from an open popover at the end of
   * its markup, or from its scrolling box, where Chromium may put focus when it opens.
   */
  private onDialogKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const dialog = event.currentTarget as HTMLDialogElement;
    const controls = [
      ...dialog.querySelectorAll<HTMLElement>('button, input, select, textarea, summary, a[href], [tabindex]'),
    ].filter(
      (control) =>
        control.tabIndex >= 0 &&
        !(control as HTMLButtonElement).disabled &&
        control.getClientRects().length > 0 &&
        getComputedStyle(control).visibility === 'visible' &&
        !control.closest('[inert]') &&
        !hiddenByDetails(control),
    );
    if (controls.length === 0) return;
    const root = this.renderRoot as ShadowRoot;
    const active = root.activeElement;
    const after = (from: Element, control: Element) =>
      (from.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    const step = (from: Element, among: readonly HTMLElement[]) =>
      event.shiftKey
        ? among.filter((control) => control !== from && !after(from, control)).pop()
        : among.find((control) => after(from, control));
    // In a popover (the language menu, a term's explanation, recipients), through its own controls, then on from
    // what opened it: the popover is drawn beside its opener though its markup comes last.
    const popover = active?.closest('.popover');
    let to = popover
      ? step(
          active!,
          controls.filter((control) => popover.contains(control)),
        )
      : undefined;
    const opener = popover ? root.querySelector<HTMLElement>('[aria-expanded="true"]') : null;
    if (!to && opener) to = event.shiftKey ? opener : step(opener, controls);
    to ??= step(active ?? dialog, controls) ?? (event.shiftKey ? controls[controls.length - 1] : controls[0]);
    event.preventDefault();
    // A control that cannot take focus after all (a theme's rule the checks above do not know): on to the next.
    const order = event.shiftKey ? [...controls].reverse() : controls;
    for (let tries = 0; to && tries < controls.length; tries++) {
      to.focus();
      if (root.activeElement === to) return;
      to = order[(order.indexOf(to) + 1) % order.length];
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.layout === 'banner' && this.open) this.open = false;
  }

  /**
   * Escape anywhere on the page closes the banner, which records nothing: it may cover the page's control that has
   * the keyboard (WCAG 2.4.11), and this uncovers it without moving focus. Not when the key is the page's own: a
   * listener cancelled it, it ends a composition (an input method), it clears a search field, or a modal dialog or
   * an open popover of the page is on top (the key closes that).
   */
  #onPageKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing || !isTrustedInput(event)) return;
    if (this.layout !== 'banner' || !this.open) return;
    const path = event.composedPath();
    if (path.includes(this) || (path[0] instanceof HTMLInputElement && path[0].type === 'search')) return;
    if (pageLayerOnTop(this.ownerDocument)) return;
    this.open = false;
  };
  /** The document whose key presses it hears (it may be moved into another). */
  #keysFrom: Document | null = null;

  #guarded = new WeakSet<HTMLInputElement>();
  #checkedWatch: MutationObserver | undefined;

  /**
   * A script that ticks a switch (its `checked` property, its `checked` attribute or `defaultChecked`) is undone at
   * once and reported, so no switch shows ticked on the visitor's behalf. One that goes round this (the prototype's
   * own setter) is caught when an action is pressed (toggleTampered).
   */
  #guardSwitches(): void {
    if (!this.#checkedWatch) {
      this.#checkedWatch = new MutationObserver(() => {
        if (this.toggleTampered()) this.requestUpdate();
        this.#reportSwitchSet();
      });
      this.#checkedWatch.observe(this.renderRoot, { subtree: true, attributeFilter: ['checked'] });
    }
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[data-purpose]')) {
      if (this.#guarded.has(input)) continue;
      this.#guarded.add(input);
      guardChecked(
        input,
        (purpose) => this.#toggles[purpose] === true,
        () => this.#reportSwitchSet(),
      );
    }
  }

  #reportSwitchSet(): void {
    this.dispatchEvent(
      new ConsentErrorEvent({
        source: 'host',
        problems: [
          {
            code: 'tampered',
            path: 'toggles',
            message: 'A script tried to tick or untick a switch; only the visitor does. The switch was left as it was.',
          },
        ],
      }),
    );
  }

  /**
   * Whether a script flipped a switch's `checked`, or redefined how it reads, so that the screen no longer shows the
   * recorded toggles.
   */
  private toggleTampered(): boolean {
    const inputs = this.renderRoot.querySelectorAll<HTMLInputElement>('input[data-purpose]');
    return [...inputs].some((input) => {
      const recorded = this.#toggles[input.dataset['purpose'] ?? ''] === true;
      return input.checked !== recorded || isTicked(input) !== recorded;
    });
  }

  /**
   * Whether the prompt replaced a screen the visitor saw since their input began at `inputAt`: another rendered
   * since the last paint, or the one on screen now painted (over an earlier one) after it began. Before the first
   * paint nothing they saw was replaced.
   */
  #screenChangedSince(inputAt: number): boolean {
    const painted = this.#painted;
    if (!painted) return false;
    return painted !== this.#rendered || (this.#screensPainted > 1 && inputAt > 0 && this.#paintedAt > inputAt);
  }

  /** `clickedAt`: when the visitor's input began (`inputTime`: a tap's finger going down, else the click's time). */
  #decide(
    chosen: Exclude<DecisionAction, 'withdraw'>,
    current: Decisions,
    source: 'visitor' | 'host',
    clickedAt = 0,
  ): Decisions {
    const config = this.config as ConsentConfig;
    const painted = this.#painted?.config === config ? this.#painted : null;
    // A click on a prompt whose config was swapped in before it could be seen records nothing; nor does one while
    // other words, rendered before the click, have replaced the painted ones and may or may not be on screen yet (a
    // language switched in an animation frame). Words rendered after the click (by a listener that ran first) were
    // never seen: the painted ones are recorded.
    // So does a click whose input came before the painted words were first painted: Chromium may run a frame
    // between an input and its click event, so the words painted then were not on screen when the visitor clicked.
    const rendered = this.#rendered;
    const uncertain =
      (painted !== rendered && rendered !== null && rendered.at <= clickedAt) ||
      (painted !== null && clickedAt > 0 && this.#paintedAt > clickedAt);
    if (source === 'visitor' && (!painted || uncertain)) {
      this.#refuseInput(
        'not-shown',
        '',
        'The prompt changed (its config or its language) just before the click, so what the visitor saw is not certain. Nothing was recorded; the next click counts.',
      );
      return this.#decided ?? initialDecisions(config);
    }
    const match = painted?.match ?? this.siteTextLanguage(config);
    const gpc = globalPrivacyControl();
    const decisions = applyAction(config, chosen, current, { gpc });
    const action = this.isWithdrawal(decisions) ? 'withdraw' : chosen;
    const shown: Record<string, ShownClause> = {};
    const shownText: Record<string, { language: string; text: string }> = {};
    for (const purpose of config.purposes) {
      const clause = this.clauseLanguage(match, purpose.id);
      const notice = !clause.isWanted && !!clause.wanted;
      shown[purpose.id] = Object.freeze({ language: clause.language, languageNotice: notice });
      // Exactly the text on screen, for the receipt's digest.
      shownText[purpose.id] = { language: clause.language, text: purpose.clause[clause.language] ?? '' };
    }
    this.#setToggles(decisions);
    this.#setDecided(decisions);
    this.#lifecycle.decided(decisions, source);
    if (source === 'visitor') this.#decidedAt = clickedAt;
    this.view = 'preferences';
    if (this.layout !== 'inline') this.open = false;
    const count = ++this.#decisionCount;
    const detail: DecisionToEmit = Object.freeze({
      source,
      action,
      decisions,
      language: painted?.uiLanguage ?? this.uiLanguage,
      shown: Object.freeze(shown),
      policy: Object.freeze({ id: config.policy.id, version: config.policy.version }),
      timestamp: Date.now(),
    });
    // One after another, in the order decided: each waits for its receipt code to load, and two loads may finish
    // in either order, which would chain a withdrawal's receipt before the grant it ends and tell the page so.
    // The signer in force when the decision is made signs it, whatever is set while earlier ones are signed.
    const hostSigner = this.hostSigner;
    const emitted = this.#emitting.then(() => this.#emitDecision(count, config, shownText, detail, hostSigner));
    this.#emitting = emitted.catch(() => undefined);
    void emitted;
    return decisions;
  }

  private async loadReceipts(): Promise<void> {
    const config = this.config;
    if (!config) return;
    // Loads overlap (the view opens, then a decision lands): only the latest call may set the list.
    const ticket = ++this.receiptsTicket;
    if (this.receipts.status === 'idle') this.receipts = { status: 'loading' };
    let summary: typeof import('../../receipt/receipt-summary.js');
    try {
      // The receipt view's code comes with the first visit to the preferences view, not before; drawn once here.
      if (!receiptsView) {
        receiptsView = await loadChunk(import('./receipts-view.js'), 'The receipts view');
        this.requestUpdate();
      }
      if (!canSign()) return;
      summary = await loadChunk(import('../../receipt/receipt-summary.js'), 'The receipts’ summary');
    } catch (error) {
      if (ticket !== this.receiptsTicket) return;
      // The receipts cannot be shown now; the decision and everything else stand, and the host hears why.
      this.#reportChunkLoad(
        'receipts',
        `The code that shows the visitor's consent receipts could not be loaded (${describeError(error)}); the decision stands.`,
      );
      return;
    }
    const items = await summary.summarizeReceipts(config);
    if (ticket !== this.receiptsTicket) return;
    if (this.config === config && this.receipts.status !== 'idle') this.receipts = { status: 'ready', items };
  }

  private async onDownloadReceipts(): Promise<void> {
    const config = this.config;
    if (!config || this.receipts.status !== 'ready') return;
    const { receiptsFile } = await loadChunk(import('../../receipt/receipt-summary.js'), 'The receipts’ summary');
    const blob = new Blob([await receiptsFile(config)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `consent-receipts-${config.policy.id}.json`;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // Revoked later: some browsers start the download only after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }

  /** Turning off something granted before, and granting nothing new, is a withdrawal: it gets its own receipt. */
  private isWithdrawal(decisions: Decisions): boolean {
    const before = this.#decided;
    if (!before) return false;
    const ids = Object.keys(decisions);
    return ids.some((id) => before[id] === true && !decisions[id]) && !ids.some((id) => !before[id] && decisions[id]);
  }

  /** Signs the receipt (its code loads on the first decision), then tells the page. */
  async #emitDecision(
    count: number,
    config: ConsentConfig,
    shownText: Record<string, { language: string; text: string }>,
    detail: DecisionToEmit,
    hostSigner: ReceiptSigner | null,
  ): Promise<void> {
    // Ended while it waited its turn ("forget everything", a new config): nothing to sign for it any more.
    if (count <= this.#endedAt) return;
    let issued: IssueResult | null = null;
    let problem: ConsentProblem | undefined;
    if (!canSign()) {
      problem = {
        code: 'receipt-unavailable',
        path: 'receipt',
        message: 'Receipts need a secure context (HTTPS or localhost) for WebCrypto. The decision still counts.',
      };
    } else {
      const byHost = hostSigner !== null || config.signer?.url !== undefined;
      await this.#receiptsForgotten;
      try {
        const [{ issueReceipt }, host] = await Promise.all([
          loadChunk(import('../../receipt/receipt-issuer.js'), 'The receipts’ code'),
          byHost ? loadChunk(import('../../receipt/host-signer.js'), 'The host signer') : undefined,
        ]);
        issued = await issueReceipt(
          {
            config,
            decisions: detail.decisions,
            action: detail.action,
            source: detail.source,
            language: detail.language,
            shown: shownText,
            now: new Date(detail.timestamp),
            gpc: globalPrivacyControl(),
          },
          host ? (payload) => host.signWithHost(payload, config, hostSigner) : undefined,
        );
      } catch (error) {
        const code = (error as { code?: unknown })?.code;
        // The reason as a sentence of its own, whatever was thrown ("op", a hostile object).
        const reason = describeError(error).trim();
        problem = {
          code: code === 'signer-failed' || code === 'signer-forged' ? code : 'receipt-failed',
          path: byHost ? 'signer' : 'receipt',
          message: `The receipt could not be signed: ${/[.!?。]$/.test(reason) ? reason : `${reason}.`} The decision still counts.`,
        };
      }
    }
    if (count <= this.#endedAt) return;
    if (problem) this.dispatchEvent(new ConsentErrorEvent({ source: detail.source, problems: [problem] }));
    if (issued && !issued.persisted) {
      this.reportStorageError(
        {
          code: 'unavailable',
          operation: 'write',
          message:
            'IndexedDB is unavailable: the receipt is signed, but its device key and chain last only as long as this page.',
        } as StorageError,
        detail.source,
      );
    }
    if (this.receipts.status !== 'idle') void this.loadReceipts();
    // Frozen: a listener that edits the receipt in the event must not change what is remembered.
    const receipt = deepFreeze(issued?.receipt ?? null);
    const chainHead = deepFreeze(issued?.chainHead ?? null);
    this.dispatchEvent(new ConsentDecisionEvent({ ...detail, receipt, chainHead }));
    if (count !== this.#decisionCount) return;
    await this.#lifecycle.remember({
      config,
      decisions: detail.decisions,
      action: detail.action,
      gpc: globalPrivacyControl(),
      time: detail.timestamp,
      shown: shownText,
      receipt,
      chainHead,
    });
  }

  // ---- remembering, other tabs, gated content ----

  /** Another tab decided (or forgot): show what is now in force, and tell the page. */
  #onSync(recalled: RecalledConsent): void {
    const config = this.config;
    if (!config) return;
    if (!recalled.decisions || !recalled.state) {
      this.#setDecided(null);
      this.view = 'ask';
      this.#setToggles(initialDecisions(config));
      this.reasons = recalled.reasons;
      this.open = true;
      return;
    }
    const { state } = recalled;
    this.#setDecided(recalled.decisions);
    this.#setToggles(recalled.decisions);
    this.view = 'preferences';
    if (this.layout !== 'inline') this.open = false;
    if (this.receipts.status !== 'idle') void this.loadReceipts();
    // The other tab's words and clauses, as its receipt records them: a notice was shown there where a clause was
    // in another language than its words. The cookie form keeps none: the one this browser kept for it tells, and
    // without either only the clauses' languages are known. A JWS that storage already verified.
    const jws = state.receipt?.jws ?? recalled.receipt;
    const payload = jws ? (decodeJwsPayload(jws) as ReceiptPayload) : null;
    const language = payload?.language ?? this.uiLanguage;
    const shown: Record<string, ShownClause> = {};
    const recorded = new Map(
      payload?.['urn:unticked:consent'].decisions.map((decision) => [decision.purpose, decision.language]),
    );
    // Without a receipt (a cookie), the other tab's languages are those its optional clauses were shown in.
    const otherTab = [...Object.values(state.shown).map((clause) => clause.language), language];
    for (const purpose of config.purposes) {
      // Storage keeps the optional purposes' clauses; a necessary one's language is in the receipt, or else is
      // the one its clause resolves to for the other tab's words, as it did there.
      const clauseLanguage =
        state.shown[purpose.id]?.language ??
        recorded.get(purpose.id) ??
        matchLanguage(otherTab, Object.keys(purpose.clause), config.defaultLanguage).language;
      const languageNotice = payload !== null && !sameLanguage(clauseLanguage, payload.language);
      shown[purpose.id] = Object.freeze({ language: clauseLanguage, languageNotice });
    }
    this.dispatchEvent(
      new ConsentDecisionEvent({
        source: 'sync',
        action: state.action,
        decisions: recalled.decisions,
        language,
        shown: Object.freeze(shown),
        policy: Object.freeze({ ...state.policy }),
        timestamp: state.time,
        receipt: state.receipt && payload ? deepFreeze({ ...state.receipt, payload }) : null,
        chainHead: state.chain,
      }),
    );
  }

  private reportStorageError(error: StorageError, source: DecisionSource): void {
    const { code, operation, message } = error;
    this.dispatchWhenConnected(() => new ConsentStorageErrorEvent({ code, operation, message, source }));
  }

  /** A placeholder's "Allow …": the visitor reads that purpose's clause and decides on it here, in the prompt. */
  private async focusPurpose(purposeId: string): Promise<void> {
    this.show();
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLElement>(`input[data-purpose="${CSS.escape(purposeId)}"]`);
    input?.closest('li')?.scrollIntoView({ block: 'nearest' });
    input?.focus();
  }

  private placeholderTexts(purposeId: string): PlaceholderTexts {
    const config = this.config;
    const purpose = config?.purposes.find((p) => p.id === purposeId);
    // In the language its clause is shown in, as everywhere else its title is named.
    const shown =
      config && purpose
        ? this.titleShown(purpose, this.clauseLanguage(this.siteTextLanguage(config), purposeId).language)
        : { text: purposeId };
    const title = shown.text;
    // The title is site text: substituted after translation, never interpolated by i18next. Where it was put is
    // kept: the same letters may also stand in the words around it (an Arabic title inside a longer word).
    const fill = (key: string) => {
      let at = -1;
      let text = '';
      for (const part of this.#i18n.parts(key, ['purpose'])) {
        if (typeof part !== 'string' && at < 0) at = text.length;
        text += typeof part === 'string' ? part : title;
      }
      return { text, at };
    };
    const blocked = fill('placeholder.blocked');
    const allow = fill('placeholder.allow');
    return {
      blocked: blocked.text,
      allow: allow.text,
      lang: this.uiLanguage,
      dir: languageDirection(this.uiLanguage),
      title: { ...shown, blockedAt: blocked.at, allowAt: allow.at },
    };
  }

  // ---- the JS API ----

  /**
   * The decision in force for one purpose: `true` granted, `false` refused, `null` before any decision (or for an
   * id that is not an optional purpose).
   */
  decision(purposeId: string): boolean | null {
    return this.#lifecycle.decision(purposeId);
  }

  /**
   * Resolves once `purposeId` is granted: at once when it already is, else whenever the visitor (here or in another
   * tab) grants it. Never resolves on refusal. Rejects with a `ConsentError` (`unknown-purpose`) for an id that is
   * not an optional purpose of the loaded config.
   */
  async granted(purposeId: string): Promise<void> {
    const isId = typeof purposeId === 'string';
    // Asked before any config loaded: the id is checked against the first that does.
    const config =
      this.config ??
      (isId ? await new Promise<ConsentConfig>((arrived) => this.#configWaiters.add(arrived)) : undefined);
    if (!isId || (config && !optionalPurposes(config).some((purpose) => purpose.id === purposeId))) {
      const shown = isId ? JSON.stringify(purposeId.slice(0, 64)) : `a ${typeof purposeId}`;
      throw new ConsentError('unknown-purpose', `granted(${shown}): not an optional purpose.`, 'purposeId');
    }
    return this.#lifecycle.granted(purposeId);
  }

  /**
   * Calls `listener` with the decisions in force after every change: a decision here or in another tab, one
   * remembered from an earlier visit, or "forget". Returns a function that unsubscribes.
   */
  subscribe(listener: (change: ConsentChange) => void): () => void {
    return this.#lifecycle.subscribe(listener);
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    this.#rendered = null;
    const content = this.renderContent();
    const language = this.uiLanguage;
    const dir = languageDirection(language);
    if (this.layout === 'dialog') {
      return html`<dialog
        part="prompt"
        class="prompt"
        lang=${language}
        dir=${dir}
        aria-labelledby="${this.uid}-heading"
        @cancel=${this.onDialogCancel}
        @keydown=${this.onDialogKeydown}
      >
        ${content}
      </dialog>`;
    }
    return html`<section
      part="prompt"
      class="prompt"
      lang=${language}
      dir=${dir}
      ?hidden=${!this.open || this.configState.status === 'empty' || this.#held}
      aria-labelledby="${this.uid}-heading"
      @keydown=${this.onKeydown}
    >
      ${content}
    </section>`;
  }

  private renderContent(): TemplateResult {
    const state = this.configState;
    switch (state.status) {
      case 'empty':
        return html``;
      case 'loading':
        return html`<p class="status" role="status">${this.#i18n.t('status.loading')}</p>`;
      case 'invalid':
        return html`<p class="error" part="error" role="alert" id="${this.uid}-heading">
          ${this.#i18n.t(state.loadFailed ? 'errors.loadFailed' : 'errors.invalidConfig')}
        </p>`;
      case 'ready':
        return this.renderPrompt(state.config);
    }
  }

  private renderPrompt(config: ConsentConfig): TemplateResult {
    const match = this.siteTextLanguage(config);
    // The same screen while nothing a decision records changed: a re-render with the same words (a page setting
    // `lang` to what it was, on every frame) does not make what was painted uncertain.
    const same = (screen: ShownScreen | null) =>
      screen?.config === config && screen.uiLanguage === this.uiLanguage && screen.match.key === match.key;
    const screen = [this.#lastRendered, this.#painted].find(same) ?? {
      config,
      match,
      uiLanguage: this.uiLanguage,
      at: performance.now(),
    };
    this.#rendered = this.#lastRendered = screen;
    const optionalCount = optionalPurposes(config).length;
    return html`
      <div class="layout" @focusin=${this.onFocusIn}>
        <div class="header">
          <h2 id="${this.uid}-heading" part="heading">
            ${this.#i18n.t(this.view === 'preferences' ? 'preferences.heading' : 'heading')}
          </h2>
          ${this.renderLanguageMenu(config, match)}
          ${
            this.layout === 'inline'
              ? nothing
              : html`<button
                  type="button"
                  class="close"
                  part="close"
                  aria-label=${this.#i18n.t('actions.close')}
                  title=${this.#i18n.t('actions.close')}
                  @click=${this.onCloseClick}
                >
                  <svg aria-hidden="true" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.75">
                    <path d="M3 3l10 10m0-10L3 13" />
                  </svg>
                </button>`
          }
        </div>
        <div class="body" tabindex="-1">
          ${this.renderWordsNotice()} ${this.renderIntro(config, optionalCount)}
          <ul class="purposes" part="purposes">
            ${config.purposes.map((purpose) => this.renderPurpose(config, purpose, this.clauseLanguage(match, purpose.id)))}
          </ul>
          ${this.view === 'preferences' ? this.renderPreferencesExtras(config, match) : nothing}
        </div>
        ${optionalCount > 0 ? this.renderActions(config, match) : nothing}
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
        ${this.renderInfo(config, match)}
      </div>
    `;
  }

  private renderPreferencesExtras(config: ConsentConfig, match: SiteMatch): TemplateResult {
    const titles: Record<string, TitleShown> = {};
    for (const purpose of config.purposes) {
      titles[purpose.id] = this.titleShown(purpose, this.clauseLanguage(match, purpose.id).language);
    }
    const t = (key: string, options?: TOptions) => this.#i18n.t(key, options);
    const secure = canSign();
    // Collapsed until asked for: receipts loading in must not move the actions under the visitor's pointer.
    return html`<details class="receipts" part="receipts" data-state=${secure ? this.receipts.status : 'unavailable'}>
        <summary id="${this.uid}-receipts">${t('receipt.heading')}</summary>
        ${
          receiptsView?.renderReceipts({
            state: this.receipts,
            secure,
            t,
            language: this.uiLanguage,
            titles,
            onDownload: () => void this.onDownloadReceipts(),
          }) ?? html`<p>${t('status.loading')}</p>`
        }
      </details>
      <p class="forget">
        <button
          type="button"
          class="link-button"
          part="forget"
          ${markControl(this.#marks, 'forget')}
          @click=${this.#onForgetClick}
        >
          ${this.#i18n.t('preferences.forget')}
        </button>
      </p>`;
  }

  /**
   * The clause with each glossary term as a button that explains it. The text is unchanged: its parts are text
   * nodes and the terms' own text, with nothing between them (the region is `white-space: pre-wrap`, so the
   * template must add no whitespace: hence the prettier-ignore).
   */
  private renderClauseWithTerms(
    parts: readonly ClausePart[],
    purposeId: string,
    ids: { clauseId: string; titleId: string; language: string; dir: string },
  ): TemplateResult {
    const content = this.renderClauseParts(parts, purposeId);
    // prettier-ignore
    return html`<div class="clause" part="clause" id=${ids.clauseId} lang=${ids.language} dir=${ids.dir} tabindex="0" role="region" aria-labelledby=${ids.titleId}>${content}</div>`;
  }

  // Plain text goes into the list as a string (a text node), not wrapped in a template of its own to create.
  private renderClauseParts(parts: readonly ClausePart[], purposeId: string): (TemplateResult | string)[] {
    return parts.map((part, index) => {
      if (typeof part === 'string') return part;
      const id = `term:${purposeId}:${index}`;
      const expanded = this.popovers.openId === id ? 'true' : 'false';
      const open = (event: MouseEvent) => this.openTerm(event, id, part.term, purposeId);
      // prettier-ignore
      return html`<button type="button" class="term" part="term" data-term=${part.term} aria-haspopup="dialog" aria-expanded=${expanded} aria-controls="${this.uid}-info" @click=${open}>${part.term}</button>`;
    });
  }

  private openTerm(event: MouseEvent, id: string, term: string, purposeId: string): void {
    const config = this.config;
    const explanations = config?.glossary?.[term];
    if (!config || !explanations) return;
    const available = Object.keys(explanations);
    // In the clause's language first, where the term was read; then the visitor's.
    const clauseLanguage = this.clauseLanguage(this.siteTextLanguage(config), purposeId).language;
    const preferences = [clauseLanguage, ...this.preferredLanguages()];
    const { language } = matchLanguage(preferences, available, config.defaultLanguage);
    this.openInfo(event, id, { kind: 'term', term, text: explanations[language] ?? '', language, clauseLanguage });
  }

  /** Opens the info popover next to the button that asked for it; Escape or a click outside closes it. */
  private async openInfo(event: MouseEvent, id: string, info: InfoPopover): Promise<void> {
    const anchor = event.currentTarget as HTMLElement;
    if (this.popovers.openId === id) {
      this.popovers.close(true);
      return;
    }
    this.info = info;
    await this.updateComplete;
    const panel = this.renderRoot.querySelector<HTMLElement>('.info-popover');
    if (!panel) return;
    await this.popovers.open(id, anchor, panel);
    panel.focus();
  }

  private renderInfo(config: ConsentConfig, match: SiteMatch): TemplateResult {
    const info = this.info;
    const open = this.popovers.openId !== null && this.popovers.openId !== 'languages' && info !== null;
    let content: TemplateResult | typeof nothing = nothing;
    if (info?.kind === 'term') {
      content = html`<p class="info-title">
          <strong
            >${this.#i18n.parts('glossary.explain', ['term']).map((part) => (typeof part === 'string' ? part : html`<bdi>${info.term}</bdi>`))}</strong
          >
        </p>
        ${
          sameLanguage(info.language, info.clauseLanguage)
            ? nothing
            : this.renderLanguageNotice({ language: info.language, wanted: info.clauseLanguage, isWanted: false })
        }
        <p
          class="info-text"
          lang=${info.language}
          dir=${languageDirection(info.language)}
          .textContent=${info.text}
        ></p>`;
    } else if (info?.kind === 'recipients') {
      const purpose = config.purposes.find((p) => p.id === info.purposeId);
      const title = purpose?.title[this.clauseLanguage(match, info.purposeId).language] ?? info.purposeId;
      content = html`<p class="info-title">
          <strong>${this.#i18n.t('recipients.show')}</strong>${colonFor(this.uiLanguage)}<bdi>${title}</bdi>
        </p>
        <ul class="info-recipients">
          ${(purpose?.thirdParties ?? []).map(
            (party) =>
              html`<li>
                <bdi class="recipient-name">${party.name}</bdi><br />
                ${this.#i18n.t('recipients.contact')}${colonFor(this.uiLanguage)}<bdi>${party.contact}</bdi>
                ${
                  party.url
                    ? html`<br /><a
                          href=${siteAddress(party.url, location.origin)}
                          target="_blank"
                          rel="noopener noreferrer"
                          ><bdi>${party.url}</bdi></a
                        >`
                    : nothing
                }
              </li>`,
          )}
        </ul>`;
    }
    return html`<div
      id="${this.uid}-info"
      class="popover info-popover"
      part="info-popover"
      role="dialog"
      aria-label=${info?.kind === 'term' ? info.term : this.#i18n.t('recipients.show')}
      tabindex="-1"
      ?hidden=${!open}
    >
      ${content}
    </div>`;
  }

  /** Whether this prompt has asked for the autonyms chunk: once, so a language CLDR cannot name asks no more. */
  #autonymsAsked = false;

  /** Loads the names of languages in themselves the browser lacks, then renders the menu again with them. */
  #loadAutonyms(): void {
    this.#autonymsAsked = true;
    autonymsLoaded ??= loadChunk(import('../../core/i18n/autonyms.js'), 'The language names').then((module) =>
      registerAutonyms(module.default),
    );
    autonymsLoaded.then(
      () => this.requestUpdate(),
      (error: unknown) => {
        autonymsLoaded = undefined;
        this.#reportChunkLoad(
          'languages',
          `The names of the config's languages in themselves could not be loaded (${describeError(error)}); the language menu names some in the browser's language.`,
        );
      },
    );
  }

  private renderLanguageMenu(config: ConsentConfig, match: LanguageMatch): TemplateResult | typeof nothing {
    if (config.languages.length < 2) return nothing;
    if (!this.#autonymsAsked && lacksAutonyms(config.languages)) this.#loadAutonyms();
    const menuId = `${this.uid}-languages`;
    const open = this.popovers.openId === 'languages';
    return html`<div class="language">
      <button
        type="button"
        class="language-button"
        part="language-button"
        aria-haspopup="menu"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${menuId}
        @click=${this.onLanguageButtonClick}
        @keydown=${this.onLanguageButtonKeydown}
      >
        <span class="visually-hidden">${this.#i18n.t('language.menu')}:</span>
        <span lang=${match.language}>${languageNameCap(match.language, match.language)}</span>
        <span aria-hidden="true">▾</span>
      </button>
      <ul
        id=${menuId}
        class="popover language-menu"
        part="language-menu"
        role="menu"
        aria-label=${this.#i18n.t('language.menu')}
        ?hidden=${!open}
        @keydown=${this.onLanguageMenuKeydown}
      >
        ${config.languages.map(
          (tag) =>
            html`<li role="none">
              <button
                type="button"
                role="menuitemradio"
                aria-checked=${tag === match.language ? 'true' : 'false'}
                lang=${tag}
                dir=${languageDirection(tag)}
                data-language=${tag}
                tabindex="-1"
                @click=${() => this.chooseLanguage(tag)}
              >
                ${languageNameCap(tag, tag)}
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private async onLanguageButtonClick(event: MouseEvent): Promise<void> {
    if (this.popovers.openId === 'languages') {
      this.popovers.close(true);
      return;
    }
    await this.openLanguageMenu(event.currentTarget as HTMLElement);
  }

  private async onLanguageButtonKeydown(event: KeyboardEvent): Promise<void> {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    await this.openLanguageMenu(event.currentTarget as HTMLElement, event.key === 'ArrowUp' ? -1 : 0);
  }

  private async openLanguageMenu(anchor: HTMLElement, focusIndex?: number): Promise<void> {
    const panel = this.renderRoot.querySelector<HTMLElement>('.language-menu');
    if (!panel) return;
    await this.popovers.open('languages', anchor, panel);
    await this.updateComplete;
    const items = [...panel.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
    const checked = items.findIndex((item) => item.getAttribute('aria-checked') === 'true');
    const index = focusIndex === undefined ? Math.max(0, checked) : (focusIndex + items.length) % items.length;
    items[index]?.focus();
  }

  private onLanguageMenuKeydown(event: KeyboardEvent): void {
    const items = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
    const current = items.indexOf(event.composedPath()[0] as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      items[((moves[event.key] as number) + items.length) % items.length]?.focus();
    } else if (event.key === 'Tab') {
      this.popovers.close(false);
    }
  }

  /** The visitor picked a language: everything re-resolves; their toggles stay as they are. */
  private chooseLanguage(tag: string): void {
    // Words that failed to load earlier may load now: the visitor asked.
    this.#i18n.retry();
    this.chosenLanguage = tag;
    this.popovers.close(true);
  }

  private renderIntro(config: ConsentConfig, optionalCount: number): TemplateResult {
    const { controller } = config;
    const contact = html`<bdi>${controller.contact}</bdi>,
      <a href="mailto:${controller.email}"><bdi>${controller.email}</bdi></a
      >, <a href="tel:${controller.phone.replace(/[^\d+]/g, '')}"><bdi>${controller.phone}</bdi></a>`;
    return html`<div class="intro" part="intro">
      <p>${this.sentence('intro.asker', { controller: html`<strong><bdi>${controller.name}</bdi></strong>` })}</p>
      <p>${this.sentence('intro.contact', { contact })}</p>
      <p>
        ${this.#i18n.t('intro.withdraw')}
        <a
          part="policy-link"
          href=${siteAddress(config.policy.url, location.origin)}
          target="_blank"
          rel="noopener noreferrer"
          >${this.#i18n.t('intro.policy')}</a
        >
      </p>
      ${this.view === 'ask' && this.reasons.length > 0 ? this.renderReasons(config) : nothing}
      ${
        this.view === 'preferences'
          ? html`<p>${this.#i18n.t('preferences.current')}</p>`
          : optionalCount > 0
            ? html`<p>${this.#i18n.t('intro.decide', { count: optionalCount })}</p>`
            : nothing
      }
    </div>`;
  }

  /** What changed since the visitor last decided, so they know why they are asked again. */
  private renderReasons(config: ConsentConfig): TemplateResult {
    const colon = colonFor(this.uiLanguage);
    const match = this.siteTextLanguage(config);
    // Each title in the language its clause is shown in, as it reads above.
    const names = (ids: readonly string[]) => {
      const titles = ids.map((id) => {
        const purpose = config.purposes.find((p) => p.id === id);
        return purpose ? this.titleShown(purpose, this.clauseLanguage(match, id).language) : { text: id };
      });
      return this.purposeList(titles);
    };
    const line = (reason: AskReason): TemplateResult => {
      switch (reason.code) {
        case 'policy-changed':
          return html`<li>${this.#i18n.t('reask.policy')}</li>`;
        // A recipient, a data category or the title shown beside the clause is the purpose's text too.
        case 'clause-changed':
        case 'terms-changed':
          return html`<li>
            ${this.#i18n.t('reask.clause', { count: reason.purposes.length })}${colon}${names(reason.purposes)}
          </li>`;
        case 'new-purpose':
          return html`<li>
            ${this.#i18n.t('reask.added', { count: reason.purposes.length })}${colon}${names(reason.purposes)}
          </li>`;
        case 'expired':
          return html`<li>${this.#i18n.t('reask.expired', { count: config.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS })}</li>`;
        case 'gpc':
          return html`<li>${this.#i18n.t('reask.gpc')}${colon}${names(reason.purposes)}</li>`;
      }
    };
    return html`<div class="reask" part="reask" role="note">
      <p>${this.#i18n.t('reask.intro')}</p>
      <ul>
        ${this.reasons.map(line)}
      </ul>
    </div>`;
  }

  /** A translated sentence with the site's own text inserted as text nodes, never interpolated. */
  private sentence(
    key: string,
    slots: Record<string, TemplateResult | string>,
    count?: number,
  ): (TemplateResult | string)[] {
    const options = count === undefined ? {} : { count };
    return this.#i18n
      .parts(key, Object.keys(slots), options)
      .map((part) => (typeof part === 'string' ? part : (slots[part.slot] ?? '')));
  }

  private renderPurpose(config: ConsentConfig, purpose: PurposeConfig, match: LanguageMatch): TemplateResult {
    const language = match.language;
    const dir = languageDirection(language);
    const titleId = `${this.uid}-${purpose.id}-title`;
    const clauseId = `${this.uid}-${purpose.id}-clause`;
    const title = purpose.title[language] ?? '';
    const clauseText = purpose.clause[language] ?? '';
    const parts = glossaryParts(clauseText, config.glossary);
    const hasTerms = parts.some((part) => typeof part !== 'string');
    // A granted purpose's "Withdraw" takes the switch's place in the Tab order: withdrawing it costs no more key
    // presses than granting it did (the switch, still there for a pointer and assistive technology, does the same
    // with Save).
    const withdrawable = this.view === 'preferences' && this.#decided?.[purpose.id] === true;
    // The clause goes in through textContent: exactly the given text, never parsed, and safe from template
    // whitespace (the region is white-space: pre-wrap).
    return html`<li class="purpose" part="purpose" data-purpose=${purpose.id}>
      <div class="purpose-head">
        <h3 class="purpose-title" part="purpose-title" id=${titleId} lang=${language} dir=${dir}>${title}</h3>
        ${
          purpose.necessary
            ? html`<span class="necessary-badge" part="necessary-badge">${this.#i18n.t('purpose.necessary')}</span>`
            : html`<label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  part="toggle"
                  data-purpose=${purpose.id}
                  ${markControl(this.#marks, `purpose:${purpose.id}`)}
                  aria-label="${this.#i18n.t('purpose.allow')} ${title}"
                  aria-describedby=${clauseId}
                  aria-checked=${live(this.#toggles[purpose.id] === true ? 'true' : 'false')}
                  tabindex=${withdrawable ? '-1' : nothing}
                  .checked=${live(this.#toggles[purpose.id] === true)}
                  @click=${(event: MouseEvent) => this.#onToggleClick(event, purpose)}
                />
                <span class="switch-label" aria-hidden="true">${this.#i18n.t('purpose.allow')}</span>
              </label>`
        }
        ${
          withdrawable
            ? html`<button
                type="button"
                class="withdraw"
                part="withdraw"
                data-withdraw=${purpose.id}
                ${markControl(this.#marks, `withdraw:${purpose.id}`)}
                aria-label="${this.#i18n.t('actions.withdraw')}: ${title}"
                @click=${(event: MouseEvent) => this.#onWithdrawClick(event, purpose)}
              >
                ${this.#i18n.t('actions.withdraw')}
              </button>`
            : nothing
        }
      </div>
      ${purpose.necessary ? html`<p class="note">${this.#i18n.t('purpose.necessaryNote')}</p>` : nothing}
      ${purpose.separateConsent ? html`<p class="note separate">${this.#i18n.t('purpose.separate')}</p>` : nothing}
      ${
        purpose.saleOrSharing && !purpose.necessary && globalPrivacyControl()
          ? html`<p class="note gpc" part="gpc-note">${this.#i18n.t('gpc.note')}</p>`
          : nothing
      }
      ${this.renderLanguageNotice(match)}
      ${
        hasTerms
          ? this.renderClauseWithTerms(parts, purpose.id, { clauseId, titleId, language, dir })
          : html`<div
              class="clause"
              part="clause"
              id=${clauseId}
              lang=${language}
              dir=${dir}
              tabindex="0"
              role="region"
              aria-labelledby=${titleId}
              .textContent=${clauseText}
            ></div>`
      }
      ${this.renderDetails(config, purpose, language)}
    </li>`;
  }

  /** The prompt's own words could not be loaded in the visitor's language: said, not papered over. */
  private renderWordsNotice(): TemplateResult | typeof nothing {
    const missing = this.#i18n.missing ?? this.wordsLate;
    if (!missing || missing === this.uiLanguage) return nothing;
    const name = (tag: string) => languageName(tag, this.uiLanguage);
    return html`<p class="language-notice" part="language-notice" role="note" data-words>
      ${this.#i18n.t('language.notice', { wanted: name(missing), shown: name(this.uiLanguage) })}
    </p>`;
  }

  private renderLanguageNotice(match: LanguageMatch): TemplateResult | typeof nothing {
    if (match.isWanted || !match.wanted) return nothing;
    const name = (tag: string) => languageName(tag, this.uiLanguage);
    return html`<p class="language-notice" part="language-notice" role="note">
      ${this.#i18n.t('language.notice', { wanted: name(match.wanted), shown: name(match.language) })}
    </p>`;
  }

  private renderDetails(config: ConsentConfig, purpose: PurposeConfig, language: string): TemplateResult {
    const categories = (purpose.dataCategories ?? []).map((id) => config.dataCategories?.[id]?.[language] ?? id);
    const recipients = purpose.thirdParties ?? [];
    const dir = languageDirection(language);
    return html`<dl class="details" part="details">
      ${
        categories.length
          ? html`<div>
              <dt>${this.#i18n.t('purpose.dataCategories')}</dt>
              <dd lang=${language} dir=${dir}>
                ${categories.map((label, i) => html`${i ? ', ' : ''}<bdi>${label}</bdi>`)}
              </dd>
            </div>`
          : nothing
      }
      ${
        recipients.length
          ? html`<div>
              <dt>${this.#i18n.t('purpose.recipients')}</dt>
              <dd>
                <ul class="recipients">
                  ${recipients.map(
                    (party) =>
                      html`<li><bdi class="recipient-name">${party.name}</bdi> (<bdi>${party.contact}</bdi>)</li>`,
                  )}
                </ul>
                <button
                  type="button"
                  class="link-button"
                  part="recipients-button"
                  data-recipients=${purpose.id}
                  aria-haspopup="dialog"
                  aria-expanded=${this.popovers.openId === `recipients:${purpose.id}` ? 'true' : 'false'}
                  aria-controls="${this.uid}-info"
                  @click=${(event: MouseEvent) =>
                    this.openInfo(event, `recipients:${purpose.id}`, { kind: 'recipients', purposeId: purpose.id })}
                >
                  ${this.#i18n.t('recipients.show')}
                </button>
              </dd>
            </div>`
          : nothing
      }
      ${
        purpose.retention
          ? html`<div>
              <dt>${this.#i18n.t('purpose.retention')}</dt>
              <dd>${formatDuration(purpose.retention, this.uiLanguage)}</dd>
            </div>`
          : nothing
      }
    </dl>`;
  }

  /**
   * Purpose titles joined the visitor's way ("A, B and C"), each isolated so a title in another script keeps its
   * order. Called only when there is a list: the first `Intl.ListFormat` a page makes costs milliseconds.
   */
  /**
   * The titles joined as the visitor's language lists them. Chromium has no list data in Irish, Hausa, Maltese or
   * Punjabi and joins with an English "and": those carry CLDR's.
   */
  private listParts(titles: readonly string[]): readonly { type: string; value: string }[] {
    const local = localFormats(this.uiLanguage);
    return local ? local.listParts(titles) : listFormat(this.uiLanguage).formatToParts(titles);
  }

  /** A purpose's title in `language`, marked as such; its id, in no language, where it has none there. */
  private titleShown(purpose: PurposeConfig, language: string): TitleShown {
    const text = purpose.title[language];
    return text === undefined ? { text: purpose.id } : { text, lang: language };
  }

  /** {@link purposeList} as plain text, for the live region. */
  private purposeListText(titles: readonly string[]): string {
    return this.listParts(titles)
      .map((part) => part.value)
      .join('');
  }

  /** Titles joined as the visitor's language lists things, each title marked with the language it is in. */
  private purposeList(titles: readonly TitleShown[], className?: string): (TemplateResult | string)[] {
    let index = 0;
    return this.listParts(titles.map((title) => title.text)).map((part) =>
      part.type === 'element'
        ? html`<bdi class=${className ?? nothing} lang=${titles[index++]?.lang ?? nothing}>${part.value}</bdi>`
        : part.value,
    );
  }

  private renderActions(config: ConsentConfig, match: LanguageMatch): TemplateResult {
    const gpc = globalPrivacyControl();
    const excluded = optionalPurposes(config).filter((purpose) => !coveredByAcceptAll(purpose, { gpc }));
    const joined = () =>
      this.purposeList(
        excluded.map((purpose) => this.titleShown(purpose, match.language)),
        'purpose-name',
      );
    const noteId = `${this.uid}-accept-note`;
    return html`<div class="footer">
      <div class="actions" part="actions" role="group" aria-label=${this.#i18n.t('actions.group')}>
        <button
          type="button"
          part="action"
          class="action"
          data-action="reject-all"
          ${markControl(this.#marks, 'action:reject-all')}
          @click=${(e: MouseEvent) => this.#onActionClick(e, 'reject-all')}
        >
          ${this.#i18n.t('actions.rejectAll')}
        </button>
        <button
          type="button"
          part="action"
          class="action"
          data-action="save"
          ${markControl(this.#marks, 'action:save')}
          @click=${(e: MouseEvent) => this.#onActionClick(e, 'save')}
        >
          ${this.#i18n.t('actions.save')}
        </button>
        <button
          type="button"
          part="action"
          class="action"
          data-action="accept-all"
          ${markControl(this.#marks, 'action:accept-all')}
          aria-describedby=${excluded.length ? noteId : nothing}
          @click=${(e: MouseEvent) => this.#onActionClick(e, 'accept-all')}
        >
          ${this.#i18n.t('actions.acceptAll')}
        </button>
      </div>
      ${
        excluded.length
          ? html`<p class="accept-all-note" part="accept-all-note" id=${noteId}>
              ${this.sentence('actions.acceptAllExcludes', { purposes: html`${joined()}` }, excluded.length)}
            </p>`
          : nothing
      }
      ${
        this.#decided && this.layout === 'inline'
          ? html`<p class="status" part="status" role="status">${this.#i18n.t('status.saved')}</p>`
          : nothing
      }
    </div>`;
  }
}

const listFormats = new Map<string, Intl.ListFormat>();

/** One conjunction list format per language, kept: they are costly to make and a page uses one or two. */
function listFormat(language: string): Intl.ListFormat {
  return cached(listFormats, language, () => new Intl.ListFormat(language, { type: 'conjunction' }));
}

const clauseParts = new WeakMap<object, Map<string, ClausePart[]>>();

/**
 * Splits clause text around the glossary terms it contains: the first occurrence of each term, exactly as the
 * glossary writes it, longest term first where they overlap. The text is never changed. Marking only the first
 * occurrence keeps a clause readable and bounded (a common term in a long clause would otherwise become thousands
 * of buttons), and each split is kept per glossary, since every toggle re-renders the prompt.
 */
function glossaryParts(text: string, glossary: ConsentConfig['glossary']): ClausePart[] {
  if (!glossary) return [text];
  let splits = clauseParts.get(glossary);
  if (!splits) clauseParts.set(glossary, (splits = new Map()));
  return cached(splits, text, () => splitAtTerms(text, glossary), 256);
}

function splitAtTerms(text: string, glossary: NonNullable<ConsentConfig['glossary']>): ClausePart[] {
  const terms = Object.keys(glossary).filter((term) => term.trim() !== '' && text.includes(term));
  if (terms.length === 0) return [text];
  terms.sort((a, b) => b.length - a.length);
  // Each term's first occurrence that no longer term already covers; at most one span per term.
  const spans: { start: number; end: number; term: string }[] = [];
  for (const term of terms) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      const end = at + term.length;
      const blocker = spans.find((span) => at < span.end && span.start < end);
      if (!blocker) {
        spans.push({ start: at, end, term });
        break;
      }
      // Jump past what covers this one rather than stepping one character at a time.
      at = Math.max(at, blocker.end - 1);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const parts: ClausePart[] = [];
  let last = 0;
  for (const span of spans) {
    if (span.start > last) parts.push(text.slice(last, span.start));
    parts.push({ term: span.term });
    last = span.end;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Receipts need WebCrypto, which exists only in secure contexts (HTTPS or localhost). */
function canSign(): boolean {
  return typeof crypto !== 'undefined' && !!crypto.subtle;
}

function loadProblem(message: string): ConsentProblem {
  return { code: 'config-load', path: 'src', message: `src: ${message}` };
}

function copyProblems(problems: readonly ConfigProblem[]): ConsentProblem[] {
  return problems.map((p) => Object.freeze({ code: p.code, path: p.path, message: p.message }));
}

/** An attribute's value as a message shows it: cut to 40 characters, quoted, without direction controls. */
function quotedValue(text: string): string {
  return JSON.stringify(text.slice(0, 40)).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '');
}

/** Whether two validated configs say the same, key for key (the same keys in another order count as different). */
function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Whether the keyboard is nowhere: on <body>, where a browser puts it when the focused element goes away. */
function focusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-prompt': ConsentPrompt;
  }
}
