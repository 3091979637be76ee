import type { ReactiveController, ReactiveControllerHost } from 'lit';
import i18next, { type i18n, type TOptions } from 'i18next';
import { en, loadLocale, SHIPPED_LOCALES } from '../locales/index.js';
import { matchLanguage } from '../core/i18n/resolve.js';
import { formatNumber } from '../core/i18n/numbers.js';
import { cached } from '../core/cache.js';
import { honestActionLabels, type StringsProblem } from '../core/i18n/strings.js';
import { addPrivateController } from './add-private-controller.js';

/** Validated overrides of the prompt's own words, flat (`actions.rejectAll`), keyed by locale. */
export type FlatOverrides = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Dotted keys into {@link UiStrings}, without plural suffixes. */
export type UiKey = string;

/**
 * What a missing key shows: nothing. At module level, not a closure in the constructor: i18next's shared logger
 * keeps the options of the last init, and a closure there would keep its prompt alive after removal.
 */
const showNothing = (): string => '';

/** A placeholder in a sentence: one pattern for every call, not one built per call and set of slots. */
const SLOT = /\{\{(\w+)\}\}/g;

/** An i18next formatter module: numbers written in the prompt's language, everything else as is. */
const localNumbers = {
  type: 'formatter' as const,
  init(): void {},
  add(): void {},
  addCached(): void {},
  format(value: unknown, _format: string | undefined, language: string | undefined): unknown {
    return typeof value === 'number' ? formatNumber(value, language ?? 'en') : value;
  },
};

/** How an element uses its {@link I18nController}. */
export interface I18nOptions {
  /** Told when two actions would read alike with the host's overrides (the shipped words are kept). */
  readonly onProblem?: (problem: StringsProblem) => void;
  /**
   * Told when a locale's words could not be loaded: it is not asked for again (until {@link I18nController.retry}),
   * and {@link I18nController.missing} names it while the visitor's preferences lead to it.
   */
  readonly onLocaleFailed?: (locale: string, error: unknown) => void;
  /** Attributes of `<html>` besides `lang` that the host re-renders on (the preferences control also needs `dir`). */
  readonly documentAttributes?: readonly string[];
  /** Called, after the update is requested, whenever a followed `<html>` attribute changes. */
  readonly onDocumentChange?: () => void;
}

/**
 * Drives the prompt's own words with an i18next instance that belongs to this prompt alone (two prompts on a page
 * never share a language). Re-renders the host when the language changes, or when the page switches `<html lang>`
 * at run time (single-page apps do), and detaches both listeners when the host disconnects.
 *
 * Site text (clauses, titles, names) never goes through here: it is rendered verbatim by the element.
 */
export class I18nController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly i18n: i18n;
  private readonly translations = new Map<string, string>();
  private readonly onLanguageChanged = () => {
    this.translations.clear();
    this.host.requestUpdate();
  };
  private readonly onStringsChanged = () => this.translations.clear();
  private readonly onBrowserLanguages = () => this.host.requestUpdate();
  private readonly onProblem: (problem: StringsProblem) => void;
  private pending = 0;
  private loading: Promise<void> = Promise.resolve();
  private overrides: FlatOverrides = {};
  private available: readonly string[] = SHIPPED_LOCALES;
  /** `available` but for the locales whose words failed to load: asking again on every update would loop. */
  private loadable: readonly string[] = SHIPPED_LOCALES;
  private readonly failed = new Set<string>();
  private readonly onLocaleFailed: (locale: string, error: unknown) => void;
  private lastResolved:
    { loadable: readonly string[]; key: string; locale: string; missing: string | null } | undefined;

  private readonly documentAttributes: readonly string[];
  private readonly onDocumentChange: (() => void) | undefined;
  private documentObserver: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost, options: I18nOptions = {}) {
    this.host = host;
    this.onProblem = options.onProblem ?? (() => undefined);
    this.onLocaleFailed = options.onLocaleFailed ?? (() => undefined);
    this.documentAttributes = ['lang', ...(options.documentAttributes ?? [])];
    this.onDocumentChange = options.onDocumentChange;
    this.i18n = i18next.createInstance().use(localNumbers);
    void this.i18n.init({
      lng: 'en',
      fallbackLng: 'en',
      resources: { en: { translation: structuredClone(en) } },
      initAsync: false,
      interpolation: {
        escapeValue: false,
        skipOnVariables: true,
        // Numbers in the prompt's sentences ("Decide on 3 purposes") are written the visitor's way.
        alwaysFormat: true,
      },
      returnNull: false,
      returnEmptyString: false,
      // A missing key must never show the key itself to a visitor.
      parseMissingKeyHandler: showNothing,
    });
    addPrivateController(host, this);
  }

  /** The shipped locale the prompt's words are shown in. */
  get language(): string {
    return this.i18n.language;
  }

  hostConnected(): void {
    this.i18n.on('languageChanged', this.onLanguageChanged);
    this.i18n.store.on('added', this.onStringsChanged);
    this.i18n.store.on('removed', this.onStringsChanged);
    // Strings may have changed while disconnected.
    this.translations.clear();
    this.documentObserver = new MutationObserver((records) => {
      // `lang` on any element around the host says the visitor's language as much as the page's does.
      if (!records.some((record) => record.target === document.documentElement || encloses(record.target, this.host))) {
        return;
      }
      this.host.requestUpdate();
      this.onDocumentChange?.();
    });
    // Mutation observers do not see into shadow roots: each one the host sits in is watched as well (an app built
    // of components sets `lang` inside its own shadow tree).
    for (const root of [document.documentElement, ...shadowRootsAround(this.host)]) {
      this.documentObserver.observe(root, {
        attributes: true,
        subtree: true,
        attributeFilter: [...this.documentAttributes],
      });
    }
    // The browser's languages changed (the visitor's settings): resolve again.
    window.addEventListener('languagechange', this.onBrowserLanguages);
  }

  hostDisconnected(): void {
    this.documentObserver?.disconnect();
    this.documentObserver = undefined;
    window.removeEventListener('languagechange', this.onBrowserLanguages);
    this.i18n.off('languageChanged', this.onLanguageChanged);
    this.i18n.store.off('added', this.onStringsChanged);
    this.i18n.store.off('removed', this.onStringsChanged);
  }

  /** The best available locale (shipped, or added in full by the host) for the visitor's preferences. */
  resolve(preferences: readonly (string | null | undefined)[]): string {
    return this.resolved(preferences).locale;
  }

  /**
   * The locale the visitor's preferences lead to whose words could not be loaded, when the last {@link resolve}
   * had to pass over it; else `null`.
   */
  get missing(): string | null {
    return this.lastResolved?.missing ?? null;
  }

  /** Lets a locale whose words failed to load be tried again (the visitor chose a language). */
  retry(): void {
    if (!this.failed.size) return;
    this.failed.clear();
    this.loadable = this.available;
  }

  private resolved(preferences: readonly (string | null | undefined)[]) {
    // Every update asks, almost always with the same preferences: match against the 51 locales only on a change.
    // Not joined with a separator: a `lang` may hold any character, so two lists could join alike.
    const key = JSON.stringify(preferences);
    const last = this.lastResolved;
    if (last && last.loadable === this.loadable && last.key === key) return last;
    const locale = matchLanguage(preferences, this.loadable, 'en').language;
    const wanted = this.failed.size ? matchLanguage(preferences, this.available, 'en').language : locale;
    this.lastResolved = { loadable: this.loadable, key, locale, missing: wanted === locale ? null : wanted };
    return this.lastResolved;
  }

  /**
   * Replaces the host's overrides. Bundles already loaded are rebuilt, so an override removed is a shipped string
   * restored; the current language is applied again.
   */
  setOverrides(overrides: FlatOverrides, added: readonly string[]): Promise<void> {
    this.overrides = overrides;
    this.available = [...SHIPPED_LOCALES, ...added.filter((tag) => !SHIPPED_LOCALES.includes(tag))];
    this.loadable = this.available.filter((tag) => !this.failed.has(tag));
    const current = this.i18n.language;
    for (const locale of Object.keys(this.i18n.store.data)) this.i18n.removeResourceBundle(locale, 'translation');
    // English is the fallback for every key, so it is always loaded.
    this.i18n.addResourceBundle('en', 'translation', this.merged('en', en), true, true);
    return this.setLanguage(this.available.includes(current) ? current : 'en', true);
  }

  /** Switches to a shipped locale, loading it first when needed. The last call wins when calls overlap. */
  setLanguage(locale: string, force = false): Promise<void> {
    this.loading = this.switchTo(locale, force);
    return this.loading;
  }

  /** Settles when the last requested language is loaded and applied (or failed to load). */
  get settled(): Promise<void> {
    return this.loading.catch(() => undefined);
  }

  /**
   * For the host's `getUpdateComplete`: its update, then the language it asked for, then the update that shows
   * the new words, so tests and hosts see the final text. `complete` is the host's `super.getUpdateComplete`.
   */
  async updateCompleteWithLanguage(complete: () => Promise<boolean>): Promise<boolean> {
    const first = await complete();
    await this.settled;
    return (await complete()) && first;
  }

  private async switchTo(locale: string, force: boolean): Promise<void> {
    const ticket = ++this.pending;
    if (!this.i18n.hasResourceBundle(locale, 'translation')) {
      let shipped = {};
      try {
        if (SHIPPED_LOCALES.includes(locale)) shipped = await loadLocale(locale);
      } catch (error) {
        // Its chunk is missing or the network failed: the words at hand stay, and the host hears why.
        this.failed.add(locale);
        this.loadable = this.available.filter((tag) => !this.failed.has(tag));
        this.onLocaleFailed(locale, error);
        this.host.requestUpdate();
        throw error;
      }
      if (!this.i18n.hasResourceBundle(locale, 'translation')) {
        this.i18n.addResourceBundle(locale, 'translation', this.merged(locale, shipped), true, true);
      }
    }
    if (ticket !== this.pending) return;
    await this.i18n.changeLanguage(locale);
    // changeLanguage does not announce a change to the same language, but overrides may have changed its words.
    if (force) this.host.requestUpdate();
  }

  /** A locale's shipped strings with the host's overrides merged, unless two actions would then read alike. */
  private merged(locale: string, shipped: object): object {
    const override = Object.prototype.hasOwnProperty.call(this.overrides, locale) ? this.overrides[locale] : undefined;
    if (!override) return shipped;
    const tree = structuredClone(shipped) as Record<string, Record<string, string> | string>;
    for (const [key, value] of Object.entries(override)) {
      const [group, name] = key.split('.') as [string, string | undefined];
      if (name === undefined) tree[group] = value;
      else tree[group] = { ...(tree[group] as Record<string, string> | undefined), [name]: value };
    }
    const actions = (tree['actions'] ?? {}) as Record<string, string>;
    const english = en.actions as Record<string, string>;
    const names = ['rejectAll', 'save', 'acceptAll'];
    const labels = names.map((name) => actions[name] ?? english[name] ?? '');
    const shippedActions = ((shipped as { actions?: Record<string, string> }).actions ?? {}) as Record<string, string>;
    const sets = [names.map((name) => english[name] ?? ''), names.map((name) => shippedActions[name] ?? '')];
    if (honestActionLabels(labels, sets)) return tree;
    // Keep the shipped words rather than show a visitor two buttons that read alike, or one that says what another does.
    this.onProblem({
      code: 'deceptive-label',
      path: `strings.${locale}.actions`,
      message: `strings.${locale}.actions: with these overrides two of "Reject all", "Save my choices" and "Accept all" would read alike, or one would carry another's words; the shipped words are shown instead.`,
    });
    return shipped;
  }

  /** A translated string. Only numbers and the prompt's own strings are interpolated here. */
  t(key: UiKey, options?: TOptions): string {
    // A render asks for the same few dozen strings each time (a toggle re-renders the prompt): looked up once per
    // language, key and values, until the language or the loaded strings change.
    const cacheKey = `${this.i18n.language}\u0000${key}\u0000${options ? JSON.stringify(options) : ''}`;
    return cached(this.translations, cacheKey, () => this.lookUp(key, options), 512);
  }

  private lookUp(key: UiKey, options: TOptions | undefined): string {
    if (!options) {
      // Most of the prompt's words have nothing to fill in and exist in the language shown: i18next's store holds
      // them exactly as t() would return them, without t()'s resolution and interpolation passes (a few
      // milliseconds on the first screen). Anything else (a placeholder, a missing or empty string that falls
      // back to English) goes through t().
      const stored = this.storedString(key);
      if (stored !== undefined && !stored.includes('{{')) return stored;
    }
    // No nesting: a string (or an override) saying $t(...) is shown as written, never expanded.
    return this.i18n.t(key, { ...options, nest: false }) as string;
  }

  /**
   * A translated sentence split around placeholders for site text, so that text can be inserted as plain text
   * nodes and never interpreted: `parts('intro.asker', ['controller'])` gives `['', {slot:'controller'}, ' asks…']`.
   */
  parts(key: UiKey, slots: readonly string[], options: TOptions = {}): (string | { slot: string })[] {
    const keep: Record<string, string> = {};
    for (const slot of slots) keep[slot] = `{{${slot}}}`;
    const sentence =
      (Object.keys(options).length === 0 ? this.storedSentence(key, slots) : undefined) ??
      this.t(key, { ...options, ...keep });
    const result: (string | { slot: string })[] = [];
    let last = 0;
    for (const match of sentence.matchAll(SLOT)) {
      // A placeholder for anything but the given slots stays as written.
      const slot = match[1] as string;
      if (!slots.includes(slot)) continue;
      result.push(sentence.slice(last, match.index), { slot });
      last = match.index + match[0].length;
    }
    result.push(sentence.slice(last));
    return result;
  }

  /**
   * The sentence as stored for the language shown, when its only placeholders are exactly `{{slot}}` for the
   * given slots: then it is what t() would return with each slot kept as its placeholder, without t()'s passes.
   */
  private storedSentence(key: UiKey, slots: readonly string[]): string | undefined {
    const stored = this.storedString(key);
    if (stored === undefined) return undefined;
    const placeholders = stored.match(/\{\{[^}]*\}\}/g) ?? [];
    return placeholders.every((placeholder) => slots.includes(placeholder.slice(2, -2))) ? stored : undefined;
  }

  /** The non-empty string i18next's store holds for `key` in the language shown; undefined when it holds none. */
  private storedString(key: UiKey): string | undefined {
    const stored: unknown = this.i18n.getResource(this.i18n.language, 'translation', key);
    return typeof stored === 'string' && stored !== '' ? stored : undefined;
  }
}

/** The shadow roots `host` sits in, innermost first. */
function shadowRootsAround(host: object): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let node = (host as Node).getRootNode(); node instanceof ShadowRoot; node = node.host.getRootNode()) {
    roots.push(node);
  }
  return roots;
}

/** Whether `node` is `host` or one of its ancestors, through shadow roots. */
function encloses(node: Node, host: object): boolean {
  for (let current: Node | null = host as Node; current;) {
    if (current === node) return true;
    current = current.parentNode ?? (current as Partial<ShadowRoot>).host ?? null;
  }
  return false;
}
