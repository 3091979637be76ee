/**
 * Lazily loaded parts of the package (locales, receipts, stored-value checks, popovers, the gate) arrive by
 * `import()`, which has no timeout: a request the server accepts and never answers would hold back a decision's
 * event, its write, or `consent-ready` for ever. Each load is given as long as a signer's answer.
 */
import { answerWithin } from './answer-within.js';

/** How long a chunk may take to arrive before it counts as failed to load. Internal; tests shorten it. */
export const chunkTimeout = { ms: 10_000 };

/** `load`'s module, or a rejection naming `what` once it has not arrived within {@link chunkTimeout}. */
export function loadChunk<T>(load: PromiseLike<T>, what: string): Promise<T> {
  return answerWithin(load, chunkTimeout.ms, () => {
    throw new Error(`${what} did not load within ${chunkTimeout.ms / 1000} s`);
  });
}
