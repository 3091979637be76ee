/**
 * Reading a foreign config without running any of it.
 *
 * A config handed over at runtime may hold functions, getters, Proxies, cycles, class instances and regular
 * expressions. {@link readSource} copies it into plain, immutable data first: only own, enumerable data properties
 * are read (through `Reflect.getOwnPropertyDescriptor`, so a getter is never called and a Proxy's `get` trap never
 * runs), functions are recorded as functions and never called, depth and size are capped, and everything skipped is
 * reported with its path. The converters then work on that copy only.
 *
 * @module
 */
import { escapeCharacters } from '../text/direction-marks.js';
import type { ImportFinding, ImportFindingCode, ImportSeverity } from './types.js';

/** Limits of an import; anything beyond them is reported and skipped, so importing never hangs. */
export const IMPORT_LIMITS = Object.freeze({
  /** Characters of JSON text accepted. */
  jsonText: 2_000_000,
  /** Levels of nesting read; a consent config needs about ten. */
  depth: 32,
  /** Objects and arrays read in all. */
  containers: 20_000,
  /** Keys read per object. */
  keys: 2_000,
  /** Entries read per array. */
  items: 2_000,
  /** Characters of one text. */
  text: 100_000,
  /** Findings reported; one more says that others were left out. */
  findings: 500,
} as const);

/** A function found in the source. It is never called, and none of its properties are read. */
export interface SourceFunction {
  readonly kind: 'function';
}

/** A regular expression found in the source, with its pattern when it could be read safely. */
export interface SourceRegExp {
  readonly kind: 'regexp';
  readonly pattern: string | undefined;
}

/** Something that was not read: an accessor, a cycle, a class instance, too deep or too large. Already reported. */
export interface SourceOpaque {
  readonly kind: 'opaque';
}

/** A plain object: its own enumerable data properties, in order. */
export interface SourceObject {
  readonly kind: 'object';
  readonly path: string;
  readonly entries: ReadonlyMap<string, SourceValue>;
}

/** A real array (holes read as `undefined`). */
export interface SourceArray {
  readonly kind: 'array';
  readonly path: string;
  readonly items: readonly SourceValue[];
}

/** A value copied out of the source. */
export type SourceValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | SourceObject
  | SourceArray
  | SourceFunction
  | SourceRegExp
  | SourceOpaque;

// ---------------------------------------------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------------------------------------------

/** Collects findings up to {@link IMPORT_LIMITS.findings}; the same finding at the same path is reported once. */
export class FindingList {
  private readonly items: ImportFinding[] = [];
  private readonly seen = new Set<string>();
  private overflowed = false;

  /** Adds a finding; a message written as "path: …" loses that prefix, since the finding carries its path. */
  add(code: ImportFindingCode, severity: ImportSeverity, path: string, message: string, reference?: string): void {
    const prefix = `${path || 'input'}: `;
    if (message.startsWith(prefix)) message = message.slice(prefix.length);
    // A sentence starts with a capital, unless it starts with an attribute or the package's own name.
    if (/^[a-z]/.test(message) && !/^(?:layout=|unticked\b)/.test(message)) {
      message = `${message.charAt(0).toUpperCase()}${message.slice(1)}`;
    }
    const key = `${code}\u0000${path}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.items.length >= IMPORT_LIMITS.findings) {
      this.overflowed = true;
      return;
    }
    this.items.push(Object.freeze({ code, severity, path, message, ...(reference ? { reference } : {}) }));
  }

  finish(): readonly ImportFinding[] {
    const all = [...this.items];
    if (this.overflowed) {
      all.push(
        Object.freeze({
          code: 'unreadable' as const,
          severity: 'warning' as const,
          path: '',
          message: `More than ${IMPORT_LIMITS.findings} findings; the rest were left out.`,
        }),
      );
    }
    return Object.freeze(all);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Paths and wording
// ---------------------------------------------------------------------------------------------------------------

const MAX_SHOWN = 80;
const SIMPLE_KEY = /^[A-Za-z_$][\w$-]*$/;
// Direction and other invisible controls are escaped so that a path or message reads the way it is stored.
// eslint-disable-next-line no-control-regex
const ESCAPED = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/** Quotes text for a path or message: JSON quoting, cut to a length, invisible controls made visible. */
export function quote(text: string, max = MAX_SHOWN): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return escapeCharacters(JSON.stringify(cut), ESCAPED);
}

export function keyPath(parent: string, key: string): string {
  if (key.length <= MAX_SHOWN && SIMPLE_KEY.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${quote(key)}]`;
}

export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

function describeError(error: unknown): string {
  try {
    if (error instanceof Error && typeof error.message === 'string') return quote(error.message, 200);
  } catch {
    // A hostile thrown value: fall through.
  }
  return 'an unknown error';
}

// ---------------------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------------------

// Captured once, so a page that replaces RegExp.prototype.source later cannot run code through it. The built-in
// getter only answers for real regular expressions and throws for anything else (a Proxy included).
const REGEXP_SOURCE = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source')?.get;

interface ReadState {
  readonly findings: FindingList;
  readonly ancestors: Set<object>;
  containers: number;
  sizeReported: boolean;
}

/** Reports something that was not read; `message` goes on from "This value …" unless it names its own subject. */
function unreadable(state: ReadState, path: string, message: string): SourceOpaque {
  const sentence = message.startsWith('the ') ? `T${message.slice(1)}` : `This value ${message}`;
  state.findings.add('unreadable', 'warning', path, sentence);
  return OPAQUE;
}

const OPAQUE: SourceOpaque = Object.freeze({ kind: 'opaque' as const });
const FUNCTION: SourceFunction = Object.freeze({ kind: 'function' as const });

function readRegExp(value: object): SourceRegExp {
  let pattern: string | undefined;
  try {
    const source: unknown = REGEXP_SOURCE ? Reflect.apply(REGEXP_SOURCE, value, []) : undefined;
    pattern = typeof source === 'string' ? source.slice(0, 200) : undefined;
  } catch {
    pattern = undefined;
  }
  return Object.freeze({ kind: 'regexp' as const, pattern });
}

/** Reads one own property without calling a getter; `undefined` when absent, not enumerable or unreadable. */
function readOwn(state: ReadState, target: object, key: string, path: string, depth: number): SourceValue | null {
  let descriptor: PropertyDescriptor | undefined;
  try {
    descriptor = Reflect.getOwnPropertyDescriptor(target, key);
  } catch (error) {
    return unreadable(state, path, `could not be read (${describeError(error)}); it was skipped.`);
  }
  if (!descriptor || descriptor.enumerable !== true) return null;
  if (!('value' in descriptor)) {
    return unreadable(
      state,
      path,
      'is a getter or setter; it was not called, so its value is unknown. Pass plain data (the result of JSON.parse), or copy the value in.',
    );
  }
  return read(state, descriptor.value, path, depth);
}

function readArray(state: ReadState, value: readonly unknown[], path: string, depth: number): SourceValue {
  let length: unknown;
  try {
    length = Reflect.getOwnPropertyDescriptor(value, 'length')?.value;
  } catch (error) {
    return unreadable(state, path, `could not be read (${describeError(error)}); it was skipped.`);
  }
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
    return unreadable(state, path, 'is a list whose length could not be read; it was skipped.');
  }
  if (length > IMPORT_LIMITS.items) {
    unreadable(
      state,
      path,
      `has ${length} entries; only the first ${IMPORT_LIMITS.items} were read. A consent config is far smaller: check that the right value was passed.`,
    );
  }
  const items: SourceValue[] = [];
  const count = Math.min(length, IMPORT_LIMITS.items);
  for (let index = 0; index < count; index++) {
    const item = readOwn(state, value, String(index), indexPath(path, index), depth + 1);
    items.push(item === null ? undefined : item);
  }
  return Object.freeze({ kind: 'array' as const, path, items: Object.freeze(items) });
}

function readObject(state: ReadState, value: object, path: string, depth: number): SourceValue {
  let keys: (string | symbol)[];
  try {
    keys = Reflect.ownKeys(value);
  } catch (error) {
    return unreadable(state, path, `its keys could not be read (${describeError(error)}); it was skipped.`);
  }
  const names = keys.filter((key): key is string => typeof key === 'string');
  if (names.length > IMPORT_LIMITS.keys) {
    unreadable(state, path, `has ${names.length} keys; only the first ${IMPORT_LIMITS.keys} were read.`);
  }
  const entries = new Map<string, SourceValue>();
  for (const key of names.slice(0, IMPORT_LIMITS.keys)) {
    const item = readOwn(state, value, key, keyPath(path, key), depth + 1);
    if (item !== null) entries.set(key, item);
  }
  return Object.freeze({ kind: 'object' as const, path, entries });
}

function readContainer(state: ReadState, value: object, path: string, depth: number): SourceValue {
  let isArray: boolean;
  try {
    isArray = Array.isArray(value);
  } catch (error) {
    return unreadable(state, path, `could not be read (${describeError(error)}); it was skipped.`);
  }
  if (isArray) return readArray(state, value as readonly unknown[], path, depth);
  let prototype: unknown;
  try {
    prototype = Reflect.getPrototypeOf(value);
  } catch (error) {
    return unreadable(state, path, `could not be read (${describeError(error)}); it was skipped.`);
  }
  if (prototype === RegExp.prototype) return readRegExp(value);
  if (prototype !== Object.prototype && prototype !== null) {
    return unreadable(
      state,
      path,
      'is not plain data (a class instance, Date, Map or element?); it was skipped. Pass plain objects and arrays.',
    );
  }
  return readObject(state, value, path, depth);
}

function read(state: ReadState, value: unknown, path: string, depth: number): SourceValue {
  switch (typeof value) {
    case 'string':
      if (value.length > IMPORT_LIMITS.text) {
        return unreadable(
          state,
          path,
          `is a text of ${value.length} characters; at most ${IMPORT_LIMITS.text} are read.`,
        );
      }
      return value;
    case 'number':
    case 'boolean':
    case 'undefined':
      return value;
    case 'function':
      // Never called, and its properties are not read either: reading them could run a Proxy trap.
      return FUNCTION;
    case 'object':
      break;
    default:
      return unreadable(state, path, `is a ${typeof value}, which a config cannot hold; it was skipped.`);
  }
  if (value === null) return null;
  if (depth > IMPORT_LIMITS.depth) {
    return unreadable(state, path, `is nested more than ${IMPORT_LIMITS.depth} levels deep; it was skipped.`);
  }
  if (state.ancestors.has(value)) {
    return unreadable(state, path, 'refers back to an object that contains it (a cycle); the loop was not followed.');
  }
  state.containers++;
  if (state.containers > IMPORT_LIMITS.containers) {
    if (!state.sizeReported) {
      state.sizeReported = true;
      unreadable(
        state,
        path,
        `the input holds more than ${IMPORT_LIMITS.containers} objects and lists; the rest was not read.`,
      );
    }
    return OPAQUE;
  }
  state.ancestors.add(value);
  try {
    return readContainer(state, value, path, depth);
  } finally {
    state.ancestors.delete(value);
  }
}

/**
 * Copies any value into plain {@link SourceValue} data without running any of it, reporting what was skipped.
 * Never throws.
 */
export function readSource(value: unknown, findings: FindingList, path = ''): SourceValue {
  const state: ReadState = { findings, ancestors: new Set(), containers: 0, sizeReported: false };
  try {
    return read(state, value, path, 0);
  } catch (error) {
    // Last line of defence, e.g. the engine's own stack limit.
    return unreadable(state, path, `could not be read (${describeError(error)}).`);
  }
}

/** Parses JSON text strictly (no comments, no trailing commas, nothing evaluated). */
export function parseJson(
  text: string,
): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string } {
  if (text.length > IMPORT_LIMITS.jsonText) {
    return {
      ok: false,
      message: `the JSON text has ${text.length} characters; at most ${IMPORT_LIMITS.jsonText} are accepted.`,
    };
  }
  try {
    // Editors on Windows often save a byte order mark, which JSON.parse refuses.
    return { ok: true, value: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) };
  } catch (error) {
    return { ok: false, message: `the text is not valid JSON (${describeError(error)}).` };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Looking into what was read
// ---------------------------------------------------------------------------------------------------------------

export function isObject(value: SourceValue): value is SourceObject {
  return typeof value === 'object' && value !== null && value.kind === 'object';
}

export function isArray(value: SourceValue): value is SourceArray {
  return typeof value === 'object' && value !== null && value.kind === 'array';
}

export function isFunction(value: SourceValue): value is SourceFunction {
  return typeof value === 'object' && value !== null && value.kind === 'function';
}

export function isRegExp(value: SourceValue): value is SourceRegExp {
  return typeof value === 'object' && value !== null && value.kind === 'regexp';
}

export function isOpaque(value: SourceValue): value is SourceOpaque {
  return typeof value === 'object' && value !== null && value.kind === 'opaque';
}

/** A non-blank string, or undefined. */
export function textOf(value: SourceValue): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Converts read data back to JSON-compatible values; functions, regular expressions and opaque values are dropped. */
export function toPlain(value: SourceValue): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value.kind === 'array') return value.items.map(toPlain);
  if (value.kind !== 'object') return undefined;
  // Object.fromEntries defines own properties, so a "__proto__" key stays a key and never changes a prototype.
  return Object.fromEntries(
    [...value.entries].map(([key, item]) => [key, toPlain(item)] as const).filter(([, item]) => item !== undefined),
  );
}
