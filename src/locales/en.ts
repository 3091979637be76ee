/**
 * The prompt's own words in English: the source every other locale translates, and the fallback for a key a
 * locale lacks (a test makes sure none does).
 *
 * `{{name}}` placeholders are filled by the prompt. Placeholders for the site's own text (`controller`,
 * `language`, `purposes`) are never interpolated by i18next: the prompt splits the sentence around them and
 * inserts the site's text as plain text nodes.
 */
const en = {
  heading: 'Your choices about your data',
  intro: {
    asker: '{{controller}} asks for your consent.',
    contact: 'Contact: {{contact}}',
    withdraw:
      'You can change or withdraw your consent at any time from “Privacy choices” on this site, as easily as you give it.',
    policy: 'Read the full privacy policy',
    decide_one: 'Decide on {{count}} purpose. Nothing is allowed until you choose it.',
    decide_other: 'Decide on each of these {{count}} purposes. Nothing is allowed until you choose it.',
  },
  purpose: {
    necessary: 'Always on',
    necessaryNote: 'Needed for the service you asked for. It does not rely on your consent, so there is no switch.',
    separate: 'Needs your separate consent',
    allow: 'Allow',
    dataCategories: 'Data used',
    recipients: 'Shared with',
    retention: 'Kept for',
  },
  language: {
    notice: 'This text is not available in {{wanted}}. It is shown in {{shown}}.',
    menu: 'Language',
    changed: 'The prompt is now shown in {{language}}.',
  },
  recipients: {
    show: 'Who receives this data',
    contact: 'Contact',
  },
  glossary: {
    explain: 'What does “{{term}}” mean?',
  },
  preferences: {
    open: 'Privacy choices',
    heading: 'Your privacy choices',
    current: 'Your current choices are shown below. Switch a purpose off and save to withdraw your consent.',
    granted: 'Allowed',
    refused: 'Not allowed',
    forget: 'Forget my choices',
  },
  reask: {
    intro: 'Something changed since you last decided, so we ask again:',
    policy: 'the privacy policy has a new version',
    clause_one: 'the text of {{count}} purpose you agreed to changed',
    clause_other: 'the text of {{count}} purposes you agreed to changed',
    added_one: '{{count}} new purpose was added',
    added_other: '{{count}} new purposes were added',
    expired_one: 'your last decision is older than {{count}} day',
    expired_other: 'your last decision is older than {{count}} days',
    gpc: 'your browser now sends a Global Privacy Control signal, which refuses the sale or sharing of your data',
  },
  gpc: {
    note: 'Not allowed because your browser sends a Global Privacy Control signal. You can still allow it yourself.',
  },
  receipt: {
    heading: 'Your consent receipts',
    download: 'Download my receipts (JSON)',
    none: 'There are no receipts yet.',
    decidedOn: 'Decided on {{date}}',
    action: 'Action',
    selfSigned: 'Signed by this browser. It proves the record was not changed, not who made it.',
    hostSigned: 'Signed by the site’s key.',
    verified: 'Signature verified',
    notVerified: 'Signature could not be verified',
    textShown: 'Text shown in {{language}}',
    needsHttps: 'Receipts need a secure (HTTPS) page; your choices still count.',
  },
  placeholder: {
    blocked: 'This content is blocked until you allow “{{purpose}}”.',
    allow: 'Allow “{{purpose}}”',
  },
  actions: {
    rejectAll: 'Reject all',
    save: 'Save my choices',
    acceptAll: 'Accept all',
    group: 'Your decision',
    withdraw: 'Withdraw',
    acceptAllExcludes_one: '“Accept all” does not include {{purposes}}: it needs its own choice above.',
    acceptAllExcludes_other: '“Accept all” does not include {{purposes}}: each needs its own choice above.',
    close: 'Close without deciding',
  },
  status: {
    saved: 'Your choices are saved. You can change them at any time.',
    loading: 'Loading the consent form…',
  },
  errors: {
    invalidConfig: 'This consent form cannot be shown because it is set up incorrectly. Nothing has been recorded.',
    loadFailed: 'This consent form could not be loaded. Nothing has been recorded.',
  },
};

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;
type StringGroup<T> = { [K in keyof T]: string } & {
  [K in `${PluralBase<keyof T & string>}_${PluralCategory}`]?: string;
};

/**
 * The shape every locale must have: the same keys as English, plus the plural forms its language needs
 * (`_zero`, `_two`, `_few`, `_many`, as `Intl.PluralRules` names them).
 */
export type UiStrings = {
  [Group in keyof typeof en]: (typeof en)[Group] extends string ? string : StringGroup<(typeof en)[Group]>;
};

export default en;
