/**
 * What every converter produces, and how it becomes a draft config: languages chosen and canonicalised, purpose ids
 * made valid and unique, markup turned into plain text, missing texts reported, and the options filled in.
 *
 * @module
 */
import { htmlToText } from './html.js';
import type { FindingList, SourceObject, SourceValue } from './source.js';
import { isFunction, isObject, isOpaque, keyPath, quote, textOf } from './source.js';
import type {
  ConfigDraft,
  ImportedFormat,
  ImportedPurpose,
  ImportFindingCode,
  ImportSeverity,
  PurposeDraft,
} from './types.js';

/** A text found in the source, with where it was found. */
export interface SourceText {
  readonly text: string;
  readonly path: string;
}

/** A value found in the source that fills a part of the draft the options left open. */
export interface SourceHint<T> {
  readonly value: T;
  readonly path: string;
}

/** One category or service of the source, as a converter read it. */
export interface PurposeSource {
  /** The category or service name, as the source wrote it. */
  readonly name: string;
  readonly path: string;
  readonly necessary: boolean;
  readonly separateConsent: boolean;
  /** Titles by language tag as written in the source. */
  readonly titles: ReadonlyMap<string, SourceText>;
  /** Clause texts by language tag as written in the source. */
  readonly clauses: ReadonlyMap<string, SourceText>;
  /** A title for every language that has none of its own (a product name, Klaro's `zz` fallback). */
  readonly anyTitle?: SourceText;
  /** Where a missing title or clause in a language would be written in the source. */
  missingPath(kind: 'title' | 'clause', language: string): string;
  /** The attribute the source's scripts used to wait for this purpose, e.g. `data-category="analytics"`. */
  readonly gating: string;
}

/** What a converter read from the source. */
export interface Conversion {
  readonly format: ImportedFormat;
  /** The languages the source has texts in, in its order, with where each is declared. */
  readonly languages: readonly SourceText[];
  readonly defaultLanguage?: SourceHint<string>;
  readonly purposes: readonly PurposeSource[];
  readonly policyUrl?: SourceHint<string>;
  readonly policyVersion?: SourceHint<string>;
  readonly maxAgeDays?: SourceHint<number>;
}

/** The options, read defensively: only values of the right type are kept. */
export interface ResolvedOptions {
  readonly controller?: unknown;
  readonly policy: { readonly id?: string; readonly version?: string; readonly url?: string };
  readonly jurisdiction?: string;
  readonly languages?: readonly string[];
  readonly defaultLanguage?: string;
  readonly maxAgeDays?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers shared by the converters
// ---------------------------------------------------------------------------------------------------------------

export function field(obj: SourceObject | undefined, key: string): SourceValue {
  return obj?.entries.get(key);
}

export function objectField(obj: SourceObject | undefined, key: string): SourceObject | undefined {
  const value = field(obj, key);
  return isObject(value) ? value : undefined;
}

/** What to report about a field: a finding without its path. */
export interface NoteResult {
  readonly code: ImportFindingCode;
  readonly severity: ImportSeverity;
  readonly message: string;
  readonly reference?: string;
}

/** A note on a field the converter does not carry over: what to report, or `undefined` for nothing. */
export type FieldNote = (value: SourceValue, path: string) => NoteResult | undefined;

/** A note that always says the same. */
export function noEquivalent(message: string): FieldNote {
  return () => ({ code: 'no-equivalent', severity: 'info', message });
}

/** A note for a callback: a function at runtime, or (Klaro) a string of code. */
export function callbackNote(instead: string): FieldNote {
  return (value) => {
    if (value === undefined || value === null || value === '') return undefined;
    const what =
      typeof value === 'string'
        ? 'This is JavaScript code in a string, which the library ran as code (through the Function constructor). It was not run'
        : `This is ${isFunction(value) ? 'a function' : 'a callback'}. It was not called`;
    return {
      code: 'callback',
      severity: 'warning',
      message: `${what} and is not carried over: unticked never runs code from a config. Instead, ${instead}`,
    };
  };
}

/**
 * Reports every key of `obj` that the converter did not use: functions as callbacks, known fields by their note,
 * anything else as unknown. Values that could not be read were reported when they were read.
 */
export function sweep(
  findings: FindingList,
  obj: SourceObject,
  used: ReadonlySet<string>,
  notes: Readonly<Record<string, FieldNote>>,
  noun: string,
): void {
  for (const [key, value] of obj.entries) {
    if (used.has(key) || value === undefined || isOpaque(value)) continue;
    const path = keyPath(obj.path, key);
    const note = Object.hasOwn(notes, key) ? notes[key] : undefined;
    const result: NoteResult | undefined = note
      ? note(value, path)
      : isFunction(value)
        ? callbackNote('see the migration guide for the unticked event or method that does the same.')(value, path)
        : {
            code: 'unknown-field' as const,
            severity: 'info' as const,
            message: `not a ${noun} field the importer knows; it was not carried over.`,
          };
    if (result) findings.add(result.code, result.severity, path, `${path}: ${result.message}`, result.reference);
  }
}

/** Describes a cookie entry for a message: a name, a pattern, or what JSON made of a regular expression. */
export function describeCookie(value: SourceValue): string | undefined {
  if (typeof value === 'string') return quote(value, 60);
  if (typeof value === 'object' && value !== null) {
    if (value.kind === 'regexp') return value.pattern === undefined ? 'a regular expression' : `/${value.pattern}/`;
    if (value.kind === 'object' && value.entries.size === 0) {
      return '{} (probably a regular expression that JSON.stringify emptied)';
    }
    if (value.kind === 'object') return describeCookie(value.entries.get('name') ?? value.entries.get('pattern'));
    if (value.kind === 'array') return describeCookie(value.items[0]);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Purpose ids
// ---------------------------------------------------------------------------------------------------------------

const PURPOSE_ID = /^[a-z][a-z0-9-]{0,63}$/;

/** Makes a purpose id from a category or service name: `googleAnalytics` and `Google_Analytics` become `google-analytics`. */
export function purposeIdFrom(name: string): string {
  let id = name
    .slice(0, 200)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id === '') id = 'purpose';
  if (!/^[a-z]/.test(id)) id = `p-${id}`;
  return id.slice(0, 64).replace(/-+$/, '');
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${base.slice(0, 64 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Languages
// ---------------------------------------------------------------------------------------------------------------

function canonicalTag(tag: string): string | undefined {
  if (tag.length > 100) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Building the draft
// ---------------------------------------------------------------------------------------------------------------

/** A text made plain, with a finding when markup was removed. */
function plain(findings: FindingList, source: SourceText): string | undefined {
  const result = htmlToText(source.text);
  if (result.hadMarkup) {
    const parts = ['markup was converted to plain text (unticked shows clause text verbatim, never as HTML)'];
    if (result.links.length > 0)
      parts.push(`links written out after their text: ${result.links.map((link) => quote(link)).join(', ')}`);
    if (result.droppedBadges.length > 0)
      parts.push(`badges dropped: ${result.droppedBadges.map((text) => quote(text)).join(', ')}`);
    if (result.droppedElements.length > 0)
      parts.push(`dropped with their content: ${result.droppedElements.map((name) => `<${name}>`).join(', ')}`);
    if (result.droppedLinks.length > 0)
      parts.push(`links dropped (not a web address): ${result.droppedLinks.map((link) => quote(link)).join(', ')}`);
    const severity = result.droppedElements.length > 0 || result.droppedLinks.length > 0 ? 'warning' : 'info';
    findings.add('html', severity, source.path, `${source.path}: ${parts.join('; ')}. Read the result in the draft.`);
  }
  return result.text === '' ? undefined : result.text;
}

interface LanguagePlan {
  /** Canonical tag → the source tag it came from. */
  readonly fromSource: ReadonlyMap<string, string>;
  readonly languages: readonly string[];
  readonly defaultLanguage: string | undefined;
}

function hasTextIn(purposes: readonly PurposeSource[], sourceTag: string): boolean {
  return purposes.some((purpose) => purpose.titles.has(sourceTag) || purpose.clauses.has(sourceTag));
}

function planLanguages(findings: FindingList, conversion: Conversion, options: ResolvedOptions): LanguagePlan {
  const fromSource = new Map<string, string>();
  for (const { text: tag, path } of conversion.languages) {
    const canonical = canonicalTag(tag);
    if (canonical === undefined) {
      findings.add(
        'language',
        'warning',
        path,
        `${path}: ${quote(tag)} is not a valid BCP 47 language tag; its texts were not carried over.`,
      );
    } else if (fromSource.has(canonical)) {
      findings.add(
        'language',
        'warning',
        path,
        `${path}: ${quote(tag)} is the same language as ${quote(fromSource.get(canonical) ?? '')}; only the first was carried over.`,
      );
    } else {
      fromSource.set(canonical, tag);
    }
  }
  let languages: string[];
  if (options.languages) {
    languages = [];
    for (const tag of options.languages) {
      const canonical = canonicalTag(tag);
      if (canonical === undefined || languages.includes(canonical)) {
        findings.add(
          'options',
          'warning',
          'options.languages',
          `options.languages: ${quote(tag)} is not a valid language tag or is listed twice; it was left out.`,
        );
      } else {
        languages.push(canonical);
      }
    }
  } else {
    languages = [];
    for (const [canonical, tag] of fromSource) {
      if (hasTextIn(conversion.purposes, tag)) {
        languages.push(canonical);
      } else {
        const path = conversion.languages.find((entry) => entry.text === tag)?.path ?? '';
        // A language the converter only assumed (texts without a language tag) needs no word when unused.
        if (path !== '')
          findings.add(
            'language',
            'info',
            path,
            `${path}: the ${quote(tag)} texts hold no purpose text (only the banner's own words), so the draft does not declare this language.`,
          );
      }
    }
  }
  let defaultLanguage: string | undefined;
  const wanted = options.defaultLanguage ?? conversion.defaultLanguage?.value;
  const wantedCanonical = wanted === undefined ? undefined : canonicalTag(wanted);
  if (wantedCanonical !== undefined && languages.includes(wantedCanonical)) {
    defaultLanguage = wantedCanonical;
  } else {
    defaultLanguage = languages[0];
    if (wanted !== undefined && defaultLanguage !== undefined) {
      const path =
        options.defaultLanguage !== undefined ? 'options.defaultLanguage' : (conversion.defaultLanguage?.path ?? '');
      findings.add(
        'language',
        'warning',
        path,
        `${path}: the default language ${quote(wanted)} has no purpose texts in the draft; ${quote(defaultLanguage)} is the default instead.`,
      );
    }
  }
  return { fromSource, languages, defaultLanguage };
}

/** The source tag whose texts fill a draft language (a draft language the source lacks gets none). */
function sourceTagFor(plan: LanguagePlan, language: string): string {
  return plan.fromSource.get(language) ?? language;
}

function buildPurpose(
  findings: FindingList,
  source: PurposeSource,
  id: string,
  index: number,
  plan: LanguagePlan,
): PurposeDraft {
  const title: [string, string][] = [];
  const clause: [string, string][] = [];
  for (const language of plan.languages) {
    const tag = sourceTagFor(plan, language);
    const ownTitle = source.titles.get(tag);
    const titleText = ownTitle ? plain(findings, ownTitle) : undefined;
    const fallback = titleText === undefined && source.anyTitle ? plain(findings, source.anyTitle) : undefined;
    if (titleText !== undefined || fallback !== undefined) title.push([language, titleText ?? fallback ?? '']);
    else {
      const path = source.missingPath('title', tag);
      findings.add(
        'missing-translation',
        'warning',
        path,
        `${path}: the purpose ${quote(id)} has no title in ${quote(language)}; write one in the draft (purposes[${index}].title.${language}).`,
      );
    }
    const ownClause = source.clauses.get(tag);
    const clauseText = ownClause ? plain(findings, ownClause) : undefined;
    if (clauseText !== undefined) clause.push([language, clauseText]);
    else {
      const path = source.missingPath('clause', tag);
      findings.add(
        'missing-translation',
        'warning',
        path,
        `${path}: the purpose ${quote(id)} has no description in ${quote(language)} to use as its clause; write the clause in the draft (purposes[${index}].clause.${language}): what is done, by whom, with which data.`,
      );
    }
  }
  return {
    id,
    // Object.fromEntries defines own properties; the keys are canonical language tags.
    title: Object.fromEntries(title),
    clause: Object.fromEntries(clause),
    ...(source.necessary ? { necessary: true } : {}),
    ...(source.separateConsent && !source.necessary ? { separateConsent: true } : {}),
  };
}

/** Builds the draft config from a conversion and the options. */
export function buildDraft(
  findings: FindingList,
  conversion: Conversion,
  options: ResolvedOptions,
): { readonly draft: ConfigDraft; readonly purposes: readonly ImportedPurpose[]; readonly missing: readonly string[] } {
  const plan = planLanguages(findings, conversion, options);
  const taken = new Set<string>();
  const purposes: PurposeDraft[] = [];
  const mapping: ImportedPurpose[] = [];
  for (const source of conversion.purposes) {
    const base = purposeIdFrom(source.name);
    const id = uniqueId(base, taken);
    taken.add(id);
    if (id !== source.name) {
      const why = PURPOSE_ID.test(source.name)
        ? 'was taken by an earlier purpose'
        : 'does not fit ^[a-z][a-z0-9-]{0,63}$';
      findings.add(
        'renamed',
        'info',
        source.path,
        `${source.path}: the name ${quote(source.name)} ${why}; the purpose id is ${quote(id)}. Scripts that waited with ${source.gating} now wait with data-consent="${id}".`,
      );
    }
    purposes.push(buildPurpose(findings, source, id, purposes.length, plan));
    mapping.push(Object.freeze({ id, sourceName: source.name, sourcePath: source.path, necessary: source.necessary }));
  }

  const policy: { id?: string; version?: string; url?: string } = {};
  if (options.policy.id !== undefined) policy.id = options.policy.id;
  const version = options.policy.version ?? conversion.policyVersion?.value;
  if (version !== undefined) policy.version = version;
  if (options.policy.version === undefined && conversion.policyVersion) {
    const { path, value } = conversion.policyVersion;
    findings.add(
      'mapped',
      'info',
      path,
      `${path}: used as the policy version ${quote(value)}; a new version asks every visitor again, as a new revision did. Give the policy version yourself to override it.`,
    );
  }
  const url = options.policy.url ?? conversion.policyUrl?.value;
  if (url !== undefined) policy.url = url;
  if (options.policy.url === undefined && conversion.policyUrl) {
    const { path, value } = conversion.policyUrl;
    findings.add('mapped', 'info', path, `${path}: used as the policy URL ${quote(value)}.`);
  }
  const maxAgeDays = options.maxAgeDays ?? conversion.maxAgeDays?.value;
  if (options.maxAgeDays === undefined && conversion.maxAgeDays) {
    const { path, value } = conversion.maxAgeDays;
    findings.add(
      'mapped',
      'info',
      path,
      `${path}: the choice was kept ${value} days; the draft asks again after ${value} days ("maxAgeDays").`,
    );
  }

  const missing: string[] = [];
  if (options.controller === undefined) missing.push('controller');
  if (policy.id === undefined) missing.push('policy.id');
  if (policy.version === undefined) missing.push('policy.version');
  if (policy.url === undefined) missing.push('policy.url');
  if (options.jurisdiction === undefined) missing.push('jurisdiction');

  const draft: ConfigDraft = {
    ...(Object.keys(policy).length > 0 ? { policy } : {}),
    ...(options.controller === undefined ? {} : { controller: options.controller }),
    ...(options.jurisdiction === undefined ? {} : { jurisdiction: options.jurisdiction }),
    languages: [...plan.languages],
    ...(plan.defaultLanguage === undefined ? {} : { defaultLanguage: plan.defaultLanguage }),
    purposes,
    ...(maxAgeDays === undefined ? {} : { maxAgeDays }),
  };
  return { draft, purposes: Object.freeze(mapping), missing: Object.freeze(missing) };
}

/** Reads a whole number of days the way the draft takes it, or undefined (reported) when it does not fit. */
export function daysHint(findings: FindingList, value: SourceValue, path: string): SourceHint<number> | undefined {
  const days = typeof value === 'string' && /^\d{1,6}(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
  if (typeof days !== 'number' || !Number.isFinite(days)) return undefined;
  const whole = Math.round(days);
  if (whole < 1 || whole > 3650) {
    findings.add(
      'no-equivalent',
      'info',
      path,
      `${path}: ${days} days does not fit "maxAgeDays" (1 to 3650); the draft keeps the default of 365.`,
    );
    return undefined;
  }
  return { value: whole, path };
}

/** A non-blank text field of an object, with its path. */
export function sourceText(obj: SourceObject | undefined, key: string): SourceText | undefined {
  if (!obj) return undefined;
  const text = textOf(field(obj, key));
  return text === undefined ? undefined : { text, path: keyPath(obj.path, key) };
}
