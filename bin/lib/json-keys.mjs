// Finds a key repeated within one object of JSON text. JSON.parse keeps the last of two equal keys without a word,
// so `{"receipts":[forged],"receipts":[genuine]}` would read as the genuine list alone: the CLI refuses such input,
// as verifyReceipt refuses a repeated key inside a receipt.

/**
 * The first key that one object of `text` holds twice (compared after unescaping, so `"jws"` and `"\u006aws"` are
 * one key), or `undefined`. `text` must already be valid JSON (JSON.parse accepted it). Linear in its length.
 *
 * @param {string} text
 * @returns {string | undefined}
 */
export function repeatedKey(text) {
  /** Per open container: a Set of keys for an object, null for an array. */
  const open = [];
  // Whether the next string in the innermost object is a key (after `{` or `,`).
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const keys = open[open.length - 1];
      if (expectKey && keys) {
        const key = JSON.parse(text.slice(i, end + 1));
        if (keys.has(key)) return key;
        keys.add(key);
      }
      expectKey = false;
      i = end;
    } else if (char === '{') {
      open.push(new Set());
      expectKey = true;
    } else if (char === '[') {
      open.push(null);
      expectKey = false;
    } else if (char === '}' || char === ']') {
      open.pop();
      expectKey = false;
    } else if (char === ',') {
      expectKey = open[open.length - 1] instanceof Set;
    }
  }
  return undefined;
}
