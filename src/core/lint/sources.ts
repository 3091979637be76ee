/**
 * The laws, guidelines and studies the lint rules cite, written once so every rule quotes them the same way.
 *
 * @module
 */

/** Short citations, combined per rule in `rules.ts`. */
export const CITE = Object.freeze({
  gdprArt4Consent: 'GDPR Art. 4(11) (consent: a clear affirmative action)',
  planet49: 'CJEU C-673/17 Planet49 (2019): consent needs active behaviour',
  edpbImplied: 'EDPB Guidelines 05/2020 on consent §86 (scrolling or continuing to browse is not consent)',
  piplArt14: 'PIPL Art. 14 (consent given voluntarily and explicitly, fully informed)',
  gdprArt5: 'GDPR Art. 5(1)(b) (specified, explicit purposes)',
  gdprArt7: 'GDPR Art. 7(2) (clear and plain language)',
  gdprArt7Conditional: 'GDPR Art. 7(4) (consent not conditional on unneeded processing)',
  gdprArt9: 'GDPR Art. 9(2)(a) (explicit consent for special categories)',
  gdprArt12: 'GDPR Art. 12(1) (concise, intelligible, clear and plain language)',
  gdprArt13Recipients: 'GDPR Art. 13(1)(e) (recipients)',
  gdprArt13Retention: 'GDPR Art. 13(2)(a) (retention period)',
  recital32: 'GDPR Recital 32 (consent for each purpose)',
  recital42: 'GDPR Recital 42 (controller identity and purposes, plain language)',
  recital43: 'GDPR Recital 43 (separate consent for different operations)',
  edpbConsent: 'EDPB Guidelines 05/2020 on consent',
  edpbGranularity: 'EDPB Guidelines 05/2020 on consent §3.1.3 (granularity)',
  edpbSpecific: 'EDPB Guidelines 05/2020 on consent §3.2 (specific)',
  edpbInformed: 'EDPB Guidelines 05/2020 on consent §3.3 (informed: named controllers and recipients)',
  edpbRefresh: 'EDPB Guidelines 05/2020 on consent (refresh consent at appropriate intervals)',
  wp260:
    'WP29 Guidelines on transparency, WP260 rev.01, endorsed by the EDPB ("may", "some", "possible" and vague purposes are poor practice)',
  cbtf: 'EDPB Cookie Banner Taskforce report (Jan 2023): inaccurately classified "essential" cookies',
  cnil: 'CNIL: consent valid at most 13 months (Délibération 2013-378), keeping choices about 6 months recommended (Recommendation, Délibération 2020-092)',
  cpraEasy: 'CCPA regulations (CPRA) 11 CCR §7004(a)(1) (easy to understand, plain language)',
  cpraConfusing: 'CCPA regulations (CPRA) 11 CCR §7004(a)(3) (no confusing language or double negatives)',
  cpraManipulative: 'CCPA regulations (CPRA) 11 CCR §7004(a)(4) (no manipulative choice architecture, guilt or shame)',
  cpraRetention: 'CCPA §1798.100(a)(3) as amended by the CPRA (how long each category of personal information is kept)',
  edpbExplicit: 'EDPB Guidelines 05/2020 on consent §4 (explicit consent, as special categories of data need)',
  piplArt6: 'PIPL Art. 6 (clear and reasonable purpose)',
  piplArt17: 'PIPL Art. 17 (inform truthfully, accurately, completely, in clear and easily understood language)',
  piplArt17Retention: 'PIPL Art. 17(1)(2) (retention period)',
  piplArt23: 'PIPL Art. 23 (recipient name and contact, separate consent for providing to another handler)',
  piplArt28: 'PIPL Art. 28 (sensitive personal information)',
  piplArt29: 'PIPL Art. 29 (separate consent for sensitive personal information)',
  mathurSneaking: 'Mathur et al. 2019, "Dark Patterns at Scale": sneaking',
  mathurMisdirection: 'Mathur et al. 2019, "Dark Patterns at Scale": misdirection (trick questions)',
  mathurUrgency: 'Mathur et al. 2019, "Dark Patterns at Scale": urgency and misdirection (confirmshaming)',
  graySneaking: 'Gray et al. 2018, "The Dark (Patterns) Side of UX Design": sneaking',
  grayForced: 'Gray et al. 2018, "The Dark (Patterns) Side of UX Design": forced action',
  grayInterference: 'Gray et al. 2018, "The Dark (Patterns) Side of UX Design": interface interference',
  grayNaggingForced: 'Gray et al. 2018, "The Dark (Patterns) Side of UX Design": nagging and forced action',
});

/** Joins citations into one `source` string. */
export function cite(...parts: readonly string[]): string {
  return parts.join('; ');
}
