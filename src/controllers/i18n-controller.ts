import type { ReactiveController, ReactiveControllerHost } from 'lit';
import i18next, { type i18n, type TOptions } from 'i18next';
import { en, loadLocale, SHIPPED_LOCALES } from '../locales/index.js';
import { matchLanguage } from '../core/i18n/resolve.js';

/** Dotted keys into {@link UiStrings}, without plural suffixes. */
export type UiKey = string;

/**
 * Drives the prompt's own words with an i18next instance that belongs to this prompt alone (two prompts on a page
 * never share a language). Re-renders the host when the language changes and detaches its listener when the host
 * disconnects.
 *
 * Site text (clauses, titles, names) never goes through here: it is rendered verbatim by the element.
 */
export class I18nController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly i18n: i18n;
  private readonly onLanguageChanged = () => this.host.requestUpdate();
  private pending = 0;
  private loading: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    this.i18n = i18next.createInstance();
    void this.i18n.init({
      lng: 'en',
      fallbackLng: 'en',
      resources: { en: { translation: en } },
      initAsync: false,
      interpolation: { escapeValue: false, skipOnVariables: true },
      returnNull: false,
      returnEmptyString: false,
      // A missing key must never show the key itself to a visitor.
      parseMissingKeyHandler: () => '',
    });
    host.addController(this);
  }

  /** The shipped locale the prompt's words are shown in. */
  get language(): string {
    return this.i18n.language;
  }

  hostConnected(): void {
    this.i18n.on('languageChanged', this.onLanguageChanged);
  }

  hostDisconnected(): void {
    this.i18n.off('languageChanged', this.onLanguageChanged);
  }

  /** The best shipped locale for the visitor's preferences, most wanted first. */
  static resolve(preferences: readonly (string | null | undefined)[]): string {
    return matchLanguage(preferences, SHIPPED_LOCALES, 'en').language;
  }

  /** Switches to a shipped locale, loading it first when needed. The last call wins when calls overlap. */
  setLanguage(locale: string): Promise<void> {
    this.loading = this.switchTo(locale);
    return this.loading;
  }

  /** Settles when the last requested language is loaded and applied (or failed to load). */
  get settled(): Promise<void> {
    return this.loading.catch(() => undefined);
  }

  private async switchTo(locale: string): Promise<void> {
    const ticket = ++this.pending;
    if (!this.i18n.hasResourceBundle(locale, 'translation')) {
      const strings = await loadLocale(locale);
      this.i18n.addResourceBundle(locale, 'translation', strings, true, true);
    }
    if (ticket !== this.pending) return;
    await this.i18n.changeLanguage(locale);
  }

  /** A translated string. Only numbers and the prompt's own strings are interpolated here. */
  t(key: UiKey, options?: TOptions): string {
    return this.i18n.t(key, options) as string;
  }

  /**
   * A translated sentence split around placeholders for site text, so that text can be inserted as plain text
   * nodes and never interpreted: `parts('intro.asker', ['controller'])` gives `['', {slot:'controller'}, ' asks…']`.
   */
  parts(key: UiKey, slots: readonly string[], options: TOptions = {}): (string | { slot: string })[] {
    const keep: Record<string, string> = {};
    for (const slot of slots) keep[slot] = `{{${slot}}}`;
    const sentence = this.t(key, { ...options, ...keep });
    const pattern = new RegExp(`\\{\\{(${slots.map((s) => s.replace(/\W/g, '')).join('|')})\\}\\}`, 'g');
    const result: (string | { slot: string })[] = [];
    let last = 0;
    for (const match of sentence.matchAll(pattern)) {
      result.push(sentence.slice(last, match.index), { slot: match[1] as string });
      last = match.index + match[0].length;
    }
    result.push(sentence.slice(last));
    return result;
  }
}
