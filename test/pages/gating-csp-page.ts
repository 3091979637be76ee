// Starts a consent gate on the strict-CSP test page; the test sets `__decisions` and calls `__gate.update()`.
// With `?nonce=optional` the gate does not require the nonce, so the CSP itself refuses the scripts that lack it.
import { createConsentGate, type ConsentGate } from '../../src/gating/index.js';
import type { Decisions } from '../../src/core/consent/decisions.js';

const state = window as unknown as {
  __decisions: Decisions | null;
  __gate: ConsentGate;
  __gateErrors: string[];
  __gateReports: { code: string; path: string; id: string; inPage: boolean; blocked: string | undefined }[];
  __grantRequests: string[];
};
state.__decisions = null;
state.__gateErrors = [];
state.__gateReports = [];
state.__grantRequests = [];
state.__gate = createConsentGate({
  decisions: () => state.__decisions,
  requireNonce: new URLSearchParams(location.search).get('nonce') === 'optional' ? undefined : 'XYZ',
  onError: (error, element) => {
    state.__gateErrors.push(error.message);
    const cause = error.cause instanceof SecurityPolicyViolationEvent ? error.cause : undefined;
    state.__gateReports.push({
      code: error.code,
      path: error.path,
      id: element.id,
      inPage: element.isConnected,
      blocked: cause?.blockedURI,
    });
  },
  onRequestGrant: (purposeId) => state.__grantRequests.push(purposeId),
  placeholder: { texts: (id) => ({ blocked: `Blocked until you allow ${id}.`, allow: `Allow ${id}` }) },
});
