/**
 * {@link importConfig}: reads a vanilla-cookieconsent or Klaro config and drafts an unticked config from it,
 * reporting every pattern it refuses to carry over and everything it cannot carry.
 *
 * @module
 */
import { validateConfig } from '../config/validate.js';
import { convertCookieConsentV2 } from './cookieconsent-v2.js';
import { convertCookieConsentV3 } from './cookieconsent-v3.js';
import type { Conversion, ResolvedOptions } from './draft.js';
import { buildDraft, field, objectField } from './draft.js';
import { convertKlaro } from './klaro.js';
import type { SourceObject, SourceValue } from './source.js';
import { FindingList, isArray, isObject, parseJson, quote, readSource, textOf, toPlain } from './source.js';
import type { ImportCounts, ImportedFormat, ImportFinding, ImportFrom, ImportOptions, ImportResult } from './types.js';

const FROM: readonly ImportFrom[] = ['vanilla-cookieconsent', 'klaro', 'auto'];

const FORMAT_NAMES: Readonly<Record<ImportedFormat, string>> = {
  'vanilla-cookieconsent-v3': 'vanilla-cookieconsent 3',
  'vanilla-cookieconsent-v2': 'vanilla-cookieconsent 2',
  klaro: 'Klaro',
};

/** Tells the libraries apart by the fields each requires. */
function detect(top: SourceObject): ImportedFormat | undefined {
  if (isArray(field(top, 'services')) || isArray(field(top, 'apps'))) return 'klaro';
  if (isObject(field(top, 'categories')) || isObject(field(top, 'language'))) return 'vanilla-cookieconsent-v3';
  for (const key of ['languages', 'current_lang', 'gui_options', 'page_scripts', 'autoclear_cookies']) {
    if (top.entries.has(key)) return 'vanilla-cookieconsent-v2';
  }
  return undefined;
}

function libraryOf(format: ImportedFormat): Exclude<ImportFrom, 'auto'> {
  return format === 'klaro' ? 'klaro' : 'vanilla-cookieconsent';
}

function text(options: SourceObject | undefined, key: string): string | undefined {
  const value = field(options, key);
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}

/** Reads the options without trusting them: only values of the right type are kept; the rest is reported. */
function resolveOptions(
  findings: FindingList,
  options: SourceValue,
): { from: ImportFrom | undefined; resolved: ResolvedOptions } {
  const obj = isObject(options) ? options : undefined;
  if (!obj) findings.add('options', 'error', 'options', 'options: expected an object such as { from: "klaro" }.');
  const fromValue = field(obj, 'from');
  const from = FROM.find((candidate) => candidate === fromValue);
  if (obj && from === undefined) {
    findings.add(
      'options',
      'error',
      'options.from',
      `options.from: expected one of ${FROM.map((name) => `"${name}"`).join(', ')}.`,
    );
  }
  const report = (key: string, what: string): void => {
    if (obj && field(obj, key) !== undefined) {
      findings.add('options', 'warning', `options.${key}`, `options.${key}: expected ${what}; it was ignored.`);
    }
  };
  const policyObject = objectField(obj, 'policy');
  if (!policyObject) report('policy', 'an object such as { id, version, url }');
  const policy: { id?: string; version?: string; url?: string } = {};
  for (const key of ['id', 'version', 'url'] as const) {
    const value = text(policyObject, key);
    if (value !== undefined) policy[key] = value;
  }
  const controllerValue = field(obj, 'controller');
  const controller = controllerValue === undefined || controllerValue === null ? undefined : toPlain(controllerValue);
  const jurisdiction = text(obj, 'jurisdiction');
  if (jurisdiction === undefined) report('jurisdiction', 'text such as "DE"');
  const languagesValue = field(obj, 'languages');
  const languages = isArray(languagesValue)
    ? languagesValue.items.map(textOf).filter((tag): tag is string => tag !== undefined)
    : undefined;
  if (!languages) report('languages', 'a list of language tags');
  const defaultLanguage = text(obj, 'defaultLanguage');
  if (defaultLanguage === undefined) report('defaultLanguage', 'a language tag');
  const days = field(obj, 'maxAgeDays');
  const maxAgeDays = typeof days === 'number' && Number.isFinite(days) ? days : undefined;
  if (maxAgeDays === undefined) report('maxAgeDays', 'a number of days');
  return {
    from,
    resolved: {
      ...(controller === undefined ? {} : { controller }),
      policy,
      ...(jurisdiction === undefined ? {} : { jurisdiction }),
      ...(languages && languages.length > 0 ? { languages } : {}),
      ...(defaultLanguage === undefined ? {} : { defaultLanguage }),
      ...(maxAgeDays === undefined ? {} : { maxAgeDays }),
    },
  };
}

function count(findings: readonly ImportFinding[]): ImportCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return Object.freeze(counts);
}

function failed(findings: FindingList, format: ImportedFormat | undefined = undefined): ImportResult {
  const all = findings.finish();
  return Object.freeze({
    format,
    config: undefined,
    validation: validateConfig(undefined),
    missing: Object.freeze([]),
    purposes: Object.freeze([]),
    findings: all,
    counts: count(all),
  });
}

function convert(
  findings: FindingList,
  format: ImportedFormat,
  top: SourceObject,
  options: ResolvedOptions,
): Conversion {
  switch (format) {
    case 'vanilla-cookieconsent-v3':
      return convertCookieConsentV3(findings, top);
    case 'vanilla-cookieconsent-v2':
      return convertCookieConsentV2(findings, top);
    case 'klaro':
      return convertKlaro(findings, top, options.defaultLanguage);
  }
}

/**
 * Drafts an unticked config from a vanilla-cookieconsent (2.x or 3.x) or Klaro config, given as JSON text or as
 * the object itself at run time. Never throws, and never runs anything from the input: JSON is parsed strictly, an
 * object is read through its own data properties only (no getter is called, no function either), with depth and
 * size capped.
 *
 * What the source cannot say (the data controller, the policy id and version, the jurisdiction) comes from
 * `options`; the result's `missing` lists what is still needed. Every optional purpose starts unticked whatever the
 * source's default; read-only categories and required services become `necessary: true`. Each refusal (pre-ticked,
 * opt-out, bundled, hidden reject), each callback left behind, each markup removal, missing text and setting without
 * an equivalent is a finding with the path in the source.
 *
 * @example
 * ```ts
 * const result = importConfig(klaroConfig, {
 *   from: 'klaro',
 *   controller,
 *   policy: { id: 'main', version: '2025-01' },
 *   jurisdiction: 'DE',
 * });
 * for (const f of result.findings) console.log(`${f.path}  ${f.severity}  ${f.code}  ${f.message}`);
 * if (result.validation.valid) prompt.config = result.validation.config;
 * ```
 */
export function importConfig(input: unknown, options: ImportOptions): ImportResult {
  const findings = new FindingList();
  const { from, resolved } = resolveOptions(findings, readSource(options, findings, 'options'));
  if (from === undefined) return failed(findings);

  let value: unknown = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input);
    if (!parsed.ok) {
      findings.add(
        'unrecognized',
        'error',
        '',
        `input: ${parsed.message} A JavaScript config file must be exported to JSON first (JSON.stringify in the page that uses it): the importer never evaluates source code.`,
      );
      return failed(findings);
    }
    value = parsed.value;
  }
  const top = readSource(value, findings);
  if (!isObject(top)) {
    findings.add('unrecognized', 'error', '', 'input: expected a config object (or its JSON text).');
    return failed(findings);
  }
  const format = detect(top);
  if (format === undefined) {
    findings.add(
      'unrecognized',
      'error',
      '',
      'input: this is neither a vanilla-cookieconsent config (no "categories" and "language", or "languages") nor a Klaro config (no "services" list).',
    );
    return failed(findings);
  }
  if (from !== 'auto' && libraryOf(format) !== from) {
    findings.add(
      'unrecognized',
      'error',
      '',
      `input: this looks like a ${FORMAT_NAMES[format]} config, not ${quote(from)}. Import it with from: ${quote(libraryOf(format))} or "auto".`,
    );
    return failed(findings, format);
  }

  let draft;
  try {
    const conversion = convert(findings, format, top, resolved);
    draft = buildDraft(findings, conversion, resolved);
  } catch (error) {
    // A converter must never take the caller down; a failure is reported, not hidden.
    findings.add(
      'unreadable',
      'error',
      '',
      `input: the config could not be converted (${error instanceof Error ? quote(error.message, 200) : 'unknown error'}). Please report this.`,
    );
    return failed(findings, format);
  }
  const all = findings.finish();
  return Object.freeze({
    format,
    config: draft.draft,
    validation: validateConfig(draft.draft),
    missing: draft.missing,
    purposes: draft.purposes,
    findings: all,
    counts: count(all),
  });
}
