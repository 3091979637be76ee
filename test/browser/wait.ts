// open-wc's waitUntil with a longer default wait. The whole suite runs in two browsers at once and loads the
// machine, so a condition that needs a network answer or a few frames can take more than open-wc's one second.
// A condition that holds returns as soon as it does; only a failing test waits the longer time.
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

const DEFAULT_TIMEOUT_MS = 5000;

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: DEFAULT_TIMEOUT_MS, ...options });
}
