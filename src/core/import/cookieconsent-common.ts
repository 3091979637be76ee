/**
 * What vanilla-cookieconsent 2.x and 3.x share once their different shapes are read: categories with per-language
 * texts, the refusals both versions call for (opt-out mode, categories enabled by default), and how a category
 * becomes a draft purpose.
 *
 * @module
 */
import type { PurposeSource, SourceHint, SourceText } from './draft.js';
import { field, sourceText } from './draft.js';
import { REFERENCES } from './references.js';
import type { FindingList, SourceObject } from './source.js';
import { keyPath, quote } from './source.js';

/** A category as its config declared it. */
export interface CategoryFacts {
  readonly name: string;
  readonly path: string;
  readonly necessary: boolean;
}

/** A category's title and description in one language, and where they were (a v2 block or a v3 section). */
export interface CategoryTexts {
  readonly path: string;
  readonly title?: SourceText;
  readonly description?: SourceText;
}

/** Reports mode "opt-out" (scripts ran before any choice); `true` when the config used it. */
export function readOptOut(findings: FindingList, top: SourceObject): boolean {
  const optOut = field(top, 'mode') === 'opt-out';
  if (optOut) {
    findings.add(
      'opt-out',
      'warning',
      'mode',
      'Mode "opt-out" ran the scripts of every enabled category before the visitor chose. Refused: nothing is granted until the visitor grants it.',
      REFERENCES.optOut,
    );
  }
  return optOut;
}

/** Reports a category enabled by default (v2 `toggle.enabled`, v3 `enabled`), unless it is read-only. */
export function refusePreTicked(
  findings: FindingList,
  name: string,
  holder: SourceObject,
  readOnly: boolean,
  optOut: boolean,
): void {
  if (field(holder, 'enabled') !== true || readOnly) return;
  const enabledPath = keyPath(holder.path, 'enabled');
  findings.add(
    'pre-ticked',
    'warning',
    enabledPath,
    `${enabledPath}: the category ${quote(name)} was enabled by default${optOut ? ', and with mode "opt-out" its scripts ran before any choice' : ''}. Refused: the draft's purpose starts unticked, and only the visitor's own action grants it.`,
    REFERENCES.preTicked,
  );
}

/** Reports a cookie table, which has no place in a purpose. */
export function noteCookieTable(findings: FindingList, path: string): void {
  findings.add(
    'no-equivalent',
    'info',
    path,
    `${path}: cookie tables are not carried over; list the cookies on the policy page. A purpose names its recipients in "thirdParties" and its retention in "retention".`,
  );
}

/**
 * Keeps the title and description `holder` gives category `name` in one language; a second one for the same
 * category is reported and left out (`kind` names it as the format does: block or section). `true` when kept.
 */
export function keepCategoryTexts(
  findings: FindingList,
  texts: Map<string, CategoryTexts>,
  name: string,
  holder: SourceObject,
  path: string,
  kind: 'block' | 'section',
): boolean {
  if (texts.has(name)) {
    findings.add(
      'unknown-field',
      'info',
      path,
      `${path}: a second ${kind} for the category ${quote(name)}; only the first was used.`,
    );
    return false;
  }
  const title = sourceText(holder, 'title');
  const description = sourceText(holder, 'description');
  texts.set(name, { path, ...(title ? { title } : {}), ...(description ? { description } : {}) });
  return true;
}

/**
 * A category as a draft purpose: its title and clause in each language that has them, and where to look for the
 * missing ones (`container(tag)`: where that language's blocks or sections would be).
 */
export function categoryPurpose(
  fact: CategoryFacts,
  textsByLanguage: ReadonlyMap<string, ReadonlyMap<string, CategoryTexts>>,
  gating: string,
  container: (tag: string) => string,
): PurposeSource {
  const titles = new Map<string, SourceText>();
  const clauses = new Map<string, SourceText>();
  for (const [tag, texts] of textsByLanguage) {
    const found = texts.get(fact.name);
    if (found?.title) titles.set(tag, found.title);
    if (found?.description) clauses.set(tag, found.description);
  }
  return {
    name: fact.name,
    path: fact.path,
    necessary: fact.necessary,
    separateConsent: false,
    titles,
    clauses,
    gating,
    missingPath: (kind, tag) => {
      const found = textsByLanguage.get(tag)?.get(fact.name);
      return found ? keyPath(found.path, kind === 'title' ? 'title' : 'description') : container(tag);
    },
  };
}

/** A positive whole `revision` as the draft's policy version; both versions asked again when it grew. */
export function revisionHint(top: SourceObject): SourceHint<string> | undefined {
  const revision = field(top, 'revision');
  return typeof revision === 'number' && Number.isInteger(revision) && revision > 0
    ? { value: String(revision), path: 'revision' }
    : undefined;
}
