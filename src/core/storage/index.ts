/**
 * Remembering decisions between visits: the stored forms, the adapters, reading with validation, and when to ask
 * again.
 *
 * @module
 */
export * from './types.js';
export * from './format.js';
export * from './adapters.js';
export * from './reask.js';
export * from './store.js';
