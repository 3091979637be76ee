export * from './consent-ready.js';
export * from './consent-toggle.js';
export * from './consent-decision.js';
export * from './consent-error.js';
export * from './consent-storage-error.js';
