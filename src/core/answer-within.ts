/**
 * `work`'s answer, or `late()`'s once `ms` have passed without one (`late` may throw, to reject instead). For calls
 * that may never answer: storage adapters, IndexedDB requests, a host's signer.
 */
export async function answerWithin<T, L>(work: PromiseLike<T>, ms: number, late: () => L): Promise<T | L> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<L>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(late());
      } catch (error) {
        reject(error);
      }
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
