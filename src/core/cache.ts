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
