// The suite's waitUntil: open-wc's, with a longer default wait, and one that lets go of its condition once it holds.
// The whole suite runs in two browsers at once and loads the machine, so a condition that needs a network answer or
// a few frames can take more than open-wc's one second. A condition that holds returns as soon as it does; only a
// failing test waits the longer time. open-wc's leaves its time-out timer running after success, and that timer's
// closure keeps the condition (and the elements it reads) alive for the whole time-out: the memory tests would see
// prompts they had let go of as still held.

const DEFAULT_TIMEOUT_MS = 5000;

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  const { interval = 50, timeout = DEFAULT_TIMEOUT_MS } = options;
  // Where the wait began, for the failure's stack.
  const { stack } = new Error();
  return new Promise<void>((resolve, reject) => {
    let poll: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const finish = (error?: unknown) => {
      done = true;
      clearTimeout(poll);
      clearTimeout(deadline);
      if (error === undefined) resolve();
      else reject(error);
    };
    const deadline = setTimeout(() => {
      const error = new Error(message ? `Timeout: ${message}` : `waitUntil timed out after ${timeout}ms`);
      error.stack = stack;
      finish(error);
    }, timeout);
    const next = async () => {
      try {
        if (await predicate()) finish();
        else if (!done) poll = setTimeout(() => void next(), interval);
      } catch (error) {
        finish(error);
      }
    };
    void next();
  });
}
