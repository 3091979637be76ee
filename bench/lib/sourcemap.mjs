// Attributes the bytes of a minified file to the source files they came from, by walking its source map: the
// bytes from one mapping segment to the next belong to the source of the first. (What source-map-explorer does.)
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, i) => [char, i]));

/** Decodes one segment's base64 VLQ fields. */
function decodeSegment(text) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`Bad source map character ${JSON.stringify(char)}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

export const UNMAPPED = '(no source: module glue, whitespace, comments)';

/**
 * Splits `code` into ranges, each owned by one source file. `map` is the parsed source map, `mapDir` the folder it
 * lives in and `root` the folder paths are reported relative to.
 *
 * @returns {{ source: string, start: number, end: number }[]} string index ranges covering all of `code`
 */
export function sourceRanges(code, map, mapDir, root) {
  const sources = map.sources.map((source) => relative(root, resolve(mapDir, map.sourceRoot ?? '', source)));
  const ranges = [];
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  // A segment owns the characters up to the next segment, across line ends: a multi-line template literal (CSS,
  // HTML) has one segment where it starts and none on its later lines.
  let owner = UNMAPPED;
  let cursor = 0;
  let lineStart = 0;
  const cut = (end) => {
    if (end <= cursor) return;
    const last = ranges[ranges.length - 1];
    if (last && last.source === owner && last.end === cursor) last.end = end;
    else ranges.push({ source: owner, start: cursor, end });
    cursor = end;
  };
  for (const mappings of mappingLines) {
    // Generated columns count UTF-16 code units, as JavaScript string indices do.
    let column = 0;
    for (const segment of mappings.split(',')) {
      if (segment === '') continue;
      const fields = decodeSegment(segment);
      column += fields[0];
      cut(lineStart + column);
      if (fields.length >= 4) {
        sourceIndex += fields[1];
        owner = sources[sourceIndex] ?? UNMAPPED;
      } else {
        owner = UNMAPPED;
      }
    }
    const newline = code.indexOf('\n', lineStart);
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  cut(code.length);
  return ranges;
}

/** UTF-8 bytes per source. */
export function bytesPerSource(code, ranges) {
  const totals = new Map();
  for (const { source, start, end } of ranges) {
    totals.set(source, (totals.get(source) ?? 0) + Buffer.byteLength(code.slice(start, end), 'utf8'));
  }
  return totals;
}

/** `code` without the ranges whose source `drop` selects: what the file would be without those modules. */
export function codeWithout(code, ranges, drop) {
  return ranges
    .filter((range) => !drop(range.source))
    .map((range) => code.slice(range.start, range.end))
    .join('');
}

/** Reads `file` and its `.map` sibling: the code and its ranges per source. */
export function readMappedFile(file, root) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  return { code, ranges: sourceRanges(code, map, dirname(file), root) };
}

/**
 * The package or source folder a path belongs to: `node_modules/@lit/reactive-element/x.js` → `@lit/reactive-element`,
 * `src/locales/en.ts` → `src/locales`.
 */
export function groupOf(path) {
  const parts = path.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) return parts[at + 1]?.startsWith('@') ? `${parts[at + 1]}/${parts[at + 2]}` : (parts[at + 1] ?? path);
  if (parts[0] === 'src') return parts.length > 2 ? `src/${parts[1]}` : 'src';
  return path;
}
