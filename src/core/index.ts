/**
 * unticked's pure logic: config validation, decisions, language resolution, formatting. No DOM; runs in Node 20+.
 *
 * @module
 */
export * from './config/types.js';
export * from './config/problems.js';
export * from './config/validate.js';
export * from './config/json-keys.js';
export * from './consent/decisions.js';
export * from './errors.js';
export * from './i18n/resolve.js';
export * from './i18n/strings.js';
export * from './i18n/shipped-strings.js';
export * from './text/duration.js';
export * from './receipt/index.js';
export * from './storage/index.js';
export * from './integrations/consent-mode.js';
export * from './lint/index.js';
export * from './import/index.js';
