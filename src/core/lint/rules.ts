/**
 * The lint rules: each a small pure function over a validated config, listed with what it looks for and where it
 * comes from. {@link LINT_RULES} is the public list (for the docs and the playground); `RULES` adds the checks.
 *
 * @module
 */
import type { LocalizedText, PurposeConfig, PurposeCategory } from '../config/types.js';
import {
  chineseScript,
  EXAMPLE_TAG,
  JURISDICTION_LANGUAGES,
  SCRIPT_OF_JURISDICTION,
  SUBDIVISION_LANGUAGES,
} from './jurisdictions.js';
import type { ActivityKind, PhraseTable } from './phrases.js';
import {
  ACTIVITIES,
  ACTIVITY_KINDS,
  CHECKED_LANGUAGES,
  foldTraditional,
  IMPLIED_CONSENT,
  KNOWN_RECIPIENTS,
  SAME_RECIPIENT,
  NEGATED_TITLE,
  PRESSURE,
  RETENTION_OPEN_ENDED,
  RETENTION_UNLIMITED,
  SENSITIVE,
  SENTENCE_RULES,
  SOFT_VAGUE,
  TITLE_ANALYTICS,
  TITLE_CONJUNCTIONS,
  TITLE_TRACKING,
  UNNAMED_MORE,
  VAGUE,
} from './phrases.js';
import { CITE, cite } from './sources.js';
import {
  countSentences,
  countWords,
  englishEquivalentLength,
  expectedLengthRatio,
  findPhrases,
  languageScript,
  primaryLanguage,
  quoteList,
  type FindOptions,
  type SentenceRules,
} from './text.js';
import type { LintRuleInfo, LintSeverity } from './types.js';
import { parseDuration } from '../text/duration.js';
import { matchLanguage } from '../i18n/resolve.js';
import { SHIPPED_LOCALE_TAGS } from '../i18n/shipped-strings.js';
import type { ReadableConfig } from '../config/validate.js';

/** What a rule sees: the validated config and the options, with a per-call cache of normalised text. */
export interface RuleContext {
  /** The config, or, when it is invalid, what could be read of it (policy, controller or jurisdiction may lack). */
  readonly config: ReadableConfig;
  /** Word count above which `clause-too-long` reports a clause. */
  readonly maxClauseWords: number;
  /** `normaliseText`, cached for this call. */
  normal(text: string): string;
  /** A word segmenter per language, made once per call. */
  segmenter(language: string): Intl.Segmenter | undefined;
}

/** A finding before the rule's id and source are added. */
export interface Draft {
  readonly path: string;
  readonly message: string;
  /** Overrides the rule's severity for this finding. */
  readonly severity?: LintSeverity;
  readonly matches?: readonly string[];
}

/** A rule with its check. */
export interface LintRule extends LintRuleInfo {
  check(context: RuleContext): Draft[];
}

/** From this length (in English-equivalent characters) clauses are held to {@link LENGTH_RATIO_RANGE}. */
export const LENGTH_CHECK_MIN = 100;
/** A language whose clause is outside these multiples of the expected length is reported. */
export const LENGTH_RATIO_RANGE = Object.freeze({ min: 0.5, max: 2 });
/**
 * Shorter clauses, from this length, vary more between languages (one long word, a name), so only outliers beyond
 * {@link SHORT_LENGTH_RATIO_RANGE} are reported; below it, too few characters to tell.
 */
export const SHORT_LENGTH_CHECK_MIN = 40;
export const SHORT_LENGTH_RATIO_RANGE = Object.freeze({ min: 0.4, max: 2.5 });
/**
 * A translation with fewer sentences than the default language's and under this multiple of its expected length
 * (or more sentences and over its inverse) is reported: a sentence left out, where joining two sentences into one
 * (common in Chinese, with a comma) keeps the length.
 */
export const SENTENCE_LENGTH_RATIO = 0.75;
/** 13 months, in days: the longest a consent should last before it is asked for again (CNIL). */
export const MAX_CONSENT_DAYS = 395;

/** A retention period longer than this many years keeps data for longer than any purpose a visitor consents to. */
export const MAX_RETENTION_YEARS = 10;
/** Default of {@link LintOptions.maxClauseWords}. */
export const DEFAULT_MAX_CLAUSE_WORDS = 120;

const KIND_LABEL: Readonly<Record<ActivityKind, string>> = {
  analytics: 'analytics',
  advertising: 'advertising or marketing',
  personalisation: 'personalised content',
  scoring: 'credit or risk scoring',
  tracking: 'tracking or profiling',
  sharing: 'sharing with others',
};

const MARKETING_CATEGORIES: ReadonlySet<PurposeCategory> = new Set([
  'Marketing',
  'Marketing Third Parties',
  'Sharing for Marketing',
]);
const OPTIONAL_CATEGORIES: ReadonlySet<PurposeCategory> = new Set(['Personalized Experience', 'Improve Performance']);
const NOT_NECESSARY_DPV = /marketing|advertis|personalis|personaliz|profiling|tracking|analytics|(?<![a-z])sell/i;

/** A recipient's name that adds others it does not name: "Google and others", "Google, Meta, etc.", "谷歌等". */
const MORE_IN_NAME =
  /(?:\s(?:and|&|or|und|et|y)\s(?:(?:its|their|our|other|many|more|ihre|leurs|sus)\s)?(?:others?|partners|affiliates|more|andere|autres|otros)|,?\s*(?:etc|usw|u\.\s?a)\.?|\s(?:et al)\.?|[等]+|及其他|以及其他|などの?|ほか)$/u;

// Words before a kind of recipient that still name no one: "our 800 ad tech partners", "IAB TCF vendors".
const RECIPIENT_MODIFIERS =
  'our|all|the|its|their|selected|select|trusted|various|certain|some|other|many|several|numerous|multiple|' +
  'third[- ]party|advertising|marketing|business|commercial|ads?|ad ?tech|media|social media|data|technology|tech|' +
  'analytics|measurement|research|affiliated|associated|related|external|partner|approved|registered|vetted|' +
  'carefully|global|international|digital|online|industry|strategic|iab|tcf|participating|\\d[\\d,.]*\\+?';
const RECIPIENT_KINDS =
  'partners?|third[- ]?part(?:y|ies)|compan(?:y|ies)|vendors?|affiliates?|advertisers?|recipients?|' +
  '(?:service )?providers?|(?:sub-?)?processors?|others?|networks?|merchants?|businesses|organi[sz]ations?|' +
  'brokers?|agenc(?:y|ies)|institutions?|firms?|entities|subsidiaries|suppliers?|(?:sub-?)?contractors?|sponsors?';

/**
 * A recipient's "name" that names no one: a kind of recipient ("Our partners", "1,400 partners", "Data brokers",
 * "Third parties", "Partnerunternehmen", "第三方", "パートナー企業"), or a placeholder ("N/A", "-"). Read against the
 * normalised name.
 */
const PLACEHOLDER_RECIPIENT = new RegExp(
  [
    `^(?:(?:${RECIPIENT_MODIFIERS})\\s+)*(?:${RECIPIENT_KINDS})$`,
    '^(?:n\\/?a|none|nobody|tbd|tba|unknown|various|-+|\\?+|\\.+|see (?:our |the )?(?:privacy )?(?:policy|notice))$',
    '^(?:我们的|其他|相关|部分|若干)?(?:第三方|广告|营销|商业|数据)?(?:第三方|合作伙伴|合作方|合作机构|关联公司|关联方|服务提供商|服务商|广告商|广告主|供应商|商家|经纪商)(?:公司|机构|企业|平台)?$',
    '^(?:暂无|无|未知|不详|待定)$',
    '^(?:当社の|弊社の)?(?:広告|提携|第三者|外部)?(?:パートナー|提携先|第三者|協力会社|関連会社|委託先|事業者)(?:企業|会社|各社)?$',
    // German writes the kind as one word: "Partnerunternehmen", "Werbenetzwerke", "Drittanbieter".
    '^(?:unsere[nm]? |ausgewählte[nm]? |alle |weitere[nm]? |externe[nm]? )?\\p{L}*(?:partner|partnern|unternehmen|netzwerke?|netzwerken|anbieter|anbietern|dienstleister|dienstleistern|dritte|dritten|vermarkter)$',
    "^(?:nos |des |les |certains |d'autres )?(?:sociétés |entreprises )?(?:partenaires|tiers|annonceurs|prestataires|fournisseurs|sous-traitants|filiales|sociétés|entreprises|réseaux)(?: (?:publicitaires|commerciaux|commerciales|partenaires|marketing|tiers|s[ée]lectionn[ée]e?s|de confiance))*$",
    '^(?:nuestros |nuestras |algunos |otros |otras )?(?:socios|terceros|empresas|proveedores|anunciantes|colaboradores|afiliados|entidades)(?: (?:comerciales|publicitarios|colaboradoras|asociadas|terceras|de confianza|seleccionad[oa]s))*$',
  ].join('|'),
  'u',
);

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

function purposePath(index: number): string {
  return `purposes[${index}]`;
}

/** The language entries of a text, the default language first (so a finding names the original where it can). */
function entries(text: LocalizedText, defaultLanguage: string): [string, string][] {
  const list = Object.entries(text);
  return list.sort(([a], [b]) => (a === defaultLanguage ? -1 : b === defaultLanguage ? 1 : 0));
}

function phrasesIn(
  context: RuleContext,
  table: PhraseTable,
  language: string,
  text: string,
  options: FindOptions = {},
): string[] {
  const primary = primaryLanguage(language);
  const phrases = table[primary];
  if (!phrases || phrases.length === 0) return [];
  const normal = context.normal(text);
  const rules = SENTENCE_RULES[primary] ?? (SENTENCE_RULES['en'] as SentenceRules);
  return findPhrases(normal, phrases, rules, primary === 'zh' ? foldTraditional(normal) : normal, options);
}

/** The activities a text describes, with the phrases that show each. */
function activities(
  context: RuleContext,
  language: string,
  text: string,
  kinds: readonly ActivityKind[],
): Map<ActivityKind, string[]> {
  const found = new Map<ActivityKind, string[]>();
  for (const kind of kinds) {
    // A record of the visitor's choice about an activity is not the activity; sharing is sharing.
    const phrases = phrasesIn(context, ACTIVITIES[kind], language, text, { choiceRecords: kind !== 'sharing' });
    if (phrases.length > 0) found.set(kind, phrases);
  }
  return found;
}

/**
 * What a necessary purpose may not do. Sharing may be necessary (a payment processor: Art. 13(1)(e) lets those be
 * named by category); the rest never is.
 */
const NOT_NECESSARY_KINDS: readonly ActivityKind[] = [
  'analytics',
  'advertising',
  'personalisation',
  'scoring',
  'tracking',
];

/** A finding for every title and clause in which `table` finds phrases, worded by `message`. */
function eachTextWith(
  context: RuleContext,
  table: PhraseTable,
  message: (field: 'title' | 'clause', language: string, found: readonly string[]) => string,
): Draft[] {
  const { config } = context;
  const drafts: Draft[] = [];
  config.purposes.forEach((purpose, index) => {
    for (const { field, language, text, path } of purposeTexts(config, purpose, index)) {
      const found = phrasesIn(context, table, language, text);
      if (found.length > 0) drafts.push({ path, matches: found, message: message(field, language, found) });
    }
  });
  return drafts;
}

function describeActivities(found: ReadonlyMap<ActivityKind, readonly string[]>): string {
  return [...found].map(([kind, phrases]) => `${KIND_LABEL[kind]} (${quoteList(phrases)})`).join(', ');
}

/** Each title and clause of a purpose, with its path. */
function* purposeTexts(
  config: ReadableConfig,
  purpose: PurposeConfig,
  index: number,
  fields: readonly ('title' | 'clause')[] = ['title', 'clause'],
): Generator<{ field: 'title' | 'clause'; language: string; text: string; path: string }> {
  for (const field of fields) {
    for (const [language, text] of entries(purpose[field], config.defaultLanguage)) {
      yield { field, language, text, path: `${purposePath(index)}.${field}.${language}` };
    }
  }
}

/** The first title or clause of a purpose (default language first) in which `table` finds phrases. */
/** Every language of the purpose whose title or clause mentions one of `table`'s phrases, in config order. */
function everyMention(
  context: RuleContext,
  purpose: PurposeConfig,
  index: number,
  table: PhraseTable,
): { field: 'title' | 'clause'; language: string; path: string; found: string[] }[] {
  const mentions: { field: 'title' | 'clause'; language: string; path: string; found: string[] }[] = [];
  const languages = new Set<string>();
  for (const { field, language, text, path } of purposeTexts(context.config, purpose, index)) {
    if (languages.has(language)) continue;
    const found = phrasesIn(context, table, language, text);
    if (found.length === 0) continue;
    languages.add(language);
    mentions.push({ field, language, path, found });
  }
  return mentions;
}

/**
 * Well-known recipients ({@link KNOWN_RECIPIENTS}) a purpose's title or clause names but its "thirdParties" does
 * not: each title and clause once per name, in the first language that names it.
 */
function namedRecipients(
  config: ReadableConfig,
  purpose: PurposeConfig,
  index: number,
): { field: 'title' | 'clause'; language: string; path: string; found: string[] }[] {
  const listed = (purpose.thirdParties ?? []).map((party) => party.name.toLowerCase());
  const reported = new Set<string>();
  const named: { field: 'title' | 'clause'; language: string; path: string; found: string[] }[] = [];
  for (const { field, language, text, path } of purposeTexts(config, purpose, index)) {
    const found = [...new Set(text.match(KNOWN_RECIPIENTS) ?? [])].filter((name) => {
      const key = `${field} ${name.toLowerCase()}`;
      const aliases = SAME_RECIPIENT.find((names) => names.includes(name.toLowerCase())) ?? [name.toLowerCase()];
      if (reported.has(key) || listed.some((party) => aliases.some((alias) => party.includes(alias)))) return false;
      reported.add(key);
      return true;
    });
    if (found.length > 0) named.push({ field, language, path, found });
  }
  return named;
}

/** A finding for each well-known recipient a purpose names but does not list (see {@link namedRecipients}). */
function namedRecipientDrafts(
  config: ReadableConfig,
  purpose: PurposeConfig,
  index: number,
  severity: LintSeverity,
): Draft[] {
  return namedRecipients(config, purpose, index).map((named) => ({
    path: named.path,
    severity,
    matches: named.found,
    message:
      `The ${named.field} in ${named.language} names ${quoteList(named.found)}, which "thirdParties" does not list: ` +
      'list each recipient with a contact.',
  }));
}

function flatMatches(found: ReadonlyMap<ActivityKind, readonly string[]>): string[] {
  return [...found.values()].flat();
}

// ---------------------------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------------------------

const vaguePurpose: LintRule = {
  id: 'vague-purpose',
  severity: 'warning',
  summary:
    'Titles and clauses that hide the purpose in vague wording: "improve your experience", "and more", "etc.", ' +
    '"for business purposes", "we may share", "purposes described in our privacy policy", a title "Other", "等", ' +
    '"相关服务", "包括但不限于" ("such as" alone is info).',
  source: cite(
    CITE.gdprArt5,
    CITE.edpbSpecific,
    CITE.wp260,
    CITE.piplArt6,
    CITE.piplArt17,
    CITE.mathurSneaking,
    CITE.graySneaking,
  ),
  check(context) {
    const { config } = context;
    const drafts: Draft[] = [];
    config.purposes.forEach((purpose, index) => {
      for (const { field, language, text, path } of purposeTexts(config, purpose, index)) {
        const hard = phrasesIn(context, VAGUE, language, text);
        const soft = phrasesIn(context, SOFT_VAGUE, language, text);
        if (hard.length === 0 && soft.length === 0) continue;
        const matches = [...hard, ...soft];
        drafts.push({
          path,
          severity: hard.length > 0 ? 'warning' : 'info',
          matches,
          message:
            hard.length > 0
              ? `The ${field} in ${language} uses vague wording: ${quoteList(matches)}. Say exactly what is done ` +
                'with the data and why; where it lists things, list all of them.'
              : `The ${field} in ${language} gives examples (${quoteList(matches)}) rather than a complete list. ` +
                'Fine for illustration; make sure the full list is stated.',
        });
      }
    });
    return drafts;
  },
};

const bundledPurpose: LintRule = {
  id: 'bundled-purpose',
  severity: 'warning',
  summary:
    'One purpose that covers several distinct activities: a clause describing two or more of analytics, advertising ' +
    'and personalised content, or a title joining two activities with "and", "&", "和" or "及".',
  source: cite(CITE.recital32, CITE.recital43, CITE.edpbGranularity, CITE.cpraManipulative, CITE.grayForced),
  check(context) {
    const { config } = context;
    const drafts: Draft[] = [];
    config.purposes.forEach((purpose, index) => {
      for (const { language, text, path } of purposeTexts(config, purpose, index, ['clause'])) {
        // Sharing is left out here: "sharing with X for marketing" is one purpose, and sharing has its own rules.
        // Tracking too: "we track visitors to count page views" is analytics, "profiles for ads" is advertising.
        const found = activities(context, language, text, ['analytics', 'advertising', 'personalisation', 'scoring']);
        if (found.size < 2) continue;
        drafts.push({
          path,
          matches: flatMatches(found),
          message:
            `The clause in ${language} describes ${found.size} different activities: ${describeActivities(found)}. ` +
            'Split them into separate purposes so the visitor can agree to one and refuse another.',
        });
        break;
      }
      for (const { language, text, path } of purposeTexts(config, purpose, index, ['title'])) {
        const conjunction = TITLE_CONJUNCTIONS[primaryLanguage(language)];
        if (!conjunction) continue;
        const normal = context.normal(text);
        const parts = (primaryLanguage(language) === 'zh' ? foldTraditional(normal) : normal).split(conjunction);
        if (parts.length < 2) continue;
        const titleAnalytics = TITLE_ANALYTICS[primaryLanguage(language)];
        const titleTracking = TITLE_TRACKING[primaryLanguage(language)];
        const perPart = parts.map((part) => {
          const found = activities(context, language, part, ACTIVITY_KINDS);
          if (!found.has('analytics') && titleAnalytics?.test(part.trim())) found.set('analytics', [part.trim()]);
          if (!found.has('tracking') && titleTracking?.test(part.trim())) found.set('tracking', [part.trim()]);
          return found;
        });
        const union = new Map<ActivityKind, string[]>();
        for (const found of perPart) for (const [kind, phrases] of found) union.set(kind, phrases);
        if (perPart.filter((found) => found.size > 0).length < 2 || union.size < 2) continue;
        drafts.push({
          path,
          matches: flatMatches(union),
          message:
            `The title in ${language} joins ${union.size} activities in one purpose: ${describeActivities(union)}. ` +
            'Make each its own purpose.',
        });
        break;
      }
    });
    return drafts;
  },
};

const thirdPartiesUnnamed: LintRule = {
  id: 'third-parties-unnamed',
  severity: 'warning',
  summary:
    'A clause that mentions sharing, selling, third parties or partners (or a purpose marked saleOrSharing) without ' +
    'naming them in thirdParties, mentions recipients beyond those named ("and our other partners"), or names a ' +
    'well-known recipient (Google, Meta, TikTok, Tencent...) that thirdParties does not list, or lists a recipient ' +
    '"named" by its kind ("Our partners", "Third parties", "第三方", "広告パートナー") or a placeholder ("N/A", "-", ' +
    '"暂无"), or by a name that adds others it does not name ("Google and others", "谷歌等").',
  source: cite(CITE.piplArt23, CITE.gdprArt13Recipients, CITE.edpbInformed, CITE.mathurSneaking),
  check(context) {
    const { config } = context;
    const drafts: Draft[] = [];
    config.purposes.forEach((purpose, index) => {
      // Necessary purposes may name categories of recipients (Art. 13(1)(e)); consent needs the names.
      const severity: LintSeverity = purpose.necessary ? 'info' : 'warning';
      if (purpose.thirdParties && purpose.thirdParties.length > 0) {
        purpose.thirdParties.forEach((party, partyIndex) => {
          const name = context.normal(party.name);
          const more = MORE_IN_NAME.test(name);
          if (!more && !PLACEHOLDER_RECIPIENT.test(name.replace(/[.,;:!]+$/u, ''))) return;
          drafts.push({
            path: `${purposePath(index)}.thirdParties[${partyIndex}].name`,
            severity,
            matches: [party.name],
            message: more
              ? `A recipient is "named" ${JSON.stringify(party.name)}, which adds others it does not name: list each ` +
                'company as a recipient of its own, with its contact.'
              : `A recipient is "named" ${JSON.stringify(party.name)}, which names no one: give each company's own ` +
                'name, as the visitor would find it, with its contact.',
          });
        });
        drafts.push(...namedRecipientDrafts(config, purpose, index, severity));
        // Naming one recipient does not name "our other partners".
        // Each language that says so: a translation is what its readers agree to.
        for (const more of everyMention(context, purpose, index, UNNAMED_MORE)) {
          drafts.push({
            path: more.path,
            severity,
            matches: more.found,
            message:
              `The ${more.field} in ${more.language} mentions recipients beyond those named in "thirdParties" ` +
              `(${quoteList(more.found)}): name each of them, or remove the words.`,
          });
        }
        return;
      }
      const mentions = everyMention(context, purpose, index, ACTIVITIES.sharing);
      for (const sharing of mentions) {
        drafts.push({
          path: sharing.path,
          severity,
          matches: sharing.found,
          message:
            `The ${sharing.field} in ${sharing.language} mentions others receiving data ` +
            `(${quoteList(sharing.found)}) but the purpose names no one: list each recipient with a contact in ` +
            '"thirdParties".',
        });
      }
      drafts.push(...namedRecipientDrafts(config, purpose, index, severity));
      if (mentions.length === 0 && purpose.saleOrSharing) {
        drafts.push({
          path: `${purposePath(index)}.thirdParties`,
          severity,
          message:
            'The purpose is marked "saleOrSharing" but names no recipient: list each in "thirdParties" with a contact.',
        });
      }
    });
    return drafts;
  },
};

const thirdPartySeparateConsent: LintRule = {
  id: 'third-party-separate-consent',
  severity: 'warning',
  summary:
    'A purpose that provides data to named third parties without "separateConsent" (unless they only process on ' +
    "the site's behalf).",
  source: cite(CITE.piplArt23, CITE.recital43, CITE.edpbGranularity),
  check({ config }) {
    const drafts: Draft[] = [];
    config.purposes.forEach((purpose, index) => {
      if (purpose.necessary || purpose.separateConsent || !purpose.thirdParties?.length) return;
      const names = purpose.thirdParties.map((party) => party.name);
      drafts.push({
        path: `${purposePath(index)}.separateConsent`,
        message:
          `The purpose provides data to ${quoteList(names)} but does not ask for separate consent. Providing ` +
          'personal information to another handler needs its own consent under PIPL Art. 23: add "separateConsent": ' +
          'true, unless each recipient only processes the data on your behalf.',
      });
    });
    return drafts;
  },
};

const sensitiveSeparateConsent: LintRule = {
  id: 'sensitive-separate-consent',
  severity: 'warning',
  summary:
    'Sensitive data processed without separate consent. Validation already refuses an optional purpose marked ' +
    'sensitive without "separateConsent"; this rule reports a necessary purpose marked sensitive, which asks no consent.',
  source: cite(CITE.piplArt29, CITE.gdprArt9, CITE.edpbExplicit),
  check({ config }) {
    const drafts: Draft[] = [];
    config.purposes.forEach((purpose, index) => {
      if (!purpose.necessary || !purpose.sensitive) return;
      drafts.push({
        path: `${purposePath(index)}.sensitive`,
        message:
          'The purpose processes sensitive personal information but is marked necessary, so no consent is asked. ' +
          'Make sure a basis other than consent applies (GDPR Art. 9(2)(b)–(j)); otherwise make it optional with ' +
          '"separateConsent": true (PIPL Art. 29).',
      });
    });
    return drafts;
  },
};

const sensitiveUndeclared: LintRule = {
  id: 'sensitive-undeclared',
  severity: 'warning',
  summary:
    'A purpose whose title, clause or data category labels mention sensitive data (health, biometrics, religion, ' +
    'precise location, financial accounts, children; 健康, 人脸, 行踪轨迹, 金融账户...) but is not marked sensitive.',
  source: cite(CITE.piplArt28, CITE.piplArt29, CITE.gdprArt9, CITE.edpbExplicit),
  check(context) {
    const { config } = context;
    const drafts: Draft[] = [];
    config.purposes.forEach((purpose, index) => {
      if (purpose.sensitive) return;
      const places: { path: string; language: string; text: string }[] = [...purposeTexts(config, purpose, index)];
      purpose.dataCategories?.forEach((id, categoryIndex) => {
        const label = config.dataCategories?.[id];
        if (!label) return;
        for (const [language, text] of entries(label, config.defaultLanguage)) {
          places.push({ path: `${purposePath(index)}.dataCategories[${categoryIndex}]`, language, text });
        }
      });
      for (const { path, language, text } of places) {
        const found = phrasesIn(context, SENSITIVE, language, text);
        if (found.length === 0) continue;
        drafts.push({
          path,
          matches: found,
          message:
            `The purpose appears to process sensitive personal information (${quoteList(found)}) but is not marked ` +
            'sensitive. If it does, add "sensitive": true, "sensitiveCategories" and "separateConsent": true.',
        });
        break;
      }
    });
    return drafts;
  },
};

const retentionMissing: LintRule = {
  id: 'retention-missing',
  severity: 'warning',
  summary:
    'An optional purpose that does not say how long its data is kept ("retention"), keeps it for more than ' +
    `${MAX_RETENTION_YEARS} years (no real limit), or whose clause keeps it without end ("indefinitely") or names no period ("as long as necessary").`,
  source: cite(CITE.piplArt17Retention, CITE.gdprArt13Retention, CITE.cpraRetention, CITE.graySneaking),
  check(context) {
    const { config } = context;
    const drafts: Draft[] = [];
    config.purposes.forEach((purpose, index) => {
      if (purpose.necessary) return;
      if (!purpose.retention) {
        drafts.push({
          path: `${purposePath(index)}.retention`,
          message: 'The purpose does not say how long its data is kept: add "retention" as a duration such as "P6M".',
        });
        return;
      }
      const duration = parseDuration(purpose.retention);
      const years = duration
        ? duration.years + duration.months / 12 + duration.weeks / 52 + duration.days / 365
        : Infinity;
      if (years > MAX_RETENTION_YEARS) {
        drafts.push({
          path: `${purposePath(index)}.retention`,
          message:
            `The purpose keeps its data for ${purpose.retention}, more than ${MAX_RETENTION_YEARS} years: that is ` +
            'no real limit. Say how long the purpose needs it.',
        });
      }
      for (const unlimited of everyMention(context, purpose, index, RETENTION_UNLIMITED)) {
        drafts.push({
          path: unlimited.path,
          matches: unlimited.found,
          message:
            `The ${unlimited.field} in ${unlimited.language} keeps data without end (${quoteList(unlimited.found)}), ` +
            `whatever "retention" says (${purpose.retention}): make the text and the period agree.`,
        });
      }
      for (const open of everyMention(context, purpose, index, RETENTION_OPEN_ENDED)) {
        drafts.push({
          path: open.path,
          matches: open.found,
          message:
            `The ${open.field} in ${open.language} gives no period (${quoteList(open.found)}) where "retention" ` +
            `says ${purpose.retention}: state the period the visitor agrees to.`,
        });
      }
    });
    return drafts;
  },
};

/** Unicode script names (space-separated) by ISO 15924 code, for the scripts common languages are written in. */
const SCRIPT_LETTERS: Readonly<Record<string, string>> = {
  Latn: 'Latin',
  Hans: 'Han',
  Hant: 'Han',
  Jpan: 'Han Hiragana Katakana',
  Kore: 'Hangul Han',
  Arab: 'Arabic',
  Cyrl: 'Cyrillic',
  Grek: 'Greek',
  Hebr: 'Hebrew',
  Deva: 'Devanagari',
  Beng: 'Bengali',
  Guru: 'Gurmukhi',
  Gujr: 'Gujarati',
  Taml: 'Tamil',
  Telu: 'Telugu',
  Knda: 'Kannada',
  Mlym: 'Malayalam',
  Thai: 'Thai',
  Ethi: 'Ethiopic',
  Geor: 'Georgian',
  Armn: 'Armenian',
  Khmr: 'Khmer',
  Laoo: 'Lao',
  Mymr: 'Myanmar',
  Sinh: 'Sinhala',
};
/**
 * Letters enough to tell a script by (four: a short title in Chinese has few); a name or two carried over in
 * another script is fine below this share.
 */
const SCRIPT_MIN_LETTERS = 4;
/** From this length a clause, or a title of any wording, copied from another language counts as untranslated. */
const UNTRANSLATED_MIN_LETTERS = 20;
const OWN_SCRIPT_MIN_SHARE = 0.2;
/** From this length a clause found whole inside another language's clause counts as copied into it. */
const CONTAINED_MIN_LENGTH = 40;

const collapse = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();

const clauseUntranslated: LintRule = {
  id: 'clause-untranslated',
  severity: 'warning',
  summary:
    'A title or clause that is not in its language: written in another script (English in the zh-CN field, ' +
    'Chinese in the de field), or the very text of another language of the purpose (a copy left untranslated), ' +
    'alone or with words added. ' +
    'The visitor would read what they cannot, and the receipt would record a language they were not shown.',
  source: cite(CITE.piplArt17, CITE.gdprArt12, CITE.recital42, CITE.edpbInformed),
  check({ config }) {
    const drafts: Draft[] = [];
    // Per language, once: its script, the pattern of its letters and its primary language (a config may have 100).
    const languages = new Map<string, { script: string; own: RegExp | undefined; primary: string }>();
    const about = (language: string) => {
      let known = languages.get(language);
      if (!known) {
        const script = languageScript(language);
        const names = SCRIPT_LETTERS[script]?.split(' ');
        const own = names && new RegExp(`[${names.map((name) => `\\p{Script=${name}}`).join('')}]`, 'gu');
        known = { script, own, primary: primaryLanguage(language) };
        languages.set(language, known);
      }
      return known;
    };
    config.purposes.forEach((purpose, index) => {
      for (const field of ['title', 'clause'] as const) {
        const texts = Object.entries(purpose[field]);
        const collapsed = new Map(texts.map(([language, text]) => [language, collapse(text)]));
        for (const [language, text] of texts) {
          const path = `${purposePath(index)}.${field}.${language}`;
          const letters = [...text.matchAll(/\p{L}/gu)].length;
          const { script, own, primary } = about(language);
          if (own && letters >= SCRIPT_MIN_LETTERS) {
            const ownLetters = [...text.matchAll(own)].length;
            if (ownLetters / letters < OWN_SCRIPT_MIN_SHARE) {
              drafts.push({
                path,
                message:
                  `The ${field} in ${language} is hardly written in its script (${script}): ${ownLetters} of its ` +
                  `${letters} letters. Was it left untranslated? Give the ${field} in ${language}, or drop the language.`,
              });
              continue;
            }
          }
          // A short title the same in two languages may be a name ("Google Analytics", the same everywhere); one of
          // two words or more with a word in lower case ("Count visits") is wording left untranslated.
          const worded = text.split(/\s+/u).filter(Boolean).length >= 2 && /(^|\s)\p{Ll}/u.test(text);
          if (letters < (field === 'title' && worded ? SCRIPT_MIN_LETTERS : UNTRANSLATED_MIN_LETTERS)) continue;
          const mine = collapsed.get(language) ?? '';
          const others = texts.filter(([other]) => other !== language && about(other).primary !== primary);
          // Another language's whole clause inside this one, with words added: the copy is left, padded out.
          const inside = others.find(([other]) => {
            // Without its closing punctuation: the copy may go on after a comma.
            const theirs = (collapsed.get(other) ?? '').replace(/[\p{P}\p{S}\s]+$/u, '');
            return theirs.length >= CONTAINED_MIN_LENGTH && collapsed.get(other) !== mine && mine.includes(theirs);
          });
          if (inside) {
            drafts.push({
              path,
              message:
                `The ${field} in ${language} holds the whole ${field} in ${inside[0]}, word for word, with more ` +
                `added: left untranslated? Give it in ${language}, or drop the language.`,
            });
            continue;
          }
          const copied = others.find(([other]) => collapsed.get(other) === mine);
          // Reported once, on the language that is not the default (or the later of two).
          if (!copied || language === config.defaultLanguage) continue;
          if (
            copied[0] !== config.defaultLanguage &&
            texts.findIndex(([tag]) => tag === copied[0]) > texts.findIndex(([tag]) => tag === language)
          )
            continue;
          drafts.push({
            path,
            message:
              `The ${field} in ${language} is the ${field} in ${copied[0]}, word for word: left untranslated? ` +
              `Give it in ${language}, or drop the language.`,
          });
        }
      }
    });
    return drafts;
  },
};

/**
 * With two or more translations that are all far off the default language's clause in the same direction, and
 * within the usual range of one another, the default is the odd one out: it is reported, not every translation.
 * `normalized` is each translation's English-equivalent length; the ratio returned is the default's to their median.
 */
function oddDefault(
  translations: readonly { normalized: number; off?: 'shorter' | 'longer' }[],
  referenceLength: number,
): { off: 'shorter' | 'longer'; ratio: number } | undefined {
  const off = translations[0]?.off;
  if (translations.length < 2 || !off || translations.some((translation) => translation.off !== off)) return undefined;
  const lengths = translations.map((translation) => translation.normalized).sort((a, b) => a - b);
  const [shortest, longest] = [lengths[0] as number, lengths[lengths.length - 1] as number];
  if (shortest <= 0 || longest / shortest > LENGTH_RATIO_RANGE.max) return undefined;
  const median = lengths[Math.floor(lengths.length / 2)] as number;
  // The translations are longer than the default when it is the shorter one.
  return { off: off === 'longer' ? 'shorter' : 'longer', ratio: referenceLength / median };
}

const clauseLengthMismatch: LintRule = {
  id: 'clause-length-mismatch',
  severity: 'warning',
  summary:
    "A translation of a clause whose length is far from the default language's once the script is allowed for " +
    '(Chinese text runs about a third of the characters of English; Latin words, numbers, emails and URLs carried ' +
    'over as they are count one for one): under half or over twice the expected length ' +
    'suggests a sentence was left out or added (for clauses under 100 characters, under 0.4 or over 2.5 times; ' +
    'under 40 characters they are not compared); so does a translation with fewer sentences under three quarters ' +
    'of the expected length, or more sentences over four thirds of it. When two or more translations agree with ' +
    "one another and are all far off the default language's clause the same way, the default's clause is the one " +
    'reported.',
  source: cite(CITE.piplArt17, CITE.gdprArt7, CITE.recital42, CITE.mathurSneaking),
  check({ config }) {
    const drafts: Draft[] = [];
    if (config.languages.length < 2) return drafts;
    const reference = config.defaultLanguage;
    config.purposes.forEach((purpose, index) => {
      const referenceText = purpose.clause[reference];
      if (referenceText === undefined) return;
      const referenceLength = englishEquivalentLength(referenceText, reference);
      // Counted once per purpose, not once per translation.
      const referenceSentences = countSentences(referenceText, reference);
      const found: Draft[] = [];
      // Each translation's length as English would run, and how it stands to the default's (by length only).
      const translations: { language: string; normalized: number; off?: 'shorter' | 'longer' }[] = [];
      for (const [language, text] of Object.entries(purpose.clause)) {
        if (language === reference) continue;
        const length = englishEquivalentLength(text, language);
        const longer = Math.max(length, referenceLength);
        if (longer < SHORT_LENGTH_CHECK_MIN) continue;
        const range = longer < LENGTH_CHECK_MIN ? SHORT_LENGTH_RATIO_RANGE : LENGTH_RATIO_RANGE;
        const ratio = referenceLength === 0 ? Infinity : length / referenceLength;
        const expected = expectedLengthRatio(language) / expectedLengthRatio(reference);
        const actual = referenceLength === 0 ? Infinity : (ratio * expected).toFixed(2);
        const translation: (typeof translations)[number] = { language, normalized: length };
        translations.push(translation);
        if (ratio >= range.min && ratio <= range.max) {
          const sentences = countSentences(text, language);
          if (sentences === undefined || referenceSentences === undefined) continue;
          const fewer = sentences < referenceSentences && ratio < SENTENCE_LENGTH_RATIO;
          const more = sentences > referenceSentences && ratio > 1 / SENTENCE_LENGTH_RATIO;
          if (!fewer && !more) continue;
          const said = (n: number) => `${n} sentence${n === 1 ? '' : 's'}`;
          found.push({
            path: `${purposePath(index)}.clause.${language}`,
            message:
              `The clause in ${language} has ${said(sentences)} where the ${reference} clause has ` +
              `${said(referenceSentences)}, and is ${actual}× its length (about ${expected.toFixed(2)}× is usual for ` +
              `the script): a sentence may have been ${fewer ? 'left out' : 'added'}. Check that it says the same ` +
              'as the other languages, no more and no less.',
          });
          continue;
        }
        translation.off = ratio < 1 ? 'shorter' : 'longer';
        found.push({
          path: `${purposePath(index)}.clause.${language}`,
          message:
            `The clause in ${language} is ${actual}× the length of the ${reference} clause, where about ` +
            `${expected.toFixed(2)}× is usual for the script: it is ${ratio < 1 ? 'much shorter' : 'much longer'} ` +
            'than expected. Check that it says the same as the other languages, no more and no less.',
        });
      }
      const outlier = oddDefault(translations, referenceLength);
      if (!outlier) {
        drafts.push(...found);
        return;
      }
      const names = translations.map((translation) => translation.language).join(', ');
      drafts.push({
        path: `${purposePath(index)}.clause.${reference}`,
        message:
          `The clause in ${reference}, the default language, is ${outlier.ratio.toFixed(2)}× the length its ` +
          `${translations.length} translations (${names}) lead one to expect, and they agree with one another: it ` +
          `is ${outlier.off === 'shorter' ? 'much shorter' : 'much longer'} than they are. Check that it says the ` +
          'same as the other languages, no more and no less.',
      });
    });
    return drafts;
  },
};

const jurisdictionLanguage: LintRule = {
  id: 'jurisdiction-language',
  severity: 'warning',
  summary:
    'No language of the jurisdiction among "languages" (e.g. CN without zh, or with Traditional Chinese only, DE ' +
    'without de, BR without pt, US-CA without en, CA-QC without fr, EU without any official EU language); a ' +
    'jurisdiction the linter has no languages for is info.',
  source: cite(CITE.piplArt17, CITE.gdprArt12, CITE.gdprArt7, CITE.cpraEasy),
  check({ config }) {
    // An invalid jurisdiction is a validation error of its own.
    if (config.jurisdiction === undefined) return [];
    const country = config.jurisdiction.split('-')[0] ?? '';
    const subdivision = SUBDIVISION_LANGUAGES[config.jurisdiction.toUpperCase()];
    const expected = subdivision ?? JURISDICTION_LANGUAGES[country];
    if (!expected) {
      return [
        {
          path: 'jurisdiction',
          severity: 'info',
          message:
            `The linter does not know the languages of ${config.jurisdiction}, so it could not check that one of ` +
            'them is offered: check "languages" by hand.',
        },
      ];
    }
    const offered = new Set(config.languages.map(primaryLanguage));
    const script = subdivision ? undefined : SCRIPT_OF_JURISDICTION[country];
    if (
      script &&
      offered.has(script.language) &&
      !config.languages.some((tag) => primaryLanguage(tag) === script.language && chineseScript(tag) === script.script)
    ) {
      return [
        {
          path: 'languages',
          message:
            `The jurisdiction is ${config.jurisdiction}, where Chinese is read in ` +
            `${script.script === 'Hans' ? 'Simplified' : 'Traditional'} characters, but no Chinese language offered ` +
            `is written in them: add ${EXAMPLE_TAG[country] ?? script.language}.`,
        },
      ];
    }
    if (expected.some((language) => offered.has(language))) return [];
    const example = subdivision ? undefined : EXAMPLE_TAG[country];
    const first = expected[0] ?? '';
    const wanted =
      expected.length === 1
        ? `${first}${example ? ` (e.g. ${example})` : ''}`
        : `one of ${expected.join(', ')}${example ? ` (e.g. ${example})` : ''}`;
    return [
      {
        path: 'languages',
        message:
          `The jurisdiction is ${config.jurisdiction} but none of its languages is offered: add ${wanted} so ` +
          'visitors there can read what they agree to.',
      },
    ];
  },
};

const necessaryMislabelled: LintRule = {
  id: 'necessary-mislabelled',
  severity: 'warning',
  summary:
    'A purpose marked necessary that looks like analytics, advertising, personalisation or tracking: by its ' +
    'category (Marketing categories are errors), its DPV purpose or its text. (Validation already refuses a ' +
    'necessary purpose in consentMode.)',
  source: cite(CITE.cbtf, CITE.gdprArt7Conditional, CITE.edpbConsent, CITE.grayForced),
  check(context) {
    const { config } = context;
    const drafts: Draft[] = [];
    config.purposes.forEach((purpose, index) => {
      if (!purpose.necessary) return;
      const base = purposePath(index);
      if (purpose.category && MARKETING_CATEGORIES.has(purpose.category)) {
        drafts.push({
          path: `${base}.category`,
          severity: 'error',
          message: `The purpose is marked necessary but its category is "${purpose.category}": marketing is never strictly necessary. Make it optional.`,
        });
      } else if (purpose.category && OPTIONAL_CATEGORIES.has(purpose.category)) {
        drafts.push({
          path: `${base}.category`,
          message: `The purpose is marked necessary but its category is "${purpose.category}", which a visitor can do without. Make it optional unless the service cannot work without it.`,
        });
      }
      if (purpose.dpv && NOT_NECESSARY_DPV.test(purpose.dpv)) {
        drafts.push({
          path: `${base}.dpv`,
          message: `The purpose is marked necessary but its DPV purpose is ${JSON.stringify(purpose.dpv)}. Make it optional.`,
        });
      }
      for (const { field, language, text, path } of purposeTexts(config, purpose, index)) {
        const found = activities(context, language, text, NOT_NECESSARY_KINDS);
        if (found.size === 0) continue;
        drafts.push({
          path,
          matches: flatMatches(found),
          message:
            `The purpose is marked necessary but its ${field} in ${language} describes ${describeActivities(found)}. ` +
            'Only what is strictly needed for what the visitor asked for can skip consent: make it optional.',
        });
        break;
      }
    });
    return drafts;
  },
};

const maxAgeTooLong: LintRule = {
  id: 'max-age-too-long',
  severity: 'warning',
  summary: `"maxAgeDays" over ${MAX_CONSENT_DAYS} days (13 months): ask again at least that often.`,
  source: cite(CITE.cnil, CITE.edpbRefresh),
  check({ config }) {
    if (config.maxAgeDays === undefined || config.maxAgeDays <= MAX_CONSENT_DAYS) return [];
    return [
      {
        path: 'maxAgeDays',
        message:
          `Consent is kept for ${config.maxAgeDays} days; European practice is to ask again within 13 months ` +
          `(${MAX_CONSENT_DAYS} days) at the latest. Lower "maxAgeDays".`,
      },
    ];
  },
};

function hostOf(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

const policyOtherSite: LintRule = {
  id: 'policy-other-site',
  severity: 'info',
  summary:
    "The policy URL is on another site than the controller's URL (subdomains count as the same site): visitors may " +
    'not recognise who is asking.',
  source: cite(CITE.recital42, CITE.edpbInformed),
  check({ config }) {
    const controller = config.controller?.url === undefined ? undefined : hostOf(config.controller.url);
    const policy = config.policy && hostOf(config.policy.url);
    if (!controller || !policy) return [];
    if (policy === controller || policy.endsWith(`.${controller}`) || controller.endsWith(`.${policy}`)) return [];
    return [
      {
        path: 'policy.url',
        message:
          `The policy is on ${policy} but the controller's site is ${controller}. If that is intended (a group ` +
          'policy, a hosted policy page), make sure the policy names the controller; otherwise host it on your site.',
      },
    ];
  },
};

const clauseTooLong: LintRule = {
  id: 'clause-too-long',
  severity: 'warning',
  summary:
    'A clause longer than the word limit (default 120 words; Chinese and Japanese are split into words too): hard ' +
    'to read before deciding.',
  source: cite(CITE.cpraEasy, CITE.gdprArt12, CITE.gdprArt7, CITE.piplArt17),
  check({ config, maxClauseWords, segmenter }) {
    const drafts: Draft[] = [];
    config.purposes.forEach((purpose, index) => {
      for (const { language, text, path } of purposeTexts(config, purpose, index, ['clause'])) {
        // Counting stops past twice the limit: beyond that the exact number does not change the advice.
        const cap = maxClauseWords * 2;
        const words = countWords(text, cap, segmenter(language));
        if (words <= maxClauseWords) continue;
        const count = words > cap ? `more than ${cap}` : String(words);
        drafts.push({
          path,
          message:
            `The clause in ${language} has ${count} words (limit ${maxClauseWords}). Keep the clause to what the ` +
            'visitor decides on, in short sentences; link the details in the policy.',
        });
      }
    });
    return drafts;
  },
};

const negatedTitle: LintRule = {
  id: 'negated-title',
  severity: 'warning',
  summary:
    'A title worded as a refusal ("Do not sell my data", "Opt out of...", "拒绝..."): ticking it would grant, so ' +
    'the switch reads backwards.',
  source: cite(CITE.cpraConfusing, CITE.mathurMisdirection, CITE.grayInterference),
  check(context) {
    const { config } = context;
    const drafts: Draft[] = [];
    config.purposes.forEach((purpose, index) => {
      for (const { language, text, path } of purposeTexts(config, purpose, index, ['title'])) {
        const pattern = NEGATED_TITLE[primaryLanguage(language)];
        const normal = context.normal(text);
        const match = pattern
          ? pattern.exec(primaryLanguage(language) === 'zh' ? foldTraditional(normal) : normal)
          : null;
        if (!match) continue;
        drafts.push({
          path,
          matches: [match[0].trim()],
          message:
            `The title in ${language} reads as a refusal (${quoteList([match[0].trim()])}), but ticking a purpose ` +
            'grants it. Name what the purpose does (e.g. "Offers based on your spending"); leaving it unticked is ' +
            'the refusal.',
        });
      }
    });
    return drafts;
  },
};

const pressureLanguage: LintRule = {
  id: 'pressure-language',
  severity: 'warning',
  summary:
    'Urgency, nudging, shaming or threats in a title or clause ("limited time", "we recommend you accept", ' +
    '"otherwise you cannot use", "强烈建议", "否则无法使用").',
  source: cite(CITE.cpraManipulative, CITE.gdprArt7Conditional, CITE.mathurUrgency, CITE.grayNaggingForced),
  check(context) {
    return eachTextWith(
      context,
      PRESSURE,
      (field, language, found) =>
        `The ${field} in ${language} pressures the visitor (${quoteList(found)}). State what the purpose does ` +
        'and let the visitor decide; refusing an optional purpose must cost nothing.',
    );
  },
};

const wordingUnchecked: LintRule = {
  id: 'wording-unchecked',
  severity: 'info',
  summary:
    'Languages whose wording the text rules cannot read (they read English, Chinese, German, French, Spanish, ' +
    'Italian, Dutch, Portuguese and Japanese): vague, bundled, pressuring or sensitive wording, implied consent and unnamed ' +
    'recipients in them go unreported.',
  source: cite(CITE.gdprArt12, CITE.piplArt17, CITE.edpbInformed),
  check({ config }) {
    const drafts: Draft[] = [];
    config.languages.forEach((language, index) => {
      if (CHECKED_LANGUAGES.has(primaryLanguage(language))) return;
      drafts.push({
        path: `languages[${index}]`,
        message:
          `The titles and clauses in ${language} were not checked for vague, bundled, pressuring or sensitive ` +
          'wording, refusal-worded titles or unnamed recipients: the linter has no phrase lists for it. Have them read by someone who reads it, or ' +
          'check that they say what a checked language says.',
      });
    });
    return drafts;
  },
};

const uiWordsMissing: LintRule = {
  id: 'ui-words-missing',
  severity: 'warning',
  summary:
    'A language in "languages" that unticked ships none of its own words in (headings, buttons, notices): its ' +
    'readers get the clauses in their language and the rest in English, unless the page gives those words with ' +
    'the `strings` property.',
  source: cite(CITE.gdprArt12, CITE.piplArt17, CITE.edpbInformed),
  check({ config }) {
    const drafts: Draft[] = [];
    config.languages.forEach((language, index) => {
      if (matchLanguage([language], SHIPPED_LOCALE_TAGS).isWanted) return;
      drafts.push({
        path: `languages[${index}]`,
        message:
          `unticked ships no words of its own in ${language}: a reader of it sees the clauses in ${language} but ` +
          `the heading, the buttons and the notices in English. Give them in strings["${language}"] (see ` +
          'docs/languages.md), or check that your readers of it read English.',
      });
    });
    return drafts;
  },
};

const impliedConsent: LintRule = {
  id: 'implied-consent-wording',
  severity: 'warning',
  summary:
    'A title or clause that counts using, viewing or going on as agreement ("by continuing you agree", ' +
    '"查看即表示您同意"): only the visitor\'s own tick is consent, and the founding case of this library was exactly that.',
  source: cite(CITE.gdprArt4Consent, CITE.recital32, CITE.planet49, CITE.edpbImplied, CITE.piplArt14, CITE.grayForced),
  check(context) {
    return eachTextWith(
      context,
      IMPLIED_CONSENT,
      (field, language, found) =>
        `The ${field} in ${language} counts something other than the visitor's choice as agreement ` +
        `(${quoteList(found)}). Consent is the tick alone: say what the purpose does and let the visitor decide.`,
    );
  },
};

/** Every rule, in the order findings are reported. */
export const RULES: readonly LintRule[] = Object.freeze([
  vaguePurpose,
  bundledPurpose,
  thirdPartiesUnnamed,
  thirdPartySeparateConsent,
  sensitiveSeparateConsent,
  sensitiveUndeclared,
  retentionMissing,
  clauseLengthMismatch,
  clauseUntranslated,
  jurisdictionLanguage,
  necessaryMislabelled,
  maxAgeTooLong,
  policyOtherSite,
  clauseTooLong,
  negatedTitle,
  pressureLanguage,
  impliedConsent,
  wordingUnchecked,
  uiWordsMissing,
]);

/** The lint rules, for docs and tools: id, usual severity, what each looks for and where it comes from. */
export const LINT_RULES: readonly LintRuleInfo[] = Object.freeze(
  RULES.map(({ id, severity, summary, source }) => Object.freeze({ id, severity, summary, source })),
);
