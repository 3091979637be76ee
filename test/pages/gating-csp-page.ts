// Starts a consent gate on the strict-CSP test page; the test sets `__decisions` and calls `__gate.update()`.
import { createConsentGate, type ConsentGate } from '../../src/gating/index.js';
import type { Decisions } from '../../src/core/consent/decisions.js';

const state = window as unknown as {
  __decisions: Decisions | null;
  __gate: ConsentGate;
  __gateErrors: string[];
  __grantRequests: string[];
};
state.__decisions = null;
state.__gateErrors = [];
state.__grantRequests = [];
state.__gate = createConsentGate({
  decisions: () => state.__decisions,
  requireNonce: 'XYZ',
  onError: (error) => state.__gateErrors.push(error.message),
  onRequestGrant: (purposeId) => state.__grantRequests.push(purposeId),
  placeholder: { texts: (id) => ({ blocked: `Blocked until you allow ${id}.`, allow: `Allow ${id}` }) },
});
