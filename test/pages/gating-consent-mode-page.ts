// Exposes updateConsentMode on the Consent Mode test page, so it runs in the page's own window.
import { updateConsentMode } from '../../src/integrations/consent-mode.js';

(window as unknown as { __updateConsentMode: typeof updateConsentMode }).__updateConsentMode = updateConsentMode;
