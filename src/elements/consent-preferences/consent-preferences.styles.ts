import { css } from 'lit';

/**
 * Styles of `<consent-preferences>`. The custom properties are the prompt's, so one theme dresses both. The
 * floating variant starts in its corner with logical insets (right for right-to-left pages) and is placed exactly by
 * Floating UI once that loads, so it is usable even if that chunk never arrives.
 */
export const consentPreferencesStyles = css`
  :host {
    --_font-family: var(--consent-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_background: var(--consent-background, #ffffff);
    --_color: var(--consent-color, #1a1a1a);
    --_border: var(--consent-border-color, #8a8a8a);
    --_accent: var(--consent-accent-color, #0b57d0);
    --_radius: var(--consent-radius, 0.5rem);
    --_shadow: var(--consent-shadow, 0 0.25rem 1rem rgb(0 0 0 / 0.25));
    --_focus-ring: var(--consent-focus-ring, 3px solid #0b57d0);
    display: inline;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_background: var(--consent-background, #1e1f22);
      --_color: var(--consent-color, #f1f1f1);
      --_border: var(--consent-border-color, #9a9a9a);
      --_accent: var(--consent-accent-color, #8ab4f8);
      --_focus-ring: var(--consent-focus-ring, 3px solid #8ab4f8);
    }
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  .control {
    box-sizing: border-box;
    margin: 0;
    font: inherit;
    cursor: pointer;
  }

  /* A link in running text: the page's font and size, the accent colour, underlined. */
  .link {
    display: inline;
    padding: 0;
    color: var(--_accent);
    background: none;
    border: none;
    text-decoration: underline;
    text-align: inherit;
  }

  .button,
  .floating {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    font-family: var(--_font-family);
    font-weight: 700;
    line-height: 1.25;
    color: var(--_color);
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }

  /* Below the prompt's banner (same default as --consent-z-index, one lower), so the banner covers it. */
  .floating {
    position: fixed;
    inset-block-end: 1rem;
    inset-inline-start: 1rem;
    z-index: calc(var(--consent-z-index, 2147483000) - 1);
    max-inline-size: calc(100vw - 2rem);
    border-radius: 999px;
    box-shadow: var(--_shadow);
  }

  :host([placement='bottom-end']) .floating,
  :host([placement='top-end']) .floating {
    inset-inline-start: auto;
    inset-inline-end: 1rem;
  }

  :host([placement='top-start']) .floating,
  :host([placement='top-end']) .floating {
    inset-block-end: auto;
    inset-block-start: 1rem;
  }

  /* Nothing to click on paper. */
  @media print {
    .floating {
      display: none;
    }
  }

  .control:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .link {
      color: LinkText;
    }

    .button,
    .floating {
      border-color: ButtonText;
    }

    /* Nothing to click on paper. */
    @media print {
      .floating {
        display: none;
      }
    }

    .control:focus-visible {
      outline-color: Highlight;
    }
  }
`;
