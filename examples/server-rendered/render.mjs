// @ts-check
// What a server renders for a page with the prompt: the element, its config as an inline JSON child, and the
// script-tag build. No framework and no build step: any server language does the same two things, serialize the
// config so no text in it can end the <script> element, and escape attribute values.

/**
 * JSON for a `<script type="application/json">` element. `<` is written as `\u003c` (and `>` and `&` likewise), so
 * a clause that contains `</script>` or `<!--` cannot end the element early; `JSON.parse` reads the same text back.
 *
 * @param {unknown} value
 * @returns {string}
 */
export function jsonForScript(value) {
  return JSON.stringify(value, null, 2)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026');
}

/**
 * @param {string} value
 * @returns {string}
 */
function escapeAttribute(value) {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * The `<consent-prompt>` element with its config inline.
 *
 * @param {unknown} config a config checked with `validateConfig` from `unticked/core`
 * @param {{ layout?: 'banner' | 'dialog' | 'inline' }} [options]
 * @returns {string}
 */
export function renderConsentPrompt(config, options = {}) {
  const layout = escapeAttribute(options.layout ?? 'banner');
  return `<consent-prompt layout="${layout}">
      <script type="application/json">
${jsonForScript(config)}
      </script>
    </consent-prompt>`;
}

/**
 * A whole page: the prompt, the page's own script that follows the decision, and the script-tag build.
 *
 * @param {unknown} config a config checked with `validateConfig` from `unticked/core`
 * @param {{ scriptSrc?: string, pageScriptSrc?: string, stylesheetHref?: string }} [options]
 * @returns {string}
 */
export function renderPage(config, options = {}) {
  const scriptSrc = escapeAttribute(options.scriptSrc ?? '/dist/unticked.min.js');
  const pageScriptSrc = escapeAttribute(options.pageScriptSrc ?? '/examples/server-rendered/page.mjs');
  const stylesheetHref = escapeAttribute(options.stylesheetHref ?? '/examples/example.css');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html"
    />
    <title>unticked on a server-rendered page</title>
    <link rel="stylesheet" href="${stylesheetHref}" />
    <!-- The page's script first: module scripts run in order, so it listens before the prompt can fire. -->
    <script type="module" src="${pageScriptSrc}"></script>
    <script type="module" src="${scriptSrc}"></script>
  </head>
  <body>
    <main>
      <h1>Your annual spending report</h1>
      <p id="status">offers granted: no</p>
    </main>
    ${renderConsentPrompt(config)}
    <footer>
      <consent-preferences></consent-preferences>
    </footer>
  </body>
</html>
`;
}
