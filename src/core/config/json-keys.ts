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
  // Per open container: the step that leads to it from its parent, and its keys so far (an object) or the index
  // of its next item (an array). Paths are spelt out only for a repeat: text nested a million deep must not copy
  // a path per level.
  interface Open {
    readonly parent: Open | undefined;
    readonly step: string | number | undefined;
    readonly keys: Set<string> | null;
    index: number;
    key: string;
  }
  const pathTo = (container: Open | undefined, last: string): JsonKeyPath => {
    const steps: (string | number)[] = [last];
    for (let at = container; at?.step !== undefined; at = at.parent) steps.push(at.step);
    return steps.reverse();
  };
  let top: Open | undefined;
  let expectKey = false;
  for (let i = 0; i < json.length && found.length < limit; i++) {
    const char = json[i];
    if (char === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      if (expectKey && top?.keys) {
        const key = JSON.parse(json.slice(i, end + 1)) as string;
        if (top.keys.has(key)) found.push(pathTo(top, key));
        top.keys.add(key);
        top.key = key;
      }
      expectKey = false;
      i = end;
    } else if (char === '{' || char === '[') {
      const step = top === undefined ? undefined : top.keys ? top.key : top.index;
      top = { parent: top, step, keys: char === '{' ? new Set() : null, index: 0, key: '' };
      expectKey = char === '{';
    } else if (char === '}' || char === ']') {
      top = top?.parent;
      expectKey = false;
    } else if (char === ',') {
      if (top && !top.keys) top.index++;
      expectKey = Boolean(top?.keys);
    }
  }
  return found;
}
