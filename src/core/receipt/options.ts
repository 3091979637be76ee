/**
 * Checks the options of `verifyReceipt` before anything is verified. An option of the wrong type must fail the
 * receipt, never switch a check off: `maxAgeSeconds: "100"` or `now: new Date('garbage')` compared as numbers give
 * `false`, and the receipt would pass at any age.
 *
 * @module
 */
import type { ConfigValidation } from '../config/validate.js';
import { CONFIG_LIMITS, validateConfig } from '../config/validate.js';
import { describeError } from '../errors.js';
import { MAX_JWKS_KEYS } from './constants.js';
import { isJsonObject } from './shape.js';
import type { VerifyOptions } from './verify.js';

// A log of many receipts is checked against one config: its validation is remembered per config object, with the
// config's JSON text, so a change made to it in place is validated again. (Writing the JSON costs a small part of
// what validating does.) Only a config that validated is written out, and never past a length: JSON expands every
// shared reference, so an object that points twice at each of 30 nested objects would take minutes to write, where
// validating refuses it at once.
const validatedConfigs = new WeakMap<object, { readonly json: string; readonly validation: ConfigValidation }>();

/** The JSON text of `value`, or `undefined` past about `maxLength` characters (or when it cannot be written). */
function boundedJson(value: object, maxLength: number): string | undefined {
  let written = 0;
  try {
    return JSON.stringify(value, (key: string, item: unknown) => {
      written += key.length + (typeof item === 'string' ? item.length : 8);
      if (written > maxLength) throw new RangeError('too long');
      return item;
    });
  } catch {
    return undefined;
  }
}

function validateOnce(config: unknown): ConfigValidation {
  if (!isJsonObject(config)) return validateConfig(config);
  const remembered = validatedConfigs.get(config);
  // The bound only stops a config grown out of all proportion since: the texts are compared exactly.
  if (remembered && boundedJson(config, 2 * remembered.json.length + 1024) === remembered.json) {
    return remembered.validation;
  }
  const validation = validateConfig(config);
  if (!validation.valid) return validation;
  const json = boundedJson(config, CONFIG_LIMITS.jsonText);
  if (json !== undefined) validatedConfigs.set(config, { json, validation });
  return validation;
}

/** A wrong value, as a message shows it: short text and numbers as they are, anything else by its kind. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return Number.isNaN(timeOf(value)) ? 'an invalid Date' : 'a Date';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Milliseconds since the epoch of a Date from any realm; NaN for an invalid Date or anything else. */
function timeOf(value: unknown): number {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return NaN;
  }
}

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);
const isSeconds = (value: unknown): boolean => typeof value === 'number' && value >= 0 && value < Infinity;
const isString = (value: unknown): boolean => typeof value === 'string';
const SECONDS = 'a non-negative finite number of seconds';
const JWKS = 'a JWKS: an object with a "keys" array';

/** Every option, with what its value must be when given; `config` is validated apart. */
const EXPECTED = new Map<string, readonly [(value: unknown) => boolean, string]>([
  // Its keys are read, once, by ownJwks.
  ['jwks', [isJsonObject, JWKS]],
  ['trustEmbeddedKey', [isJsonObject, 'a JWK object']],
  ['allowSelfSigned', [(value) => typeof value === 'boolean', 'true or false']],
  ['publicJwk', [isJsonObject, 'a JWK object']],
  ['now', [(value) => Number.isFinite(timeOf(value)), 'a valid Date']],
  ['maxAgeSeconds', [isSeconds, SECONDS]],
  ['clockSkewSeconds', [isSeconds, SECONDS]],
  ['expectedIssuer', [isString, 'a string']],
  ['expectedSubject', [isString, 'a string']],
  ['config', [() => true, '']],
]);

/** The JWK members verification reads. */
const JWK_MEMBERS = ['kty', 'crv', 'x', 'y', 'kid', 'alg', 'use', 'key_ops'] as const;

/** A copy of a JWK's own members that verification reads: nothing inherited, no getter asked twice. */
function ownJwk(key: Record<string, unknown>): Record<string, unknown> {
  // Without a prototype, a member the key lacks stays missing even when Object.prototype has it.
  const copy = Object.create(null) as Record<string, unknown>;
  for (const name of JWK_MEMBERS) if (has(key, name)) copy[name] = key[name];
  if (Array.isArray(copy['key_ops'])) copy['key_ops'] = [...(copy['key_ops'] as unknown[])];
  return copy;
}

/**
 * The JWKS's P-256 keys, copied, each of them fit for verifying: a private key (`d`) or one whose `key_ops` leave
 * out "verify" is a mistake in the key set, reported with its index, not a key tried. Keys of other types are left
 * out, as a JWKS may hold keys for other uses.
 */
function ownJwks(jwks: Record<string, unknown>, fail: (message: string) => void): { keys: Record<string, unknown>[] } {
  const keys: Record<string, unknown>[] = [];
  const list = has(jwks, 'keys') ? jwks['keys'] : undefined;
  if (!Array.isArray(list)) {
    fail(`options.jwks must be ${JWKS}, got an object`);
    return { keys };
  }
  // Read before any key: a sparse array's length costs a loop over every index, not over the keys present.
  if (list.length > MAX_JWKS_KEYS) {
    fail(`options.jwks.keys may hold at most ${MAX_JWKS_KEYS} keys, got ${list.length}`);
    return { keys };
  }
  list.forEach((key: unknown, index) => {
    if (!isJsonObject(key)) return;
    const where = `options.jwks.keys[${index}]`;
    // Publishing a private key lets anyone sign in the site's name: whatever its type, say so.
    if (has(key, 'd')) return fail(`${where} is a private key (it has "d"): a JWKS must hold only public keys`);
    const copy = ownJwk(key);
    if (copy['kty'] !== 'EC' || copy['crv'] !== 'P-256') return;
    const ops = copy['key_ops'];
    if (ops !== undefined && !(Array.isArray(ops) && ops.includes('verify'))) {
      return fail(`${where}.key_ops must include "verify" for the key to verify receipts, got ${describeValue(ops)}`);
    }
    keys.push(copy);
  });
  return { keys };
}

/**
 * The options, each read once, from the object's own properties only, and checked; `undefined` once every wrong one
 * is reported through `report`, with its name. Keys are copied, so that nothing inherited (a polluted
 * `Object.prototype.trustEmbeddedKey`) or read twice can change what is trusted. A config is validated as the prompt
 * validates it, so its clause keys are read as the prompt reads them. Never throws.
 */
export function checkVerifyOptions(input: unknown, report: (message: string) => void): VerifyOptions | undefined {
  let ok = true;
  const fail = (message: string): void => {
    ok = false;
    report(message);
  };
  try {
    // No options are read like empty ones, into an object whose every option is its own (undefined) property.
    if (input === undefined) return checkVerifyOptions({}, report);
    if (!isJsonObject(input)) {
      fail(`options must be an object, got ${describeValue(input)}`);
      return undefined;
    }
    for (const name of Object.keys(input)) {
      // A misspelt option would otherwise switch its check off without a word.
      if (!EXPECTED.has(name)) fail(`options.${name} is not an option of verifyReceipt`);
    }
    const options: Record<string, unknown> = {};
    for (const [name, [test, expected]] of EXPECTED) {
      const value = (options[name] = has(input, name) ? input[name] : undefined);
      if (value !== undefined && !test(value)) fail(`options.${name} must be ${expected}, got ${describeValue(value)}`);
    }
    const jwks = isJsonObject(options['jwks']) ? ownJwks(options['jwks'], fail) : undefined;
    const validation = options['config'] === undefined ? undefined : validateOnce(options['config']);
    for (const problem of validation?.problems ?? []) {
      fail(`options.config is not a valid consent config: ${problem.message}`);
    }
    const copyKey = (name: string): Record<string, unknown> | undefined => {
      const key = options[name];
      return isJsonObject(key) ? ownJwk(key) : undefined;
    };
    // Read once: a Date whose own getTime lies, or a getter, cannot answer differently from what was checked.
    const now = new Date(options['now'] === undefined ? Date.now() : timeOf(options['now']));
    const checked = {
      ...options,
      jwks,
      trustEmbeddedKey: copyKey('trustEmbeddedKey'),
      publicJwk: copyKey('publicJwk'),
      now,
      config: validation?.config,
    };
    return ok ? (checked as VerifyOptions) : undefined;
  } catch (error) {
    // A getter that throws, or a Proxy (the options, the JWKS or a key): nothing read from them can be trusted.
    report(`options could not be read: ${describeError(error)}`);
    return undefined;
  }
}
