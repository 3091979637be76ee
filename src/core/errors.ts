/**
 * Errors the package raises for misuse, each with a stable `code` so hosts can tell them apart.
 *
 * @module
 */

/** Stable codes of {@link ConsentError}. */
export type ConsentErrorCode =
  /** An attempt to tick a purpose or record a decision from code rather than the visitor's own action. */
  | 'pre-ticked'
  /** A purpose id that the config does not have, or a necessary purpose where only optional ones fit. */
  | 'unknown-purpose'
  /** The config could not be loaded (network, HTTP status, size, JSON syntax). */
  | 'config-load'
  /** No valid config is loaded yet, so the call cannot be served. */
  | 'not-ready'
  /**
   * A method or setting was given a value of a kind it cannot use: `recordHostDecision` something other than an
   * object (or `decisions` other than an object), `subscribe` a listener that is not a function,
   * `ConsentPrompt.configTimeoutMs` anything but a whole number of milliseconds from 1 to 2,147,483,647.
   */
  | 'invalid-argument'
  /** The prompt's toggles were changed from outside, so what the visitor sees is not what would be recorded. */
  | 'tampered'
  /** Overrides of the prompt's own words were refused (see `validateStrings`). */
  | 'invalid-strings'
  /** The `signer` property was set to something other than a function. */
  | 'invalid-signer'
  /** The `storage` property or attribute names no storage the prompt knows. */
  | 'invalid-storage'
  /**
   * The `layout` attribute or property names no layout the prompt has (the banner is shown instead), or
   * `<consent-preferences>`' `variant` or `placement` none it has (logged; the default is shown).
   */
  | 'invalid-layout'
  /** The `placeholder` property was set to something other than a function, or its function failed. */
  | 'invalid-placeholder'
  /** Markup with `data-consent` that cannot be held back as written (`path` names the attribute at fault). */
  | 'gating-markup'
  /** A gated script could not be activated (a Trusted Types or CSP refusal). */
  | 'gating-failed'
  /**
   * The script-tag build was loaded under an address its own chunks do not import (a query or fragment such as
   * `?v=2`): the browser would run a second copy of it.
   */
  | 'script-address'
  /**
   * A part of unticked loaded when first needed (the gate for `data-consent` content, the popovers' positioning,
   * the check of the rendered prompt) could not be loaded: what it would do is left undone safely and said.
   */
  | 'chunk-load';

/** An error with a stable `code` and, where it concerns one field or property, its `path`. */
export class ConsentError extends Error {
  override readonly name = 'ConsentError';
  readonly code: ConsentErrorCode;
  readonly path: string;

  constructor(code: ConsentErrorCode, message: string, path = '', options?: { readonly cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.path = path;
  }
}

/** What went wrong, as text, whatever was thrown (a hostile value's own `toString` may throw too). */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}
