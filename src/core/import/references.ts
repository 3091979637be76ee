/**
 * The law and guidance the importer cites when it refuses to carry a pattern over, written once.
 *
 * @module
 */

export const REFERENCES = Object.freeze({
  preTicked:
    'CJEU C-673/17 Planet49 (2019): a pre-ticked box is not consent; GDPR Recital 32 ("silence, pre-ticked boxes or inactivity should not … constitute consent"); EDPB Guidelines 05/2020 on consent §3.4',
  optOut:
    'GDPR Art. 4(11) and Recital 32 (consent is a clear affirmative act, never silence or inactivity); CJEU C-673/17 Planet49; EDPB Guidelines 05/2020 on consent §3.4',
  bundled:
    'GDPR Recital 32 and Recital 43 (consent for each purpose, separately for different operations); EDPB Guidelines 05/2020 on consent §3.1.3 (granularity)',
  rejectHidden:
    'GDPR Art. 7(3) (refusing and withdrawing as easy as consenting); EDPB Guidelines 05/2020 on consent §3.1 and §3.4; EDPB Cookie Banner Taskforce report (Jan 2023): a reject option on the first layer, no deceptive button design',
  forced:
    'GDPR Art. 7(4) and Recital 43; EDPB Guidelines 05/2020 on consent §3.1 (freely given: refusing must be possible)',
});
