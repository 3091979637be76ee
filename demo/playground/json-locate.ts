// Finds where a validator path (`purposes[2].clause.fr`) sits in the JSON text, so a problem can select its text.
// A small tokenizer over the text records the span of every key and value under the path the validator would
// give it; JSON.parse cannot say where anything is.

/** Where one member or element sits in the text: its key (for object members) and its value. */
export interface JsonSpan {
  /** Offset of the member's key (its opening quote), when it is an object member. */
  readonly keyStart?: number;
  readonly start: number;
  /** Offset just after the value. */
  readonly end: number;
}

/** The spans of every value in a JSON text, by validator path, and the first syntax error if there is one. */
export interface JsonLocations {
  readonly spans: ReadonlyMap<string, JsonSpan>;
  readonly error?: { readonly offset: number; readonly message: string };
}

/** One step of a path: an object key or an array index. */
export type PathSegment = string | number;

// The same spelling as the validator's keyPath/indexPath (src/core/config/validate.ts), so paths compare equal.
const MAX_SHOWN_KEY = 100;
const SIMPLE_KEY = /^[A-Za-z_$][\w$-]*$/;
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
// Deeper than any config: a hostile text must not overflow the stack.
const MAX_DEPTH = 256;

function quoteKey(key: string): string {
  const cut = key.length > MAX_SHOWN_KEY ? `${key.slice(0, MAX_SHOWN_KEY)}…` : key;
  return JSON.stringify(cut).replace(
    DIRECTION_CONTROLS,
    (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** Appends one segment to a path, spelled as the validator spells it. */
export function childPath(parent: string, segment: PathSegment): string {
  if (typeof segment === 'number') return `${parent}[${segment}]`;
  if (segment.length <= MAX_SHOWN_KEY && SIMPLE_KEY.test(segment)) return parent ? `${parent}.${segment}` : segment;
  return `${parent}[${quoteKey(segment)}]`;
}

/** A path from its segments. */
export function pathOf(segments: readonly PathSegment[]): string {
  return segments.reduce<string>((path, segment) => childPath(path, segment), '');
}

/** The path and each of its ancestors, longest first, ending with `''` (the whole document). */
export function ancestorsOf(path: string): string[] {
  const cuts: number[] = [];
  let i = 0;
  while (i < path.length) {
    const char = path[i];
    if (char === '.' && i > 0) cuts.push(i);
    if (char === '[') {
      if (i > 0) cuts.push(i);
      if (path[i + 1] === '"') {
        // Skip a quoted key, escapes included, up to its closing quote.
        i += 2;
        while (i < path.length && path[i] !== '"') i += path[i] === '\\' ? 2 : 1;
      }
    }
    i++;
  }
  const result = [path];
  for (let c = cuts.length - 1; c >= 0; c--) result.push(path.slice(0, cuts[c]));
  if (path !== '') result.push('');
  return result;
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** Records the span of every value of a JSON text under its validator path. Never throws. */
export function locateJson(text: string): JsonLocations {
  const spans = new Map<string, JsonSpan>();
  let pos = text.startsWith('\uFEFF') ? 1 : 0;

  const fail = (message: string, at = pos): never => {
    throw new JsonSyntaxError(at, message);
  };
  const skipWhitespace = (): void => {
    while (pos < text.length) {
      const char = text.charCodeAt(pos);
      if (char !== 0x20 && char !== 0x09 && char !== 0x0a && char !== 0x0d) break;
      pos++;
    }
  };
  const readString = (): string => {
    const start = pos;
    pos++; // the opening quote
    let out = '';
    while (pos < text.length) {
      const char = text[pos] as string;
      if (char === '"') {
        pos++;
        return out;
      }
      if (char === '\\') {
        const next = text[pos + 1];
        if (next !== undefined && next in ESCAPES) out += ESCAPES[next];
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 4;
        } else fail('Invalid escape in a string');
        pos += 2;
        continue;
      }
      if (char.charCodeAt(0) < 0x20) fail('A line break or control character inside a string');
      out += char;
      pos++;
    }
    return fail('A string that never ends', start);
  };
  const readNumber = (): void => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 400));
    if (!match || match[0] === '' || match[0] === '-') fail('Invalid number');
    pos += (match as RegExpExecArray)[0].length;
  };
  const readValue = (path: string, depth: number, keyStart?: number): void => {
    if (depth > MAX_DEPTH) fail('Nested too deep');
    skipWhitespace();
    const start = pos;
    const char = text[pos];
    if (char === '{') {
      pos++;
      skipWhitespace();
      if (text[pos] === '}') pos++;
      else {
        for (;;) {
          skipWhitespace();
          if (text[pos] !== '"') fail('Expected a key in double quotes');
          const memberStart = pos;
          const key = readString();
          skipWhitespace();
          if (text[pos] !== ':') fail('Expected ":" after a key');
          pos++;
          readValue(childPath(path, key), depth + 1, memberStart);
          skipWhitespace();
          if (text[pos] === ',') {
            pos++;
            continue;
          }
          if (text[pos] === '}') {
            pos++;
            break;
          }
          fail('Expected "," or "}" after a member');
        }
      }
    } else if (char === '[') {
      pos++;
      skipWhitespace();
      if (text[pos] === ']') pos++;
      else {
        for (let index = 0; ; index++) {
          readValue(childPath(path, index), depth + 1);
          skipWhitespace();
          if (text[pos] === ',') {
            pos++;
            continue;
          }
          if (text[pos] === ']') {
            pos++;
            break;
          }
          fail('Expected "," or "]" after an element');
        }
      }
    } else if (char === '"') {
      readString();
    } else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      readNumber();
    } else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, pos));
      if (!literal) fail(pos >= text.length ? 'The text ends where a value should be' : 'Expected a value');
      pos += (literal as string).length;
    }
    spans.set(path, keyStart === undefined ? { start, end: pos } : { keyStart, start, end: pos });
  };

  try {
    readValue('', 0);
    skipWhitespace();
    if (pos < text.length) fail('Unexpected text after the end of the JSON');
    return { spans };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { spans, error: { offset: error.offset, message: error.message } };
    return { spans, error: { offset: pos, message: String(error) } };
  }
}

/** What a problem's path points at: the span itself, or the closest ancestor present in the text. */
export interface LocatedPath {
  readonly path: string;
  /** `true` when the span is the path's own; `false` when the path is missing and an ancestor stands in. */
  readonly exact: boolean;
  /** The range to select: from the key (when there is one) to the end of the value. */
  readonly start: number;
  readonly end: number;
}

/** Finds a path's text range, or its closest ancestor's when the field is missing (e.g. a required field). */
export function locatePath(locations: JsonLocations, path: string): LocatedPath | undefined {
  for (const candidate of ancestorsOf(path)) {
    const span = locations.spans.get(candidate);
    if (span) return { path: candidate, exact: candidate === path, start: span.keyStart ?? span.start, end: span.end };
  }
  return undefined;
}

/** 1-based line and column of an offset, as editors count them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}
