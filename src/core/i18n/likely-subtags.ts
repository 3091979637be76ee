/**
 * The likely script and region of the languages the prompt ships, as `Intl.Locale#maximize()` gives them, so
 * that resolving the visitor's language on a first visit does not load the engine's likely-subtags data (several
 * milliseconds on the first call, before the prompt can paint). Anything this table cannot answer exactly goes to
 * `Intl.Locale`; test/node/likely-subtags.test.ts and test/browser/language.test.ts check every answer it gives
 * against the engine, for every region.
 *
 * @module
 */

/** Language (or language-Script, where a shipped locale names a script) → "Script Region". */
const LIKELY = new Map(
  (
    'am Ethi ET|ar Arab EG|bg Cyrl BG|bn Beng BD|cs Latn CZ|da Latn DK|de Latn DE|el Grek GR|en Latn US|' +
    'es Latn ES|et Latn EE|fa Arab IR|fi Latn FI|fil Latn PH|fr Latn FR|ga Latn IE|gu Gujr IN|ha Latn NG|' +
    'he Hebr IL|hi Deva IN|hr Latn HR|hu Latn HU|id Latn ID|it Latn IT|ja Jpan JP|ko Kore KR|lt Latn LT|' +
    'lv Latn LV|mr Deva IN|ms Latn MY|mt Latn MT|nl Latn NL|pa Guru IN|pl Latn PL|pt Latn BR|ro Latn RO|' +
    'ru Cyrl RU|sk Latn SK|sl Latn SI|sv Latn SE|sw Latn TZ|ta Taml IN|te Telu IN|th Thai TH|tr Latn TR|' +
    'uk Cyrl UA|ur Arab PK|vi Latn VN|zh Hans CN|zh-Hant Hant TW'
  )
    .split('|')
    .map((entry) => {
      const [language = '', script = '', region = ''] = entry.split(' ');
      return [language, { script, region }] as const;
    }),
);

/** Languages whose likely script depends on the region (`zh-TW` is Traditional, `pa-PK` Arabic): the engine decides. */
const SCRIPT_FOLLOWS_REGION = new Set(['ha', 'ms', 'pa', 'zh']);

/** A canonical tag that is only language, script and region (no variants, extensions or private use). */
const SIMPLE_TAG = /^([a-z]{2,3})(?:-([A-Z][a-z]{3}))?(?:-([A-Z]{2}|\d{3}))?$/;

/** The parts of a canonical tag as `Intl.Locale#maximize()` would give them, or `undefined` when unsure. */
export function likelyParts(
  canonicalTag: string,
): { readonly language: string; readonly script: string; readonly region: string } | undefined {
  const match = SIMPLE_TAG.exec(canonicalTag);
  if (!match) return undefined;
  const [, language = '', script, region] = match;
  const likely = LIKELY.get(language);
  // ZZ is "unknown region": the engine fills in the likely one.
  if (!likely || region === 'ZZ') return undefined;
  if (!script) {
    if (region && SCRIPT_FOLLOWS_REGION.has(language)) return undefined;
    return { language, script: likely.script, region: region ?? likely.region };
  }
  if (region) return { language, script, region };
  // Another script has its own likely region (`zh-Hant` is Taiwan's).
  const scripted = script === likely.script ? likely : LIKELY.get(`${language}-${script}`);
  return scripted ? { language, script, region: scripted.region } : undefined;
}

/** A shipped language alone or with a script, as a canonical tag spells it (`de`, `zh-Hant`). */
const LANGUAGE_AND_SCRIPT = /^([a-z]{2,3})(?:-([A-Z][a-z]{3}))?$/;

/**
 * Whether `tag` is already canonical without asking the engine: a shipped language (none of them is an alias),
 * alone or with a script other than the one alias script code (Qaai, now Zinh). Regions are left to the engine:
 * some are aliases (`en-UK` is `en-GB`). test/node/likely-subtags.test.ts checks every such tag against it.
 */
export function isCanonicalShippedTag(tag: string): boolean {
  const match = LANGUAGE_AND_SCRIPT.exec(tag);
  return !!match && LIKELY.has(match[1] ?? '') && match[2] !== 'Qaai';
}
