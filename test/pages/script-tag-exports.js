// What the script-tag entry exports, and what it had defined by the time a module after it ran.
import * as unticked from '/dist/unticked.min.js';

window.__unticked = unticked;
window.__definedWhenImported = {
  'consent-prompt': customElements.get('consent-prompt') !== undefined,
  'consent-preferences': customElements.get('consent-preferences') !== undefined,
};
