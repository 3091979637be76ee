/**
 * Checks a consent config and returns a clean copy, or every problem at once.
 *
 * The input may be anything: parsed JSON, an object built by a script, or something hostile (getters that throw,
 * Proxies, `__proto__` keys, huge arrays, deep nesting). Only plain objects and real arrays are read, only known keys
 * are followed, sizes are checked before anything is walked, and nothing the caller passed in is kept: the result is
 * built from validated values and frozen.
 *
 * Fields that would start an optional purpose ticked, hide "Reject all", treat inaction as consent or bundle purposes
 * are refused by name, with their own problem codes, so a site learns why they do not exist.
 *
 * @module
 */
import { onFirstUse } from '../cache.js';
import { normalizeLabel, OVERLAY_MARK } from '../i18n/strings.js';
import {
  DIRECTION_CHARACTERS,
  describeReorderingMark,
  escapeCharacters,
  reorderingMark,
} from '../text/direction-marks.js';
import { repeatedJsonKeys } from './json-keys.js';
import { isReceiptVerifyingJwk } from '../receipt/jwk-shape.js';
import type { ConfigProblem, ConfigProblemCode } from './problems.js';
import { CONSENT_MODE_TYPES, PURPOSE_CATEGORIES } from './types.js';
import type {
  ConsentConfig,
  ConsentModeConfig,
  ControllerConfig,
  LocalizedText,
  PolicyConfig,
  PostalAddress,
  PurposeConfig,
  SignerConfig,
  ThirdParty,
} from './types.js';

/** The result of {@link validateConfig}: either a usable config and no problems, or no config and every problem. */
export type ConfigValidation =
  | { readonly valid: true; readonly config: ConsentConfig; readonly problems: readonly [] }
  | { readonly valid: false; readonly config: undefined; readonly problems: readonly ConfigProblem[] };

/**
 * Size limits of a config. Anything larger is reported as `too-long` before it is walked, so validating never hangs.
 * Text limits count UTF-16 code units (`string.length`).
 */
export const CONFIG_LIMITS = Object.freeze({
  /** Characters of JSON text accepted by {@link parseConfigJson}. */
  jsonText: 2_000_000,
  /** Entries in `purposes`. */
  purposes: 500,
  /** Entries in `languages`, and keys in any one localized text. */
  languages: 100,
  /** Characters of a clause in one language. */
  clause: 50_000,
  /** Characters of a purpose title in one language. */
  title: 300,
  /** Characters of other short text: names, contacts, emails, phones, ids, labels, street, language tags... */
  shortText: 1_000,
  /** Characters of a URL. */
  url: 2_048,
  /** Entries in one purpose's `thirdParties`. */
  thirdPartiesPerPurpose: 100,
  /** Entries in the top-level `dataCategories`, and ids in one purpose's `dataCategories`. */
  dataCategories: 500,
  /** Terms in `glossary`. */
  glossaryTerms: 500,
  /** Characters of one glossary explanation in one language. */
  glossaryExplanation: 5_000,
  /**
   * Characters of the longest run without a place to break the line in a clause or glossary explanation. Spaces,
   * hyphens, slashes and scripts written without spaces (Chinese, Japanese, Thai...) give places to break. Chromium
   * takes seconds to wrap a run of tens of thousands of characters, freezing the page.
   */
  unbrokenRun: 1_000,
  /** Combining marks on one character (Unicode's stream-safe limit): more only pile up over neighbouring lines. */
  combiningMarks: 30,
  /** Entries in one purpose's `sensitiveCategories`. */
  sensitiveCategories: 50,
  /** The allowed range of `maxAgeDays` (whole days). */
  maxAgeDays: Object.freeze({ min: 1, max: 3_650 }),
  /** Keys in `signer.jwks.keys`. */
  signerKeys: 20,
  /** Members of one JWK. */
  jwkMembers: 50,
  /** Characters of one JWK member value (an RSA modulus or a certificate in `x5c` can be long). */
  jwkValue: 16_384,
  /** Characters of all text in the config together, so a script cannot make validation take minutes. */
  totalText: 4_000_000,
  /** Problems reported; one more `too-long` problem says that others were left out. */
  problems: 200,
} as const);

/** Validates a config given as any JavaScript value. Never throws; reports every problem at once. */
export function validateConfig(input: unknown): ConfigValidation {
  return walk(input).validation;
}

/**
 * What the linter reads of a config that is invalid: the parts that could be read, as long as `languages` and
 * `defaultLanguage` could (every rule reads texts by language). Purposes with problems are in it when their id,
 * title and clause could be read; fields that could not be are left out.
 */
export type ReadableConfig = Omit<ConsentConfig, 'policy' | 'controller' | 'jurisdiction'> & {
  readonly policy: ConsentConfig['policy'] | undefined;
  readonly controller: ConsentConfig['controller'] | undefined;
  readonly jurisdiction: string | undefined;
};

/** A validation, and, when it failed, what could still be read of the config (for the linter). */
export interface ConfigReading {
  readonly validation: ConfigValidation;
  readonly readable: ReadableConfig | undefined;
  /** The index in the input's `purposes` of each purpose in `readable` (some may be left out). */
  readonly purposeIndices?: readonly number[];
}

function walk(input: unknown, repeated: readonly string[] = []): { ctx: Context; validation: ConfigValidation } {
  const ctx = createContext();
  for (const path of repeated) {
    ctx.problems.add(
      'duplicate',
      path,
      `${path}: this key is given twice in one object; JSON keeps only the last, so the first would be dropped without a word. Give it once.`,
    );
  }
  let config: ConsentConfig | undefined;
  try {
    config = readConfig(ctx, input);
  } catch (error) {
    // Last line of defence (e.g. a stack overflow inside the engine): report instead of throwing.
    ctx.problems.add('not-an-object', '', `config: the config could not be read (${describeError(error)}).`);
    ctx.parts = undefined;
  }
  return { ctx, validation: toValidation(ctx.problems, config) };
}

/** Like {@link validateConfig}, with what could be read of an invalid config. Internal: for the linter. */
export function readConfigValue(input: unknown, repeated?: readonly string[]): ConfigReading {
  const { ctx, validation } = walk(input, repeated);
  const parts = ctx.parts;
  if (validation.valid || !parts?.languages || !parts.defaultLanguage) return { validation, readable: undefined };
  const readable = withoutPrototypes({
    ...parts,
    purposes: ctx.readPurposes.map(([purpose]) => purpose),
  }) as ReadableConfig;
  return { validation, readable, purposeIndices: ctx.readPurposes.map(([, index]) => index) };
}

/** Parses JSON text and validates it. Never throws: a syntax error becomes a `format` problem. */
export function parseConfigJson(text: string): ConfigValidation {
  return readConfigJson(text, (value, repeated) => walk(value, repeated).validation);
}

/**
 * Parses JSON text and hands the value to `read` (which validates it), with the paths of keys the text repeats in
 * one object; text that is not JSON is refused without. Internal: the linter reads an invalid config further
 * ({@link readConfigValue}).
 */
export function readConfigJson<T extends ConfigValidation | ConfigReading>(
  text: string,
  read: (value: unknown, repeated: readonly string[]) => T,
  refused: (validation: ConfigValidation) => T = (validation) => validation as T,
): T {
  const problems = new ProblemList();
  if (typeof text !== 'string') {
    problems.add('type', '', `config: expected the config as JSON text, got ${describeValue(text)}.`);
    return refused(toValidation(problems, undefined));
  }
  if (text.length > CONFIG_LIMITS.jsonText) {
    problems.add(
      'too-long',
      '',
      `config: the JSON text has ${text.length} characters; at most ${CONFIG_LIMITS.jsonText} are accepted. ` +
        'A consent config is far smaller: check that the right file was loaded.',
    );
    return refused(toValidation(problems, undefined));
  }
  let parsed: unknown;
  // Editors on Windows often save a byte order mark, which JSON.parse refuses.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    problems.add('format', '', `config: the text is not valid JSON: ${describeError(error)}.`);
    return refused(toValidation(problems, undefined));
  }
  return read(parsed, repeatedKeys(json));
}

/** The repeated keys of `json` as config paths (`purposes[0].retention`). */
function repeatedKeys(json: string): string[] {
  return repeatedJsonKeys(json).map((steps) =>
    steps.reduce<string>((path, step) => (typeof step === 'number' ? indexPath(path, step) : keyPath(path, step)), ''),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Problems and context
// ---------------------------------------------------------------------------------------------------------------

/** Collects problems up to the cap; `stopped` tells loops that walking further cannot report anything new. */
class ProblemList {
  readonly items: ConfigProblem[] = [];
  private overflowed = false;

  get stopped(): boolean {
    return this.overflowed;
  }

  add(code: ConfigProblemCode, path: string, message: string): void {
    if (this.items.length >= CONFIG_LIMITS.problems) {
      this.overflowed = true;
      return;
    }
    this.items.push(Object.freeze({ code, path, message }));
  }

  finish(): readonly ConfigProblem[] {
    const all = [...this.items];
    if (this.overflowed) {
      all.push(
        Object.freeze({
          code: 'too-long' as const,
          path: '',
          message: `config: more than ${CONFIG_LIMITS.problems} problems were found and the rest were left out. Fix these and validate again.`,
        }),
      );
    }
    return Object.freeze(all);
  }
}

/** The languages the config declares, as far as they are valid. */
interface DeclaredLanguages {
  /** Valid tags exactly as written in `languages`, in order. */
  readonly tags: readonly string[];
  /** Canonical tag → the tag as written, so `zh-cn` in a text finds `zh-CN`. */
  readonly byCanonical: ReadonlyMap<string, string>;
  /** Invalid entries of `languages`, as written and as probably meant: texts in them are not reported again. */
  readonly invalid: ReadonlySet<string>;
}

/** Ids a purpose may reference, or `undefined` when the list itself was unreadable (so nothing is reported twice). */
type KnownIds = ReadonlySet<string> | undefined;

interface Context {
  readonly problems: ProblemList;
  readonly canonicalTags: Map<string, string | undefined>;
  languages: DeclaredLanguages | undefined;
  /** The default language as declared, once read: every clause must be written in it. */
  defaultLanguage?: string | undefined;
  dataCategoryIds: KnownIds;
  /** Characters of text checked so far, against {@link CONFIG_LIMITS.totalText}. */
  textBudgetUsed: number;
  textBudgetReported: boolean;
  /** The top-level parts as read, for the linter (see {@link readConfigValue}). */
  parts?: Partial<Omit<ReadableConfig, 'purposes'>> | undefined;
  /** Every purpose that could be read, clean or not, with its index in the input: for the linter. */
  readonly readPurposes: [PurposeConfig, number][];
}

function createContext(): Context {
  return {
    problems: new ProblemList(),
    canonicalTags: new Map(),
    languages: undefined,
    dataCategoryIds: new Set(),
    readPurposes: [],
    textBudgetUsed: 0,
    textBudgetReported: false,
  };
}

const NO_PROBLEMS: readonly [] = Object.freeze([] as const);

function toValidation(problems: ProblemList, config: ConsentConfig | undefined): ConfigValidation {
  if (config && problems.items.length === 0) {
    return Object.freeze({ valid: true as const, config, problems: NO_PROBLEMS });
  }
  if (problems.items.length === 0) {
    problems.add('not-an-object', '', 'config: the config could not be validated.');
  }
  return Object.freeze({ valid: false as const, config: undefined, problems: problems.finish() });
}

// ---------------------------------------------------------------------------------------------------------------
// Paths and wording
// ---------------------------------------------------------------------------------------------------------------

/** Longer keys and values are cut in paths and messages so a hostile input cannot flood them. */
const MAX_SHOWN_KEY = 100;
const MAX_SHOWN_VALUE = 80;
const SIMPLE_KEY = /^[A-Za-z_$][\w$-]*$/;
/** Quotes text for a message or path: JSON quoting, cut to a length, direction controls made visible. */
function quote(text: string, max = MAX_SHOWN_VALUE): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  // Escaped so a path or message always reads the way it is stored.
  return escapeCharacters(JSON.stringify(cut), DIRECTION_CHARACTERS);
}

function keyPath(parent: string, key: string): string {
  if (key.length <= MAX_SHOWN_KEY && SIMPLE_KEY.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${quote(key, MAX_SHOWN_KEY)}]`;
}

function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/** The start of every message: the path, or `config` for the whole config. */
function at(path: string): string {
  return path || 'config';
}

/** Names a value's type in words, without ever converting the value itself to text. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing (undefined)';
  if (isArraySafe(value)) return 'a list (array)';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** A short, safe description of something thrown: only a real Error's message, cut to length. */
function describeError(error: unknown): string {
  try {
    if (error instanceof Error && typeof error.message === 'string') {
      return error.message.length > 200 ? `${error.message.slice(0, 200)}…` : error.message;
    }
  } catch {
    // A hostile thrown value: fall through to the generic text.
  }
  return 'an unknown error';
}

// ---------------------------------------------------------------------------------------------------------------
// Reading untrusted values
// ---------------------------------------------------------------------------------------------------------------

/** An input object that passed the plain-object check, with its own enumerable keys read once. */
interface InputObject {
  readonly path: string;
  readonly source: Readonly<Record<string, unknown>>;
  readonly keys: readonly string[];
  readonly present: ReadonlySet<string>;
}

/** A value read from an input object or array, with the path it was read from. */
interface Found {
  readonly value: unknown;
  readonly path: string;
}

/** What a value is; reading it can fail (a Proxy trap or getter throws), which carries the error. */
type Shape = 'object' | 'array' | 'other' | { readonly unreadable: unknown };

function isArraySafe(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false; // A revoked Proxy.
  }
}

/** Classifies a value. Only plain objects (prototype Object.prototype or null) count as objects. */
function shapeOf(value: unknown): Shape {
  if (typeof value !== 'object' || value === null) return 'other';
  try {
    if (Array.isArray(value)) return 'array';
    if (Object.prototype.toString.call(value) !== '[object Object]') return 'other';
    const prototype: unknown = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null ? 'object' : 'other';
  } catch (error) {
    return { unreadable: error };
  }
}

function reportUnreadable(ctx: Context, path: string, error: unknown): void {
  ctx.problems.add(
    'not-an-object',
    path,
    `${at(path)}: this value could not be read (${describeError(error)}). Pass plain data, such as the result of JSON.parse, without getters or Proxies.`,
  );
}

/** Opens a plain object, reporting `type` or `not-an-object` when it is something else. */
function openObject(ctx: Context, value: unknown, path: string, what: string): InputObject | undefined {
  const shape = shapeOf(value);
  if (typeof shape === 'object') {
    reportUnreadable(ctx, path, shape.unreadable);
    return undefined;
  }
  if (shape !== 'object') {
    ctx.problems.add('type', path, `${at(path)}: expected ${what} (a plain object), got ${describeValue(value)}.`);
    return undefined;
  }
  const source = value as Readonly<Record<string, unknown>>;
  let keys: string[];
  try {
    keys = Object.keys(source);
  } catch (error) {
    reportUnreadable(ctx, path, error);
    return undefined;
  }
  return { path, source, keys, present: new Set(keys) };
}

/**
 * Reads one own key. `undefined` values count as absent, so `{ region: undefined }` built by a script is fine.
 * Reports `required` when a required key is absent and `not-an-object` when reading throws.
 */
function readField(ctx: Context, obj: InputObject, key: string, required: string | false): Found | undefined {
  const path = keyPath(obj.path, key);
  let value: unknown;
  if (obj.present.has(key)) {
    try {
      value = obj.source[key];
    } catch (error) {
      reportUnreadable(ctx, path, error);
      return undefined;
    }
  }
  if (value === undefined) {
    if (required !== false) ctx.problems.add('required', path, `${path}: ${required} is required but missing.`);
    return undefined;
  }
  return { value, path };
}

/**
 * Opens a real array after checking its length against `max`, and reads its items. Nothing is iterated when the
 * array is too long.
 */
function readArray(ctx: Context, found: Found, what: string, max: number, nonEmpty: boolean): Found[] | undefined {
  const { value, path } = found;
  const shape = shapeOf(value);
  if (typeof shape === 'object') {
    reportUnreadable(ctx, path, shape.unreadable);
    return undefined;
  }
  if (shape !== 'array') {
    ctx.problems.add('type', path, `${path}: expected ${what} (a list), got ${describeValue(value)}.`);
    return undefined;
  }
  const list = value as readonly unknown[];
  let length: number;
  try {
    length = list.length;
  } catch (error) {
    reportUnreadable(ctx, path, error);
    return undefined;
  }
  if (length > max) {
    ctx.problems.add('too-long', path, `${path}: ${what} has ${length} entries; at most ${max} are allowed.`);
    return undefined;
  }
  if (nonEmpty && length === 0) {
    ctx.problems.add('empty', path, `${path}: ${what} is empty; add at least one entry.`);
    return undefined;
  }
  const items: Found[] = [];
  for (let index = 0; index < length && !ctx.problems.stopped; index++) {
    const itemPath = indexPath(path, index);
    try {
      items.push({ value: list[index], path: itemPath });
    } catch (error) {
      reportUnreadable(ctx, itemPath, error);
    }
  }
  return items;
}

// ---------------------------------------------------------------------------------------------------------------
// Keys: unknown fields and the fields unticked refuses on purpose
// ---------------------------------------------------------------------------------------------------------------

type HazardCode = 'pre-ticked' | 'reject-hidden' | 'implied-consent' | 'bundled';

/** Which refused-field checks apply to an object's unknown keys. */
type HazardScope = 'all' | 'pre-ticked' | 'none';

interface ObjectRules {
  /** Names the object in messages, e.g. "purpose". */
  readonly noun: string;
  readonly known: ReadonlySet<string>;
  readonly hazards: HazardScope;
}

// Keys that would rewrite an object's prototype or reach into it.
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const PRE_TICK_NAMES = new Set([
  'checked',
  'defaultchecked',
  'default',
  'defaults',
  'defaultvalue',
  'defaultstate',
  'defaultconsent',
  'defaultenabled',
  'defaultgranted',
  'defaulton',
  'enabled',
  'initial',
  'initialstate',
  'initialvalue',
  'initialdecision',
  'initialdecisions',
  'granted',
  'preticked',
  'prechecked',
  'preselected',
  'preselect',
  'selected',
  'value',
  'state',
  'on',
  'active',
  'accepted',
  'consent',
  'consented',
  'optout',
  'optin',
  'status',
  'allowed',
  'decisions',
  'toggled',
  'ticked',
  'readonly',
  'required',
  'isdefault',
  'optedin',
  'grant',
  'allow',
  'accept',
  'agree',
  'agreed',
  'approve',
  'approved',
  'preset',
  'prefill',
  'autooptin',
  'useroptin',
  'hasoptedin',
  'autoapprove',
  'autoallow',
  'autocheck',
  'autoselect',
  'autogrant',
  'autoenable',
  'hasconsent',
  'hasconsented',
  'userconsent',
  'userconsented',
  'consentstate',
  'consentstatus',
  'consentvalue',
  'consentchoice',
  'givenconsent',
  'permitted',
  'prefilled',
  'consentgiven',
  'checkedstate',
  'toggledon',
  'switchedon',
  'turnedon',
  'consentdefaults',
  'purposedefaults',
  'defaultpurposes',
  'checkedpurposes',
  'grantedpurposes',
  'enabledpurposes',
  'acceptedpurposes',
  'selectedpurposes',
  'allowedpurposes',
]);
// "startTicked", "isChecked", "enabledByDefault", "stateDefault": a name that says where a purpose starts, by any
// wording.
const PRE_TICK_PREFIX = /^(default|initially|initial|pre|start|is)(.*)$/;
/** What follows such a prefix when it says where a purpose starts ("startTicked", "defaultOptIn", "prefill"). */
const PRE_TICK_AFTER_PREFIX =
  /^(check|tick|select(?!or)|consent|grant|enable|accept|state|value|decision|optin|optedin|activ|allow|agree|approv|permit|status|choice|preference|given)/;
/** "isOn", "initiallyOn", "toggledOn": on, said of where a purpose starts. */
const PRE_TICK_ON = /^(is|initially|default|start|starts|auto|switched|turned|toggled|set)on$/;
const PRE_TICK_SUFFIX = /(default|initially|atstart|onload)$/;
const PRE_TICK_WORD =
  /check|tick|select|consent|grant|enable|accept|state|value|decision|optin|optedin|activ|allow|agree|approv|permit|status|choice|preference|given/;
const REJECT_HIDING_WORDS = ['reject', 'deny', 'decline', 'refuse', 'necessaryonly'];
const REJECT_HIDING_NAMES = new Set([
  'buttonorder',
  'primarybutton',
  'highlightaccept',
  'acceptonly',
  'hidedecline',
  'secondscreenreject',
  'equalweightbuttons',
]);
/** Names that are implied consent by themselves (other tools' options for accepting after a time or on scroll). */
const IMPLIED_CONSENT_NAMES = new Set(['timeout', 'scroll', 'dismiss', 'navigation', 'onscroll', 'ontimeout']);
/** A moment other than a decision: with an accepting word ("acceptOnScroll", "closeAccepts"), implied consent. */
const IMPLIED_CONSENT_MOMENT =
  /scroll|timeout|after|navigat|dismiss|close|continue|escape|interaction|leave|pageview|clickanywhere|onclick|auto/;
const IMPLIED_CONSENT_ACCEPTING = /accept|consent|agree|grant/;
const BUNDLING_NAMES = new Set([
  'groups',
  'bundle',
  'bundles',
  'bundled',
  'stacks',
  'purposegroups',
  'children',
  'subpurposes',
  'acceptallincludesseparate',
]);
/** Top-level option objects other consent tools use; their keys are searched (one level) for refused fields. */
const OPTION_CONTAINERS = new Set(['ui', 'options', 'buttons', 'layout', 'gui', 'guioptions']);

/** `hideRejectAll`, `hide_reject_all` and `HIDE-REJECT-ALL` all become `hiderejectall`. */
function normalizeKeyName(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Whether a config key or attribute name says where a purpose starts (`checked`, `defaultChecked`, `pre-selected`,
 * `startTicked`, `initiallyOn`...): such a key is refused as `pre-ticked`, whatever its case or separators.
 */
export function isPreTickingName(key: string): boolean {
  return isPreTickName(normalizeKeyName(key));
}

function isPreTickName(name: string): boolean {
  // Accepting or consenting on the visitor's behalf later (after a time, on scrolling) is implied consent.
  if (/^auto(accept|consent)/.test(name)) return false;
  if (PRE_TICK_NAMES.has(name) || PRE_TICK_ON.test(name)) return true;
  // The word after the prefix, not inside it: "preferencesUrl" is no "pre" + "preference".
  const prefixed = PRE_TICK_PREFIX.exec(name);
  if (prefixed && PRE_TICK_AFTER_PREFIX.test(prefixed[2] ?? '')) return true;
  return (
    PRE_TICK_SUFFIX.test(name) &&
    (PRE_TICK_WORD.test(name) || /^(on|checked|ticked|selected|granted|allowed|active)/.test(name))
  );
}

function hazardOf(key: string, scope: HazardScope): HazardCode | undefined {
  if (scope === 'none') return undefined;
  const name = normalizeKeyName(key);
  if (isPreTickName(name)) return 'pre-ticked';
  if (scope === 'pre-ticked') return undefined;
  if (REJECT_HIDING_NAMES.has(name) || REJECT_HIDING_WORDS.some((word) => name.includes(word))) return 'reject-hidden';
  if (
    IMPLIED_CONSENT_NAMES.has(name) ||
    /implicit|implied/.test(name) ||
    (IMPLIED_CONSENT_MOMENT.test(name) && IMPLIED_CONSENT_ACCEPTING.test(name))
  )
    return 'implied-consent';
  if (BUNDLING_NAMES.has(name)) return 'bundled';
  return undefined;
}

function hazardMessage(code: HazardCode, path: string, key: string): string {
  switch (code) {
    case 'pre-ticked': {
      const base = `${path}: optional purposes always start unticked; unticked ignores nothing silently, so remove this field. Only the visitor's own action can grant a purpose.`;
      return normalizeKeyName(key) === 'required'
        ? `${base} To show a purpose that is processed on another legal basis (a contract, a legal duty), use "necessary": true.`
        : base;
    }
    case 'reject-hidden':
      return `${path}: "Reject all" is always shown, as prominent as "Accept all", and refusing is never harder than granting; remove this field.`;
    case 'implied-consent':
      return `${path}: consent comes only from the visitor's own action; scrolling, closing, navigating or waiting never counts as consent. Remove this field.`;
    case 'bundled':
      return `${path}: each purpose is decided on its own and cannot be bundled with others; list every purpose in "purposes" and remove this field.`;
  }
}

function prototypeKeyMessage(path: string, key: string): string {
  return `${path}: ${quote(key)} is not a config field and is refused, because keys like it can change how objects behave (prototype pollution). Remove it.`;
}

/** Levenshtein distance; only called on short strings of similar length. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate within edit distance 2 (1 for short names, where 2 would match almost anything). */
function closest(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length > 64) return undefined;
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const allowed = candidate.length <= 4 ? 1 : 2;
    if (Math.abs(candidate.length - lower.length) > allowed) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function unknownKeyMessage(path: string, key: string, rules: ObjectRules): string {
  const suggestion = closest(key, rules.known);
  const hint = suggestion
    ? `Did you mean "${suggestion}"?`
    : `Known fields: ${[...rules.known].map((name) => `"${name}"`).join(', ')}.`;
  return `${path}: ${quote(key)} is not a known ${rules.noun} field. ${hint} Unknown fields are refused so that a typo never drops a setting silently.`;
}

/** Reports every key the object's rules do not know, with the most specific code. Never reads their values. */
function checkKeys(ctx: Context, obj: InputObject, rules: ObjectRules): void {
  for (const key of obj.keys) {
    if (ctx.problems.stopped) return;
    if (rules.known.has(key)) continue;
    const path = keyPath(obj.path, key);
    if (PROTOTYPE_KEYS.has(key)) {
      ctx.problems.add('unknown-key', path, prototypeKeyMessage(path, key));
      continue;
    }
    const hazard = hazardOf(key, rules.hazards);
    if (hazard) ctx.problems.add(hazard, path, hazardMessage(hazard, path, key));
    else ctx.problems.add('unknown-key', path, unknownKeyMessage(path, key, rules));
  }
}

/**
 * Searches a top-level option object such as `ui` or `guiOptions` one level deep for refused fields. The container
 * itself is already reported as an unknown key; its other keys are not.
 */
function checkOptionContainers(ctx: Context, top: InputObject, known: ReadonlySet<string>): void {
  for (const key of top.keys) {
    if (ctx.problems.stopped) return;
    if (known.has(key) || !OPTION_CONTAINERS.has(normalizeKeyName(key))) continue;
    const found = readField(ctx, top, key, false);
    if (!found || shapeOf(found.value) !== 'object') continue;
    let innerKeys: string[];
    try {
      innerKeys = Object.keys(found.value as object);
    } catch (error) {
      reportUnreadable(ctx, found.path, error);
      continue;
    }
    for (const innerKey of innerKeys) {
      if (ctx.problems.stopped) return;
      const hazard = hazardOf(innerKey, 'all');
      const path = keyPath(found.path, innerKey);
      if (hazard) ctx.problems.add(hazard, path, hazardMessage(hazard, path, innerKey));
    }
  }
}

/** Rejects `__proto__`, `constructor` and `prototype` as record keys (data category ids, glossary terms...). */
function isAllowedRecordKey(ctx: Context, parent: string, key: string): boolean {
  if (!PROTOTYPE_KEYS.has(key)) return true;
  const path = keyPath(parent, key);
  ctx.problems.add('unknown-key', path, prototypeKeyMessage(path, key));
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------------------------

interface TextRule {
  /** Names the field in messages, e.g. "the policy version". */
  readonly what: string;
  readonly max: number;
  /** Says why the text is malformed ("must be ..."), or returns undefined when it is fine. */
  readonly format?: (text: string) => string | undefined;
  /**
   * Long text shown in its own isolated region (clauses, glossary explanations): direction controls are kept
   * verbatim. Everything else is single-line text, where they are refused.
   */
  readonly prose?: boolean;
}

// C0 and C1 controls (but tab, line feed, carriage return and next line) and lone surrogates are never meant to be
// shown; C1 controls usually mean text decoded as Latin-1. (With the `u` flag a valid surrogate pair is one code
// point, so only lone halves match.)
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uD800-\uDFFF]/u;

// Overrides, embeddings and isolates can make one line read differently from what is stored: a title that looks
// like a button, a name that reads as a decision. Marks (U+200E, U+200F, U+061C) stay where they only place
// neutral characters, and are refused between two words they would swap (see reorderingMark); joiners stay.
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const DIRECTION_CONTROL_NAMES: Readonly<Record<number, string>> = {
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

// Combining marks beyond the stream-safe limit: "zalgo" text that draws over the lines and buttons around it.
// Format characters between them (zero-width joiners, soft hyphens...) start no new character to stack on, so
// they do not break the pile. Built on first use, as are the other patterns here with Unicode property classes.
const combiningFlood = onFirstUse(
  () => new RegExp(`(?:[\\p{Mn}\\p{Me}]\\p{Cf}*){${CONFIG_LIMITS.combiningMarks + 1},}`, 'u'),
);
// Every combining mark is at U+0300 or above, and so is every format character but the soft hyphen, so text
// without as long a run of such characters (any text whose words are spaced) is cleared without the Unicode tables
// above, whose first use costs before the prompt shows.
const LONG_RUN_ABOVE_LATIN = new RegExp(`[^\\0-\\u00AC\\u00AE-\\u02FF]{${CONFIG_LIMITS.combiningMarks + 1},}`);

// Places a browser may break a line: breaking spaces, zero-width space, soft hyphen, hyphens and dashes, slash,
// Ethiopic wordspace, and any letter of the scripts browsers break between letters (Chinese, Japanese, Thai...).
// Not `\\s`: it includes the spaces that forbid a break (U+00A0, U+2007, U+202F, U+FEFF), and U+2011 is the
// non-breaking hyphen, so a clause joined by them is one unbreakable run, however long.
const BREAKING_SPACES = '\\t\\n\\f\\r \\u1680\\u2000-\\u2006\\u2008-\\u200B\\u205F\\u3000';
const lineBreakOpportunity = onFirstUse(
  () =>
    new RegExp(
      `[${BREAKING_SPACES}\\u00AD\\-/\\u1361\\u2010\\u2012-\\u2014\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Yi}` +
        '\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}\\p{scx=Tai_Tham}\\p{scx=New_Tai_Lue}]',
      'gu',
    ),
);

// A breaking space is a break opportunity, so text whose runs between them are all short has no long unbroken run
// either: most text is cleared by this linear scan, without the Unicode script tables above, whose first use costs
// a millisecond or more before the prompt can show.
const NON_SPACE_RUN = new RegExp(`[^${BREAKING_SPACES}]+`, 'g');

function hasLongNonSpaceRun(text: string, max: number): boolean {
  for (const match of text.matchAll(NON_SPACE_RUN)) if (match[0].length > max) return true;
  return false;
}

/** The first run longer than {@link CONFIG_LIMITS.unbrokenRun} with no place to break the line, in linear time. */
function longUnbrokenRun(text: string): { readonly index: number; readonly length: number } | undefined {
  const max = CONFIG_LIMITS.unbrokenRun;
  if (text.length <= max || !hasLongNonSpaceRun(text, max)) return undefined;
  let start = 0;
  for (const match of text.matchAll(lineBreakOpportunity())) {
    if (match.index - start > max) return { index: start, length: match.index - start };
    start = match.index + match[0].length;
  }
  return text.length - start > max ? { index: start, length: text.length - start } : undefined;
}

// Anything but whitespace, characters that are invisible by definition (zero-width spaces and joiners, marks,
// variation selectors, tag characters, Hangul fillers), the blank Braille pattern and combining marks (with no
// letter to sit on, an accent alone shows as nothing or a stray mark).
const VISIBLE_CHARACTER = /[^\s\p{Default_Ignorable_Code_Point}\p{M}\u2800]/u;
// Any printable ASCII character but the space is visible: most text is cleared without the Unicode table above.
const VISIBLE_ASCII = /[!-~]/;

function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Names an unsafe character and says what to do instead. */
function unsafeCharacterAdvice(char: string): string {
  const code = char.charCodeAt(0);
  const hex = codePointLabel(char);
  if (code >= 0xd800 && code <= 0xdfff) return `${hex}, a lone surrogate (broken UTF-16). Check the text's encoding`;
  return `${hex}, a control character. Remove it; only tabs and line breaks are allowed`;
}

/** Names a direction control and says why single-line text cannot have it. */
function directionControlAdvice(char: string): string {
  const name = DIRECTION_CONTROL_NAMES[char.charCodeAt(0)] ?? 'direction control';
  return (
    `${codePointLabel(char)} (${name}), a bidirectional control that can make a single line read differently ` +
    `from what is stored, for example like a button or a decision. ${REMOVE_DIRECTION_CONTROL}`
  );
}

const REMOVE_DIRECTION_CONTROL =
  'Remove it: the prompt shows every title, name and label in its own isolated run, so mixed-direction text ' +
  'displays correctly without it';

/** Counts text against the total budget; reports once when it runs out. */
function spendTextBudget(ctx: Context, path: string, length: number): boolean {
  ctx.textBudgetUsed += length;
  if (ctx.textBudgetUsed <= CONFIG_LIMITS.totalText) return true;
  if (!ctx.textBudgetReported) {
    ctx.textBudgetReported = true;
    ctx.problems.add(
      'too-long',
      path,
      `${path}: the config holds more than ${CONFIG_LIMITS.totalText} characters of text in all; text from here on was not checked.`,
    );
  }
  return false;
}

/**
 * Checks one text value: type, length (before anything else), emptiness, unsafe characters, then format.
 * `emptyCode` lets a translation report `missing-translation` instead of `empty`.
 */
function checkText(
  ctx: Context,
  found: Found,
  rule: TextRule,
  emptyCode: ConfigProblemCode = 'empty',
  emptyMessage?: string,
): string | undefined {
  const { value, path } = found;
  if (typeof value !== 'string') {
    ctx.problems.add('type', path, `${path}: ${rule.what} must be text (a string), got ${describeValue(value)}.`);
    return undefined;
  }
  if (value.length > rule.max) {
    ctx.problems.add(
      'too-long',
      path,
      `${path}: ${rule.what} has ${value.length} characters; at most ${rule.max} are allowed.`,
    );
    return undefined;
  }
  if (!spendTextBudget(ctx, path, value.length)) return undefined;
  if (value.trim() === '') {
    ctx.problems.add(
      emptyCode,
      path,
      emptyMessage ?? `${path}: ${rule.what} is empty; write it out or remove the field.`,
    );
    return undefined;
  }
  if (!VISIBLE_ASCII.test(value) && !VISIBLE_CHARACTER.test(value)) {
    // Zero-width characters alone would show a purpose, name or label as nothing at all.
    ctx.problems.add(
      emptyCode,
      path,
      `${path}: ${rule.what} has only invisible characters (zero-width, format or blank characters, or marks with no letter), so it would show as nothing. Write it out or remove it.`,
    );
    return undefined;
  }
  const unsafe = UNSAFE_CHARACTER.exec(value);
  if (unsafe) {
    ctx.problems.add(
      'unsafe-text',
      path,
      `${path}: ${rule.what} contains, at position ${unsafe.index}, ${unsafeCharacterAdvice(unsafe[0])}.`,
    );
    return undefined;
  }
  const flood = LONG_RUN_ABOVE_LATIN.test(value) ? combiningFlood().exec(value) : null;
  if (flood) {
    ctx.problems.add(
      'unsafe-text',
      path,
      `${path}: ${rule.what} has, at position ${flood.index}, more than ${CONFIG_LIMITS.combiningMarks} combining marks on one character (Unicode's stream-safe limit; zero-width and other format characters between them do not count). They would pile up over the lines and buttons around the text; remove them.`,
    );
    return undefined;
  }
  const run = rule.prose ? longUnbrokenRun(value) : undefined;
  if (run) {
    ctx.problems.add(
      'too-long',
      path,
      `${path}: ${rule.what} has, at position ${run.index}, a run of ${run.length} characters with no space or other place to break the line; at most ${CONFIG_LIMITS.unbrokenRun} are allowed. Browsers take seconds to wrap such a run, freezing the page: break it up.`,
    );
    return undefined;
  }
  // A line or paragraph separator breaks a one-line title, name or label where the browser draws it (HTML does not
  // read it as white space to collapse): one label on two lines, or a title that seems to end early.
  const separator = rule.prose ? -1 : value.search(/[\u2028\u2029]/u);
  if (separator >= 0) {
    ctx.problems.add(
      'unsafe-text',
      path,
      `${path}: ${rule.what} contains, at position ${separator}, a ${value[separator] === '\u2028' ? 'line' : 'paragraph'} separator (U+${value.codePointAt(separator)!.toString(16).toUpperCase()}), which breaks one-line text where it is drawn. Use a space.`,
    );
    return undefined;
  }
  const direction = rule.prose ? null : DIRECTION_CONTROL.exec(value);
  if (direction) {
    ctx.problems.add(
      'bidi-control',
      path,
      `${path}: ${rule.what} contains, at position ${direction.index}, ${directionControlAdvice(direction[0])}.`,
    );
    return undefined;
  }
  const mark = rule.prose ? undefined : reorderingMark(value);
  if (mark) {
    ctx.problems.add(
      'bidi-control',
      path,
      `${path}: ${rule.what} contains, at position ${mark.index}, ${describeReorderingMark(mark)}. ${REMOVE_DIRECTION_CONTROL}.`,
    );
    return undefined;
  }
  // A title or name struck through one letter at a time ("N̶o̶t̶ ̶u̶s̶e̶d̶") reads as withdrawn while it is offered.
  const overlay = rule.prose ? -1 : value.search(OVERLAY_MARK);
  if (overlay >= 0) {
    ctx.problems.add(
      'unsafe-text',
      path,
      `${path}: ${rule.what} contains, at position ${overlay}, a combining mark drawn across its letter (U+${value.codePointAt(overlay)!.toString(16).toUpperCase().padStart(4, '0')}): one per letter shows the text struck through, and no script spells with them. Remove it.`,
    );
    return undefined;
  }
  const formatProblem = rule.format?.(value);
  if (formatProblem) {
    ctx.problems.add('format', path, `${path}: ${rule.what} ${formatProblem} Got ${quote(value)}.`);
    return undefined;
  }
  return value;
}

/** Reads and checks a text field of an object. */
function readText(ctx: Context, obj: InputObject, key: string, rule: TextRule, required: boolean): string | undefined {
  const found = readField(ctx, obj, key, required ? rule.what : false);
  return found ? checkText(ctx, found, rule) : undefined;
}

function readBoolean(ctx: Context, obj: InputObject, key: string, what: string): boolean | undefined {
  const found = readField(ctx, obj, key, false);
  if (!found) return undefined;
  if (typeof found.value === 'boolean') return found.value;
  ctx.problems.add(
    'type',
    found.path,
    `${found.path}: ${what} must be true or false, got ${describeValue(found.value)}. Leave it out to mean false.`,
  );
  return undefined;
}

/** Reads a list of unique short texts, such as ids; duplicates are reported at the later entry. */
function readTextList(
  ctx: Context,
  found: Found,
  listWhat: string,
  rule: TextRule,
  max: number,
): { readonly values: readonly string[]; readonly paths: readonly string[] } | undefined {
  const items = readArray(ctx, found, listWhat, max, false);
  if (!items) return undefined;
  const values: string[] = [];
  const paths: string[] = [];
  let complete = true;
  for (const item of items) {
    const text = checkText(ctx, item, rule);
    if (text === undefined) {
      complete = false;
    } else if (values.includes(text)) {
      complete = false;
      ctx.problems.add(
        'duplicate',
        item.path,
        `${item.path}: ${quote(text)} is listed twice in ${listWhat}; remove one.`,
      );
    } else {
      values.push(text);
      paths.push(item.path);
    }
  }
  return complete ? { values, paths } : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Formats
// ---------------------------------------------------------------------------------------------------------------

const SITE_ORIGIN = 'https://unticked.invalid';
const HTTP_URL_START = /^https?:\/\//i;

// What follows `scheme://` up to the first "/", "?" or "#": the host (and port) a reader takes the link to lead to.
const WRITTEN_AUTHORITY = /^https?:\/\/([^/?#]*)/i;
const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'https:': '443', 'http:': '80' };

/** `text` parsed as an absolute URL with one of `protocols`, or why it is not one. */
function parseAbsoluteUrl(text: string, protocols: readonly string[]): URL | string {
  const expected = protocols.join(' or ');
  if (/\s/u.test(text)) return 'must not contain spaces or line breaks.';
  if (!HTTP_URL_START.test(text)) return `must be an absolute ${expected} URL such as "https://example.com/privacy".`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not a valid URL.';
  }
  if (!protocols.includes(url.protocol))
    return `must be an absolute ${expected} URL such as "https://example.com/privacy".`;
  return url.hostname ? url : 'must name a host.';
}

/**
 * Why `url`, parsed from `text`, leads to another host than the one a reader sees in `text`, or undefined. The
 * parser rewrites what is written: `https://evil.example\@pay.example` leads to evil.example (a backslash ends the
 * host), `pay.example` U+3002 (an ideographic full stop) `evil.example` to pay.example.evil.example, and Unicode or
 * look-alike names to an `xn--` host nobody reads. So the host as written must be the parsed host, but for case
 * and a default port (`:443`) written out, which mislead nobody.
 */
function misleadingHostProblem(text: string, url: URL): string | undefined {
  // `https://pay.example@evil.example` leads to evil.example: refuse what would mislead readers.
  if (url.username || url.password) return 'must not contain a user name or password before "@".';
  const written = WRITTEN_AUTHORITY.exec(text)?.[1] ?? '';
  // ASCII first: lowercasing a non-ASCII host could fold it into the ASCII one (U+212A, the Kelvin sign, becomes "k").
  const host = /[^\x21-\x7e]/.test(written) ? '' : written.toLowerCase();
  if (host === url.host || host === `${url.host}:${DEFAULT_PORTS[url.protocol] ?? ''}`) return undefined;
  return `leads to ${quote(url.host)}, not to the host as written: write the host as reached, in ASCII (a Unicode name in its "xn--" form), without a backslash, "@" or "%" escape.`;
}

/** Why `text` is not an absolute URL with one of `protocols`, or undefined when it is one. */
function absoluteUrlProblem(text: string, protocols: readonly string[]): string | undefined {
  const url = parseAbsoluteUrl(text, protocols);
  return typeof url === 'string' ? url : misleadingHostProblem(text, url);
}

/** Policy, controller and recipient addresses: an http(s) URL, or a path on this site. */
function siteUrlProblem(text: string): string | undefined {
  if (text.startsWith('/') && !text.startsWith('//')) {
    try {
      // `/\evil.example` and `/\t/evil.example` resolve to another host in browsers.
      if (!/\s/u.test(text) && new URL(text, SITE_ORIGIN).origin === SITE_ORIGIN) return undefined;
    } catch {
      // Falls through to the explanation below.
    }
    return 'must be a path on this site such as "/privacy", without spaces or a backslash.';
  }
  const url = parseAbsoluteUrl(text, ['https:', 'http:']);
  // A URL misleading about its host is told why; anything else, what to write instead.
  return typeof url === 'string'
    ? 'must be an https: or http: URL such as "https://example.com/privacy", or a path on this site starting with a single "/".'
    : misleadingHostProblem(text, url);
}

function httpsUrlProblem(text: string): string | undefined {
  return absoluteUrlProblem(text, ['https:']);
}

/** Hosts a browser trusts like HTTPS over plain http: (a secure context), which only reach this machine. */
function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127(?:\.\d{1,3}){3}$/.test(hostname)
  );
}

/**
 * The signing endpoint: HTTPS, plain http: on this machine (a site's development server, which browsers treat as
 * secure), or a path on this site, which a page that can sign (a secure context) reaches the same way.
 */
function signerUrlProblem(text: string): string | undefined {
  if (text.startsWith('/') && !text.startsWith('//')) return siteUrlProblem(text);
  const url = parseAbsoluteUrl(text, ['https:', 'http:']);
  if (typeof url === 'string' || (url.protocol === 'http:' && !isLoopbackHost(url.hostname))) {
    return 'must be an https: URL such as "https://example.com/consent/sign", a path on this site starting with a single "/", or (while developing) an http: address on this machine such as "http://localhost:8000/sign".';
  }
  return misleadingHostProblem(text, url);
}

// Shown as a mailto: link, so nothing a mail client reads as more than the address: no `?cc=`, `&body=`, `%40`
// escapes or commas adding recipients. Letters of any script, digits, dot, plus, hyphen, underscore, apostrophe.
// An ASCII address is checked without the Unicode tables, whose first use costs milliseconds before the first paint.
const EMAIL_ASCII = /^[A-Za-z0-9._+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$/;
const unicodeEmail = onFirstUse(() => /^[\p{L}\p{N}._+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})+$/u);
const NON_ASCII = /[^\x20-\x7e]/;
const PHONE = /^\+?[0-9 ()./-]{3,40}$/;
const COUNTRY = /^[A-Z]{2}$/;
const JURISDICTION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
const PURPOSE_ID = /^[a-z][a-z0-9-]{0,63}$/;
// As many digits as the prompt can show in the visitor's words (core/text/duration.ts); more would be shown raw.
const DURATION = /^P(?!$)(\d{1,4}Y)?(\d{1,5}M)?(\d{1,5}W)?(\d{1,6}D)?$/;

function emailProblem(text: string): string | undefined {
  const valid = text.length <= 254 && (EMAIL_ASCII.test(text) || (NON_ASCII.test(text) && unicodeEmail().test(text)));
  return valid
    ? undefined
    : 'must be an email address such as "privacy@example.com", with nothing after it (no "?", "&", "%" or ",").';
}

function phoneProblem(text: string): string | undefined {
  const digits = text.replace(/[^0-9]/g, '').length;
  return PHONE.test(text) && digits >= 3
    ? undefined
    : 'must be a phone number of digits, spaces and ( ) . / -, optionally starting with "+", such as "+86 21 5555 0100".';
}

function countryProblem(text: string): string | undefined {
  return COUNTRY.test(text)
    ? undefined
    : 'must be an ISO 3166-1 alpha-2 country code in capitals, such as "CN" or "DE".';
}

function jurisdictionProblem(text: string): string | undefined {
  return JURISDICTION.test(text)
    ? undefined
    : 'must be a country code in capitals, optionally with a region, such as "CN", "DE" or "US-CA".';
}

function purposeIdProblem(text: string): string | undefined {
  return PURPOSE_ID.test(text)
    ? undefined
    : 'must start with a lowercase letter and contain only lowercase letters, digits and "-" (at most 64), such as "analytics".';
}

function durationProblem(text: string): string | undefined {
  if (!DURATION.test(text)) {
    return 'must be an ISO 8601 duration in years, months, weeks or days, such as "P1Y", "P6M" or "P30D" (at most 9999 years).';
  }
  return /[1-9]/.test(text) ? undefined : 'must be longer than zero.';
}

// ---------------------------------------------------------------------------------------------------------------
// Languages and localized text
// ---------------------------------------------------------------------------------------------------------------

/** The canonical form of a language tag, or undefined when it is not a valid BCP 47 tag. Cached per validation. */
function canonicalTag(ctx: Context, tag: string): string | undefined {
  if (ctx.canonicalTags.has(tag)) return ctx.canonicalTags.get(tag);
  let canonical: string | undefined;
  try {
    canonical = tag.length <= CONFIG_LIMITS.shortText ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    canonical = undefined;
  }
  ctx.canonicalTags.set(tag, canonical);
  return canonical;
}

const LANGUAGE_TAG: TextRule = { what: 'the language tag', max: CONFIG_LIMITS.shortText };

function readLanguages(ctx: Context, found: Found | undefined): readonly string[] | undefined {
  if (!found) return undefined;
  const items = readArray(ctx, found, 'the list of languages', CONFIG_LIMITS.languages, true);
  if (!items) return undefined;
  const tags: string[] = [];
  const byCanonical = new Map<string, string>();
  const invalid = new Set<string>();
  for (const item of items) {
    const tag = checkText(ctx, item, LANGUAGE_TAG);
    if (tag === undefined) continue;
    const canonical = canonicalTag(ctx, tag);
    if (canonical === undefined) {
      // `zh_CN` is a common slip for `zh-CN`: suggest it, and let texts in it pass without repeating the mistake.
      const intended = canonicalTag(ctx, tag.replace(/_/g, '-'));
      invalid.add(tag);
      if (intended !== undefined) invalid.add(intended);
      const hint =
        intended === undefined ? 'write tags such as "en", "zh-CN" or "pt-BR"' : `did you mean "${intended}"?`;
      ctx.problems.add('format', item.path, `${item.path}: ${quote(tag)} is not a valid BCP 47 language tag; ${hint}`);
      continue;
    }
    const earlier = byCanonical.get(canonical);
    if (earlier !== undefined) {
      invalid.add(tag);
      ctx.problems.add(
        'duplicate',
        item.path,
        `${item.path}: ${quote(tag)} is the same language as ${quote(earlier)}, declared earlier; list each language once.`,
      );
      continue;
    }
    byCanonical.set(canonical, tag);
    tags.push(tag);
  }
  // With no valid tag at all, matching texts against languages would only repeat the same mistake everywhere.
  ctx.languages = tags.length > 0 ? { tags, byCanonical, invalid } : undefined;
  return tags.length === items.length ? Object.freeze(tags) : undefined;
}

/** The default language, returned as written in `languages` so it always equals one of them exactly. */
function readDefaultLanguage(ctx: Context, top: InputObject): string | undefined {
  const tag = readText(
    ctx,
    top,
    'defaultLanguage',
    { what: 'the default language', max: CONFIG_LIMITS.shortText },
    true,
  );
  const declared = ctx.languages;
  if (tag === undefined || !declared || declared.invalid.has(tag)) return undefined;
  const path = keyPath('', 'defaultLanguage');
  const canonical = canonicalTag(ctx, tag);
  const match = canonical === undefined ? undefined : declared.byCanonical.get(canonical);
  if (match === undefined) {
    const list = declared.tags.map((name) => `"${name}"`).join(', ');
    ctx.problems.add(
      canonical === undefined ? 'format' : 'undeclared-language',
      path,
      `${path}: ${quote(tag)} must be one of the declared languages (${list}).`,
    );
  }
  return match;
}

interface LocalizedRule {
  /** Names the text in messages, e.g. "the title". */
  readonly what: string;
  readonly max: number;
  /** Whether every declared language must be present (titles, clauses, labels), or any one (glossary). */
  readonly complete: boolean;
  /** Long text that keeps direction controls (see {@link TextRule.prose}). */
  readonly prose?: boolean;
}

/** Finds the declared tag a text key stands for, matching `zh-cn` to a declared `zh-CN`. */
function declaredTagFor(ctx: Context, languages: DeclaredLanguages, key: string): string | undefined {
  if (languages.tags.includes(key)) return key;
  const canonical = canonicalTag(ctx, key);
  return canonical === undefined ? undefined : languages.byCanonical.get(canonical);
}

function isReportedLanguage(ctx: Context, languages: DeclaredLanguages, key: string): boolean {
  const canonical = canonicalTag(ctx, key);
  return languages.invalid.has(key) || (canonical !== undefined && languages.invalid.has(canonical));
}

function undeclaredLanguageMessage(ctx: Context, languages: DeclaredLanguages, path: string, key: string): string {
  const list = languages.tags.map((tag) => `"${tag}"`).join(', ');
  const invalid = canonicalTag(ctx, key) === undefined ? ' (it is not even a valid language tag)' : '';
  return `${path}: ${quote(key)}${invalid} is not one of the declared languages (${list}). Add it to "languages" and translate every text into it, or remove this text.`;
}

/**
 * Checks text keyed by language. The result is keyed by the tags exactly as written in `languages`, in their order.
 */
function readLocalizedText(ctx: Context, found: Found, rule: LocalizedRule): LocalizedText | undefined {
  const obj = openObject(ctx, found.value, found.path, `${rule.what} keyed by language, such as { "en": "..." }`);
  if (!obj) return undefined;
  if (obj.keys.length > CONFIG_LIMITS.languages) {
    ctx.problems.add(
      'too-long',
      obj.path,
      `${obj.path}: ${rule.what} has ${obj.keys.length} languages; at most ${CONFIG_LIMITS.languages} are allowed.`,
    );
    return undefined;
  }
  const languages = ctx.languages;
  const texts = new Map<string, string>();
  const covered = new Map<string, string>();
  let complete = true;
  for (const key of obj.keys) {
    if (ctx.problems.stopped) return undefined;
    if (!isAllowedRecordKey(ctx, obj.path, key)) {
      complete = false;
      continue;
    }
    const path = keyPath(obj.path, key);
    const tag = languages ? declaredTagFor(ctx, languages, key) : undefined;
    if (languages && tag === undefined && !isReportedLanguage(ctx, languages, key)) {
      complete = false;
      ctx.problems.add('undeclared-language', path, undeclaredLanguageMessage(ctx, languages, path, key));
      continue;
    }
    if (tag !== undefined) {
      const earlier = covered.get(tag);
      if (earlier !== undefined) {
        complete = false;
        ctx.problems.add(
          'duplicate',
          path,
          `${path}: ${quote(key)} is the same language as ${quote(earlier)}; keep only one of them.`,
        );
        continue;
      }
      covered.set(tag, key);
    }
    const field = readField(ctx, obj, key, false);
    const emptyMessage = rule.complete
      ? `${path}: ${rule.what} in ${quote(key)} is empty. Write it, or remove ${quote(key)} from "languages".`
      : `${path}: ${rule.what} in ${quote(key)} is empty. Write it, or remove this language from the entry.`;
    const text = field
      ? checkText(ctx, field, rule, rule.complete ? 'missing-translation' : 'empty', emptyMessage)
      : undefined;
    if (text === undefined || tag === undefined) complete = false;
    else texts.set(tag, text);
  }
  if (!languages) return undefined;
  if (rule.complete) {
    for (const tag of languages.tags) {
      if (covered.has(tag)) continue;
      complete = false;
      const path = keyPath(obj.path, tag);
      ctx.problems.add(
        'missing-translation',
        path,
        `${path}: ${rule.what} is missing in ${quote(tag)}, a declared language. Add it, or remove ${quote(tag)} from "languages".`,
      );
    }
  } else if (obj.keys.length === 0) {
    ctx.problems.add('empty', obj.path, `${obj.path}: ${rule.what} is empty; write it in at least one language.`);
    return undefined;
  }
  return complete ? freezeLocalized(languages, texts) : undefined;
}

function freezeLocalized(languages: DeclaredLanguages, texts: ReadonlyMap<string, string>): LocalizedText {
  const result: Record<string, string> = {};
  for (const tag of languages.tags) {
    const text = texts.get(tag);
    if (text !== undefined) result[tag] = text;
  }
  return Object.freeze(result);
}

/**
 * Reads a record of id → localized text (`dataCategories`, `glossary`). Keys are checked as short text; the
 * returned set holds every readable key, so references are checked even when a label is wrong.
 */
function readLocalizedRecord(
  ctx: Context,
  found: Found,
  what: string,
  keyWhat: string,
  maxEntries: number,
  rule: LocalizedRule,
): { readonly record: Readonly<Record<string, LocalizedText>> | undefined; readonly ids: KnownIds } {
  const obj = openObject(ctx, found.value, found.path, what);
  if (!obj) return { record: undefined, ids: undefined };
  if (obj.keys.length > maxEntries) {
    ctx.problems.add(
      'too-long',
      obj.path,
      `${obj.path}: ${what} has ${obj.keys.length} entries; at most ${maxEntries} are allowed.`,
    );
    return { record: undefined, ids: undefined };
  }
  const record: Record<string, LocalizedText> = {};
  const ids = new Set<string>();
  let complete = true;
  for (const key of obj.keys) {
    if (ctx.problems.stopped) return { record: undefined, ids };
    if (!isAllowedRecordKey(ctx, obj.path, key)) {
      complete = false;
      continue;
    }
    const path = keyPath(obj.path, key);
    if (checkText(ctx, { value: key, path }, { what: keyWhat, max: CONFIG_LIMITS.shortText }) === undefined) {
      complete = false;
      continue;
    }
    ids.add(key);
    const field = readField(ctx, obj, key, false);
    const text = field ? readLocalizedText(ctx, field, rule) : undefined;
    if (text === undefined) {
      if (!field) ctx.problems.add('required', path, `${path}: ${rule.what} is required but missing.`);
      complete = false;
    } else {
      record[key] = text;
    }
  }
  return { record: complete ? Object.freeze(record) : undefined, ids };
}

// ---------------------------------------------------------------------------------------------------------------
// The config's parts
// ---------------------------------------------------------------------------------------------------------------

const SHORT = CONFIG_LIMITS.shortText;

function knownKeys(...keys: string[]): ReadonlySet<string> {
  return new Set(keys);
}

const POLICY_RULES: ObjectRules = { noun: 'policy', known: knownKeys('id', 'version', 'url'), hazards: 'none' };

function readPolicy(ctx: Context, found: Found | undefined): PolicyConfig | undefined {
  if (!found) return undefined;
  const obj = openObject(ctx, found.value, found.path, 'the policy, such as { "id", "version", "url" }');
  if (!obj) return undefined;
  checkKeys(ctx, obj, POLICY_RULES);
  const id = readText(ctx, obj, 'id', { what: 'the policy id', max: SHORT }, true);
  const version = readText(ctx, obj, 'version', { what: 'the policy version', max: SHORT }, true);
  const url = readText(
    ctx,
    obj,
    'url',
    { what: 'the policy address', max: CONFIG_LIMITS.url, format: siteUrlProblem },
    true,
  );
  if (id === undefined || version === undefined || url === undefined) return undefined;
  return Object.freeze({ id, version, url });
}

const ADDRESS_RULES: ObjectRules = {
  noun: 'address',
  known: knownKeys('street', 'locality', 'region', 'postalCode', 'country'),
  hazards: 'none',
};

function readAddress(ctx: Context, found: Found | undefined): PostalAddress | undefined {
  if (!found) return undefined;
  const obj = openObject(ctx, found.value, found.path, 'a postal address');
  if (!obj) return undefined;
  checkKeys(ctx, obj, ADDRESS_RULES);
  const street = readText(ctx, obj, 'street', { what: 'the street', max: SHORT }, true);
  const locality = readText(ctx, obj, 'locality', { what: 'the locality (city)', max: SHORT }, true);
  const region = readText(ctx, obj, 'region', { what: 'the region', max: SHORT }, false);
  const postalCode = readText(ctx, obj, 'postalCode', { what: 'the postal code', max: SHORT }, false);
  const country = readText(ctx, obj, 'country', { what: 'the country', max: SHORT, format: countryProblem }, true);
  if (street === undefined || locality === undefined || country === undefined) return undefined;
  return Object.freeze({
    street,
    locality,
    ...(region === undefined ? {} : { region }),
    ...(postalCode === undefined ? {} : { postalCode }),
    country,
  });
}

const CONTROLLER_RULES: ObjectRules = {
  noun: 'controller',
  known: knownKeys('name', 'contact', 'email', 'phone', 'address', 'url'),
  hazards: 'none',
};

function readController(ctx: Context, found: Found | undefined): ControllerConfig | undefined {
  if (!found) return undefined;
  const obj = openObject(ctx, found.value, found.path, 'the data controller');
  if (!obj) return undefined;
  checkKeys(ctx, obj, CONTROLLER_RULES);
  const name = readText(ctx, obj, 'name', { what: "the controller's name", max: SHORT }, true);
  const contact = readText(ctx, obj, 'contact', { what: "the controller's contact", max: SHORT }, true);
  const email = readText(ctx, obj, 'email', { what: "the controller's email", max: SHORT, format: emailProblem }, true);
  const phone = readText(ctx, obj, 'phone', { what: "the controller's phone", max: SHORT, format: phoneProblem }, true);
  const address = readAddress(ctx, readField(ctx, obj, 'address', "the controller's postal address"));
  const url = readText(
    ctx,
    obj,
    'url',
    { what: "the controller's address on the web", max: CONFIG_LIMITS.url, format: siteUrlProblem },
    false,
  );
  if (name === undefined || contact === undefined || email === undefined || phone === undefined || !address) {
    return undefined;
  }
  return Object.freeze({ name, contact, email, phone, address, ...(url === undefined ? {} : { url }) });
}

const THIRD_PARTY_RULES: ObjectRules = {
  noun: 'recipient (third party)',
  known: knownKeys('name', 'contact', 'url'),
  hazards: 'none',
};

function readThirdParty(ctx: Context, found: Found): ThirdParty | undefined {
  const obj = openObject(ctx, found.value, found.path, 'a recipient such as { "name": "...", "contact": "..." }');
  if (!obj) return undefined;
  checkKeys(ctx, obj, THIRD_PARTY_RULES);
  // The law asks for each recipient to be named with a way to reach them (PIPL Art. 23, GDPR Art. 13).
  const name = readText(ctx, obj, 'name', { what: "the recipient's name", max: SHORT }, true);
  const contact = readText(ctx, obj, 'contact', { what: "the recipient's contact", max: SHORT }, true);
  const url = readText(
    ctx,
    obj,
    'url',
    { what: "the recipient's address on the web", max: CONFIG_LIMITS.url, format: siteUrlProblem },
    false,
  );
  if (name === undefined || contact === undefined) return undefined;
  return Object.freeze({ name, contact, ...(url === undefined ? {} : { url }) });
}

function readThirdParties(ctx: Context, found: Found): readonly ThirdParty[] | undefined {
  const items = readArray(ctx, found, 'the list of recipients', CONFIG_LIMITS.thirdPartiesPerPurpose, false);
  if (!items) return undefined;
  const parties: ThirdParty[] = [];
  for (const item of items) {
    const party = readThirdParty(ctx, item);
    if (party) parties.push(party);
  }
  return parties.length === items.length ? Object.freeze(parties) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Purposes
// ---------------------------------------------------------------------------------------------------------------

const PURPOSE_RULES: ObjectRules = {
  noun: 'purpose',
  known: knownKeys(
    'id',
    'title',
    'clause',
    'necessary',
    'dataCategories',
    'thirdParties',
    'retention',
    'separateConsent',
    'category',
    'sensitive',
    'sensitiveCategories',
    'saleOrSharing',
    'dpv',
  ),
  hazards: 'all',
};

/** What other parts of the config need to know about a purpose, even when the purpose has problems. */
interface PurposeSummary {
  readonly necessary: boolean;
}

function readPurposeId(ctx: Context, obj: InputObject, seen: Map<string, PurposeSummary>): string | undefined {
  const id = readText(ctx, obj, 'id', { what: 'the purpose id', max: SHORT, format: purposeIdProblem }, true);
  if (id === undefined) return undefined;
  if (seen.has(id)) {
    const path = keyPath(obj.path, 'id');
    ctx.problems.add(
      'duplicate',
      path,
      `${path}: another purpose already has the id ${quote(id)}; ids must be unique.`,
    );
    return undefined;
  }
  return id;
}

function readCategory(ctx: Context, obj: InputObject): PurposeConfig['category'] {
  const found = readField(ctx, obj, 'category', false);
  if (!found) return undefined;
  const text = checkText(ctx, found, { what: 'the purpose category', max: SHORT });
  if (text === undefined) return undefined;
  const category = PURPOSE_CATEGORIES.find((candidate) => candidate === text);
  if (category) return category;
  const suggestion = closest(text, PURPOSE_CATEGORIES);
  const hint = suggestion
    ? `Did you mean "${suggestion}"?`
    : `Use one of the Kantara Consent Receipt categories: ${PURPOSE_CATEGORIES.map((name) => `"${name}"`).join(', ')}.`;
  ctx.problems.add('enum', found.path, `${found.path}: ${quote(text)} is not a purpose category. ${hint}`);
  return undefined;
}

function readPurposeDataCategories(ctx: Context, found: Found): readonly string[] | undefined {
  const list = readTextList(
    ctx,
    found,
    "the purpose's data categories",
    { what: 'the data category id', max: SHORT },
    CONFIG_LIMITS.dataCategories,
  );
  if (!list) return undefined;
  const known = ctx.dataCategoryIds;
  if (!known) return Object.freeze([...list.values]);
  let resolved = true;
  list.values.forEach((id, index) => {
    if (known.has(id)) return;
    resolved = false;
    const path = list.paths[index] ?? found.path;
    const hint =
      known.size === 0
        ? 'Add a top-level "dataCategories" entry for it with a label in every language.'
        : `Known ids: ${[...known].map((name) => quote(name)).join(', ')}.`;
    ctx.problems.add('unknown-reference', path, `${path}: there is no data category ${quote(id)}. ${hint}`);
  });
  return resolved ? Object.freeze([...list.values]) : undefined;
}

interface PurposeFlags {
  readonly necessary: boolean | undefined;
  readonly separateConsent: boolean | undefined;
  readonly sensitive: boolean | undefined;
  readonly saleOrSharing: boolean | undefined;
  readonly hasSensitiveCategories: boolean;
}

/** Reports combinations of flags that contradict each other or the law. */
function checkPurposeConflicts(ctx: Context, path: string, flags: PurposeFlags): void {
  if (flags.necessary && flags.separateConsent) {
    const fieldPath = keyPath(path, 'separateConsent');
    ctx.problems.add(
      'conflict',
      fieldPath,
      `${fieldPath}: a necessary purpose is not based on consent, so it cannot need separate consent. Remove one of "necessary" and "separateConsent".`,
    );
  }
  if (flags.necessary && flags.saleOrSharing) {
    const fieldPath = keyPath(path, 'saleOrSharing');
    ctx.problems.add(
      'conflict',
      fieldPath,
      `${fieldPath}: selling or sharing personal data is never necessary; the visitor must be able to refuse it. Remove "necessary" or "saleOrSharing".`,
    );
  }
  if (flags.sensitive && !flags.necessary && !flags.separateConsent) {
    const fieldPath = keyPath(path, 'sensitive');
    ctx.problems.add(
      'conflict',
      fieldPath,
      `${fieldPath}: sensitive personal information needs its own, separate consent (PIPL Art. 29, GDPR Art. 9). Add "separateConsent": true.`,
    );
  }
  if (flags.hasSensitiveCategories && flags.sensitive !== true) {
    const fieldPath = keyPath(path, 'sensitiveCategories');
    ctx.problems.add(
      'conflict',
      fieldPath,
      `${fieldPath}: sensitive categories are listed but the purpose is not marked sensitive. Add "sensitive": true (with "separateConsent": true), or remove the list.`,
    );
  }
}

/**
 * A purpose, when nothing in it was reported. One whose id, title and clause could be read goes into
 * `ctx.readPurposes` either way (without the fields that could not be), for the linter.
 */
function readPurpose(
  ctx: Context,
  found: Found,
  index: number,
  seen: Map<string, PurposeSummary>,
): PurposeConfig | undefined {
  const obj = openObject(ctx, found.value, found.path, 'a purpose such as { "id", "title", "clause" }');
  if (!obj) return undefined;
  const before = ctx.problems.items.length;
  checkKeys(ctx, obj, PURPOSE_RULES);
  const id = readPurposeId(ctx, obj, seen);
  const necessary = readBoolean(ctx, obj, 'necessary', '"necessary"');
  if (id !== undefined) seen.set(id, { necessary: necessary === true });

  const titleField = readField(ctx, obj, 'title', 'the title');
  const title = titleField
    ? readLocalizedText(ctx, titleField, { what: 'the title', max: CONFIG_LIMITS.title, complete: true })
    : undefined;
  const clauseField = readField(ctx, obj, 'clause', 'the clause');
  const clause = clauseField
    ? readLocalizedText(ctx, clauseField, {
        what: 'the clause',
        max: CONFIG_LIMITS.clause,
        complete: true,
        prose: true,
      })
    : undefined;
  const separateConsent = readBoolean(ctx, obj, 'separateConsent', '"separateConsent"');
  const sensitive = readBoolean(ctx, obj, 'sensitive', '"sensitive"');
  const saleOrSharing = readBoolean(ctx, obj, 'saleOrSharing', '"saleOrSharing"');

  const dataCategoriesField = readField(ctx, obj, 'dataCategories', false);
  const dataCategories = dataCategoriesField ? readPurposeDataCategories(ctx, dataCategoriesField) : undefined;
  const thirdPartiesField = readField(ctx, obj, 'thirdParties', false);
  const thirdParties = thirdPartiesField ? readThirdParties(ctx, thirdPartiesField) : undefined;
  const retention = readText(
    ctx,
    obj,
    'retention',
    { what: 'the retention period', max: SHORT, format: durationProblem },
    false,
  );
  const category = readCategory(ctx, obj);
  const sensitiveCategoriesField = readField(ctx, obj, 'sensitiveCategories', false);
  const sensitiveCategories = sensitiveCategoriesField
    ? readTextList(
        ctx,
        sensitiveCategoriesField,
        'the sensitive categories',
        { what: 'the sensitive category', max: SHORT },
        CONFIG_LIMITS.sensitiveCategories,
      )?.values
    : undefined;
  const dpv = readText(
    ctx,
    obj,
    'dpv',
    { what: 'the DPV purpose IRI', max: CONFIG_LIMITS.url, format: httpsUrlProblem },
    false,
  );

  checkPurposeConflicts(ctx, obj.path, {
    necessary,
    separateConsent,
    sensitive,
    saleOrSharing,
    hasSensitiveCategories: sensitiveCategoriesField !== undefined,
  });
  if (id === undefined || !title || !clause) return undefined;
  const purpose = Object.freeze({
    id,
    title,
    clause,
    ...(necessary === undefined ? {} : { necessary }),
    ...(dataCategories === undefined ? {} : { dataCategories }),
    ...(thirdParties === undefined ? {} : { thirdParties }),
    ...(retention === undefined ? {} : { retention }),
    ...(separateConsent === undefined ? {} : { separateConsent }),
    ...(category === undefined ? {} : { category }),
    ...(sensitive === undefined ? {} : { sensitive }),
    ...(sensitiveCategories === undefined ? {} : { sensitiveCategories: Object.freeze([...sensitiveCategories]) }),
    ...(saleOrSharing === undefined ? {} : { saleOrSharing }),
    ...(dpv === undefined ? {} : { dpv }),
    // checkPurposeConflicts refused a necessary purpose with separateConsent or saleOrSharing.
  }) as PurposeConfig;
  ctx.readPurposes.push([purpose, index]);
  return ctx.problems.items.length > before ? undefined : purpose;
}

function readPurposes(
  ctx: Context,
  found: Found | undefined,
): {
  readonly purposes: readonly PurposeConfig[] | undefined;
  readonly summaries: Map<string, PurposeSummary> | undefined;
} {
  if (!found) return { purposes: undefined, summaries: undefined };
  const items = readArray(ctx, found, 'the list of purposes', CONFIG_LIMITS.purposes, true);
  if (!items) return { purposes: undefined, summaries: undefined };
  const summaries = new Map<string, PurposeSummary>();
  const purposes: PurposeConfig[] = [];
  items.forEach((item, index) => {
    if (ctx.problems.stopped) return;
    const purpose = readPurpose(ctx, item, index, summaries);
    if (purpose) purposes.push(purpose);
  });
  if (purposes.length === items.length) checkDistinctTitles(ctx, found.path, purposes);
  return { purposes: purposes.length === items.length ? Object.freeze(purposes) : undefined, summaries };
}

/**
 * Two purposes a visitor cannot tell apart are one decision asked twice: their titles must differ in every
 * language, as a reader sees them (case, spacing, punctuation and look-alike letters aside).
 */
function checkDistinctTitles(ctx: Context, path: string, purposes: readonly PurposeConfig[]): void {
  const seen = new Map<string, number>();
  purposes.forEach((purpose, index) => {
    for (const [language, title] of Object.entries(purpose.title)) {
      // A title of symbols only ("🍪", "📊") is compared as written.
      const key = `${language}\u0000${normalizeLabel(title) || title}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
        continue;
      }
      const at = keyPath(keyPath(indexPath(path, index), 'title'), language);
      ctx.problems.add(
        'duplicate',
        at,
        `${at}: purposes[${first}] has the same title in ${language}; a visitor could not tell the two apart.`,
      );
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Optional top-level parts
// ---------------------------------------------------------------------------------------------------------------

const CONSENT_MODE_RULES: ObjectRules = {
  noun: 'Consent Mode type',
  known: knownKeys(...CONSENT_MODE_TYPES),
  hazards: 'pre-ticked',
};

// Storage a site may use without consent (security: authentication, fraud prevention; functionality: the
// visitor's own settings, such as a language): a necessary purpose may grant them. Every other type needs the
// visitor's grant.
const WITHOUT_CONSENT: ReadonlySet<string> = new Set(['security_storage', 'functionality_storage']);

function checkConsentModePurpose(
  ctx: Context,
  path: string,
  type: string,
  id: string,
  purposes: ReadonlyMap<string, PurposeSummary> | undefined,
): void {
  if (!purposes) return;
  const purpose = purposes.get(id);
  if (!purpose) {
    ctx.problems.add('unknown-reference', path, `${path}: there is no purpose with the id ${quote(id)}.`);
    return;
  }
  if (purpose.necessary && !WITHOUT_CONSENT.has(type)) {
    ctx.problems.add(
      'conflict',
      path,
      `${path}: ${quote(id)} is a necessary purpose, which the visitor never grants: it would report ${type} granted without their consent. Map a necessary purpose only to security_storage or functionality_storage.`,
    );
  }
}

function readConsentMode(
  ctx: Context,
  found: Found | undefined,
  purposes: ReadonlyMap<string, PurposeSummary> | undefined,
): ConsentModeConfig | undefined {
  if (!found) return undefined;
  const obj = openObject(ctx, found.value, found.path, 'a map of Consent Mode types to purpose ids');
  if (!obj) return undefined;
  const before = ctx.problems.items.length;
  checkKeys(ctx, obj, CONSENT_MODE_RULES);
  const result: Record<string, readonly string[]> = {};
  for (const type of CONSENT_MODE_TYPES) {
    const field = readField(ctx, obj, type, false);
    if (!field) continue;
    const list = readTextList(
      ctx,
      field,
      `the purposes of ${type}`,
      { what: 'the purpose id', max: SHORT },
      CONFIG_LIMITS.purposes,
    );
    if (!list) continue;
    if (list.values.length === 0) {
      // All of no purposes is always granted: that would grant the type without any action by the visitor.
      ctx.problems.add(
        'empty',
        field.path,
        `${field.path}: an empty list would report ${type} as granted without any choice by the visitor. List the purposes it depends on, or remove it.`,
      );
      continue;
    }
    list.values.forEach((id, index) =>
      checkConsentModePurpose(ctx, list.paths[index] ?? field.path, type, id, purposes),
    );
    result[type] = Object.freeze([...list.values]);
  }
  return ctx.problems.items.length > before ? undefined : Object.freeze(result);
}

const SIGNER_RULES: ObjectRules = { noun: 'signer', known: knownKeys('url', 'jwks'), hazards: 'none' };
const JWKS_RULES: ObjectRules = { noun: 'JWK set', known: knownKeys('keys'), hazards: 'none' };
// Members that only a private or secret key has: publishing them would give the signing key away.
const PRIVATE_JWK_MEMBERS = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']);

function readJwkMember(ctx: Context, found: Found, key: string): unknown {
  if (typeof found.value === 'boolean') return found.value;
  const rule = { what: `the JWK member "${key}"`, max: CONFIG_LIMITS.jwkValue };
  if (!isArraySafe(found.value)) return checkText(ctx, found, rule);
  const items = readTextList(ctx, found, `the JWK member "${key}"`, rule, CONFIG_LIMITS.signerKeys);
  return items ? Object.freeze([...items.values]) : undefined;
}

function readJwk(ctx: Context, found: Found): Readonly<Record<string, unknown>> | undefined {
  const obj = openObject(ctx, found.value, found.path, 'a public key (JWK)');
  if (!obj) return undefined;
  if (obj.keys.length > CONFIG_LIMITS.jwkMembers) {
    ctx.problems.add(
      'too-long',
      obj.path,
      `${obj.path}: the key has ${obj.keys.length} members; at most ${CONFIG_LIMITS.jwkMembers} are allowed.`,
    );
    return undefined;
  }
  const before = ctx.problems.items.length;
  const jwk: Record<string, unknown> = {};
  for (const key of obj.keys) {
    if (ctx.problems.stopped) return undefined;
    if (!isAllowedRecordKey(ctx, obj.path, key)) continue;
    const path = keyPath(obj.path, key);
    if (PRIVATE_JWK_MEMBERS.has(key)) {
      ctx.problems.add(
        'format',
        path,
        `${path}: this is private key material; anyone can read the config, so publish only the public key and keep the private key on the server.`,
      );
      continue;
    }
    const field = readField(ctx, obj, key, false);
    const value = field ? readJwkMember(ctx, field, key) : undefined;
    if (value !== undefined) jwk[key] = value;
  }
  if (!obj.present.has('kty')) {
    const path = keyPath(obj.path, 'kty');
    ctx.problems.add('required', path, `${path}: the key type ("kty", e.g. "EC") is required but missing.`);
  }
  return ctx.problems.items.length > before ? undefined : Object.freeze(jwk);
}

function readJwks(ctx: Context, found: Found | undefined): SignerConfig['jwks'] | undefined {
  if (!found) return undefined;
  const obj = openObject(ctx, found.value, found.path, 'a JWK set such as { "keys": [ ... ] }');
  if (!obj) return undefined;
  checkKeys(ctx, obj, JWKS_RULES);
  const keysField = readField(ctx, obj, 'keys', 'the list of public keys');
  const items = keysField
    ? readArray(ctx, keysField, 'the list of public keys', CONFIG_LIMITS.signerKeys, true)
    : undefined;
  if (!items) return undefined;
  const keys: Readonly<Record<string, unknown>>[] = [];
  for (const item of items) {
    const jwk = readJwk(ctx, item);
    if (jwk) keys.push(jwk);
  }
  if (keys.length !== items.length) return undefined;
  // A set the host's answers could never be verified with would refuse every receipt it signs as forged.
  if (!keys.some(isReceiptVerifyingJwk)) {
    ctx.problems.add(
      'format',
      keysField!.path,
      `${keysField!.path}: no key here can verify the signer's ES256 receipts; give its P-256 public key ({ "kty": "EC", "crv": "P-256", "x", "y" }, with no "alg" but "ES256" and no "use" but "sig").`,
    );
    return undefined;
  }
  return Object.freeze({ keys: Object.freeze(keys) });
}

function readSigner(ctx: Context, found: Found | undefined): SignerConfig | undefined {
  if (!found) return undefined;
  const obj = openObject(ctx, found.value, found.path, 'the signer, such as { "url", "jwks" }');
  if (!obj) return undefined;
  checkKeys(ctx, obj, SIGNER_RULES);
  // Without a url, the keys check what the host's `signer` function answers (set on the element, not here).
  const url = readText(
    ctx,
    obj,
    'url',
    { what: 'the signing endpoint', max: CONFIG_LIMITS.url, format: signerUrlProblem },
    false,
  );
  const jwks = readJwks(ctx, readField(ctx, obj, 'jwks', 'the public signing keys ("jwks")'));
  if (!jwks) return undefined;
  return Object.freeze(url === undefined ? { jwks } : { url, jwks });
}

function readMaxAgeDays(ctx: Context, found: Found | undefined): number | undefined {
  if (!found) return undefined;
  const { min, max } = CONFIG_LIMITS.maxAgeDays;
  if (typeof found.value !== 'number') {
    ctx.problems.add(
      'type',
      found.path,
      `${found.path}: expected a number of days, got ${describeValue(found.value)}.`,
    );
    return undefined;
  }
  if (!Number.isInteger(found.value) || found.value < min || found.value > max) {
    ctx.problems.add('format', found.path, `${found.path}: must be a whole number of days from ${min} to ${max}.`);
    return undefined;
  }
  return found.value;
}

// ---------------------------------------------------------------------------------------------------------------
// The whole config
// ---------------------------------------------------------------------------------------------------------------

const TOP_RULES: ObjectRules = {
  noun: 'config',
  known: knownKeys(
    'policy',
    'controller',
    'jurisdiction',
    'languages',
    'defaultLanguage',
    'dataCategories',
    'purposes',
    'glossary',
    'signer',
    'maxAgeDays',
    'consentMode',
  ),
  hazards: 'all',
};

function readDataCategories(ctx: Context, top: InputObject): Readonly<Record<string, LocalizedText>> | undefined {
  const found = readField(ctx, top, 'dataCategories', false);
  if (!found) return undefined;
  const { record, ids } = readLocalizedRecord(
    ctx,
    found,
    'the data categories',
    'the data category id',
    CONFIG_LIMITS.dataCategories,
    { what: 'the label', max: SHORT, complete: true },
  );
  ctx.dataCategoryIds = ids;
  return record;
}

function readGlossary(ctx: Context, top: InputObject): Readonly<Record<string, LocalizedText>> | undefined {
  const found = readField(ctx, top, 'glossary', false);
  if (!found) return undefined;
  return readLocalizedRecord(ctx, found, 'the glossary', 'the glossary term', CONFIG_LIMITS.glossaryTerms, {
    what: 'the explanation',
    max: CONFIG_LIMITS.glossaryExplanation,
    complete: false,
    prose: true,
  }).record;
}

function readConfig(ctx: Context, input: unknown): ConsentConfig | undefined {
  const top = openObject(ctx, input, '', 'the config');
  if (!top) return undefined;
  checkKeys(ctx, top, TOP_RULES);
  checkOptionContainers(ctx, top, TOP_RULES.known);

  const policy = readPolicy(ctx, readField(ctx, top, 'policy', 'the policy ({ "id", "version", "url" })'));
  const controller = readController(ctx, readField(ctx, top, 'controller', 'the data controller'));
  const jurisdiction = readText(
    ctx,
    top,
    'jurisdiction',
    { what: 'the jurisdiction', max: SHORT, format: jurisdictionProblem },
    true,
  );
  const languages = readLanguages(ctx, readField(ctx, top, 'languages', 'the list of languages'));
  const defaultLanguage = readDefaultLanguage(ctx, top);
  ctx.defaultLanguage = defaultLanguage;
  const dataCategories = readDataCategories(ctx, top);
  const glossary = readGlossary(ctx, top);
  const { purposes, summaries } = readPurposes(ctx, readField(ctx, top, 'purposes', 'the list of purposes'));
  const consentMode = readConsentMode(ctx, readField(ctx, top, 'consentMode', false), summaries);
  const signer = readSigner(ctx, readField(ctx, top, 'signer', false));
  const maxAgeDays = readMaxAgeDays(ctx, readField(ctx, top, 'maxAgeDays', false));

  ctx.parts = { policy, controller, jurisdiction, languages, defaultLanguage, dataCategories, glossary, maxAgeDays };
  if (ctx.problems.items.length > 0) return undefined;
  if (!policy || !controller || !jurisdiction || !languages || !defaultLanguage || !purposes) return undefined;
  return withoutPrototypes({
    policy,
    controller,
    jurisdiction,
    languages,
    defaultLanguage,
    ...(dataCategories === undefined ? {} : { dataCategories }),
    purposes,
    ...(glossary === undefined ? {} : { glossary }),
    ...(signer === undefined ? {} : { signer }),
    ...(maxAgeDays === undefined ? {} : { maxAgeDays }),
    ...(consentMode === undefined ? {} : { consentMode }),
  });
}

/**
 * The config as frozen objects without a prototype: a polluted `Object.prototype` (`necessary: true`, a `signer`)
 * cannot add to the config what the host did not write.
 */
function withoutPrototypes<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(withoutPrototypes)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) copy[key] = withoutPrototypes(item);
  return Object.freeze(copy) as T;
}
