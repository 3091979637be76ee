/**
 * Which way a label of the prompt points, for overrides of its own words: "Deny all" on the button that accepts
 * everything, "Allow all" on the one that refuses, "Reject all" on the one that only closes. Loaded when a host
 * first overrides one of {@link LEANING_KEYS}; the element applies such an override only after this check.
 *
 * @module
 */
import { onFirstUse } from '../cache.js';
import { foldLookAlikes, LEANING_KEYS, withoutLatinAccents, type StringsProblem } from './strings.js';

/**
 * A refusal in so many words, not a mere "not" ("Not now" may close a prompt), nor "cancel" (which may close one
 * without deciding). Taking consent back is a refusal too: "Withdraw consent" says no, though it names consent.
 */
const REFUSING = {
  spaced:
    'reject\\p{L}*|deny|refuse\\p{L}*|decline\\p{L}*|disallow\\p{L}*|opt out|ablehn\\p{L}*|verweiger\\p{L}*|refuser|rejeter|rechaz\\p{L}*|' +
    'deneg\\p{L}*|rifiut\\p{L}*|weiger\\p{L}*|afwijz\\p{L}*|rejeitar|recusar|odrzu\\p{L}*|отклон\\p{L}*|' +
    'withdr[ae]w\\p{L}*|revok\\p{L}*|widerruf\\p{L}*|révoqu\\p{L}*|отозва\\p{L}*',
  unspaced: '拒绝|拒絕|不同意|不允许|不允許|不接受|拒否|同意しない|許可しない|撤回|撤销|撤銷',
};

/**
 * Words that say yes or no, in the languages sites most often write their own labels in. An override may change
 * the tone of a label, never which way it points: "Deny all" on the button that accepts everything, "Allow all" on
 * the one that refuses, "Reject all" on the one that only closes. Kept short; a refusal word wins, so "Not
 * allowed" and "不同意" read as refusals.
 */
const SAYS_NO = onFirstUse(() =>
  wordsPattern(
    `${REFUSING.spaced}|denied|disable\\p{L}*|no|not|never|none|off|block\\p{L}*|` +
      "don'?t|(?:strictly )?necessary only|only (?:the )?(?:strictly )?(?:necessary|essential|required)|essential only|without accepting|" +
      'abgelehnt|nein|nicht|kein\\p{L}*|nur (?:notwendige|erforderliche|essenzielle)\\p{L}*|ohne (?:zu )?(?:akzeptieren|zustimmen)|' +
      'refusé\\p{L}*|non|pas|sans accepter|uniquement (?:les )?(?:nécessaires|essentiels)|' +
      'solo (?:las |los )?(?:necesari|esencial)\\p{L}*|sin aceptar|negare|solo (?:i )?necessari|senza accettare|' +
      'nee|niet|alleen noodzakelijke|não|apenas (?:os )?necessários|nie|нет|не|' +
      'revoc\\p{L}*|retract\\p{L}*|cancel\\p{L}*|zurückzieh\\p{L}*|' +
      'retir\\p{L}*|ritir\\p{L}*|intrek\\p{L}*|herroep\\p{L}*|wycof\\p{L}*|odwoł\\p{L}*|отзыв\\p{L}*',
    `${REFUSING.unspaced}|未(?:允许|允許|许可|許可|同意|授权|授權|接受)|否|关闭|關閉|禁止|仅(?:限)?必要|只(?:接受)?必要|必要なもののみ|取消|取り消|撤回する`,
  ),
);
const SAYS_YES = onFirstUse(() =>
  wordsPattern(
    "accept\\p{L}*|allow\\p{L}*|agree\\p{L}*|consent\\p{L}*|yes|ok|okay|enable\\p{L}*|grant\\p{L}*|opt in|got it|sure|i'?m in|turn on|switch on|" +
      'akzeptier\\p{L}*|zustimm\\p{L}*|stimme\\p{L}* zu|erlaub\\p{L}*|annehmen|einverstanden|ja|' +
      "autoris\\p{L}*|oui|consen\\p{L}*|d'accord|acept\\p{L}*|permit\\p{L}*|sí|de acuerdo|accett\\p{L}*|autorizz\\p{L}*|sì|" +
      'toestaan|akkoord|toestemming|aceit\\p{L}*|sim|concordo|(?:za)?akceptuj\\p{L}*|zgadzam\\p{L}*|zezw\\p{L}*|pozw\\p{L}*|tak|принять|принимаю|согласен|разрешить|да',
    '接受|同意|允许|允許|开启|開啟|好的|确定|確定|授权|授權|許可|受け入れ|承諾',
  ),
);
const SAYS_REFUSE = onFirstUse(() => wordsPattern(REFUSING.spaced, REFUSING.unspaced));
/** "All", "everything": with a yes or a no, what "Save my choices" must not say. */
const SAYS_ALL = onFirstUse(() =>
  wordsPattern(
    'all|everything|alle\\p{L}*|alles|tout|tous|toutes|todo|todos|todas|tutto|tutti|tudo|wszystk\\p{L}*|все|всё',
    '全部|所有|全て|すべて',
  ),
);

/** Whole words (bounded by anything but a letter or digit), plus CJK words that need no bounds. */
function wordsPattern(spaced: string, unspaced: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${spaced})(?![\\p{L}\\p{N}])|${unspaced}`, 'u');
}

/** Which way a label points: the label folded as for comparisons, but with its words kept apart. */
function leaning(label: string): { no: boolean; refuse: boolean; yes: boolean; all: boolean } {
  const spaced = (text: string) => text.replace(/[\u2019\u02BC]/gu, "'").replace(/[^\p{L}\p{N}'\s]+/gu, ' ');
  const plain = label
    .normalize('NFKC')
    .replace(/[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/gu, '')
    .toLocaleLowerCase();
  // Read as written (Russian is Cyrillic), with look-alike letters folded ("Dеny" with a Cyrillic е), and then
  // without accents on Latin letters ("Rejéct all", the accent one character or a combining mark).
  const folded = foldLookAlikes(foldLookAlikes(plain).toLocaleLowerCase());
  const bare = withoutLatinAccents(folded);
  const texts = [spaced(plain), spaced(folded), spaced(bare)];
  const says = (pattern: RegExp) => texts.some((text) => pattern.test(text));
  return { no: says(SAYS_NO()), refuse: says(SAYS_REFUSE()), yes: says(SAYS_YES()), all: says(SAYS_ALL()) };
}

/** The languages whose words for a refusal {@link SAYS_NO} knows. */
const REFUSALS_KNOWN: ReadonlySet<string> = new Set(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'ru', 'zh', 'ja']);

/** Labels that must not point the other way, and what each may not say. */
const LEANINGS: Readonly<Record<string, (leans: ReturnType<typeof leaning>) => string | undefined>> = {
  'actions.acceptAll': ({ no }) => (no ? 'reads as a refusal on the button that accepts' : undefined),
  'actions.rejectAll': ({ no, yes }) => (yes && !no ? 'reads as acceptance on the button that refuses' : undefined),
  'actions.save': ({ no, yes, all }) =>
    all && (yes || no) ? 'reads as accepting or refusing everything on the button that saves the switches' : undefined,
  'actions.close': ({ refuse, yes }) =>
    yes || refuse ? 'reads as a decision on the button that closes without deciding' : undefined,
  'actions.withdraw': ({ no, yes }) => (yes && !no ? 'reads as acceptance on the button that withdraws' : undefined),
  'purpose.allow': ({ no }) => (no ? 'reads as a refusal on the switch that allows' : undefined),
  'placeholder.allow': ({ no }) => (no ? 'reads as a refusal on the button that allows' : undefined),
  'preferences.granted': ({ no }) => (no ? 'reads as a refusal for a purpose that is allowed' : undefined),
  'preferences.refused': ({ no, yes }) => (yes && !no ? 'reads as allowed for a purpose that is not' : undefined),
};

/**
 * The overrides (validated, flattened per locale) whose labels point the other way, each naming its field. Never
 * throws.
 */
export function leaningProblems(strings: Readonly<Record<string, Readonly<Record<string, string>>>>): StringsProblem[] {
  const problems: StringsProblem[] = [];
  for (const [locale, flat] of Object.entries(strings)) {
    const wordsKnown = REFUSALS_KNOWN.has(locale.split('-')[0]!.toLowerCase());
    for (const key of LEANING_KEYS) {
      const text = Object.prototype.hasOwnProperty.call(flat, key) ? flat[key] : undefined;
      const leans = typeof text === 'string' ? leaning(text) : undefined;
      let reason = leans ? LEANINGS[key]?.(leans) : undefined;
      // "Reject all" relabelled "More options" or "Manage settings" hides the refusal from the first screen: in a
      // language whose refusals are known here, its label must say no.
      if (!reason && leans && key === 'actions.rejectAll' && wordsKnown && !leans.no) {
        reason = 'does not say it refuses, on the button that refuses every purpose';
      }
      // So must "Accept all" say yes: relabelled "Continue", it no longer says what pressing it gives away.
      if (!reason && leans && key === 'actions.acceptAll' && wordsKnown && !leans.yes) {
        reason = 'does not say it accepts, on the button that accepts every purpose';
      }
      // "Always on" on the switches reads as the badge of a necessary purpose, which has no switch.
      if (!reason && leans && key === 'purpose.allow' && wordsKnown && !leans.yes) {
        reason = 'does not say it allows, on the switch that allows a purpose';
      }
      if (!reason) continue;
      const path = `strings.${locale}.${key}`;
      problems.push(
        Object.freeze({ code: 'deceptive-label', path, message: `${path}: ${reason}; a label must say what it does.` }),
      );
    }
  }
  return problems;
}
