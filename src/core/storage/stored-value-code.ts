/**
 * Loads `stored-value.ts` once. After that, callers get the module without another dynamic import, so a decision
 * is written in the same chain of microtasks as it is made, not a task later (a page may be left right after).
 *
 * @module
 */
import type * as StoredValue from './stored-value.js';
import { loadChunk } from '../load-chunk.js';

let loaded: typeof StoredValue | undefined;

/** The code that decodes, checks and encodes stored decisions. */
export async function storedValueCode(): Promise<typeof StoredValue> {
  loaded ??= await loadChunk(import('./stored-value.js'), 'The stored decisions’ code');
  return loaded;
}
