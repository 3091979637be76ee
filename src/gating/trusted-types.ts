/**
 * The Trusted Types policy `unticked-gate`, through which the consent gate re-creates gated scripts.
 *
 * Under `require-trusted-types-for 'script'` a script's text, its `src` and its `on*` attributes accept only
 * Trusted Types. The gate copies them from `<script type="text/plain" data-consent>` elements of the page, so it
 * needs a policy, and the page's CSP must allow its name: `trusted-types unticked-gate` (next to any others, e.g.
 * `lit-html`).
 *
 * Why it is safe: the policy exists only inside this module and is never handed out. Each call passes exactly one
 * string, announced by the gate just before the call and read from a gated element's own attribute or text, and
 * refuses any other. It turns no new string into code: it re-emits what the page's markup already held, and the
 * browser still checks the result against the CSP's `script-src` (nonce, hash or host) as for any other script.
 *
 * The policy is created lazily, the first time a gated script is activated, and only when the window has
 * `trustedTypes`. When the CSP refuses the name, the gate hands the browser plain strings: a page that enforces
 * Trusted Types then refuses them and the gate reports the error; a page that does not, runs them.
 *
 * @module
 */

/** The name of the gate's Trusted Types policy: list it in the CSP's `trusted-types` directive. */
export const GATE_POLICY_NAME = 'unticked-gate';

/** The two factory methods the gate uses (the DOM library of TypeScript has no Trusted Types yet). */
interface GatePolicy {
  createScript(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(
      name: string,
      rules: { createScript: (input: string) => string; createScriptURL: (input: string) => string },
    ): GatePolicy;
  };
}

// One policy per window: a CSP that lists the name once allows it to be created once.
const policies = new WeakMap<object, GatePolicy | null>();

// The one string the next policy call may pass. Set and cleared synchronously around each call.
let announced: string | undefined;

function passAnnounced(input: string): string {
  if (announced === undefined || input !== announced) {
    throw new TypeError(`${GATE_POLICY_NAME} re-emits only the text of gated elements.`);
  }
  announced = undefined;
  return input;
}

function policyFor(win: Window): GatePolicy | null {
  const known = policies.get(win);
  if (known !== undefined) return known;
  const factory = (win as Window & TrustedTypesWindow).trustedTypes;
  let policy: GatePolicy | null = null;
  if (factory) {
    try {
      policy = factory.createPolicy(GATE_POLICY_NAME, {
        createScript: passAnnounced,
        createScriptURL: passAnnounced,
      });
    } catch {
      // The CSP does not allow the name: leave the decision to the browser (see the module comment).
      policy = null;
    }
  }
  policies.set(win, policy);
  return policy;
}

function through(win: Window, value: string, kind: 'script' | 'url'): string {
  const policy = policyFor(win);
  if (!policy) return value;
  announced = value;
  try {
    // A TrustedScript or TrustedScriptURL; typed as string because that is what the DOM typings accept.
    return (kind === 'script' ? policy.createScript(value) : policy.createScriptURL(value)) as string;
  } finally {
    announced = undefined;
  }
}

/** A gated element's own script text (or `on*` attribute), as a TrustedScript where the window has Trusted Types. */
export function gatedScript(win: Window, text: string): string {
  return through(win, text, 'script');
}

/** A gated script's own `src`, as a TrustedScriptURL where the window has Trusted Types. */
export function gatedScriptURL(win: Window, url: string): string {
  return through(win, url, 'url');
}
