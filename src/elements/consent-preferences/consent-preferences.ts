import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ConsentError } from '../../core/errors.js';
import { languageDirection } from '../../core/i18n/resolve.js';
import { I18nController } from '../../controllers/i18n-controller.js';
import type { ConsentPrompt } from '../consent-prompt/consent-prompt.js';
import { consentPreferencesStyles } from './consent-preferences.styles.js';
import { visitorLanguages } from '../closest-lang.js';
import { keepPrototype, settleAfterAdoption } from '../adoption.js';
import { loadChunk } from '../../core/load-chunk.js';

/** How the control looks: a link in running text, a button, or a button floating in a corner of the viewport. */
export type ConsentPreferencesVariant = 'link' | 'button' | 'floating';

/** The viewport corner of the floating variant; `start` and `end` follow the page's direction. */
export type ConsentPreferencesPlacement = 'bottom-start' | 'bottom-end' | 'top-start' | 'top-end';

const VARIANTS: readonly ConsentPreferencesVariant[] = ['link', 'button', 'floating'];
const PLACEMENTS: readonly ConsentPreferencesPlacement[] = ['bottom-start', 'bottom-end', 'top-start', 'top-end'];
/** Logs a `variant` or `placement` the control does not have (`invalid-layout`) and gives the default instead. */
function refused<T extends string>(field: 'variant' | 'placement', value: unknown, allowed: readonly T[]): T {
  let shown: string;
  try {
    shown = JSON.stringify(String(value).slice(0, 40));
  } catch {
    shown = 'a value that cannot be read';
  }
  console.error(
    new ConsentError(
      'invalid-layout',
      `consent-preferences: ${field} ${shown} is none of ${allowed.join(', ')}; ${allowed[0]} is used.`,
      field,
    ),
  );
  return allowed[0]!;
}

/** Distance of the floating button from the viewport's edges, in CSS pixels (the styles' fallback is 1rem). */
const FLOATING_INSET = 16;

function readOnlyLanguage(): ConsentError {
  return new ConsentError(
    'invalid-argument',
    'consent-preferences.language is read-only: it is the language of the built-in label. Set the lang attribute to choose it.',
    'language',
  );
}

/**
 * A control that reopens a `<consent-prompt>` so the visitor can review or withdraw their choices: a footer link,
 * a button, or a button floating in a corner of the viewport. Clicking it calls the prompt's `show()`, which opens
 * the preferences view with the visitor's current decisions once they have decided. It records and fires nothing
 * itself.
 *
 * @tagname consent-preferences
 * @summary Reopens the consent prompt's preferences, from a link, a button or a floating button.
 *
 * @attr lang - The language of the built-in label, when the page knows it better than `<html lang>` and the browser.
 * @slot - Your own label, e.g. "Cookie settings". Without it, "Privacy choices" in the visitor's language.
 *
 * @csspart button - The `<button>` (styled as a link in the `link` variant).
 *
 * @cssprop --consent-font-family - Font of the `button` and `floating` variants (the link keeps the page's font).
 * @cssprop --consent-background - Background of the `button` and `floating` variants.
 * @cssprop --consent-color - Text colour of the `button` and `floating` variants.
 * @cssprop --consent-border-color - Border of the `button` and `floating` variants.
 * @cssprop --consent-accent-color - Colour of the link.
 * @cssprop --consent-radius - Corner radius of the `button` variant.
 * @cssprop --consent-shadow - Shadow of the floating button.
 * @cssprop --consent-focus-ring - Outline of the focused control.
 * @cssprop --consent-z-index - Stacking order of the prompt's banner; the floating button sits one below it.
 */
export class ConsentPreferences extends LitElement {
  /** The control's styles, adopted into its shadow root (allowed by a strict `style-src 'self'`). */
  static override styles = consentPreferencesStyles;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The id of the `<consent-prompt>` to reopen (attribute `for`, like `<label for>`). Without it, the first
   * `<consent-prompt>` in the same document (or shadow root). Looked up on each click, so the prompt may be added
   * or replaced later.
   */
  @property({ attribute: 'for' }) htmlFor: string | null = null;
  /** The prototype it was made with, put back where a browser drops it on a move to another document. */
  readonly #madeAs: object = Object.getPrototypeOf(this) as object;

  /** `link` (a button that reads as a link in running text), `button`, or `floating` (fixed in a viewport corner). */
  @property({ reflect: true }) variant: ConsentPreferencesVariant = 'link';

  /** The corner of the `floating` variant. `start` is the left on left-to-right pages and the right on the others. */
  @property({ reflect: true }) placement: ConsentPreferencesPlacement = 'bottom-start';

  /** Whether slotted content gives the label; then the built-in words are not shown. */
  @state() private customLabel = false;

  @query('button') private button?: HTMLButtonElement;

  // The page may switch <html lang> (words) or <html dir> (which corner is `start`) at runtime: follow both.
  readonly #i18n = new I18nController(this, {
    documentAttributes: ['dir'],
    onDocumentChange: () => void this.placeFloating?.(),
    // It fires nothing itself: its label stays in the words at hand (English), and the page's console says why.
    onLocaleFailed: (locale, error) =>
      console.error(`<consent-preferences>: its label in ${locale} could not be loaded`, error),
  });
  /** Stops Floating UI's `autoUpdate`; set while the floating variant is placed. */
  private stopAutoUpdate: (() => void) | null = null;
  /** Bumped whenever placing starts or stops, so a placement that resolves late is dropped. */
  private floatingTicket = 0;
  private floatingActive = false;
  private placeFloating: (() => Promise<void>) | null = null;

  // A slotted label emptied, hidden or filled in later fires no slotchange: the button must still have one name.
  #labelWatch: MutationObserver | undefined;

  override connectedCallback(): void {
    keepPrototype(this, this.#madeAs);
    super.connectedCallback();
    this.#labelWatch ??= new MutationObserver(() => {
      this.customLabel = givesLabel([...this.childNodes]);
    });
    this.#labelWatch.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'aria-hidden', 'aria-label', 'alt', 'slot'],
    });
    // Moved in the page: place the floating button again (disconnecting stopped it).
    if (this.hasUpdated) this.requestUpdate();
  }

  /** Moved into another document: its class and styles are given back there (see adoption.ts). */
  adoptedCallback(): void {
    settleAfterAdoption(this, this.#madeAs, ConsentPreferences.elementStyles);
  }

  override disconnectedCallback(): void {
    keepPrototype(this, this.#madeAs);
    super.disconnectedCallback();
    this.#labelWatch?.disconnect();
    this.stopFloating();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // `lang` is a native attribute, not a reactive property: re-resolve the language when it changes.
    if (name === 'lang') this.requestUpdate();
    super.attributeChangedCallback(name, old, value);
  }

  /** Also waits for the label's language to load, so tests and hosts see the final words. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#i18n.updateCompleteWithLanguage(() => super.getUpdateComplete());
  }

  /**
   * The language of the built-in label. Read-only: setting it is a `ConsentError` (`invalid-argument`); the `lang`
   * attribute chooses it.
   */
  get language(): string {
    return this.#i18n.language;
  }
  // No doc comment: the manifest would take the setter's for the property's description.
  set language(_value: never) {
    throw readOnlyLanguage();
  }

  constructor() {
    super();
    // Set before the definition loaded, it is an own property that would hide the accessor for good.
    if (Object.prototype.hasOwnProperty.call(this, 'language')) {
      Reflect.deleteProperty(this, 'language');
      console.error(readOnlyLanguage());
    }
  }

  protected override willUpdate(): void {
    // Before the first paint, so a site's own label never shows next to the built-in one (slotchange comes later).
    if (!this.hasUpdated) this.customLabel = givesLabel([...this.childNodes]);
    // It fires nothing itself: a value it cannot use is logged, naming the field, and the default shown.
    if (!VARIANTS.includes(this.variant)) this.variant = refused('variant', this.variant, VARIANTS);
    if (!PLACEMENTS.includes(this.placement)) this.placement = refused('placement', this.placement, PLACEMENTS);
    const locale = this.#i18n.resolve(visitorLanguages(this));
    // A locale that fails is logged by onLocaleFailed; the rejection must not reach the page as unhandled.
    if (locale !== this.#i18n.language) this.#i18n.setLanguage(locale).catch(() => undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.variant !== 'floating') this.stopFloating();
    else if (!this.floatingActive) void this.startFloating();
    else if (changed.has('placement')) void this.placeFloating?.();
  }

  // ---- the floating variant ----

  /** Places the floating button in its corner with Floating UI (loaded now, as its own chunk) and keeps it there. */
  private async startFloating(): Promise<void> {
    const button = this.button;
    if (!button) return;
    this.floatingActive = true;
    const ticket = ++this.floatingTicket;
    let floatingUi: typeof import('@floating-ui/dom');
    try {
      floatingUi = await loadChunk(import('@floating-ui/dom'), 'Floating UI');
    } catch (error) {
      // The stylesheet already keeps the button in its corner; only the exact placement is lost.
      console.error(error);
      return;
    }
    if (ticket !== this.floatingTicket) return;
    const { computePosition, autoUpdate, offset, shift } = floatingUi;
    // A zero-size point at the viewport's corner. Centred above (or below) it, `offset` lifts the button off the
    // edge and `shift` pushes it back inside the viewport, FLOATING_INSET from the side edge.
    const corner = () => {
      const [block, inline] = this.placement.split('-') as ['top' | 'bottom', 'start' | 'end'];
      const rtl = getComputedStyle(this).direction === 'rtl';
      const left = (inline === 'start') !== rtl;
      // Its own document's viewport: moved into a frame, the corner is the frame's.
      const viewport = this.ownerDocument.documentElement;
      const x = left ? 0 : viewport.clientWidth;
      const y = block === 'top' ? 0 : viewport.clientHeight;
      return { block, rect: { x, y, left: x, right: x, top: y, bottom: y, width: 0, height: 0 } };
    };
    const reference = { getBoundingClientRect: () => corner().rect };
    const place = async () => {
      const { block } = corner();
      const { x, y } = await computePosition(reference, button, {
        strategy: 'fixed',
        placement: block === 'top' ? 'bottom' : 'top',
        middleware: [offset(FLOATING_INSET), shift({ padding: FLOATING_INSET })],
      });
      if (ticket !== this.floatingTicket) return;
      // CSSOM writes, not style attributes in markup: allowed under a strict style-src. `right` and `bottom`
      // reset the stylesheet's logical insets, which would otherwise stretch the button.
      button.style.left = `${x}px`;
      button.style.top = `${y}px`;
      button.style.right = 'auto';
      button.style.bottom = 'auto';
      button.dataset['positioned'] = '';
    };
    this.placeFloating = place;
    // Follows resizes and scrolling (and the button's own size, e.g. a new language) until stopped.
    this.stopAutoUpdate = autoUpdate(reference, button, () => void place());
  }

  private stopFloating(): void {
    if (!this.floatingActive) return;
    this.floatingActive = false;
    this.floatingTicket++;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.placeFloating = null;
    const button = this.button;
    if (!button) return;
    for (const side of ['left', 'top', 'right', 'bottom']) button.style.removeProperty(side);
    delete button.dataset['positioned'];
  }

  // ---- the visitor's input ----

  /** Reopens the target prompt. Never throws into the page: a missing prompt is logged as a `ConsentError`. */
  private onClick(): void {
    // Safari does not focus a clicked button: focus it so the prompt's dialog can return focus here on close.
    const button = this.button;
    if (button && this.shadowRoot?.activeElement !== button) button.focus({ preventScroll: true });
    try {
      const prompt = this.findPrompt();
      if (prompt) prompt.show();
    } catch (error) {
      console.error(error);
    }
  }

  /** The target prompt, looked up now in this element's document or shadow root; logs why when there is none. */
  private findPrompt(): ConsentPrompt | null {
    const root = this.getRootNode();
    const scope = root instanceof Document || root instanceof ShadowRoot ? root : document;
    const id = this.htmlFor;
    const found = id ? scope.getElementById(id) : scope.querySelector('consent-prompt');
    if (found && found.localName === 'consent-prompt' && typeof (found as ConsentPrompt).show === 'function') {
      return found as ConsentPrompt;
    }
    const wanted = id ? `<consent-prompt id="${id}">` : '<consent-prompt>';
    const reason = !found
      ? `there is no ${wanted} in this document.`
      : found.localName !== 'consent-prompt'
        ? `the element with id="${id}" is a <${found.localName}>, not a <consent-prompt>.`
        : `${wanted} is not defined yet: import unticked/define first.`;
    const name = id ? `<consent-preferences for="${id}">` : '<consent-preferences>';
    console.error(new ConsentError('not-ready', `${name} cannot reopen the prompt: ${reason}`, 'for'));
    return null;
  }

  private onSlotChange(event: Event): void {
    this.customLabel = givesLabel((event.target as HTMLSlotElement).assignedNodes({ flatten: true }));
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    const language = this.#i18n.language;
    // Slotted words keep the language of the page around them; the built-in ones say which language they are in.
    return html`<button type="button" part="button" class="control ${this.variant}" @click=${this.onClick}>
      <slot @slotchange=${this.onSlotChange}></slot
      ><span lang=${language} dir=${languageDirection(language)} ?hidden=${this.customLabel}
        >${this.#i18n.t('preferences.open')}</span
      >
    </button>`;
  }
}

/**
 * Whether slotted nodes name the control: text that is not only whitespace, or an element that says something
 * (its text, an `aria-label`, an image's `alt`). An icon alone (`aria-hidden`, an empty `<i>` or `<svg>`, an `<img>`
 * without `alt`) or hidden text would leave the button with no name: the built-in words stay beside it.
 */
function givesLabel(nodes: readonly Node[]): boolean {
  return nodes.some((node) => {
    if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').trim() !== '';
    if (!(node instanceof Element) || node.hasAttribute('slot')) return false;
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    const named = (node.getAttribute('aria-label') ?? '').trim() !== '';
    const alt = node.localName === 'img' && (node.getAttribute('alt') ?? '').trim() !== '';
    return named || alt || (node.textContent ?? '').trim() !== '';
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-preferences': ConsentPreferences;
  }
}
