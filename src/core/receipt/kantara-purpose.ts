/**
 * The Kantara entry of a granted purpose, apart from the rest of the payload: what the receipt records beside the
 * clause digest (title, data categories by their labels, recipients' names, how consent ends). Its own module so
 * that reading a stored decision can compare it without loading the payload builder.
 *
 * @module
 */
import type { ConsentConfig, LanguageTag, LocalizedText, PurposeConfig } from '../config/types.js';
import { DEFAULT_MAX_AGE_DAYS } from './constants.js';
import type { KantaraPurpose } from './types.js';

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** Text in the given language, else the config's default language, else any. */
function inLanguage(text: LocalizedText, language: LanguageTag, fallback: LanguageTag): string | undefined {
  if (has(text, language)) return text[language];
  if (has(text, fallback)) return text[fallback];
  return Object.values(text)[0];
}

/**
 * What a receipt's decision records beside the clause, outside the Kantara entry: how long the data are kept (`null`
 * when the config gives no retention) and each recipient's name. Written, verified and compared from here alone.
 */
export function shownBeside(purpose: PurposeConfig): { retention: string | null; recipients: string[] } {
  return { retention: purpose.retention ?? null, recipients: (purpose.thirdParties ?? []).map((party) => party.name) };
}

/** The Kantara `termination` sentence for a config. */
export function terminationText(config: ConsentConfig): string {
  const days = config.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
  return `Consent ends when withdrawn in the preferences view, or after ${days} days, when it is asked again.`;
}

/**
 * The Kantara `purpose` that names a granted purpose: its title in the language its clause was shown in, else the
 * config's default language, else its id. Verifiers given the config compare it.
 */
export function kantaraPurposeName(config: ConsentConfig, purpose: PurposeConfig, language: LanguageTag): string {
  return inLanguage(purpose.title, language, config.defaultLanguage) ?? purpose.id;
}

/**
 * The Kantara entry of a granted purpose: its title, data categories by their labels and recipients' names in the
 * language its clause was shown in. Reading a stored decision compares it with the one its receipt recorded.
 */
export function kantaraPurpose(config: ConsentConfig, purpose: PurposeConfig, language: LanguageTag): KantaraPurpose {
  const fallback = config.defaultLanguage;
  const labels = config.dataCategories ?? {};
  const recipients = purpose.thirdParties ?? [];
  const base = {
    purpose: kantaraPurposeName(config, purpose, language),
    consentType: 'EXPLICIT',
    purposeCategory: purpose.category ? [purpose.category] : [],
    piiCategory: (purpose.dataCategories ?? []).map((id) => {
      const label = has(labels, id) ? labels[id] : undefined;
      return (label && inLanguage(label, language, fallback)) ?? id;
    }),
    primaryPurpose: false,
    termination: terminationText(config),
  } as const;
  return recipients.length > 0
    ? { ...base, thirdPartyDisclosure: true, thirdPartyName: recipients.map((party) => party.name).join(', ') }
    : { ...base, thirdPartyDisclosure: false };
}
