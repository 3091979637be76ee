/**
 * Finds keys that one object of JSON text holds twice. `JSON.parse` keeps the last of two equal keys without a
 * word, so a setting written twice is dropped as silently as a typo, and `{"receipts":[forged],"receipts":[real]}`
 * reads as the real list alone. The config reader and the `unticked verify` CLI both refuse such text.
 *
 * @module
 */

/**
 * Where a key is repeated: the path of keys and array indexes from the top of the document down to the repeated
 * key, which is last (`["purposes", 0, "retention"]`).
 */
export type JsonKeyPath = readonly (string | number)[];

/**
 * The paths of keys that one object of `json` holds twice, compared after unescaping (so `"jws"` and
 * `"\u006aws"` are one key), in the order they appear; at most `limit`. `json` must already be valid JSON
 * (`JSON.parse` accepted it). Linear in its length; never throws on valid JSON.
 *
 * @example
 * ```ts
 * repeatedJsonKeys('{"purposes":[{"id":"a","id":"b"}]}'); // [["purposes", 0, "id"]]
 * ```
 */
export function repeatedJsonKeys(json: string, limit = 5): JsonKeyPath[] {
  const found: JsonKeyPath[] = [];
  // Per open container: the path to it, and its keys so far (an object) or the index of its next item (an array).
  const open: { path: JsonKeyPath; keys: Set<string> | null; index: number; key: string }[] = [];
  let expectKey = false;
  const pathOfValue = (): JsonKeyPath => {
    const top = open[open.length - 1];
    return !top ? [] : [...top.path, top.keys ? top.key : top.index];
  };
  for (let i = 0; i < json.length && found.length < limit; i++) {
    const char = json[i];
    if (char === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      const top = open[open.length - 1];
      if (expectKey && top?.keys) {
        const key = JSON.parse(json.slice(i, end + 1)) as string;
        if (top.keys.has(key)) found.push([...top.path, key]);
        top.keys.add(key);
        top.key = key;
      }
      expectKey = false;
      i = end;
    } else if (char === '{' || char === '[') {
      open.push({ path: pathOfValue(), keys: char === '{' ? new Set() : null, index: 0, key: '' });
      expectKey = char === '{';
    } else if (char === '}' || char === ']') {
      open.pop();
      expectKey = false;
    } else if (char === ',') {
      const top = open[open.length - 1];
      if (top && !top.keys) top.index++;
      expectKey = Boolean(top?.keys);
    }
  }
  return found;
}
