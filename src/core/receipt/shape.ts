/**
 * Hand-written checks of a receipt payload's shape: the Kantara Consent Receipt v1.1 schema's required fields and
 * types, the JWT claims, the `urn:unticked:consent` extension, and the fields that must agree with each other.
 * Written out rather than compiled from the schema, because schema compilers generate code with `new Function`,
 * which a strict Content Security Policy forbids.
 *
 * A payload about to be signed is checked as a verifier will read it: written as JSON and parsed back strictly,
 * within the same depth and length limits.
 *
 * @module
 */
import { describeError } from '../errors.js';
import { base64urlDecode } from './base64url.js';
import {
  KANTARA_VERSION,
  MAX_JSON_DEPTH,
  MAX_RECEIPT_LENGTH,
  RECEIPT_ALG,
  RECEIPT_CLAIM,
  RECEIPT_TYP,
} from './constants.js';
import { parseStrictJson } from './json.js';
import type { ReceiptFailure, ReceiptFailureCode } from './types.js';

type Json = Record<string, unknown>;
type Report = (code: ReceiptFailureCode, message: string) => void;

const DECISION_ACTIONS: readonly unknown[] = ['accept-all', 'reject-all', 'save', 'withdraw'];
const SOURCES: readonly unknown[] = ['visitor', 'host'];
const CHAIN_REASONS: readonly unknown[] = ['first', 'forget'];

export function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isInteger = (value: unknown): value is number => Number.isSafeInteger(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/** Whether a value is a base64url SHA-256 digest: 43 characters, 32 bytes. */
export function isDigest(value: unknown): value is string {
  return isString(value) && value.length === 43 && base64urlDecode(value)?.length === 32;
}

/** Reports a `schema` failure unless `object[key]` passes `test`; `optional` members may be absent. */
function field(
  report: Report,
  object: Json,
  key: string,
  path: string,
  test: (value: unknown) => boolean,
  expected: string,
  optional = false,
): void {
  if (!Object.prototype.hasOwnProperty.call(object, key)) {
    if (!optional) report('schema', `${path}${key} is required`);
  } else if (!test(object[key])) {
    report('schema', `${path}${key} must be ${expected}`);
  }
}

function checkKantara(payload: Json, report: Report): void {
  const need = (key: string, test: (value: unknown) => boolean, expected: string, optional = false): void =>
    field(report, payload, key, '', test, expected, optional);
  need('version', (value) => value === KANTARA_VERSION, `"${KANTARA_VERSION}"`);
  need('jurisdiction', isString, 'a string');
  need('consentTimestamp', (value) => isInteger(value) && value >= 0, 'a non-negative integer');
  need('collectionMethod', isString, 'a string');
  need('consentReceiptID', isString, 'a string');
  need('publicKey', isString, 'a string', true);
  need('language', isString, 'a string', true);
  need('piiPrincipalId', isString, 'a string');
  need('policyUrl', isString, 'a string');
  need('sensitive', isBoolean, 'a boolean');
  need('spiCat', isStringArray, 'an array of strings');
  need('piiControllers', Array.isArray, 'an array');
  need('services', Array.isArray, 'an array');

  const controllers = Array.isArray(payload['piiControllers']) ? payload['piiControllers'] : [];
  controllers.forEach((controller: unknown, i) => {
    const path = `piiControllers[${i}].`;
    if (!isJsonObject(controller)) return report('schema', `piiControllers[${i}] must be an object`);
    field(report, controller, 'piiController', path, isString, 'a string');
    field(report, controller, 'onBehalf', path, isBoolean, 'a boolean', true);
    field(report, controller, 'contact', path, isString, 'a string');
    field(report, controller, 'address', path, isJsonObject, 'an object');
    field(report, controller, 'email', path, isString, 'a string');
    field(report, controller, 'phone', path, isString, 'a string');
    field(report, controller, 'piiControllerUrl', path, isString, 'a string', true);
  });

  const services = Array.isArray(payload['services']) ? payload['services'] : [];
  services.forEach((service: unknown, i) => {
    const path = `services[${i}].`;
    if (!isJsonObject(service)) return report('schema', `services[${i}] must be an object`);
    field(report, service, 'service', path, isString, 'a string');
    field(report, service, 'purposes', path, Array.isArray, 'an array');
    const purposes = Array.isArray(service['purposes']) ? service['purposes'] : [];
    purposes.forEach((purpose: unknown, j) => {
      const at = `${path}purposes[${j}].`;
      if (!isJsonObject(purpose)) return report('schema', `${path}purposes[${j}] must be an object`);
      field(report, purpose, 'purpose', at, isString, 'a string', true);
      field(report, purpose, 'consentType', at, isString, 'a string');
      field(report, purpose, 'purposeCategory', at, isStringArray, 'an array of strings');
      field(report, purpose, 'piiCategory', at, isStringArray, 'an array of strings');
      field(report, purpose, 'primaryPurpose', at, isBoolean, 'a boolean', true);
      field(report, purpose, 'termination', at, isString, 'a string');
      field(report, purpose, 'thirdPartyDisclosure', at, isBoolean, 'a boolean');
      // The schema's oneOf: disclosure to third parties must name them.
      if (purpose['thirdPartyDisclosure'] === true) {
        field(report, purpose, 'thirdPartyName', at, isString, 'a string when thirdPartyDisclosure is true');
      }
    });
  });
}

function checkClaims(payload: Json, report: Report): void {
  const claim = (key: string, test: (value: unknown) => boolean, expected: string): void => {
    if (!test(payload[key])) report('claims', `${key} must be ${expected}`);
  };
  claim('iss', isString, 'a string');
  claim('sub', isString, 'a string');
  claim('iat', isInteger, 'an integer');
  claim('jti', isString, 'a string');
}

function checkExtension(extension: unknown, report: Report): void {
  const bad = (message: string): void => report('extension', `${RECEIPT_CLAIM}: ${message}`);
  if (!isJsonObject(extension)) return bad('missing or not an object');
  const policy = extension['policy'];
  if (!isJsonObject(policy) || !isString(policy['id']) || !isString(policy['version'])) {
    bad('policy must be {id, version} strings');
  }
  if (!DECISION_ACTIONS.includes(extension['action'])) bad('action is not a known decision action');
  if (!SOURCES.includes(extension['source'])) bad('source must be "visitor" or "host"');
  if (extension['startedUnticked'] !== true) bad('startedUnticked must be true');
  if (Object.prototype.hasOwnProperty.call(extension, 'gpc') && !isBoolean(extension['gpc'])) {
    bad('gpc must be a boolean');
  }

  const decisions = extension['decisions'];
  if (!Array.isArray(decisions)) {
    bad('decisions must be an array');
  } else {
    const seen = new Set<string>();
    decisions.forEach((decision: unknown, i) => {
      const where = `decisions[${i}]`;
      if (!isJsonObject(decision)) return bad(`${where} must be an object`);
      const purpose = decision['purpose'];
      if (!isString(purpose)) bad(`${where}.purpose must be a string`);
      else if (seen.has(purpose)) bad(`${where}.purpose "${purpose}" is listed twice`);
      else seen.add(purpose);
      const { granted, necessary } = decision;
      if (!isBoolean(necessary)) bad(`${where}.necessary must be a boolean`);
      else if (necessary ? granted !== null : !isBoolean(granted)) {
        bad(`${where}.granted must be ${necessary ? 'null for a necessary purpose' : 'a boolean'}`);
      }
      if (!isBoolean(decision['separateConsent'])) bad(`${where}.separateConsent must be a boolean`);
      // Not in receipts issued before it was recorded.
      if (Object.prototype.hasOwnProperty.call(decision, 'saleOrSharing') && !isBoolean(decision['saleOrSharing'])) {
        bad(`${where}.saleOrSharing must be a boolean`);
      }
      const { retention, recipients } = decision;
      if (Object.prototype.hasOwnProperty.call(decision, 'retention') && retention !== null && !isString(retention)) {
        bad(`${where}.retention must be a string or null`);
      }
      if (Object.prototype.hasOwnProperty.call(decision, 'recipients') && !isStringArray(recipients)) {
        bad(`${where}.recipients must be an array of strings`);
      }
      if (!isString(decision['language'])) bad(`${where}.language must be a string`);
      if (!isDigest(decision['digest'])) bad(`${where}.digest must be a base64url SHA-256 digest`);
    });
  }

  const chain = extension['chain'];
  if (!isJsonObject(chain)) return bad('chain must be an object');
  const { sequence, previous } = chain;
  if (!isInteger(sequence) || sequence < 0) bad('chain.sequence must be a non-negative integer');
  if (previous !== null && !isDigest(previous)) bad('chain.previous must be null or a base64url SHA-256 digest');
  if ((sequence === 0) !== (previous === null)) bad('chain.previous must be null exactly when chain.sequence is 0');
  if (Object.prototype.hasOwnProperty.call(chain, 'reason')) {
    if (!CHAIN_REASONS.includes(chain['reason'])) bad('chain.reason must be "first" or "forget"');
    else if (sequence !== 0) bad('chain.reason is only allowed where a chain starts');
  }
}

/** Cross-checks between fields that must say the same thing twice. */
function checkAgreement(payload: Json, report: Report): void {
  const same = (a: string, b: string): void => {
    if (payload[a] !== payload[b]) report('inconsistent', `${a} must equal ${b}`);
  };
  same('sub', 'piiPrincipalId');
  same('jti', 'consentReceiptID');
  same('iat', 'consentTimestamp');

  const extension = payload[RECEIPT_CLAIM];
  if (!isJsonObject(extension) || !Array.isArray(extension['decisions']) || !isJsonObject(extension['policy'])) return;
  const grantedCount = extension['decisions'].filter((d: unknown) => isJsonObject(d) && d['granted'] === true).length;
  const services = payload['services'];
  if (!Array.isArray(services)) return;
  const service: unknown = services[0];
  if (services.length !== 1 || !isJsonObject(service) || !Array.isArray(service['purposes'])) {
    return report('inconsistent', 'services must hold exactly one service: the policy');
  }
  if (service['service'] !== extension['policy']['id']) {
    report('inconsistent', `services[0].service must equal the policy id in ${RECEIPT_CLAIM}`);
  }
  if (service['purposes'].length !== grantedCount) {
    report('inconsistent', `services[0].purposes must list exactly the ${grantedCount} granted purposes`);
  }
  if (extension['action'] === 'reject-all' && grantedCount > 0) {
    report('inconsistent', '"reject-all" cannot grant a purpose');
  }
}

/**
 * Checks a parsed receipt payload's shape without any signature or clock: Kantara fields (`schema`), JWT claims
 * (`claims`), the extension (`extension`) and their agreement (`inconsistent`). What verification runs.
 */
export function checkReceiptShape(payload: Json): ReceiptFailure[] {
  const failures: ReceiptFailure[] = [];
  const report: Report = (code, message) => {
    failures.push({ code, message });
  };
  checkKantara(payload, report);
  checkClaims(payload, report);
  checkExtension(payload[RECEIPT_CLAIM], report);
  checkAgreement(payload, report);
  return failures;
}

// The header signReceipt writes is fixed but for its kid, a 43-character SHA-256 thumbprint.
const HEADER_LENGTH = JSON.stringify({ alg: RECEIPT_ALG, typ: RECEIPT_TYP, kid: 'x'.repeat(43) }).length;
const base64urlLength = (bytes: number): number => Math.ceil((bytes * 4) / 3);

/** The length of the compact JWS that signs a payload of `payloadBytes` UTF-8 bytes. */
function receiptLength(payloadBytes: number): number {
  return base64urlLength(HEADER_LENGTH) + 1 + base64urlLength(payloadBytes) + 1 + base64urlLength(64);
}

/**
 * Reports the first member nested deeper than a verifier parses (MAX_JSON_DEPTH objects and arrays, the payload
 * itself included), and stops once the payload holds more than a receipt can; `false` when it reported. Without it,
 * JSON.stringify would exhaust the stack on the one and could run for hours on the other (an object that points
 * twice at each of 40 nested objects writes out 2^40 of them, a sparse array of length 1e9 a billion nulls).
 */
function checkNesting(payload: Json, report: Report): boolean {
  // Every value, key and string character takes at least one character of JSON.
  let budget = MAX_RECEIPT_LENGTH;
  const visit = (value: unknown, field: string, depth: number): boolean => {
    budget -= typeof value === 'string' ? value.length + 1 : Array.isArray(value) ? value.length + 1 : 1;
    if (budget < 0) {
      report('too-large', `The payload holds more than a receipt of ${MAX_RECEIPT_LENGTH} characters can`);
      return false;
    }
    if (typeof value !== 'object' || value === null) return true;
    if (depth > MAX_JSON_DEPTH) {
      report('payload', `${field} nests deeper than ${MAX_JSON_DEPTH} levels of objects and arrays`);
      return false;
    }
    const record = value as Record<string, unknown>;
    const keys = Array.isArray(value) ? value.keys() : Object.keys(record);
    for (const key of keys) {
      if (typeof key === 'string') budget -= key.length;
      if (!visit(record[key], field, depth + 1)) return false;
    }
    return true;
  };
  return Object.keys(payload).every((key) => visit(payload[key], key, 2));
}

/** The name of the largest member of `payload`, as JSON, and its length. */
function largestMember(payload: Json): string {
  let name = '';
  let length = -1;
  for (const [key, value] of Object.entries(payload)) {
    const size = JSON.stringify(value).length;
    if (size > length) [name, length] = [key, size];
  }
  return `${name} (${length} characters)`;
}

/** The JSON text a receipt would carry for a payload, with every reason a verifier would refuse it. */
export interface EncodedPayload {
  /** The text to sign; meaningful only without problems. */
  readonly json: string;
  readonly problems: ReceiptFailure[];
}

/**
 * Writes a payload as the JSON text a receipt carries and checks it as a verifier will read it: parsed back
 * strictly (own data members only: nothing inherited, no getter or `toJSON` asked twice), no deeper than
 * MAX_JSON_DEPTH, in a receipt no longer than MAX_RECEIPT_LENGTH, of the right shape. Bounded work on any value.
 */
export function encodeReceiptPayload(payload: unknown): EncodedPayload {
  const problems: ReceiptFailure[] = [];
  const report: Report = (code, message) => {
    problems.push({ code, message });
  };
  const refused = { json: '', problems };
  if (!isJsonObject(payload)) {
    report('payload', 'The payload must be a JSON object');
    return refused;
  }
  let json: unknown;
  try {
    if (!checkNesting(payload, report)) return refused;
    json = JSON.stringify(payload);
  } catch (error) {
    // A BigInt, a getter or toJSON that throws, a Proxy.
    report('payload', `The payload cannot be written as JSON: ${describeError(error)}`);
    return refused;
  }
  const parsed = typeof json === 'string' ? parseStrictJson(json) : undefined;
  if (typeof json !== 'string' || !parsed?.ok || !isJsonObject(parsed.value)) {
    report(
      'payload',
      `The payload does not read back as a JSON object${parsed?.ok === false ? `: ${parsed.message}` : ''}`,
    );
    return refused;
  }
  const length = receiptLength(new TextEncoder().encode(json).length);
  if (length > MAX_RECEIPT_LENGTH) {
    report(
      'too-large',
      `The receipt would be ${length} characters long, and a verifier reads at most ${MAX_RECEIPT_LENGTH}; the ` +
        `largest member is ${largestMember(parsed.value)}`,
    );
    return refused;
  }
  problems.push(...checkReceiptShape(parsed.value));
  return { json, problems };
}

/**
 * Checks a payload before it is signed, as a signer endpoint does with what a browser sent, the way a verifier will
 * read it: written as JSON and parsed back strictly (`payload`, also for nesting deeper than 64 levels), its receipt
 * no longer than MAX_RECEIPT_LENGTH (`too-large`), and of the receipt's shape (`schema`, `claims`, `extension`,
 * `inconsistent`). No problem means a verifier would accept it, but for the signature and the clock.
 */
export function checkReceiptPayload(payload: unknown): ReceiptFailure[] {
  return encodeReceiptPayload(payload).problems;
}
