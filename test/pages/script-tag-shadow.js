// A page component that renders <consent-preferences> inside its own shadow root, where the document does not
// show it: the page asks for the element's definition itself.
import { defineConsentPreferences } from '/dist/unticked.min.js';

const host = document.createElement('div');
host.id = 'component';
host.attachShadow({ mode: 'open' }).append(document.createElement('consent-preferences'));
document.body.append(host);
window.__defined = defineConsentPreferences().then(() => customElements.get('consent-preferences') !== undefined);
