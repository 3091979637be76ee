/**
 * Klaro (`klaroConfig`): a list of `services` (called `apps` before 0.7), each decided on its own, with `purposes`,
 * `default`, `required`, `optOut`, `contextualConsentOnly`, `cookies` and callbacks; texts in `translations[lang]`
 * (globally, keyed by service name, and per service since 0.7), with `zz` as the fallback language.
 *
 * References: https://klaro.org/docs/integration/annotated-configuration and, for what each flag does,
 * `src/consent-manager.js` in https://github.com/klaro-org/klaro-js.
 *
 * @module
 */
import type { Conversion, FieldNote, PurposeSource, SourceHint, SourceText } from './draft.js';
import {
  callbackNote,
  daysHint,
  describeCookie,
  field,
  noEquivalent,
  objectField,
  sourceText,
  sweep,
} from './draft.js';
import { htmlToText } from './html.js';
import { REFERENCES } from './references.js';
import type { FindingList, SourceObject, SourceValue } from './source.js';
import { indexPath, isArray, isObject, keyPath, quote, textOf } from './source.js';

/** Klaro's fallback "language". */
const FALLBACK = 'zz';

const STORAGE =
  'unticked stores the decision under its own key per policy id; choose where with the storage attribute (local, cookie, memory, or your own adapter).';

const CONSENT_MODE_TYPES = [
  'ad_storage',
  'analytics_storage',
  'ad_user_data',
  'ad_personalization',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

/** For code that updates Google Consent Mode: the types it names, to suggest a `consentMode` mapping. */
function consentModeHint(value: SourceValue): string {
  if (typeof value !== 'string') return '';
  const types = CONSENT_MODE_TYPES.filter((type) => value.includes(type));
  return types.length > 0
    ? ` It updates Google Consent Mode (${types.join(', ')}): map those types to the purpose in the draft's "consentMode" and the prompt sends the update itself.`
    : '';
}

function klaroCallback(instead: string): FieldNote {
  return (value, path) => {
    const note = callbackNote(instead)(value, path);
    return note ? { ...note, message: `${note.message}${consentModeHint(value)}` } : undefined;
  };
}

const TOP_NOTES: Readonly<Record<string, FieldNote>> = {
  version: () => undefined,
  elementID: noEquivalent('place <consent-prompt> where it should be in the page instead.'),
  styling: noEquivalent('style the prompt with its CSS custom properties and ::part(); themes are not carried over.'),
  testing: noEquivalent('there is no testing mode; try the config in the playground or on a staging page.'),
  noAutoLoad: noEquivalent('the prompt shows itself while no decision is remembered; call show() to reopen it.'),
  htmlTexts: (value) =>
    value === true
      ? {
          code: 'no-equivalent',
          severity: 'info',
          message:
            'Klaro showed descriptions as HTML; unticked never renders config text as HTML. Markup in the texts carried over was converted to plain text (see the "html" findings).',
        }
      : undefined,
  embedded: noEquivalent('layout="inline" shows the prompt in the page flow.'),
  noticeAsModal: noEquivalent('layout="dialog" shows the prompt as a modal; "Reject all" is always in it.'),
  groupByPurpose: noEquivalent('each service became its own purpose; group them on the page with headings if needed.'),
  purposeOrder: noEquivalent('purposes are shown in the order of the draft\'s "purposes" list; reorder it there.'),
  autoFocus: noEquivalent('the prompt manages focus itself (the dialog layout traps it and returns it).'),
  showNoticeTitle: noEquivalent('the prompt has its own heading.'),
  showDescriptionEmptyStore: noEquivalent("blocked iframes show a placeholder that leads to the purpose's clause."),
  disablePoweredBy: noEquivalent('the prompt shows no branding.'),
  additionalClass: noEquivalent('style the prompt with its CSS custom properties and ::part().'),
  storageMethod: noEquivalent(STORAGE),
  storageName: noEquivalent(STORAGE),
  cookieName: noEquivalent(STORAGE),
  cookieDomain: noEquivalent(STORAGE),
  cookiePath: noEquivalent(STORAGE),
  cookieExpiresAfterDays: (value) =>
    typeof value === 'number' || (typeof value === 'string' && /^\d/.test(value.trim()))
      ? undefined // Reported when read as days.
      : {
          code: 'no-equivalent',
          severity: 'info',
          message: 'not a number of days; the draft keeps the default "maxAgeDays" of 365.',
        },
  mustConsent: (value) => ({
    code: 'no-equivalent',
    severity: 'info',
    message:
      value === true
        ? 'layout="dialog" shows the prompt as a modal that makes the page inert until the visitor chooses; "Reject all" is always in it.'
        : 'closing or ignoring the prompt records nothing and is never consent; the prompt asks again while no decision is remembered.',
  }),
  acceptAll: (value) => ({
    code: 'no-equivalent',
    severity: 'info',
    message:
      value === false
        ? 'Set to false, it showed an "OK" button that accepted the services enabled by default. The prompt shows "Reject all", "Save my choices" and "Accept all" with equal weight; "Accept all" never grants a purpose that needs separate consent.'
        : 'the prompt always shows "Accept all" beside "Reject all" and "Save my choices", with equal weight.',
  }),
  hideLearnMore: (value) =>
    value === true
      ? {
          code: 'reject-hidden',
          severity: 'warning',
          message:
            'Set to true, it hid the way to choose service by service. Refused: the prompt always shows every purpose with its own switch and clause.',
          reference: REFERENCES.rejectHidden,
        }
      : undefined,
  hideDeclineAll: (value) =>
    value === true
      ? {
          code: 'reject-hidden',
          severity: 'warning',
          message:
            'Set to true, it hid the "Decline" button: refusing took more clicks than accepting. Refused: the prompt always shows "Reject all" beside "Accept all", with equal weight.',
          reference: REFERENCES.rejectHidden,
        }
      : undefined,
  default: () => undefined,
  required: () => undefined,
  optOut: () => undefined,
  privacyPolicy: () => undefined,
  callback: klaroCallback(
    'listen for consent-decision (detail.decisions has every optional purpose) or use subscribe().',
  ),
  consent_mode: noEquivalent('map Google Consent Mode types to purposes in the draft\'s "consentMode".'),
};

const SERVICE_NOTES: Readonly<Record<string, FieldNote>> = {
  onlyOnce: noEquivalent('gated scripts run once per page load in unticked anyway.'),
  cookies: (value) => {
    const names = isArray(value)
      ? value.items.map(describeCookie).filter((name): name is string => name !== undefined)
      : [];
    return {
      code: 'no-equivalent',
      severity: 'info',
      message: `cookies deleted when consent was withdrawn${names.length > 0 ? ` (${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''})` : ''}: unticked deletes no cookies itself; delete them in a consent-decision listener when the purpose is refused or withdrawn.`,
    };
  },
  callback: klaroCallback('use subscribe(), or listen for consent-decision, and read decisions["<purpose id>"].'),
  onInit: klaroCallback(
    'run set-up code in your own page script; for Google Consent Mode defaults load dist/consent-mode-default.js first in <head>.',
  ),
  onAccept: klaroCallback(
    'mark the service\'s scripts type="text/plain" data-consent="<purpose id>", or await consent.granted("<purpose id>").',
  ),
  onDecline: klaroCallback(
    'use subscribe() and act when decisions["<purpose id>"] is false; a script that already ran cannot be unloaded, so suggest a reload.',
  ),
  vars: noEquivalent('variables for callbacks are not carried over, as the callbacks are not.'),
};

const TRANSLATION_UI =
  "Klaro's own words (notice, modal, buttons) are not carried over: the prompt uses its own, checked for neutral wording in every language; override them through its strings property if needed.";

/** A Klaro purpose's title in a language (a string, or `{ title }`), for messages. */
function purposeTitle(translations: SourceObject | undefined, tag: string, purpose: string): string {
  for (const key of [tag, FALLBACK]) {
    const entry = field(objectField(objectField(translations, key), 'purposes'), purpose);
    const title = textOf(entry) ?? textOf(field(isObject(entry) ? entry : undefined, 'title'));
    if (title !== undefined) return htmlToText(title).text || purpose;
  }
  return purpose;
}

interface ServiceContext {
  readonly findings: FindingList;
  readonly translations: SourceObject | undefined;
  /** The language of texts written without one. */
  readonly defaultTag: string;
  /** Top-level `default: true`. */
  readonly defaultOn: boolean;
  /** Top-level `optOut: true`. */
  readonly optOut: boolean;
  readonly languages: Map<string, string>;
}

function addLanguage(context: ServiceContext, tag: string, path: string): void {
  if (tag !== FALLBACK && !context.languages.has(tag)) context.languages.set(tag, path);
}

/** Texts in one language for a service: per-service translations first, then the global ones by service name. */
function textsFor(context: ServiceContext, service: SourceObject, name: string, tag: string) {
  const own = objectField(objectField(service, 'translations'), tag);
  const global = objectField(objectField(context.translations, tag), name);
  return {
    title: sourceText(own, 'title') ?? sourceText(global, 'title'),
    description: sourceText(own, 'description') ?? sourceText(global, 'description'),
  };
}

function readService(
  context: ServiceContext,
  service: SourceObject,
  index: number,
  listPath: string,
): PurposeSource | undefined {
  const { findings } = context;
  const path = indexPath(listPath, index);
  const name = textOf(field(service, 'name'));
  if (name === undefined) {
    findings.add(
      'unknown-field',
      'warning',
      path,
      `${path}: a service without a "name" cannot be told apart from the others; it was not carried over.`,
    );
    return undefined;
  }
  // Only the service's own "required" counts: a top-level "required": true is refused (reported once, at the top).
  const required = field(service, 'required') === true;

  const ownDefault = field(service, 'default');
  const defaultOn = typeof ownDefault === 'boolean' ? ownDefault : context.defaultOn;
  if (defaultOn && !required) {
    const at = keyPath(path, 'default');
    findings.add(
      'pre-ticked',
      'warning',
      at,
      `${at}: the service ${quote(name)} was enabled by default${typeof ownDefault === 'boolean' ? '' : ' (by the top-level "default": true)'}. Refused: the draft's purpose starts unticked, and only the visitor's own action grants it.`,
      REFERENCES.preTicked,
    );
  }
  const ownOptOut = field(service, 'optOut');
  const optOut = typeof ownOptOut === 'boolean' ? ownOptOut : context.optOut;
  if (optOut && !required) {
    findings.add(
      'opt-out',
      'warning',
      keyPath(path, 'optOut'),
      `${keyPath(path, 'optOut')}: the service ${quote(name)} was loaded before the visitor chose${typeof ownOptOut === 'boolean' ? '' : ' (by the top-level "optOut": true)'}. Refused: nothing is granted until the visitor grants it.`,
      REFERENCES.optOut,
    );
  }

  const purposes = field(service, 'purposes');
  const purposeNames = isArray(purposes) ? purposes.items.map(textOf).filter((p): p is string => p !== undefined) : [];
  if (purposeNames.length > 1) {
    const titles = purposeNames.map((purpose) =>
      quote(purposeTitle(context.translations, context.defaultTag, purpose), 40),
    );
    // A required service is always on: every use it bundles is imported as necessary, asked about nowhere.
    findings.add(
      'bundled',
      'warning',
      keyPath(path, 'purposes'),
      required
        ? `${keyPath(path, 'purposes')}: ${quote(name)}, marked "required", covered ${purposeNames.length} purposes (${titles.join(', ')}). The draft keeps one necessary purpose for it, always on and asked about nowhere: check that every one of these uses is necessary (a contract, a legal duty), and move any that is not into an optional purpose of its own.`
        : `${keyPath(path, 'purposes')}: one decision about ${quote(name)} covered ${purposeNames.length} purposes (${titles.join(', ')}). The draft keeps one purpose for the service: split it into one purpose per use, each with its own clause, so the visitor can agree to one and not the other.`,
      REFERENCES.bundled,
    );
  }
  const contextual = field(service, 'contextualConsentOnly') === true;
  if (contextual && !required) {
    const at = keyPath(path, 'contextualConsentOnly');
    findings.add(
      'mapped',
      'info',
      at,
      `${at}: carried over as "separateConsent": true, so "Accept all" never grants it; a gated iframe's placeholder leads the visitor to its clause.`,
    );
  }

  // Texts: per language, then language-neutral ones.
  const titles = new Map<string, SourceText>();
  const clauses = new Map<string, SourceText>();
  const ownTranslations = objectField(service, 'translations');
  for (const [tag, value] of ownTranslations?.entries ?? [])
    if (isObject(value)) addLanguage(context, tag, keyPath(ownTranslations?.path ?? '', tag));
  const legacyTitle = objectField(service, 'title');
  const legacyDescription = objectField(service, 'description');
  for (const legacy of [legacyTitle, legacyDescription]) {
    for (const [tag, value] of legacy?.entries ?? [])
      if (textOf(value) !== undefined) addLanguage(context, tag, keyPath(legacy?.path ?? '', tag));
  }
  for (const tag of [...context.languages.keys(), context.defaultTag]) {
    const texts = textsFor(context, service, name, tag);
    const title = texts.title ?? sourceText(legacyTitle, tag);
    const description = texts.description ?? sourceText(legacyDescription, tag);
    if (title && !titles.has(tag)) titles.set(tag, title);
    if (description && !clauses.has(tag)) clauses.set(tag, description);
  }
  // A plain-string title is a name in every language; a plain-string description is in the default language.
  const fallbackTexts = textsFor(context, service, name, FALLBACK);
  const anyTitle = sourceText(service, 'title') ?? fallbackTexts.title ?? { text: name, path: keyPath(path, 'name') };
  if (anyTitle.path === keyPath(path, 'name')) {
    findings.add(
      'missing-translation',
      'warning',
      keyPath(path, 'title'),
      `${keyPath(path, 'title')}: the service ${quote(name)} has no title; its name is used. Write a title that says what the purpose is.`,
    );
  }
  const description = sourceText(service, 'description') ?? fallbackTexts.description;
  if (description && !clauses.has(context.defaultTag)) {
    clauses.set(context.defaultTag, description);
    if (description === fallbackTexts.description) {
      findings.add(
        'mapped',
        'info',
        description.path,
        `${description.path}: the fallback ("zz") description is used as the clause in the default language ${quote(context.defaultTag)} only; a clause is shown verbatim in the language it is written in, so the other languages need their own.`,
      );
    }
  }

  sweep(
    findings,
    service,
    new Set([
      'name',
      'title',
      'description',
      'translations',
      'purposes',
      'default',
      'required',
      'optOut',
      'contextualConsentOnly',
    ]),
    SERVICE_NOTES,
    'Klaro service',
  );
  return {
    name,
    path,
    necessary: required,
    separateConsent: contextual,
    titles,
    clauses,
    anyTitle,
    gating: `data-name=${quote(name)}`,
    // Where the text belongs: in the service's own translations (Klaro 0.7), or the global ones by service name.
    missingPath: (kind, tag) => {
      const key = kind === 'title' ? 'title' : 'description';
      const global = context.translations;
      if (ownTranslations || !global) return keyPath(keyPath(keyPath(path, 'translations'), tag), key);
      return keyPath(keyPath(keyPath(global.path, tag), name), key);
    },
  };
}

/** The privacy policy URL: `translations[lang].privacyPolicyUrl`, or the older top-level `privacyPolicy`. */
function policyUrlHint(
  top: SourceObject,
  translations: SourceObject | undefined,
  defaultTag: string,
): SourceHint<string> | undefined {
  for (const tag of [defaultTag, FALLBACK]) {
    const found = sourceText(objectField(translations, tag), 'privacyPolicyUrl');
    if (found) return { value: found.text.trim(), path: found.path };
  }
  const legacy = field(top, 'privacyPolicy');
  if (typeof legacy === 'string' && legacy.trim() !== '') return { value: legacy.trim(), path: 'privacyPolicy' };
  if (isObject(legacy)) {
    for (const tag of [defaultTag, 'default']) {
      const found = sourceText(legacy, tag);
      if (found) return { value: found.text.trim(), path: found.path };
    }
  }
  return undefined;
}

/** Reports what the global translations hold besides service and purpose texts. */
function sweepTranslations(findings: FindingList, translations: SourceObject, serviceNames: ReadonlySet<string>): void {
  for (const value of translations.entries.values()) {
    if (!isObject(value)) continue;
    const ui = [...value.entries.keys()].some(
      (key) => key !== 'privacyPolicyUrl' && key !== 'purposes' && !serviceNames.has(key),
    );
    if (ui) findings.add('no-equivalent', 'info', value.path, `${value.path}: ${TRANSLATION_UI}`);
  }
}

/**
 * Converts a Klaro config. `preferredLanguage` (the options' default language) decides which language texts without
 * a language (a plain-string description) are in; otherwise Klaro's `lang`, then `en`, as Klaro itself falls back.
 */
export function convertKlaro(findings: FindingList, top: SourceObject, preferredLanguage?: string): Conversion {
  const translations = objectField(top, 'translations');
  const lang = textOf(field(top, 'lang'));
  const languages = new Map<string, string>();
  for (const [tag, value] of translations?.entries ?? []) {
    if (isObject(value) && tag !== FALLBACK) languages.set(tag, value.path);
  }
  const defaultTag = preferredLanguage ?? lang ?? 'en';

  const required = field(top, 'required') === true;
  if (required) {
    findings.add(
      'forced',
      'warning',
      'required',
      '"required": true made every service impossible to refuse. Refused: services without their own "required": true are imported as optional purposes that start unticked; mark those processed on another legal basis (a contract, a legal duty) "necessary": true yourself.',
      REFERENCES.forced,
    );
  }
  if (field(top, 'default') === true) {
    findings.add(
      'pre-ticked',
      'warning',
      'default',
      '"default": true enabled every service by default. Refused: every optional purpose starts unticked.',
      REFERENCES.preTicked,
    );
  }
  if (field(top, 'optOut') === true) {
    findings.add(
      'opt-out',
      'warning',
      'optOut',
      '"optOut": true loaded every service before the visitor chose. Refused: nothing is granted until the visitor grants it.',
      REFERENCES.optOut,
    );
  }

  const servicesValue = field(top, 'services');
  const appsValue = field(top, 'apps');
  const list = isArray(servicesValue) ? servicesValue : isArray(appsValue) ? appsValue : undefined;
  if (list && list === appsValue) {
    findings.add('mapped', 'info', 'apps', 'Read as "services" (Klaro renamed them in 0.7).');
  }
  const context: ServiceContext = {
    findings,
    translations,
    defaultTag,
    defaultOn: field(top, 'default') === true,
    optOut: field(top, 'optOut') === true,
    languages,
  };
  const purposes: PurposeSource[] = [];
  const names = new Set<string>();
  list?.items.forEach((item, index) => {
    if (!isObject(item)) return;
    const purpose = readService(context, item, index, list.path);
    if (purpose && names.has(purpose.name)) {
      findings.add(
        'unknown-field',
        'warning',
        purpose.path,
        `${purpose.path}: a second service named ${quote(purpose.name)}; Klaro keeps one decision per name. It is carried over under its own id: merge the two if they are one service.`,
      );
    }
    if (purpose) {
      names.add(purpose.name);
      purposes.push(purpose);
    }
  });
  if (translations) sweepTranslations(findings, translations, names);
  // Texts without a language are in the default language: declare it even when no translations name it.
  if (!languages.has(defaultTag)) languages.set(defaultTag, lang === undefined ? '' : 'lang');

  const legacyPurposes = objectField(top, 'purposes');
  if (legacyPurposes) {
    findings.add(
      'no-equivalent',
      'info',
      legacyPurposes.path,
      `${legacyPurposes.path}: purpose titles are used in messages only; each service became its own purpose with its own title.`,
    );
  }
  const policyUrl = policyUrlHint(top, translations, defaultTag);
  const maxAgeDays = daysHint(findings, field(top, 'cookieExpiresAfterDays'), 'cookieExpiresAfterDays');

  const used = new Set(['translations', 'services', 'apps', 'lang', 'purposes']);
  if (maxAgeDays) used.add('cookieExpiresAfterDays');
  sweep(findings, top, used, TOP_NOTES, 'Klaro');
  return {
    format: 'klaro',
    languages: [...languages].map(([text, path]) => ({ text, path })),
    defaultLanguage: {
      value: defaultTag,
      path: preferredLanguage !== undefined ? 'options.defaultLanguage' : lang === undefined ? '' : 'lang',
    },
    purposes,
    ...(policyUrl ? { policyUrl } : {}),
    ...(maxAgeDays ? { maxAgeDays } : {}),
  };
}
