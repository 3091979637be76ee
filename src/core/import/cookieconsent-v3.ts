/**
 * vanilla-cookieconsent 3.x (`CookieConsent.run(config)`): `categories` with `enabled`, `readOnly`, `services` and
 * `autoClear`; texts in `language.translations[lang]`, where each `preferencesModal.sections[]` entry with a
 * `linkedCategory` holds that category's title and description.
 *
 * Reference: https://cookieconsent.orestbida.com/reference/configuration-reference.html
 *
 * @module
 */
import type { Conversion, FieldNote, PurposeSource, SourceHint, SourceText } from './draft.js';
import { callbackNote, daysHint, describeCookie, field, noEquivalent, objectField, sweep } from './draft.js';
import {
  categoryPurpose,
  keepCategoryTexts,
  noteCookieTable,
  readOptOut,
  refusePreTicked,
  revisionHint,
  type CategoryFacts,
  type CategoryTexts,
} from './cookieconsent-common.js';
import { htmlToText } from './html.js';
import { REFERENCES } from './references.js';
import type { FindingList, SourceObject } from './source.js';
import { indexPath, isArray, isFunction, isObject, isOpaque, keyPath, quote, textOf } from './source.js';

const GATING_CALLBACK =
  'mark the scripts type="text/plain" data-consent="<purpose id>" so the prompt runs them once the purpose is granted, or listen for consent-ready (decisions in force on each page load) and consent-decision, or use subscribe().';

const TOP_NOTES: Readonly<Record<string, FieldNote>> = {
  root: noEquivalent('place <consent-prompt> where it should be in the page instead.'),
  autoShow: noEquivalent('the prompt shows itself while no decision is remembered; call show() to reopen it.'),
  manageScriptTags: noEquivalent(
    'scripts with data-category wait for a purpose when marked type="text/plain" data-consent="<purpose id>" (see the purpose mapping); the no-gating attribute turns gating off.',
  ),
  autoClearCookies: noEquivalent(
    'unticked erases no cookies itself; erase them in a consent-decision listener when a purpose is refused or withdrawn.',
  ),
  hideFromBots: noEquivalent('the prompt is shown to every visitor the page serves.'),
  disablePageInteraction: noEquivalent(
    'layout="dialog" shows the prompt as a modal that makes the page inert until the visitor chooses; "Reject all" is always in it.',
  ),
  lazyHtmlGeneration: noEquivalent('the prompt renders when it is shown.'),
  revision: noEquivalent('a revision of 0 (or none) did not ask again; the policy version does that in unticked.'),
  onFirstConsent: callbackNote(
    'listen for consent-decision (the first one answers a visitor with no earlier decision).',
  ),
  onConsent: callbackNote(GATING_CALLBACK),
  onChange: callbackNote(
    'listen for consent-decision (detail.decisions has every optional purpose) or use subscribe().',
  ),
  onModalShow: callbackNote('the prompt has an open property and show()/close(); no event fires for showing it.'),
  onModalHide: callbackNote('the prompt has an open property and show()/close(); no event fires for hiding it.'),
  onModalReady: callbackNote(
    'style the prompt with its CSS properties and ::part(); its markup is not for scripts to change.',
  ),
};

const CATEGORY_NOTES: Readonly<Record<string, FieldNote>> = {
  autoClear: (value) => {
    const cookies = isObject(value) ? field(value, 'cookies') : undefined;
    const names = isArray(cookies)
      ? cookies.items.map(describeCookie).filter((name): name is string => name !== undefined)
      : [];
    const list = names.length > 0 ? ` (${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''})` : '';
    return {
      code: 'no-equivalent',
      severity: 'info',
      message: `cookies erased on rejection${list}: unticked erases no cookies itself; erase them in a consent-decision listener when the purpose is refused or withdrawn.`,
    };
  },
};

const SERVICE_NOTES: Readonly<Record<string, FieldNote>> = {
  label: () => undefined,
  onAccept: callbackNote(
    'mark the service\'s scripts type="text/plain" data-consent="<purpose id>", or await consent.granted("<purpose id>").',
  ),
  onReject: callbackNote(
    'use subscribe() and act when decisions["<purpose id>"] turns false; a script that already ran cannot be unloaded, so suggest a reload.',
  ),
  cookies: (value) => {
    const names = isArray(value)
      ? value.items.map(describeCookie).filter((name): name is string => name !== undefined)
      : [];
    return {
      code: 'no-equivalent',
      severity: 'info',
      message: `cookies erased when the service is rejected${names.length > 0 ? ` (${names.slice(0, 10).join(', ')})` : ''}: unticked erases no cookies itself; erase them in a consent-decision listener.`,
    };
  },
};

const COOKIE_NOTES: Readonly<Record<string, FieldNote>> = {
  name: noEquivalent(
    'unticked stores the decision under its own key per policy id; choose where with the storage attribute (local, cookie, memory, or your own adapter).',
  ),
  domain: noEquivalent(
    'the storage="cookie" form is a first-party cookie on the page\'s own host; use a storage adapter to share decisions across hosts.',
  ),
  path: noEquivalent('the storage="cookie" form uses Path=/.'),
  sameSite: noEquivalent('the storage="cookie" form uses SameSite=Lax.'),
  secure: noEquivalent('the storage="cookie" form is Secure on HTTPS.'),
  useLocalStorage: noEquivalent('storage="local" (the default) keeps decisions in localStorage.'),
  expiresAfterDays: (value) =>
    isFunction(value)
      ? {
          code: 'callback',
          severity: 'warning',
          message:
            'a function choosing the lifetime by what was accepted; it was not called. unticked asks again after one fixed "maxAgeDays" for every decision: keeping an acceptance longer than a refusal would nudge visitors to accept.',
        }
      : undefined,
};

const TRANSLATION_UI =
  "the banner's own words (buttons, titles, descriptions, footer) are not carried over: the prompt uses its own, checked for neutral wording in every language; override them through its strings property if needed.";

/** Reads one translation: the sections that name a category, and what the banner did about refusing. */
function readTranslation(
  findings: FindingList,
  translation: SourceObject,
  categories: ReadonlySet<string>,
): Map<string, CategoryTexts> {
  const texts = new Map<string, CategoryTexts>();
  const consentModal = objectField(translation, 'consentModal');
  if (
    consentModal &&
    textOf(field(consentModal, 'acceptAllBtn')) &&
    !textOf(field(consentModal, 'acceptNecessaryBtn'))
  ) {
    findings.add(
      'reject-hidden',
      'warning',
      consentModal.path,
      `${consentModal.path}: the first layer had ${quote(htmlToText(textOf(field(consentModal, 'acceptAllBtn')) ?? '').text, 40)} but no reject button (acceptNecessaryBtn): refusing took more clicks than accepting. The prompt always shows "Reject all" beside "Accept all", with equal weight.`,
      REFERENCES.rejectHidden,
    );
  }
  const preferences = objectField(translation, 'preferencesModal');
  if (preferences && textOf(field(preferences, 'acceptAllBtn')) && !textOf(field(preferences, 'acceptNecessaryBtn'))) {
    findings.add(
      'reject-hidden',
      'warning',
      preferences.path,
      `${preferences.path}: the preferences had "Accept all" but no reject button (acceptNecessaryBtn). The prompt always offers "Reject all" wherever it offers "Accept all".`,
      REFERENCES.rejectHidden,
    );
  }
  if (consentModal || preferences) {
    findings.add('no-equivalent', 'info', translation.path, `${translation.path}: ${TRANSLATION_UI}`);
  }
  sweep(findings, translation, new Set(['consentModal', 'preferencesModal']), {}, 'translation');

  const sections = field(preferences, 'sections');
  if (!isArray(sections)) return texts;
  const general: string[] = [];
  const tables: string[] = [];
  sections.items.forEach((item, index) => {
    if (!isObject(item)) return;
    const path = indexPath(sections.path, index);
    if (isObject(field(item, 'cookieTable'))) tables.push(keyPath(path, 'cookieTable'));
    const linked = textOf(field(item, 'linkedCategory'));
    if (linked === undefined) {
      general.push(path);
      return;
    }
    if (!categories.has(linked)) {
      findings.add(
        'unknown-field',
        'warning',
        keyPath(path, 'linkedCategory'),
        `${keyPath(path, 'linkedCategory')}: names the category ${quote(linked)}, which "categories" does not define; the section was not carried over.`,
      );
      return;
    }
    keepCategoryTexts(findings, texts, linked, item, path, 'section');
  });
  for (const path of general) {
    findings.add(
      'no-equivalent',
      'info',
      path,
      `${path}: a section without a linkedCategory (general text, "more information") is not carried over; put that text on the policy page the prompt links to.`,
    );
  }
  for (const path of tables) noteCookieTable(findings, path);
  return texts;
}

function readCategory(findings: FindingList, name: string, value: SourceObject, optOut: boolean): CategoryFacts {
  const path = value.path;
  const readOnly = field(value, 'readOnly') === true;
  refusePreTicked(findings, name, value, readOnly, optOut);
  const services = objectField(value, 'services');
  if (services) {
    const labels: string[] = [];
    for (const [serviceName, service] of services.entries) {
      if (!isObject(service)) continue;
      const label = textOf(field(service, 'label'));
      labels.push(label === undefined ? serviceName : htmlToText(label).text || serviceName);
      sweep(findings, service, new Set(), SERVICE_NOTES, 'service');
    }
    if (labels.length > 1) {
      findings.add(
        'bundled',
        'warning',
        services.path,
        `${services.path}: the category ${quote(name)} holds ${labels.length} services (${labels.map((label) => quote(label, 40)).join(', ')}), which vanilla-cookieconsent let visitors switch one by one. The draft has one purpose for the whole category, one decision for all of them: if they serve different purposes, split it into one purpose per service, each with its own clause.`,
        REFERENCES.bundled,
      );
    } else if (labels.length === 1) {
      findings.add(
        'no-equivalent',
        'info',
        services.path,
        `${services.path}: the service ${quote(labels[0] ?? '')} is carried over as part of the purpose; name the recipients in the purpose's "thirdParties", each with a contact.`,
      );
    }
  }
  sweep(findings, value, new Set(['enabled', 'readOnly', 'services']), CATEGORY_NOTES, 'category');
  return { name, path, necessary: readOnly };
}

/** Converts a vanilla-cookieconsent 3.x config. */
export function convertCookieConsentV3(findings: FindingList, top: SourceObject): Conversion {
  const optOut = readOptOut(findings, top);

  const categories = objectField(top, 'categories');
  const facts: CategoryFacts[] = [];
  if (categories) {
    for (const [name, value] of categories.entries) {
      if (isObject(value)) facts.push(readCategory(findings, name, value, optOut));
      else if (value !== undefined && !isOpaque(value))
        findings.add(
          'unknown-field',
          'warning',
          keyPath(categories.path, name),
          `${keyPath(categories.path, name)}: expected a category object; it was not carried over.`,
        );
    }
  }
  const names = new Set(facts.map((fact) => fact.name));

  const language = objectField(top, 'language');
  const translations = objectField(language, 'translations');
  const languages: SourceText[] = [];
  const textsByLanguage = new Map<string, Map<string, CategoryTexts>>();
  if (translations) {
    for (const [tag, value] of translations.entries) {
      const path = keyPath(translations.path, tag);
      if (typeof value === 'string') {
        findings.add(
          'language',
          'warning',
          path,
          `${path}: the ${quote(tag)} texts are loaded from ${quote(value)} at run time; the importer never fetches anything. Put that file's JSON here and import again.`,
        );
      } else if (isFunction(value)) {
        findings.add(
          'callback',
          'warning',
          path,
          `${path}: a function that loads the ${quote(tag)} texts; it was not called. Put the translation object here and import again.`,
        );
      } else if (isObject(value)) {
        languages.push({ text: tag, path });
        textsByLanguage.set(tag, readTranslation(findings, value, names));
      }
    }
  }
  const defaultTag = textOf(field(language, 'default'));
  const defaultLanguage: SourceHint<string> | undefined =
    defaultTag === undefined ? undefined : { value: defaultTag, path: 'language.default' };
  if (language) {
    sweep(
      findings,
      language,
      new Set(['translations', 'default']),
      {
        autoDetect: noEquivalent(
          "the prompt chooses the language from its lang attribute, <html lang> and the browser's languages.",
        ),
        rtl: noEquivalent('the prompt sets the direction from the language itself.'),
      },
      'language',
    );
  }

  // Shown in the order of the default language's sections, then any category no section shows.
  const order: string[] = [];
  const defaultTexts = defaultTag === undefined ? undefined : textsByLanguage.get(defaultTag);
  for (const name of defaultTexts?.keys() ?? []) order.push(name);
  for (const fact of facts) if (!order.includes(fact.name)) order.push(fact.name);

  const purposes: PurposeSource[] = [];
  for (const name of order) {
    const fact = facts.find((candidate) => candidate.name === name);
    if (!fact) continue;
    purposes.push(
      categoryPurpose(fact, textsByLanguage, `data-category=${quote(name)}`, (tag) =>
        translations ? `${keyPath(translations.path, tag)}.preferencesModal.sections` : 'language.translations',
      ),
    );
  }

  const gui = objectField(top, 'guiOptions');
  if (gui) {
    for (const modal of ['consentModal', 'preferencesModal']) {
      const options = objectField(gui, modal);
      if (options && field(options, 'equalWeightButtons') === false) {
        const path = keyPath(options.path, 'equalWeightButtons');
        findings.add(
          'reject-hidden',
          'warning',
          path,
          `${path}: set to false, it made "Accept all" look more prominent than refusing. Refused: the prompt's buttons share one style, so no theme can make one stand out.`,
          REFERENCES.rejectHidden,
        );
      }
    }
    findings.add(
      'no-equivalent',
      'info',
      gui.path,
      `${gui.path}: layout, position and button order are not carried over; choose layout="banner", "dialog" or "inline" on the prompt and style it with its CSS custom properties.`,
    );
  }

  const cookie = objectField(top, 'cookie');
  let maxAgeDays: SourceHint<number> | undefined;
  if (cookie) {
    maxAgeDays = daysHint(findings, field(cookie, 'expiresAfterDays'), keyPath(cookie.path, 'expiresAfterDays'));
    sweep(findings, cookie, new Set(maxAgeDays ? ['expiresAfterDays'] : []), COOKIE_NOTES, 'cookie');
  }

  const policyVersion = revisionHint(top);

  const used = new Set(['mode', 'categories', 'language', 'guiOptions', 'cookie']);
  if (policyVersion) used.add('revision');
  sweep(findings, top, used, TOP_NOTES, 'vanilla-cookieconsent');
  return {
    format: 'vanilla-cookieconsent-v3',
    languages,
    ...(defaultLanguage ? { defaultLanguage } : {}),
    purposes,
    ...(policyVersion ? { policyVersion } : {}),
    ...(maxAgeDays ? { maxAgeDays } : {}),
  };
}
