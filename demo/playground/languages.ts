// The language switch: the config's own languages first, then every locale the prompt's words ship in, each
// named in itself.
import { html, render } from 'lit';
import { SHIPPED_LOCALES } from '../../src/locales/index.js';
import { languageDirection } from '../../src/core/i18n/resolve.js';

/** A language's name in that language ("Deutsch", "العربية", "简体中文"), or the tag where Intl has none. */
export function nativeName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/** The option's text: the name isolated (U+2068…U+2069) so a right-to-left name cannot reorder the tag after it. */
function optionLabel(tag: string): string {
  const rtl = languageDirection(tag) === 'rtl';
  return `\u2068${nativeName(tag)}\u2069 · ${tag}${rtl ? ' · right to left' : ''}`;
}

/** Fills the select, keeping its value when that is still offered. */
export function renderLanguageOptions(select: HTMLSelectElement, configLanguages: readonly string[]): void {
  const value = select.value;
  const others = SHIPPED_LOCALES.filter((tag) => !configLanguages.includes(tag));
  render(
    html`<option value="">The browser’s languages</option>
      <optgroup label="This config’s languages">
        ${configLanguages.map((tag) => html`<option value=${tag} lang=${tag}>${optionLabel(tag)}</option>`)}
      </optgroup>
      <optgroup label="Every shipped locale (the prompt’s own words)">
        ${others.map((tag) => html`<option value=${tag} lang=${tag}>${optionLabel(tag)}</option>`)}
      </optgroup>`,
    select,
  );
  select.value = value;
}
