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
  },
  actions: {
    rejectAll: 'Reject all',
    save: 'Save my choices',
    acceptAll: 'Accept all',
    group: 'Your decision',
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

/** The shape every locale must have: the same keys as English. */
export type UiStrings = typeof en;

export default en;
