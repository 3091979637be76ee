/**
 * Holding back scripts and iframes until their purposes are granted: see {@link createConsentGate}.
 *
 * @module
 */
export {
  createConsentGate,
  GATE_ATTRIBUTE,
  GATE_STATE_ATTRIBUTE,
  type ConsentGate,
  type ConsentGateOptions,
  type ConsentGateUpdate,
} from './gate.js';
export {
  defaultPlaceholderTexts,
  PLACEHOLDER_CLASS,
  type PlaceholderContext,
  type PlaceholderOptions,
  type PlaceholderTexts,
} from './placeholder.js';
export { GATE_POLICY_NAME } from './trusted-types.js';
