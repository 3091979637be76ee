/**
 * Phrase lists for the text rules in German, French, Spanish, Italian, Dutch, Portuguese and Japanese: the common
 * wording of sharing, vague purposes and the activities a title may bundle, kept short on purpose (see
 * `phrases.ts`). Languages without lists here are reported by `wording-unchecked`, never passed as clean.
 *
 * Written against normalised text (lowercase, NFKC). `\b` in JavaScript knows only ASCII letters, so the lists are
 * built with {@link words}, which bounds each alternative by any letter, mark or digit.
 *
 * @module
 */
import type { SentenceRules } from './text.js';

/**
 * What one language contributes to the phrase tables: its lists, and how it denies and where a part of its
 * sentences ends ({@link SentenceRules}, read by `findPhrases`).
 */
export interface LanguagePhrases extends SentenceRules {
  readonly vague: readonly RegExp[];
  /** Open-ended examples ("such as"): worth a look, often fair; reported as info. */
  readonly softVague?: readonly RegExp[];
  readonly sharing: readonly RegExp[];
  /** Sharing with recipients beyond those named ("and other partners"). */
  readonly unnamedMore: readonly RegExp[];
  readonly analytics: readonly RegExp[];
  readonly advertising: readonly RegExp[];
  readonly personalisation: readonly RegExp[];
  /** Credit or risk scoring: decisions about the visitor made from their data (GDPR Art. 22, PIPL Art. 24). */
  readonly scoring: readonly RegExp[];
  /** Sensitive personal information (GDPR Art. 9, PIPL Art. 28). */
  readonly sensitive: readonly RegExp[];
  /** Following the visitor across sites or devices: never strictly necessary. */
  readonly tracking: readonly RegExp[];
  /** Urgency, nudging and threats. */
  readonly pressure: readonly RegExp[];
  /** Using, viewing or going on counted as agreement ("by continuing you agree"). */
  readonly impliedConsent: readonly RegExp[];
  /** A title worded as a refusal ("Do not sell my data"), tested against the normalised title. */
  readonly negatedTitle: RegExp;
  /** Words joining two activities in a title. */
  readonly conjunction: RegExp;
}

const LETTER = String.raw`[\p{L}\p{M}\p{N}]`;

/** Alternatives as whole words: not preceded or followed by a letter, mark or digit (`\p{L}*` extends one). */
export function words(...alternatives: readonly string[]): RegExp {
  return new RegExp(`(?<!${LETTER})(?:${alternatives.join('|')})(?!${LETTER})`, 'gu');
}

/** The same, unanchored at the end: a stem that any ending may follow. */
function stems(...alternatives: readonly string[]): RegExp {
  return new RegExp(`(?<!${LETTER})(?:${alternatives.join('|')})`, 'gu');
}

const COMMA_OR_SEMICOLON = '[,;:]';

const OWN_SERVERS_DE = String.raw` (?:die |ihre |diese )?(?:\p{L}+ )?(?:daten )?(?:auf|an|in|zu) unsere[nm]? (?:eigene[nm]? )?(?:server|rechenzentr)`;

export const GERMAN: LanguagePhrases = {
  vague: [
    words('usw\\.?', 'u\\. ?a\\.', 'und so weiter', 'und vieles mehr', 'unter anderem', 'und ähnliches'),
    words(
      '(?:ihr(?:e|en)? |unser(?:e|en)? |das |die )?(?:nutzer|benutzer|kunden|einkaufs|surf)?(?:erlebnis|erfahrung|angebot|dienste?|service)\\p{L}* (?:zu )?(?:verbessern|optimieren)',
      '(?:verbesserung|optimierung) (?:des|unseres|ihres|ihrer|der) (?:nutzer|benutzer)?(?:erlebnis|angebot|dienst|service)\\p{L}*',
    ),
    // A title that names no purpose ("Sonstiges"); the best experience every site promises; an experience improved.
    /^(?:sonstiges|sonstige|andere|weitere|diverses)(?: (?:cookies|zwecke|dienste))?$/gu,
    words(
      '(?:das |ein )?(?:beste|bestmögliche|bessere|optimale)[ns]? (?:\\p{L}*)?erlebnis\\p{L}*',
      '(?:erlebnis|erfahrung)\\p{L}* [^.;!?]{0,40}?(?:zu )?(?:verbessern|optimieren)',
    ),
    words(
      '(?:weitere|andere|sonstige|ähnliche|geschäftliche|kommerzielle|verschiedene)n? zwecke\\p{L}*',
      'marketingzweck\\p{L}*',
      'werbezweck\\p{L}*',
    ),
    words('einschließlich,? aber nicht beschränkt auf', 'gegebenenfalls'),
  ],
  sharing: [
    words(
      'dritte[nrs]?',
      'drittanbieter\\p{L}*',
      'drittparteien',
      'drittunternehmen',
      '(?:unsere[nrms]?|ausgewählte[nrms]?|vertrauenswürdige[nrms]?) partner\\p{L}*',
      'werbepartner\\p{L}*',
      'partnerunternehmen',
      'verbundene[n]? unternehmen',
      'konzernunternehmen',
    ),
    stems(
      'weitergegeben',
      'weitergabe',
      'weitergeben',
      // A transfer to the site's own servers ("übertragen die Daten auf unsere eigenen Server") is no sharing.
      `übermittel\\p{L}*(?!\\p{L})(?!${OWN_SERVERS_DE})`,
      `übertrag\\p{L}*(?!\\p{L})(?!${OWN_SERVERS_DE})`,
      'zur verfügung gestellt',
    ),
    // Selling counts only when data is what is sold: a shop's statistics say "verkaufen" of its products.
    words(
      'verkauf\\p{L}* [^.;!?]{0,40}?(?:daten|informationen|angaben)',
      '(?:\\p{L}*daten|informationen|angaben) [^.;!?]{0,40}?verkauf\\p{L}*',
      'datenverkauf',
    ),
    words(
      'geben [^.;!?]{0,80}? weiter',
      'gibt [^.;!?]{0,80}? weiter',
      'stellen [^.;!?]{0,50}? zur verfügung',
      'werbenetzwerk\\p{L}*',
      'werbefirm\\p{L}*',
      'werbeunternehmen',
      'mit (?:\\p{L}+ )?(?:partner\\p{L}*|dritte\\p{L}*|werbe\\p{L}*|unternehmen) geteilt',
    ),
    // Ends in a look-ahead, so not bounded by words(): "teilen … mit Werbenetzwerken", not "mit Ihnen".
    stems('teilen [^.;!?]{0,50}? mit (?!ihnen|dir)'),
  ],
  unnamedMore: [
    words(
      '(?:andere|weitere|sonstige)(?:n|r)? (?:\\p{L}+ )?(?:partner\\p{L}*|dritte\\p{L}*|unternehmen)',
      // "an Google und Dritte": recipients joined to the named ones.
      '(?:und|oder|sowie) (?:an )?(?:(?:unsere|seine|ihre|deren)[nrms]? )?(?:\\p{L}+ )?(?:partner\\p{L}*|dritte[nrs]?)',
    ),
  ],
  analytics: [
    stems(
      'webanalyse',
      'nutzungsanalyse',
      'nutzungsverhalten',
      'reichweitenmessung',
      // "Analyse" alone or of the visitor; "Analyse von Angriffen" in a security cookie is not analytics.
      'analyse(?![\\p{L}]| (?:von|der|des|zur) )',
      'analysedienst\\p{L}*',
      'analyse-cookies',
      'analyse (?:des|der|ihres) (?:nutzungs|surf|besucher)\\p{L}*',
      'analytik',
      'statisti\\p{L}*',
      'reichweitenmessung',
      'besucherzahl\\p{L}*',
    ),
  ],
  advertising: [stems('werb\\p{L}*', 'marketing\\p{L}*', 'newsletter', 'werbeanzeigen', 'reklame')],
  scoring: [
    words(
      'bonität\\p{L}*',
      'kreditwürdigkeit',
      'kreditscore\\p{L}*',
      'kreditprüfung\\p{L}*',
      'scoring\\p{L}*',
      'schufa',
    ),
  ],
  personalisation: [
    words(
      'personalisierte (?:inhalte|empfehlungen|startseite)',
      'empfehlungen',
      'personalisierung(?! von werbung| der werbung)',
    ),
  ],
  sensitive: [
    stems(
      // Data about health, not every compound: "Gesundheitstipps" are tips, as "health tips" are in English.
      'gesundheits(?:daten|zustand|informationen?|angaben|akte|werte|bezogen|geschichte|profil)',
      '(?:ihre[rn]?|deine[rn]?|der|die) gesundheit(?![\\p{L}])',
      'medizinisch\\p{L}*',
      'krankheit\\p{L}*',
      'biometrisch\\p{L}*',
      'fingerabdr\\p{L}*',
      'gesichtserkennung',
      'genetisch\\p{L}*',
      'religi\\p{L}*',
      'sexuelle orientierung',
      'ethnische herkunft',
      'politische meinung\\p{L}*',
      'gewerkschaft\\p{L}*',
      'genaue\\p{L}* standort\\p{L}*',
      'standortverlauf',
      'bankkont\\p{L}*',
      'kinder unter (?:13|14|16)',
    ),
  ],
  tracking: [
    words(
      'verfolg\\p{L}* (?:sie|ihr\\p{L}*|nutzer\\p{L}*|besucher\\p{L}*)',
      '(?:website|webseiten|seiten|geräte)übergreifend\\p{L}*',
      'nutzerprofil\\p{L}*',
    ),
  ],
  pressure: [
    words(
      '(?:wir empfehlen|empfehlen wir)(?: ihnen)?(?: (?:dringend|ausdrücklich|sehr))?,? (?:alle\\p{L}* )?(?:cookies )?(?:zu )?(?:akzeptieren|zuzustimmen|anzunehmen)',
      'nur heute',
      'jetzt zustimmen',
      'sonst können sie [^.]{0,40}nicht (?:nutzen|verwenden|lesen|weiterlesen)',
    ),
  ],
  impliedConsent: [
    words(
      '(?:durch|mit|bei) (?:der |die |dem |den )?(?:weitere[nr]? )?(?:nutzung|fortsetzung|ansicht|besuch|aufruf)[^.;!?]{0,60}?(?:stimmen sie|erklären sie sich|willigen sie)',
      'gilt als (?:zustimmung|einwilligung|einverständnis)',
      'wenn sie (?:weiter(?:surfen|lesen|blättern)|die (?:seite|website|app) weiter (?:nutzen|besuchen))[^.;!?]{0,40}?(?:stimmen sie|erklären sie sich|willigen sie)',
      '(?:stillschweigend|automatisch) (?:zugestimmt|eingewilligt)',
    ),
  ],
  negatedTitle:
    /^(?:nicht|kein\p{L}*|nein|ablehnen|widerspr\p{L}*|verbieten|deaktivieren|blockieren|abmelden)(?![\p{L}\p{M}\p{N}])|verkaufen sie meine daten nicht|daten nicht verkaufen/u,
  conjunction: /\s+(?:und|sowie|inkl\.|einschl\.|einschließlich|inklusive|&|\+)\s+|\s*[,&/]\s*/u,
  negation: words('nicht', 'nichts', 'kein\\p{L}*', 'nie', 'niemals', 'niemand\\p{L}*', 'ohne', 'weder'),
  negationAfter: words('nicht', 'nichts', 'kein\\p{L}*', 'nie', 'niemals', 'niemand\\p{L}*'),
  negationInside: words('nicht', 'nichts', 'kein\\p{L}*', 'nie', 'niemals', 'niemand\\p{L}*', 'weder'),
  choiceRecord: words(
    'ob sie',
    'dass sie [^.,;]{0,40}(?:zugestimmt|abgelehnt|eingewilligt)',
    'ihre (?:einwilligung|auswahl|entscheidung)',
  ),
  boundary: new RegExp(
    `${COMMA_OR_SEMICOLON}|${words('aber', 'sondern', 'jedoch', 'wenn', 'falls', 'außer', 'doch').source}`,
    'gu',
  ),
};

export const FRENCH: LanguagePhrases = {
  vague: [
    words('etc\\.?', 'et plus encore', 'et ainsi de suite', 'entre autres'),
    /^(?:autres?|divers)(?: (?:cookies|finalités|services))?$/gu,
    words(
      '(?:la |une )?meilleure expérience(?: possible)?',
      'amélior\\p{L}* (?:nos |vos |notre |votre |les )?(?:produits|services)',
    ),
    words(
      "(?:améliorer|optimiser) (?:votre |notre |vos |nos |l'|la |le )?(?:expérience|service|services|offre|navigation)\\p{L}*",
      "l'amélioration de (?:votre |notre |l'|la )?(?:expérience|service|offre)\\p{L}*",
    ),
    words(
      "(?:à des |pour des |pour d'autres |d'autres )?fins (?:commerciales|marketing|diverses|professionnelles)",
      'autres finalités',
      'finalités (?:diverses|connexes)',
    ),
    words("y compris,? (?:mais )?sans s(?:[ey]|['’]y) limiter(?: à)?", 'nous pourrions'),
  ],
  sharing: [
    words('tiers', 'tierces?', 'partenaires?', 'annonceurs', 'sociétés du groupe', 'filiales?', 'sociétés affiliées'),
    words(
      'partag\\p{L}* [^.;!?]{0,60}? avec',
      // A transfer to the site's own servers is no sharing.
      'transf[eé]r\\p{L}* (?:(?!(?:nos|notre) (?:propres? )?serveur)[^.;!?]){0,60}? (?:à|a|vers)(?! (?:nos|notre) (?:propres? )?(?:serveurs?|centres? de données))',
      'communiqu\\p{L}* [^.;!?]{0,40}? (?:à|a|aux)',
      'vend(?:re|ons|ez|ent|u|ue|us|ues) [^.;!?]{0,40}?(?:données|informations)',
      '(?:données|informations) [^.;!?]{0,40}?vend(?:re|ons|ez|ent|u|ue|us|ues)',
      'transmi\\p{L}* [^.;!?]{0,40}? (?:à|a|aux)',
      'transmett\\p{L}* [^.;!?]{0,40}? (?:à|a|aux)',
      'cession',
    ),
  ],
  unnamedMore: [
    words(
      "(?:d')?autres (?:\\p{L}+ )?(?:partenaires|tiers|sociétés|entreprises)",
      '(?:et|ou) (?:à |avec )?(?:des |nos |ses |leurs |les |aux )?(?:\\p{L}+ )?(?:tiers|partenaires)',
    ),
  ],
  analytics: [
    stems(
      "analyse (?:d'audience|de (?:la )?fréquentation|de (?:la )?navigation|du trafic)",
      'statistique\\p{L}*',
      "mesure d'audience",
      'analytique\\p{L}*',
    ),
  ],
  advertising: [stems('publicit\\p{L}*', 'marketing', 'newsletter', 'annonces', 'prospection')],
  scoring: [
    words(
      'score de crédit',
      'scoring',
      'solvabilité',
      'notation de crédit',
      'évaluation (?:du risque de crédit|de (?:votre )?solvabilité)',
    ),
  ],
  personalisation: [
    words('contenus? personnalisés?', 'recommandations', 'personnalisation(?! des publicités| de la publicité)'),
  ],
  sensitive: [
    stems(
      'santé',
      'médica\\p{L}*',
      'médical\\p{L}*',
      'biométri\\p{L}*',
      'empreintes? digitales?',
      'reconnaissance faciale',
      'génétique\\p{L}*',
      'religi\\p{L}*',
      'orientation sexuelle',
      'origine (?:raciale|ethnique)',
      'opinions? politiques?',
      'syndica\\p{L}*',
      'localisation précise',
      'géolocalisation précise',
      'comptes? bancaires?',
      'enfants de moins de (?:13|15|16) ans',
    ),
  ],
  tracking: [
    words(
      'suiv\\p{L}* (?:votre|vos|les utilisateurs|les visiteurs)(?: navigation| activité)?',
      'pistage',
      'traçage',
      'sur (?:plusieurs|différents) (?:sites|appareils)',
      'suivi (?:inter-?sites?|multi-?appareils|publicitaire)',
    ),
  ],
  pressure: [
    words(
      "nous vous recommandons (?:vivement )?d'accepter",
      'offre limitée',
      "aujourd'hui seulement",
      'sinon,? vous ne pourrez pas',
    ),
  ],
  impliedConsent: [
    words(
      'en (?:continuant|poursuivant|utilisant|consultant|naviguant|visitant)[^.;!?]{0,60}?vous (?:acceptez|consentez|êtes réputé)',
      'vaut (?:acceptation|consentement|accord)',
    ),
  ],
  negatedTitle:
    /^(?:ne pas|non|refuser|désactiver|bloquer|s'opposer)(?![\p{L}\p{M}\p{N}])|ne (?:pas )?vendre mes données/u,
  conjunction: /\s+(?:et|ainsi que|y compris|&|\+)\s+|\s*[,&/]\s*/u,
  negation: new RegExp(`${words('ne', 'jamais', 'aucun\\p{L}*', 'sans', 'ni', 'pas').source}|(?<!${LETTER})n'`, 'gu'),
  choiceRecord: words('vous (?:avez )?(?:accepté|refusé)', 'votre (?:consentement|choix)'),
  negationInside: new RegExp(`${words('ne', 'ni', 'jamais', 'pas').source}|(?<!${LETTER})n'`, 'gu'),
  // "ne … qu'à nos partenaires": only to them, which is sharing with them.
  restrictive: /(?<![\p{L}])qu'(?:à|a|avec|aux|au)(?![\p{L}])|(?<![\p{L}])que (?:à|avec|aux|au)(?![\p{L}])/u,
  boundary: new RegExp(
    `${COMMA_OR_SEMICOLON}|${words('mais', 'sauf', 'si', 'cependant', 'toutefois', 'sinon').source}`,
    'gu',
  ),
};

export const SPANISH: LanguagePhrases = {
  vague: [
    words('etc\\.?', 'entre otros', 'entre otras', 'y mucho más', 'y demás'),
    /^(?:otros|otras|otro|otra|varios)(?: (?:cookies|fines|servicios))?$/gu,
    words('(?:la )?mejor experiencia(?: posible)?'),
    words(
      '(?:mejorar|optimizar) (?:su |tu |la |nuestra |nuestros |sus |el )?(?:experiencia|servicio|servicios|navegación)\\p{L}*',
    ),
    words('(?:con |para )?fines (?:comerciales|de marketing|diversos)', 'otros fines', 'otras finalidades'),
    // "pero no limitado a" ends before its "no", which would read as a denial of the hedge itself.
    words('incluyendo,? pero sin limitarse a', 'incluyendo,? pero(?= no limitad[oa]s? a)', 'podríamos'),
  ],
  sharing: [
    words(
      'terceros?',
      'terceras partes',
      '(?:nuestros |sus )?socios (?:comerciales|publicitarios)',
      'nuestros socios',
      'anunciantes',
      'empresas del grupo',
      'filiales',
      'empresas asociadas',
    ),
    words(
      'compart\\p{L}* [^.;!?]{0,60}? con',
      'cedemos',
      'cesi[oó]n',
      'vend(?:er|emos|en|ido|ida|idos|idas) [^.;!?]{0,40}?(?:datos|información)',
      '(?:datos|información) [^.;!?]{0,40}?vend(?:er|emos|en|ido|ida|idos|idas)',
      'comunica\\p{L}* [^.;!?]{0,40}? a',
      '(?:envi|facilit)\\p{L}* [^.;!?]{0,40}? a (?:terceros|socios|anunciantes)',
    ),
    // Ends in a look-ahead: a transfer or a sending to the site's own servers is no sharing.
    stems(
      'transfer\\p{L}* (?:(?!nuestros? servidor)[^.;!?]){0,60}? a (?!nuestros? servidor)',
      'env[ií]\\p{L}* a (?!nuestros? servidor)',
    ),
  ],
  unnamedMore: [
    words(
      'otr[oa]s (?:\\p{L}+ )?(?:socios|terceros|empresas|entidades)',
      '(?:y|e|o) (?:a |con )?(?:(?:sus|nuestros|los) )?(?:\\p{L}+ )?(?:socios|terceros)',
    ),
  ],
  analytics: [
    stems(
      'anal[ií]tic\\p{L}*',
      'an[aá]lisis (?:de|del) (?:uso|tráfico|navegación|audiencia)',
      'estad[ií]stic\\p{L}*',
      'medici[oó]n de audiencia',
    ),
  ],
  advertising: [stems('publicidad', 'publicitari\\p{L}*', 'marketing', 'anuncios', 'boletines')],
  scoring: [
    words(
      'puntuación crediticia',
      'calificación crediticia',
      'solvencia',
      'scoring',
      'evaluación (?:de (?:su|tu) )?(?:solvencia|crédito)',
    ),
  ],
  personalisation: [
    words('contenidos? personalizados?', 'recomendaciones', 'personalización(?! de (?:la )?publicidad| de anuncios)'),
  ],
  sensitive: [
    stems(
      'salud',
      'médic\\p{L}*',
      'biométric\\p{L}*',
      'huellas? dactilares?',
      'reconocimiento facial',
      'genétic\\p{L}*',
      'religi\\p{L}*',
      'orientación sexual',
      'origen (?:racial|étnico)',
      'opiniones políticas',
      'sindical\\p{L}*',
      'ubicación precisa',
      'cuentas? bancarias?',
      'menores de (?:13|14|16) años',
    ),
  ],
  tracking: [
    words(
      'rastre\\p{L}*',
      'seguimiento (?:de (?:su|tu) navegación|entre sitios|publicitario)',
      'le seguimos',
      'te seguimos',
      'entre (?:sitios|dispositivos)',
    ),
  ],
  pressure: [
    words(
      '(?:le |te |les )?recomendamos (?:encarecidamente )?aceptar',
      'solo hoy',
      'oferta limitada',
      'tiempo limitado',
      'de lo contrario,? no podrá',
    ),
  ],
  impliedConsent: [
    words(
      'al (?:continuar|seguir|usar|utilizar|navegar|consultar|ver|visitar)[^.;!?]{0,60}?(?:usted )?(?:acepta|aceptas|consiente|consientes|da su consentimiento)',
      'si (?:usted )?(?:continúa|continua|continúas|sigue|sigues|prosigue)[^.;!?]{0,40}?(?:acepta|aceptas|consiente|consientes|(?:consideramos|entendemos|consideraremos|entenderemos) que (?:usted )?(?:acepta|aceptas|consiente))',
      'se (?:considerará|entenderá) que (?:usted )?(?:acepta|consiente|ha aceptado)',
    ),
  ],
  negatedTitle: /^(?:no|rechazar|desactivar|bloquear|oponerse)(?![\p{L}\p{M}\p{N}])|no vender mis datos/u,
  conjunction: /\s+(?:y|e|incluid[oa]s?|incl\.|&|\+)\s+|\s*[,&/]\s*/u,
  negation: words('no', 'nunca', 'jam[aá]s', 'ning[uú]n\\p{L}*', 'nada', 'nadie', 'sin', 'ni'),
  choiceRecord: words('(?:ha|has) (?:aceptado|rechazado)', 'su (?:consentimiento|elección)'),
  negationInside: words('no', 'nunca', 'jam[aá]s', 'ni'),
  boundary: new RegExp(
    `${COMMA_OR_SEMICOLON}|${words('pero', 'sino', 'salvo', 'si', 'excepto', 'aunque').source}`,
    'gu',
  ),
};

export const ITALIAN: LanguagePhrases = {
  vague: [
    words('ecc\\.?', 'etc\\.?', 'e molto altro', 'tra (?:gli )?altri', 'e simili'),
    words(
      "(?:migliorare|ottimizzare) (?:la (?:tua|sua|vostra|nostra) |il (?:nostro|tuo|suo) |l')?(?:esperienza|servizio|servizi|offerta)\\p{L}*",
    ),
    words(
      '(?:per )?fini (?:commerciali|di marketing|diversi)',
      'altri fini',
      'altri scopi',
      'scopi (?:diversi|commerciali)',
      'altre finalità',
      'finalità (?:diverse|connesse)',
    ),
    words('incluso,? ma non limitato a', 'potremmo'),
  ],
  sharing: [
    words(
      'terz[ei]',
      'soggetti terzi',
      'partner',
      'inserzionisti',
      'società del gruppo',
      'società controllate',
      'affiliate',
    ),
    words(
      'condivi\\p{L}* [^.;!?]{0,60}? con',
      'cedi(?:amo|ute|uti)',
      'cessione',
      'vend(?:ere|iamo|uti|ute) [^.;!?]{0,40}?(?:dati|informazioni)',
      '(?:dati|informazioni) [^.;!?]{0,40}?vend(?:ere|iamo|uti|ute)',
      'comunica\\p{L}* [^.;!?]{0,40}? a',
      '(?:invi|fornisc|forni)\\p{L}* [^.;!?]{0,40}? a (?:terzi|partner|inserzionisti)',
    ),
    stems(
      'trasferi\\p{L}* (?:(?!(?:i )?nostri server)[^.;!?]){0,40}? (?:a|ad) (?!noi|(?:i )?nostri server)',
      'inviat\\p{L}* a (?!(?:i )?nostri server)',
    ),
  ],
  unnamedMore: [
    words(
      'altr[ie] (?:\\p{L}+ )?(?:partner|terzi|società|aziende)',
      '(?:e|ed|o) (?:a |con )?(?:(?:i |ai )?(?:suoi|nostri|loro) )?(?:\\p{L}+ )?(?:partner|terzi)',
    ),
  ],
  analytics: [
    stems(
      'analisi (?:del traffico|statistiche|di utilizzo|della navigazione)',
      'analitic\\p{L}*',
      'statistic\\p{L}*',
      'misurazione del pubblico',
    ),
  ],
  advertising: [stems('pubblicit\\p{L}*', 'marketing', 'annunci', 'newsletter')],
  scoring: [
    words('merito creditizio', 'affidabilità creditizia', 'punteggio di credito', 'valutazione del credito', 'scoring'),
  ],
  personalisation: [
    words(
      'contenuti personalizzati',
      'raccomandazioni',
      'consigli personalizzati',
      'personalizzazione(?! (?:della|degli) (?:pubblicità|annunci))',
    ),
  ],
  sensitive: [
    stems(
      'salute',
      'medic\\p{L}*',
      'biometric\\p{L}*',
      'impronte digitali',
      'riconoscimento facciale',
      'genetic\\p{L}*',
      'religi\\p{L}*',
      'orientamento sessuale',
      'origine (?:razziale|etnica)',
      'opinioni politiche',
      'sindacal\\p{L}*',
      'posizione precisa',
      'conti? bancari\\p{L}*',
      'minori di (?:13|14|16) anni',
    ),
  ],
  tracking: [
    words(
      'tracciament\\p{L}*',
      'traccia\\p{L}* (?:la tua|la sua|le tue|gli utenti|i visitatori)',
      'tra (?:siti|dispositivi)(?: diversi)?',
      'su (?:più|diversi) (?:siti|dispositivi)',
    ),
  ],
  pressure: [
    words(
      'ti consigliamo di accettare',
      'vi consigliamo di accettare',
      'solo oggi',
      'offerta limitata',
      'altrimenti non potrai',
    ),
  ],
  impliedConsent: [
    words(
      '(?:continuando|proseguendo|utilizzando|navigando|visitando|consultando)[^.;!?]{0,60}?(?:accetti|acconsenti|accetta|acconsente|presti il consenso)',
      'equivale a (?:consenso|accettazione)',
    ),
  ],
  negatedTitle: /^(?:non|rifiutare|disattivare|bloccare|opporsi)(?![\p{L}\p{M}\p{N}])|non vendere i miei dati/u,
  conjunction: /\s+(?:e|ed|inclus[oa]|incl\.|&|\+)\s+|\s*[,&/]\s*/u,
  negation: words('non', 'mai', 'nessun\\p{L}*', 'niente', 'nulla', 'senza', 'né'),
  choiceRecord: words('(?:hai|ha) (?:accettato|rifiutato)', 'il tuo consenso', 'la tua scelta'),
  negationInside: words('non', 'mai', 'né'),
  // "se" is "if" here ("Se non ti opponi, …"); the Italian reflexive is "si". The objection itself ends a part
  // too: "Se non ti opponi i dati vengono condivisi" denies the objection, not the sharing.
  boundary: new RegExp(
    `${COMMA_OR_SEMICOLON}|${words('ma', 'però', 'tranne', 'salvo', 'tuttavia', 'se', 'opponi', 'opponete', 'oppone', 'opporti', 'opporvi', 'opporsi').source}`,
    'gu',
  ),
};

export const DUTCH: LanguagePhrases = {
  vague: [
    words('enz\\.?', 'e\\.d\\.', 'en meer', 'onder andere', 'o\\.a\\.', 'en dergelijke'),
    /^(?:overig|overige|andere|diversen)(?: (?:cookies|doeleinden))?$/gu,
    words(
      '(?:uw |jouw |onze |de )?(?:gebruikers|klant|surf)?(?:ervaring|dienst|diensten|service) (?:te )?(?:verbeteren|optimaliseren)',
    ),
    words('(?:voor )?(?:andere|commerciële|zakelijke|diverse) doeleinden', 'marketingdoeleinden'),
    words('met inbegrip van,? maar niet beperkt tot'),
  ],
  sharing: [
    words(
      'derden',
      'derde partijen',
      'adverteerders',
      '(?:onze |geselecteerde |betrouwbare )?partners',
      'partnerbedrijven',
      'groepsmaatschappijen',
      'gelieerde ondernemingen',
    ),
    words(
      'del(?:en|ing) [^.;!?]{0,60}? met',
      'gedeeld met',
      'doorgeven',
      'doorgegeven',
      'doorverkocht',
      'verko(?:pen|cht) [^.;!?]{0,40}?gegevens',
      'gegevens [^.;!?]{0,40}?verko(?:pen|cht)',
      '(?:doorsturen|versturen|verstuurd|doorgestuurd) (?:naar|aan) (?:derden|partners|adverteerders)',
      'sturen [^.;!?]{0,50}? door naar',
      'verstrekt aan',
      'verstrekken aan',
    ),
  ],
  unnamedMore: [
    words(
      'andere (?:\\p{L}+ )?(?:partners|derden|bedrijven)',
      '(?:en|of) (?:aan |met )?(?:(?:onze|zijn|haar|hun) )?(?:\\p{L}+ )?(?:partners|derden)',
    ),
  ],
  analytics: [
    stems(
      'websiteanalyse',
      'analyse van (?:het )?(?:gebruik|bezoek)',
      'analytic\\p{L}*',
      'statistie\\p{L}*',
      'bezoekersaantallen',
    ),
  ],
  advertising: [stems('advertent\\p{L}*', 'reclame', 'marketing', 'nieuwsbrie\\p{L}*')],
  scoring: [words('kredietwaardigheid', 'kredietscore\\p{L}*', 'kredietbeoordeling\\p{L}*', 'risicoscore\\p{L}*')],
  personalisation: [words('gepersonaliseerde (?:inhoud|content|aanbevelingen)', 'aanbevelingen')],
  sensitive: [
    stems(
      'gezondheid\\p{L}*',
      'medisch\\p{L}*',
      'biometrisch\\p{L}*',
      'vingerafdruk\\p{L}*',
      'gezichtsherkenning',
      'genetisch\\p{L}*',
      'religi\\p{L}*',
      'seksuele (?:geaardheid|oriëntatie)',
      'etnische afkomst',
      'politieke (?:opvattingen|voorkeur)',
      'vakbond\\p{L}*',
      'exacte locatie',
      'bankrekening\\p{L}*',
      'kinderen onder de (?:13|14|16)',
    ),
  ],
  tracking: [
    words(
      'volg\\p{L}* (?:u|je|jou|uw|gebruikers|bezoekers)',
      'over (?:websites|sites|apparaten)(?: heen)?',
      'op (?:meerdere|verschillende) (?:websites|sites|apparaten)',
    ),
  ],
  pressure: [
    words('wij raden (?:u )?aan (?:om )?(?:alles )?te accepteren', 'alleen vandaag', 'anders kunt u [^.]{0,40}niet'),
  ],
  impliedConsent: [
    words(
      'door (?:verder te (?:gaan|surfen|browsen|klikken|lezen)|gebruik te maken|te blijven|deze (?:site|website|app) te (?:gebruiken|bezoeken))[^.;!?]{0,60}?(?:gaat u akkoord|ga je akkoord|stemt u in|stem je in)',
      'geldt als (?:toestemming|akkoord)',
    ),
  ],
  negatedTitle:
    /^(?:niet|geen|weigeren|uitschakelen|blokkeren|bezwaar)(?![\p{L}\p{M}\p{N}])|verkoop mijn gegevens niet|niet verkopen/u,
  conjunction: /\s+(?:en|inclusief|incl\.|&|\+)\s+|\s*[,&/]\s*/u,
  negation: words('niet', 'niets', 'nooit', 'geen', 'niemand', 'zonder', 'noch'),
  negationAfter: words('niet', 'niets', 'nooit', 'geen', 'niemand'),
  negationInside: words('niet', 'niets', 'nooit', 'geen', 'niemand'),
  choiceRecord: words('of u', 'uw (?:toestemming|keuze)'),
  boundary: new RegExp(
    `${COMMA_OR_SEMICOLON}|${words('maar', 'tenzij', 'als', 'indien', 'behalve', 'echter').source}`,
    'gu',
  ),
};

export const PORTUGUESE: LanguagePhrases = {
  vague: [
    words('etc\\.?', 'entre outros', 'entre outras', 'e muito mais'),
    words(
      '(?:melhorar|otimizar) (?:a sua |a tua |sua |tua |a nossa |o nosso |o seu |a |os nossos |nossos |as nossas |nossas |os seus |seus |os |as )?(?:experiência|serviço|serviços|navegação|produtos)\\p{L}*',
    ),
    words('(?:para |com )?fins (?:comerciais|de marketing|diversos)', 'outras finalidades', 'outros fins'),
    words('incluindo,? mas não se limitando a', 'poderíamos'),
  ],
  sharing: [
    words('terceiros?', 'parceiros', 'anunciantes', 'empresas do grupo', 'afiliadas', 'empresas parceiras'),
    words(
      '(?:compartilh|partilh)\\p{L}* [^.;!?]{0,60}? com',
      'vend(?:er|emos|em|ido|ida|idos|idas) [^.;!?]{0,40}?(?:dados|informações)',
      '(?:dados|informações) [^.;!?]{0,40}?vend(?:er|emos|em|ido|ida|idos|idas)',
      'fornec\\p{L}* [^.;!?]{0,40}? (?:a|para) (?:terceiros|parceiros|anunciantes)',
      'cedemos',
      'cessão',
    ),
    stems(
      'transfer\\p{L}* (?:(?!nossos servidores)[^.;!?]){0,60}? (?:a|para) (?!(?:os )?nossos servidores)',
      'enviad\\p{L}* (?:a|para) (?!(?:os )?nossos servidores)',
    ),
  ],
  unnamedMore: [
    words(
      'outr[oa]s (?:\\p{L}+ )?(?:parceiros|terceiros|empresas|entidades)',
      '(?:e|ou) (?:a |com |aos )?(?:(?:os )?(?:seus|nossos) )?(?:\\p{L}+ )?(?:parceiros|terceiros)',
    ),
  ],
  analytics: [
    stems(
      'análise (?:de|do|da) (?:tráfego|utilização|navegação|audiência)',
      'analític\\p{L}*',
      'estatístic\\p{L}*',
      'medição de audiência',
    ),
  ],
  advertising: [stems('publicidade', 'publicitári\\p{L}*', 'marketing', 'anúncios')],
  scoring: [
    words('pontuação de crédito', 'score de crédito', 'avaliação de crédito', 'solvabilidade', 'análise de crédito'),
  ],
  personalisation: [words('conteúdos? personalizados?', 'recomendações')],
  sensitive: [
    stems(
      'saúde',
      'médic\\p{L}*',
      'biométric\\p{L}*',
      'impressões? digita\\p{L}*',
      'reconhecimento facial',
      'genétic\\p{L}*',
      'religi\\p{L}*',
      'orientação sexual',
      'origem (?:racial|étnica)',
      'opiniões políticas',
      'sindica\\p{L}*',
      'localização precisa',
      'contas? bancárias?',
      'menores de (?:13|14|16) anos',
    ),
  ],
  tracking: [
    words('rastre\\p{L}*', 'rastreio', 'entre (?:sites|dispositivos)', 'acompanh\\p{L}* (?:a sua|sua|a tua) navegação'),
  ],
  pressure: [words('recomendamos que aceite', 'só hoje', 'oferta limitada', 'caso contrário,? não poderá')],
  impliedConsent: [
    words(
      'ao (?:continuar|usar|utilizar|navegar|consultar|visitar)[^.;!?]{0,60}?(?:você |o utilizador |o usuário )?(?:concorda|aceita|consente)',
      'considera-se que (?:você )?(?:aceita|concorda)',
    ),
  ],
  negatedTitle: /^(?:não|recusar|desativar|bloquear|opor-se)(?![\p{L}\p{M}\p{N}])|não vender os meus dados/u,
  conjunction: /\s+(?:e|incluindo|incl\.|&|\+)\s+|\s*[,&/]\s*/u,
  negation: words('não', 'nunca', 'jamais', 'nenhum\\p{L}*', 'nenhuma', 'nada', 'ninguém', 'sem', 'nem'),
  choiceRecord: words('(?:aceitou|recusou)', 'o seu consentimento', 'a sua escolha'),
  negationInside: words('não', 'nunca', 'jamais', 'nem'),
  boundary: new RegExp(`${COMMA_OR_SEMICOLON}|${words('mas', 'exceto', 'salvo', 'porém', 'contudo').source}`, 'gu'),
};

export const JAPANESE: LanguagePhrases = {
  vague: [
    /等(?=[、。のをにはが]|$)|その他の目的|関連する目的|場合があります|可能性があります|含むがこれに限らない/gu,
    /(?:サービス|体験|利便性|ユーザー体験|品質)(?:の|を)?(?:向上|改善|最適化)/gu,
  ],
  // 提供 alone is also "providing the service": only providing to others counts.
  sharing: [
    /第三者|提携先|パートナー(?:企業)?|グループ会社|関連会社|広告配信事業者|共有|外部(?:に|へ)(?:提供|送信)|事業者に提供|(?:個人)?(?:情報|データ)(?:の|を)(?:販売|売却)|移転/gu,
  ],
  unnamedMore: [
    /その他の(?:第三者|提携先|パートナー|企業)|(?:および|及び|並びに|や)(?:その他の)?(?:第三者|提携先|パートナー)/gu,
  ],
  analytics: [/分析|統計|アクセス解析|利用状況/gu],
  advertising: [/広告|マーケティング|宣伝|販促|メールマガジン/gu],
  scoring: [/信用スコア|与信|信用(?:評価|審査|情報)|スコアリング/gu],
  personalisation: [/パーソナライズ|おすすめ|レコメンド/gu],
  sensitive: [
    /健康|医療|病歴|生体認証|指紋|顔認証|遺伝|宗教|信条|性的指向|人種|民族|政治的|労働組合|正確な位置|位置履歴|銀行口座|16歳未満|13歳未満/gu,
  ],
  tracking: [/トラッキング|追跡|クロスサイト|サイト(?:間|横断)|デバイス(?:間|横断)/gu],
  pressure: [
    /強くお勧め|今だけ|期間限定|同意(?:しないと|しない場合|いただけない場合)[^。]{0,40}(?:できません|いただけません)/gu,
  ],
  impliedConsent: [
    /(?:ご利用|利用|閲覧|継続|アクセス)[^。]{0,30}(?:同意(?:した|いただいた)ものとみな|同意したことにな|同意したと見な)/gu,
  ],
  negatedTitle: /^(?:拒否|無効|オプトアウト|停止|ブロック)|(?:しない|しません)$/u,
  conjunction: /と|および|及び|並びに|、|・|&|\//u,
  // Japanese denies after the verb; before the match nothing denies it.
  negation: /(?!)/gu,
  boundary: /[、，,]|(?<=ます)が|が、|けれど|ただし|しかし/gu,
  negationAfter: /ません|ない|しない|せず|いたしません|ございません/u,
  softVague: [/など/gu],
  choiceRecordAfter: /同意したかどうか|同意の有無|ご選択/u,
  restrictive: /以外/u,
};

/** The lists above by primary language subtag. */
export const OTHER_LANGUAGES: Readonly<Record<string, LanguagePhrases>> = Object.freeze({
  de: GERMAN,
  fr: FRENCH,
  es: SPANISH,
  it: ITALIAN,
  nl: DUTCH,
  pt: PORTUGUESE,
  ja: JAPANESE,
});
