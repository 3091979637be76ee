/**
 * A strict JSON parser for receipt headers and payloads. `JSON.parse` keeps the last of two members with the same
 * name, so a signer and a verifier could read different values from one signed text; this parser refuses them. It
 * also bounds nesting, so hostile input cannot exhaust the stack.
 *
 * @module
 */
import { MAX_JSON_DEPTH } from './constants.js';

/** Why strict parsing failed. */
export type StrictJsonError = 'syntax' | 'duplicate-key' | 'depth';

/** The outcome of {@link parseStrictJson}. */
export type StrictJsonResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: StrictJsonError; readonly message: string };

class JsonFailure extends Error {
  constructor(
    readonly kind: StrictJsonError,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const SIMPLE_ESCAPES = '"\\/bfnrt';

/**
 * Parses RFC 8259 JSON, refusing duplicate member names at any level (compared after unescaping) and nesting
 * deeper than `maxDepth` objects and arrays. Never throws.
 */
export function parseStrictJson(text: string, maxDepth: number = MAX_JSON_DEPTH): StrictJsonResult {
  let pos = 0;

  const fail = (kind: StrictJsonError, message: string): never => {
    throw new JsonFailure(kind, message);
  };

  const skipWhitespace = (): void => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      pos++;
    }
  };

  const parseString = (): string => {
    const start = pos;
    let escaped = false;
    pos++;
    for (;;) {
      if (pos >= text.length) fail('syntax', `Unterminated string starting at ${start}`);
      const c = text.charCodeAt(pos);
      if (c === 0x22) break;
      if (c < 0x20) fail('syntax', `Control character in string at ${pos}`);
      if (c === 0x5c) {
        escaped = true;
        const next = text.charAt(pos + 1);
        if (next === 'u') {
          if (!HEX4.test(text.slice(pos + 2, pos + 6))) fail('syntax', `Bad \\u escape at ${pos}`);
          pos += 6;
        } else if (next !== '' && SIMPLE_ESCAPES.includes(next)) {
          pos += 2;
        } else {
          fail('syntax', `Bad escape at ${pos}`);
        }
        continue;
      }
      pos++;
    }
    pos++;
    const raw = text.slice(start, pos);
    // The token is already validated, so JSON.parse only unescapes it.
    return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };

  const parseLiteral = <T>(word: string, value: T): T => {
    if (!text.startsWith(word, pos)) fail('syntax', `Unexpected token at ${pos}`);
    pos += word.length;
    return value;
  };

  const parseNumber = (): number => {
    NUMBER.lastIndex = pos;
    const match = NUMBER.exec(text);
    if (!match) return fail('syntax', `Bad number at ${pos}`);
    pos += match[0].length;
    return Number(match[0]);
  };

  const parseValue = (depth: number): unknown => {
    skipWhitespace();
    const c = text.charAt(pos);
    if (c === '{' || c === '[') {
      if (depth >= maxDepth) fail('depth', `Nesting deeper than ${maxDepth} levels`);
      return c === '{' ? parseObject(depth + 1) : parseArray(depth + 1);
    }
    if (c === '"') return parseString();
    if (c === 't') return parseLiteral('true', true);
    if (c === 'f') return parseLiteral('false', false);
    if (c === 'n') return parseLiteral('null', null);
    if (c === '-' || (c >= '0' && c <= '9')) return parseNumber();
    return fail('syntax', pos >= text.length ? 'Unexpected end of JSON' : `Unexpected character at ${pos}`);
  };

  const parseObject = (depth: number): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    const names = new Set<string>();
    pos++;
    skipWhitespace();
    if (text.charAt(pos) === '}') {
      pos++;
      return result;
    }
    for (;;) {
      skipWhitespace();
      if (text.charAt(pos) !== '"') fail('syntax', `Expected a member name at ${pos}`);
      const name = parseString();
      if (names.has(name)) fail('duplicate-key', `Duplicate member name ${JSON.stringify(name)}`);
      names.add(name);
      skipWhitespace();
      if (text.charAt(pos) !== ':') fail('syntax', `Expected ':' at ${pos}`);
      pos++;
      // defineProperty, not assignment: a member named "__proto__" must stay data, as with JSON.parse.
      Object.defineProperty(result, name, {
        value: parseValue(depth),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skipWhitespace();
      const c = text.charAt(pos++);
      if (c === '}') return result;
      if (c !== ',') fail('syntax', `Expected ',' or '}' at ${pos - 1}`);
    }
  };

  const parseArray = (depth: number): unknown[] => {
    const result: unknown[] = [];
    pos++;
    skipWhitespace();
    if (text.charAt(pos) === ']') {
      pos++;
      return result;
    }
    for (;;) {
      result.push(parseValue(depth));
      skipWhitespace();
      const c = text.charAt(pos++);
      if (c === ']') return result;
      if (c !== ',') fail('syntax', `Expected ',' or ']' at ${pos - 1}`);
    }
  };

  try {
    const value = parseValue(0);
    skipWhitespace();
    if (pos !== text.length) fail('syntax', `Unexpected data after JSON at ${pos}`);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof JsonFailure) return { ok: false, error: error.kind, message: error.message };
    return { ok: false, error: 'syntax', message: String(error) };
  }
}
