/**
 * vanilla-cookieconsent 2.x (`initCookieConsent().run(config)`): snake_case options, texts in `languages[lang]`,
 * and categories declared by the `toggle` of each `settings_modal.blocks[]` entry (`value`, `enabled`, `readonly`).
 *
 * Reference: https://github.com/orestbida/cookieconsent/tree/v2.9.2 (README and types/types.d.ts).
 *
 * @module
 */
import type { Conversion, FieldNote, PurposeSource, SourceHint, SourceText } from './draft.js';
import { callbackNote, daysHint, field, noEquivalent, objectField, sweep } from './draft.js';
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
import { REFERENCES } from './references.js';
import type { FindingList, SourceObject } from './source.js';
import { indexPath, isArray, isObject, keyPath, quote, textOf } from './source.js';

const STORAGE =
  'unticked stores the decision under its own key per policy id; choose where with the storage attribute (local, cookie, memory, or your own adapter).';

const TOP_NOTES: Readonly<Record<string, FieldNote>> = {
  autorun: noEquivalent('the prompt shows itself while no decision is remembered; call show() to reopen it.'),
  delay: noEquivalent('the prompt shows as soon as it is ready; a delay is not carried over.'),
  force_consent: noEquivalent(
    'layout="dialog" shows the prompt as a modal that makes the page inert until the visitor chooses; "Reject all" is always in it.',
  ),
  auto_language: noEquivalent(
    "the prompt chooses the language from its lang attribute, <html lang> and the browser's languages.",
  ),
  autoclear_cookies: noEquivalent(
    'unticked erases no cookies itself; erase them in a consent-decision listener when a purpose is refused or withdrawn.',
  ),
  page_scripts: noEquivalent(
    'scripts with data-cookiecategory wait for a purpose when marked type="text/plain" data-consent="<purpose id>" (see the purpose mapping).',
  ),
  hide_from_bots: noEquivalent('the prompt is shown to every visitor the page serves.'),
  remove_cookie_tables: noEquivalent('cookie tables are not carried over; list cookies on the policy page.'),
  cookie_name: noEquivalent(STORAGE),
  cookie_domain: noEquivalent(STORAGE),
  cookie_path: noEquivalent(STORAGE),
  cookie_same_site: noEquivalent(STORAGE),
  use_rfc_cookie: noEquivalent(STORAGE),
  cookie_necessary_only_expiration: noEquivalent(
    'unticked asks again after one fixed "maxAgeDays" for every decision: keeping an acceptance longer than a refusal would nudge visitors to accept.',
  ),
  cookie_expiration: (value) =>
    typeof value === 'number'
      ? undefined // Reported when read as days.
      : {
          code: 'no-equivalent',
          severity: 'info',
          message: 'not a number of days; the draft keeps the default "maxAgeDays" of 365.',
        },
  revision: noEquivalent('a revision of 0 (or none) did not ask again; the policy version does that in unticked.'),
  gui_options: noEquivalent(
    'layout, position, transitions and button order are not carried over; choose layout="banner", "dialog" or "inline" on the prompt and style it with its CSS custom properties.',
  ),
  onAccept: callbackNote(
    'mark scripts type="text/plain" data-consent="<purpose id>" so the prompt runs them once the purpose is granted, or listen for consent-ready (each page load) and consent-decision, or use subscribe().',
  ),
  onFirstAction: callbackNote(
    'listen for consent-decision (the first one answers a visitor with no earlier decision).',
  ),
  onChange: callbackNote(
    'listen for consent-decision (detail.decisions has every optional purpose) or use subscribe().',
  ),
};

const TRANSLATION_UI =
  "the banner's own words (buttons, titles, descriptions) are not carried over: the prompt uses its own, checked for neutral wording in every language; override them through its strings property if needed.";

function checkButtons(findings: FindingList, language: SourceObject): void {
  const consent = objectField(language, 'consent_modal');
  if (consent) {
    const roles = ['primary_btn', 'secondary_btn'].map((key) => textOf(field(objectField(consent, key), 'role')));
    if (!roles.includes('accept_necessary')) {
      findings.add(
        'reject-hidden',
        'warning',
        consent.path,
        `${consent.path}: the first layer had no button with the role "accept_necessary": refusing took more clicks than accepting. The prompt always shows "Reject all" beside "Accept all", with equal weight.`,
        REFERENCES.rejectHidden,
      );
    }
  }
  const settings = objectField(language, 'settings_modal');
  if (settings && textOf(field(settings, 'accept_all_btn')) && !textOf(field(settings, 'reject_all_btn'))) {
    findings.add(
      'reject-hidden',
      'warning',
      settings.path,
      `${settings.path}: the settings had "accept_all_btn" but no "reject_all_btn". The prompt always offers "Reject all" wherever it offers "Accept all".`,
      REFERENCES.rejectHidden,
    );
  }
  if (consent || settings) findings.add('no-equivalent', 'info', language.path, `${language.path}: ${TRANSLATION_UI}`);
  sweep(findings, language, new Set(['consent_modal', 'settings_modal']), {}, 'language');
}

/** Reads one language's blocks; the first language that declares a category decides its flags. */
function readBlocks(
  findings: FindingList,
  language: SourceObject,
  facts: Map<string, CategoryFacts>,
  optOut: boolean,
): Map<string, CategoryTexts> {
  const texts = new Map<string, CategoryTexts>();
  const blocks = field(objectField(language, 'settings_modal'), 'blocks');
  if (!isArray(blocks)) return texts;
  blocks.items.forEach((block, index) => {
    if (!isObject(block)) return;
    const path = indexPath(blocks.path, index);
    if (isArray(field(block, 'cookie_table'))) noteCookieTable(findings, keyPath(path, 'cookie_table'));
    const toggle = objectField(block, 'toggle');
    const name = textOf(field(toggle, 'value'));
    if (!toggle || name === undefined) {
      findings.add(
        'no-equivalent',
        'info',
        path,
        `${path}: a block without a toggle (general text) is not carried over; put that text on the policy page the prompt links to.`,
      );
      return;
    }
    if (!keepCategoryTexts(findings, texts, name, block, path, 'block')) return;
    if (facts.has(name)) return;
    const readonly = field(toggle, 'readonly') === true;
    refusePreTicked(findings, name, toggle, readonly, optOut);
    sweep(
      findings,
      toggle,
      new Set(['value', 'enabled', 'readonly']),
      {
        reload: noEquivalent(
          'reloading the page when a purpose is switched off is up to the site: listen for consent-decision.',
        ),
      },
      'toggle',
    );
    facts.set(name, { name, path: toggle.path, necessary: readonly });
  });
  return texts;
}

/** Converts a vanilla-cookieconsent 2.x config. */
export function convertCookieConsentV2(findings: FindingList, top: SourceObject): Conversion {
  const optOut = readOptOut(findings, top);
  const currentLang = textOf(field(top, 'current_lang'));
  const defaultLanguage: SourceHint<string> | undefined =
    currentLang === undefined ? undefined : { value: currentLang, path: 'current_lang' };

  const languagesObject = objectField(top, 'languages');
  const entries = [...(languagesObject?.entries ?? [])].filter((entry): entry is [string, SourceObject] =>
    isObject(entry[1]),
  );
  // The default language first, so its blocks decide the order and the flags.
  entries.sort(([a], [b]) => Number(b === currentLang) - Number(a === currentLang));

  const facts = new Map<string, CategoryFacts>();
  const textsByLanguage = new Map<string, Map<string, CategoryTexts>>();
  const languages: SourceText[] = [];
  for (const [tag, language] of entries) {
    languages.push({ text: tag, path: language.path });
    checkButtons(findings, language);
    textsByLanguage.set(tag, readBlocks(findings, language, facts, optOut));
  }

  const purposes: PurposeSource[] = [...facts.values()].map((fact) =>
    categoryPurpose(fact, textsByLanguage, `data-cookiecategory=${quote(fact.name)}`, (tag) =>
      languagesObject ? `${keyPath(languagesObject.path, tag)}.settings_modal.blocks` : 'languages',
    ),
  );

  const maxAgeDays = daysHint(findings, field(top, 'cookie_expiration'), 'cookie_expiration');
  const policyVersion = revisionHint(top);

  const used = new Set(['mode', 'current_lang', 'languages']);
  if (maxAgeDays) used.add('cookie_expiration');
  if (policyVersion) used.add('revision');
  sweep(findings, top, used, TOP_NOTES, 'vanilla-cookieconsent 2');
  return {
    format: 'vanilla-cookieconsent-v2',
    languages,
    ...(defaultLanguage ? { defaultLanguage } : {}),
    purposes,
    ...(policyVersion ? { policyVersion } : {}),
    ...(maxAgeDays ? { maxAgeDays } : {}),
  };
}
