import { css } from 'lit';

/**
 * Styles of `<consent-prompt>`. Logical properties throughout, so right-to-left languages mirror the layout.
 * The three actions share one rule, one set of custom properties and one `::part(action)`: no theme can make
 * one of them more prominent than another.
 */
export const consentPromptStyles = css`
  :host {
    --_font-family: var(--consent-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--consent-font-size, 1rem);
    --_background: var(--consent-background, #ffffff);
    --_color: var(--consent-color, #1a1a1a);
    --_muted: var(--consent-muted-color, #4a4a4a);
    --_border: var(--consent-border-color, #8a8a8a);
    --_accent: var(--consent-accent-color, #0b57d0);
    --_radius: var(--consent-radius, 0.5rem);
    --_shadow: var(--consent-shadow, 0 -0.25rem 1.5rem rgb(0 0 0 / 0.2));
    --_max-width: var(--consent-max-width, 60rem);
    --_clause-max-height: var(--consent-clause-max-height, 12em);
    --_action-background: var(--consent-action-background, #ffffff);
    --_action-color: var(--consent-action-color, #1a1a1a);
    --_action-border: var(--consent-action-border, 2px solid #1a1a1a);
    --_action-font-weight: var(--consent-action-font-weight, 700);
    --_focus-ring: var(--consent-focus-ring, 3px solid #0b57d0);
    display: block;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_color);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_background: var(--consent-background, #1e1f22);
      --_color: var(--consent-color, #f1f1f1);
      --_muted: var(--consent-muted-color, #c8c8c8);
      --_border: var(--consent-border-color, #9a9a9a);
      --_accent: var(--consent-accent-color, #8ab4f8);
      --_action-background: var(--consent-action-background, #1e1f22);
      --_action-color: var(--consent-action-color, #f1f1f1);
      --_action-border: var(--consent-action-border, 2px solid #f1f1f1);
      --_focus-ring: var(--consent-focus-ring, 3px solid #8ab4f8);
    }
  }

  :host([hidden]) {
    display: none;
  }

  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .prompt {
    background: var(--_background);
    color: var(--_color);
    font: inherit;
  }

  /* Banner: fixed to the bottom of the viewport, over the page, so nothing below it shifts. */
  :host([layout='banner']) .prompt {
    position: fixed;
    inset-inline: 0;
    inset-block-end: 0;
    z-index: var(--consent-z-index, 2147483000);
    max-block-size: min(85vh, 100%);
    display: flex;
    box-shadow: var(--_shadow);
    border-block-start: 1px solid var(--_border);
  }

  /* Sized against the viewport as its containing block (100%), not vw/vh: under a page's CSS zoom those are zoomed
     again, and a dialog twice the screen's height would hide its heading and its actions. */
  :host([layout='dialog']) .prompt {
    inline-size: min(var(--_max-width), calc(100% - 1rem));
    max-block-size: calc(100% - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }

  :host([layout='dialog']) .prompt[open] {
    display: flex;
  }

  /* A problem's message (an invalid config) is shown without a modal, in the flow, over nothing on the page. */
  :host([layout='dialog']) .prompt[open]:not(:modal) {
    position: static;
    margin: 0;
  }

  .prompt::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  :host([layout='inline']) .prompt {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /* A word longer than the line (a German compound, a URL) breaks rather than push the prompt sideways, wherever
     it is shown: titles in notes, names, addresses. */
  .layout {
    overflow-wrap: anywhere;
    display: flex;
    flex-direction: column;
    inline-size: 100%;
    max-inline-size: var(--_max-width);
    margin-inline: auto;
    min-block-size: 0;
    padding: 1rem;
    gap: 0.75rem;
  }

  /* With large text on a narrow screen the language button and the close button wrap below the heading, at its
     end, instead of running off the side of the screen. */
  .header {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: flex-start;
    gap: 0.5rem;
  }

  h2 {
    flex: 1 1 8em;
    margin: 0;
    overflow-wrap: anywhere;
    font-size: 1.25em;
    line-height: 1.3;
  }

  /* Few font sizes and weights: each one the prompt uses is a font the browser sets up and shapes text in from
     scratch before the first paint (a purpose title at 1.05em, the badge at 600 and the actions at 600 were a
     third of the prompt's first layout). */
  h3 {
    margin: 0;
    font-size: 1em;
    line-height: 1.3;
  }

  /* The purposes scroll; the actions below them stay on screen. */
  .body {
    overflow: auto;
    min-block-size: 0;
    flex: 1 1 auto;
  }

  :host([layout='inline']) .body {
    overflow: visible;
  }

  /* An address or a name longer than the line (large text on a phone) breaks rather than overflow sideways. */
  .intro {
    overflow-wrap: anywhere;
  }

  .intro p {
    margin-block: 0 0.5rem;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
  }

  .purposes {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }

  .purpose {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
  }

  /* The switch or the "always on" badge wraps below a title that needs the room, at its end. */
  .purpose-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.75rem;
  }

  .purpose-title {
    flex: 1 1 8em;
    unicode-bidi: isolate;
    overflow-wrap: anywhere;
  }

  /* The clause exactly as written: line breaks and spaces kept; long text scrolls in its own region. */
  .clause {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
    max-block-size: var(--_clause-max-height);
    overflow: auto;
    margin-block: 0.5rem;
    padding: 0.5rem;
    border-inline-start: 3px solid var(--_border);
  }

  .note,
  .language-notice,
  .accept-all-note,
  .details {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0.25rem 0;
  }

  .language-notice {
    font-style: italic;
  }

  .purpose-name {
    font-weight: 700;
  }

  .details {
    display: grid;
    gap: 0.25rem;
  }

  .details div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
  }

  dt {
    font-weight: 700;
  }

  dt::after {
    content: ':';
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .recipients {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .switch {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    flex-shrink: 0;
    cursor: pointer;
  }

  .switch input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .necessary-badge {
    flex-shrink: 0;
    font-size: 0.9em;
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }

  .footer {
    flex: none;
  }

  /* Equal columns and equal rows: the three actions always have the same computed size. */
  .actions {
    display: grid;
    /* Exact equal tracks: 1fr would split leftover subpixels unevenly between the three. */
    grid-template-columns: repeat(3, calc((100% - 1rem) / 3));
    grid-auto-rows: 1fr;
    gap: 0.5rem;
  }

  /* Stacked on narrow screens, unless the screen is also short (a phone held sideways): three rows would fill it. */
  @media (max-width: 36rem) and (min-height: 30rem) {
    .actions {
      grid-template-columns: 100%;
    }
  }

  /*
   * Phones and short screens: the three actions, stacked (with long labels, two or three lines each), can take most
   * of the height and leave the purposes no room to scroll in. There the whole prompt scrolls instead, up to the
   * full height of the screen, and the actions stay at its bottom, always visible (a control that gets focus is
   * kept above them: see the prompt's focusin handler).
   */
  @media (max-width: 36rem) and (max-height: 48rem), (max-height: 30rem) {
    :host([layout='banner']) .prompt {
      max-block-size: 100%;
    }

    :host(:not([layout='inline'])) .layout {
      overflow-y: auto;
    }

    :host(:not([layout='inline'])) .body {
      flex: none;
      overflow: visible;
    }

    /* Only the actions stay: the note about "Accept all" scrolls with the rest, below them. Their footer lends
       them no box, so they stick within the whole prompt rather than within it. */
    :host(:not([layout='inline'])) .footer {
      display: contents;
    }

    :host(:not([layout='inline'])) .actions {
      position: sticky;
      inset-block-end: -1rem;
      padding-block: 0.5rem 1rem;
      margin-block-end: -0.5rem;
      background: var(--_background);
    }

    /* Taller than three quarters of the prompt (large text): pinned, "Reject all" could stay above its top. */
    :host(:not([layout='inline'])) [data-actions-unpinned] .actions {
      position: static;
    }
  }

  /* The same where the heading, the actions and the note under them would leave the purposes almost no room on a
     screen the query above does not catch (large text on a wide, short screen): the prompt measures that itself. */
  :host([layout='banner']) .prompt[data-cramped] {
    max-block-size: 100%;
  }

  :host(:not([layout='inline'])) [data-cramped] .layout {
    overflow-y: auto;
  }

  :host(:not([layout='inline'])) [data-cramped] .body {
    flex: none;
    overflow: visible;
  }

  :host(:not([layout='inline'])) [data-cramped] .footer {
    display: contents;
  }

  :host(:not([layout='inline'])) [data-cramped] .actions {
    position: sticky;
    inset-block-end: -1rem;
    padding-block: 0.5rem 1rem;
    margin-block-end: -0.5rem;
    background: var(--_background);
  }

  :host(:not([layout='inline'])) [data-cramped] [data-actions-unpinned] .actions {
    position: static;
  }

  .action {
    margin: 0;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    font-weight: var(--_action-font-weight);
    color: var(--_action-color);
    background: var(--_action-background);
    border: var(--_action-border);
    border-radius: var(--_radius);
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  .close {
    flex: none;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    padding: 0;
    /* The prompt's size, so the drawn × grows with the visitor's text size (a button's own font does not). */
    font: inherit;
    display: grid;
    place-items: center;
    color: var(--_color);
    background: transparent;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  /* Drawn, not a "×" in a font of its own size. */
  .close svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .language-button {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem;
    font: inherit;
    color: var(--_color);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  /* Positioned by Floating UI once open; invisible until then so it never flashes in the wrong place. */
  .popover {
    position: fixed;
    left: 0;
    top: 0;
    z-index: 1;
    margin: 0;
    padding: 0.25rem;
    min-inline-size: 12rem;
    overflow: auto;
    list-style: none;
    background: var(--_background);
    color: var(--_color);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    visibility: hidden;
  }

  .popover[data-positioned] {
    visibility: visible;
  }

  .term {
    font: inherit;
    color: inherit;
    background: none;
    border: none;
    padding: 0;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    cursor: help;
    white-space: inherit;
  }

  .term:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 1px;
  }

  .info-popover {
    padding: 0.75rem;
    max-inline-size: min(28rem, calc(100vw - 16px));
    overflow-wrap: anywhere;
  }

  .info-popover p {
    margin: 0 0 0.5rem;
  }

  .info-text {
    white-space: pre-wrap;
    unicode-bidi: isolate;
  }

  .info-recipients {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .language-menu button {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    text-align: start;
    color: inherit;
    background: transparent;
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .language-menu button[aria-checked='true'] {
    font-weight: 700;
  }

  .language-menu button:hover,
  .language-menu button:focus-visible {
    background: color-mix(in srgb, var(--_accent) 15%, transparent);
  }

  .error,
  .status {
    margin: 0;
    padding: 1rem;
  }

  .footer .status {
    padding: 0.5rem 0 0;
  }

  .receipts {
    margin-block-start: 1rem;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--_border);
  }

  .receipts summary {
    font-weight: 700;
    cursor: pointer;
    padding-block: 0.25rem;
  }

  .receipts summary:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .receipt-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .receipt {
    margin-block-end: 0.75rem;
    overflow-wrap: anywhere;
  }

  .receipt p,
  .receipt-lines {
    margin: 0.25rem 0;
  }

  .receipt-lines,
  .receipt-signature {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .withdraw {
    font: inherit;
    font-size: 0.9em;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius, 4px);
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }

  .withdraw:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .link-button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: none;
    padding: 0.25rem 0;
    text-decoration: underline;
    cursor: pointer;
  }

  .link-button:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  /* What no theme may change: how a switch shows its state, that the actions show their own words, that
     "Withdraw", the language notices and the clauses show (a clause at least a few lines before it scrolls).
     Declared !important in the shadow tree, so no ::part() rule of the page can override them. The actions' look
     is the rendered check's: it reports what a theme does to them. */
  .switch input {
    appearance: auto !important;
    opacity: 1 !important;
    visibility: visible !important;
  }

  /* No part draws words or marks of the page's: a "✓" laid over a switch, "Allowed" after a title. */
  [part]::before,
  [part]::after,
  .action::before,
  .action::after,
  .withdraw::before,
  .withdraw::after,
  .language-notice::before,
  .language-notice::after {
    content: none !important;
  }

  .withdraw,
  .language-notice {
    visibility: visible !important;
    opacity: 1 !important;
  }

  .withdraw {
    display: inline-block !important;
  }

  .language-notice {
    display: block !important;
  }

  .clause {
    display: block !important;
    visibility: visible !important;
    opacity: 1 !important;
    block-size: auto !important;
    max-block-size: max(var(--_clause-max-height), 6em) !important;
    overflow: auto !important;
    /* Exactly as written: its spaces and line breaks kept, its first line not pushed off its box. */
    white-space: pre-wrap !important;
    text-indent: 0 !important;
    text-transform: none !important;
  }

  /* The words that say what a purpose is and does, what "Accept all" leaves out and which purposes are always on
     keep a readable size and spacing, and the prompt's own colours (not one a ::part(purpose) rule passes down:
     color: transparent there blanked the clause that inherited it). */
  .clause,
  .accept-all-note,
  .necessary-badge {
    line-height: max(1.2em, 14px) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
  }

  .clause {
    font-size: max(1em, 12px) !important;
  }

  .accept-all-note,
  .necessary-badge {
    font-size: max(0.9em, 12px) !important;
  }

  .clause,
  .necessary-badge {
    color: var(--_color) !important;
  }

  .accept-all-note {
    color: var(--_muted) !important;
  }

  /* Nor may a theme take the switches away: one purpose, one decision. */
  .switch input {
    display: inline-block !important;
    inline-size: 1.5rem !important;
    block-size: 1.5rem !important;
  }

  /* Three equal tracks, each action stretched over its own, whatever a rule for ::part(actions) or ::part(action)
     says (grid-template-columns: 3rem 3rem 1fr made "Accept all" seventeen times as wide as "Reject all"). */
  .actions {
    display: grid !important;
    grid-template-columns: repeat(3, calc((100% - 1rem) / 3)) !important;
    grid-template-rows: none !important;
    grid-template-areas: none !important;
    grid-auto-rows: 1fr !important;
    grid-auto-columns: auto !important;
    grid-auto-flow: row !important;
    justify-items: stretch !important;
    align-items: stretch !important;
  }

  @media (max-width: 36rem) and (min-height: 30rem) {
    .actions {
      grid-template-columns: 100% !important;
    }
  }

  .action {
    justify-self: stretch !important;
    align-self: stretch !important;
    grid-area: auto !important;
    inline-size: auto !important;
    min-inline-size: 0 !important;
    max-inline-size: none !important;
    block-size: auto !important;
    max-block-size: none !important;
  }

  /* Nor may a theme hide them another way (a filter, a transform, a clip, a mask, a reflection laid over them),
     blank their words, or take away what says what "Accept all" leaves out and which purposes are always on. */
  .switch input,
  .withdraw,
  .language-notice,
  .clause,
  .accept-all-note,
  .necessary-badge {
    filter: none !important;
    transform: none !important;
    clip-path: none !important;
    mask: none !important;
    -webkit-mask: none !important;
    -webkit-box-reflect: initial !important;
  }

  .withdraw,
  .language-notice,
  .clause,
  .accept-all-note,
  .necessary-badge {
    -webkit-text-fill-color: currentcolor !important;
    text-shadow: none !important;
  }

  .accept-all-note,
  .necessary-badge {
    visibility: visible !important;
    opacity: 1 !important;
  }

  .accept-all-note {
    display: block !important;
  }

  .necessary-badge {
    display: inline-block !important;
  }

  /* A selection is painted as the system paints it: ::part(action)::selection may not blank "Reject all" or a
     clause while a script selects it (nothing in the computed styles of the text shows it). */
  *::selection {
    color: HighlightText !important;
    -webkit-text-fill-color: HighlightText !important;
    background-color: Highlight !important;
    text-shadow: none !important;
  }

  /* What the rendered check cannot see, no theme may do to the actions: a reflection or a mask border drawn over
     a neighbour, shadows of the words or an underline moved off them to cover another action's label. */
  .actions,
  .action {
    /* initial, not none: Chromium 156 lets a page's ::part() value win over this one's none. */
    -webkit-box-reflect: initial !important;
    -webkit-mask-box-image: none !important;
    mask-border: none !important;
  }

  .action {
    text-shadow: none !important;
    text-underline-offset: auto !important;
    text-decoration-thickness: auto !important;
  }

  @media (prefers-reduced-motion: no-preference) {
    .action,
    .close {
      transition: background-color 0.15s ease;
    }
  }

  @media (forced-colors: active) {
    .action {
      border: 2px solid ButtonText;
    }
  }
`;
