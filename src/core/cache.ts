/**
 * One small memo for the costly things made again and again on a render (Intl objects, resolved tags, formatted
 * texts): a plain Map that starts over when full, so hostile input cannot grow it without bound.
 *
 * @module
 */

/** `cache`'s value for `key`, made with `make` (and kept) the first time. A full cache is emptied first. */
export function cached<K, V>(cache: Map<K, V>, key: K, make: () => V, max = 256): V {
  if (cache.has(key)) return cache.get(key) as V;
  const value = make();
  if (cache.size >= max) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * A value made the first time it is asked for, then kept. For regular expressions with Unicode property classes
 * (`\p{L}`, `\p{scx=Han}`): building one costs up to half a millisecond in Chromium at full CPU speed, and at
 * module level that is paid before the prompt can show, whether or not any text needs it.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
