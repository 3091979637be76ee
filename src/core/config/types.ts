/**
 * The shape of a consent configuration, as the site writes it.
 *
 * Everything a visitor reads comes from here: who asks, for which purposes, with which clause text in which
 * languages. What is deliberately missing matters as much: there is no field that can start an optional purpose
 * ticked, hide "Reject all" or turn inaction into consent. {@link validateConfig} refuses such fields by name.
 *
 * @module
 */

/** A BCP 47 language tag such as `en`, `zh-CN` or `pt-BR`. */
export type LanguageTag = string;

/** Text written by the site, keyed by language tag. Shown verbatim: never interpolated, never parsed as HTML. */
export type LocalizedText = Readonly<Record<LanguageTag, string>>;

/** The privacy policy that the prompt asks consent under. */
export interface PolicyConfig {
  /** A stable id for the policy, e.g. `annual-report`. Receipts and stored decisions are scoped by it. */
  readonly id: string;
  /** The policy's version. A new version asks the visitor again. */
  readonly version: string;
  /** Where the full policy can be read: an `https:`/`http:` URL or a path on this site starting with `/`. */
  readonly url: string;
}

/** A postal address of the data controller (Kantara Consent Receipt `address`). */
export interface PostalAddress {
  readonly street: string;
  readonly locality: string;
  readonly region?: string;
  readonly postalCode?: string;
  /** ISO 3166-1 alpha-2 country code, e.g. `CN`, `DE`. */
  readonly country: string;
}

/** The data controller: who asks for consent and answers for it. */
export interface ControllerConfig {
  readonly name: string;
  /** A person or office to contact, e.g. "Data Protection Office". */
  readonly contact: string;
  readonly email: string;
  readonly phone: string;
  readonly address: PostalAddress;
  readonly url?: string;
}

/** A recipient of personal data. Each needs a name and a contact so visitors know who receives their data. */
export interface ThirdParty {
  readonly name: string;
  /** An email address, URL or postal contact for the recipient's privacy office. */
  readonly contact: string;
  readonly url?: string;
}

/** Kantara Consent Receipt v1.1 purpose categories (Appendix A of the specification). */
export const PURPOSE_CATEGORIES = [
  'Core Function',
  'Contracted Service',
  'Delivery',
  'Contact Requested',
  'Personalized Experience',
  'Marketing',
  'Marketing Third Parties',
  'Sharing for Delivery',
  'Sharing for Marketing',
  '3rd Party Sharing for Core Function',
  '3rd Party Sharing for ...',
  'Legally Required Data Retention',
  'Required by Law Enforcement or Government',
  'Protecting Your Health',
  'Protecting Our Interests',
  'Improve Performance',
] as const;

/** One of the Kantara Consent Receipt purpose categories. */
export type PurposeCategory = (typeof PURPOSE_CATEGORIES)[number];

/** One purpose the visitor decides on, on its own. */
/** What every purpose has, necessary or optional. */
interface PurposeFields {
  /** Matches `^[a-z][a-z0-9-]{0,63}$`; unique within the config. */
  readonly id: string;
  /** A short title per language. */
  readonly title: LocalizedText;
  /**
   * The full clause text per language, shown on screen exactly as written. Required in every declared language:
   * a visitor whose language the config does not offer reads it in the best one it does, with a notice saying so.
   */
  readonly clause: LocalizedText;
  /** Ids of entries in the config's `dataCategories`. */
  readonly dataCategories?: readonly string[];
  /** The recipients this purpose shares data with. */
  readonly thirdParties?: readonly ThirdParty[];
  /** How long the data is kept, as an ISO 8601 duration such as `P1Y` or `P6M` (at most 4 digits of years). */
  readonly retention?: string;
  /** A Kantara purpose category, copied into receipts as `purposeCategory`. */
  readonly category?: PurposeCategory;
  /** Whether this purpose processes sensitive personal information. */
  readonly sensitive?: boolean;
  /** The kinds of sensitive information processed, e.g. `health`, `biometric`. */
  readonly sensitiveCategories?: readonly string[];
  /** A W3C Data Privacy Vocabulary purpose IRI, e.g. `https://w3id.org/dpv#Marketing`. */
  readonly dpv?: string;
}

/** A purpose the visitor decides on: it starts unticked. */
export interface OptionalPurposeConfig extends PurposeFields {
  readonly necessary?: false;
  /**
   * Needs its own explicit consent (sharing with a third party, sensitive data: PIPL Art. 23 and 29, GDPR Art. 9).
   * Never granted by "Accept all".
   */
  readonly separateConsent?: boolean;
  /** Counts as sale or sharing of personal data: a Global Privacy Control signal applies to it. */
  readonly saleOrSharing?: boolean;
}

/**
 * A purpose processed on a legal basis other than consent: shown for transparency with its text, never toggled
 * and never in `decisions`. It cannot need separate consent or sell or share data (validateConfig refuses both).
 */
export interface NecessaryPurposeConfig extends PurposeFields {
  readonly necessary: true;
  readonly separateConsent?: false;
  readonly saleOrSharing?: false;
}

/** One purpose of a config: optional (the visitor decides) or necessary (shown, never toggled). */
export type PurposeConfig = OptionalPurposeConfig | NecessaryPurposeConfig;

/** Where a site's own server signs receipts (see the receipts guide). */
export interface SignerConfig {
  /**
   * An HTTPS endpoint (or a path on this site; plain http: only on this machine, while developing) that receives
   * the receipt payload as JSON and answers with a compact JWS. Leave it out when the page signs through the
   * element's `signer` function: `jwks` alone then checks that function's answers.
   */
  readonly url?: string;
  /**
   * The site's public signing keys, so the widget can check the answer. At least one must be a P-256 public key for
   * ES256 (`kty` "EC", `crv` "P-256"; an `alg` only "ES256", a `use` only "sig"); others beside it are ignored.
   */
  readonly jwks: { readonly keys: readonly Readonly<Record<string, unknown>>[] };
}

/** Google Consent Mode v2 consent types. */
export const CONSENT_MODE_TYPES = [
  'ad_storage',
  'analytics_storage',
  'ad_user_data',
  'ad_personalization',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

/** One Google Consent Mode v2 consent type. */
export type ConsentModeType = (typeof CONSENT_MODE_TYPES)[number];

/** Maps each Consent Mode type to the purpose ids that must all be granted for it to be `granted`. */
export type ConsentModeConfig = Readonly<Partial<Record<ConsentModeType, readonly string[]>>>;

/** A configuration for `<consent-prompt>`: see the README for a complete example. */
export interface ConsentConfig {
  readonly policy: PolicyConfig;
  readonly controller: ControllerConfig;
  /** Where the controller is established, e.g. `CN`, `DE`, `US-CA`. */
  readonly jurisdiction: string;
  /**
   * The languages the site offers clause text in. Every purpose needs its title and its clause in each, and every
   * data category its label.
   */
  readonly languages: readonly LanguageTag[];
  /** One of `languages`: shown when nothing about the visitor matches. */
  readonly defaultLanguage: LanguageTag;
  /** Labels for the data categories that purposes reference, per language. */
  readonly dataCategories?: Readonly<Record<string, LocalizedText>>;
  /** The purposes, in the order they are shown. */
  readonly purposes: readonly PurposeConfig[];
  /** Legal terms with explanations per language; the first occurrence of each in a clause opens its explanation. */
  readonly glossary?: Readonly<Record<string, LocalizedText>>;
  /** Where receipts are signed by the site's own key. */
  readonly signer?: SignerConfig;
  /** Ask again after this many days. Default 365. */
  readonly maxAgeDays?: number;
  /** Google Consent Mode v2 mapping. */
  readonly consentMode?: ConsentModeConfig;
}
