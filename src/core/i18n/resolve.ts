/**
 * Language resolution, shared by the prompt and by servers that want to pick the same language for the same
 * request. Pure: the caller gathers the visitor's preferences (element `lang`, the closest `lang` up the DOM,
 * `navigator.languages` or an `Accept-Language` header) and passes them in order.
 *
 * Matching follows BCP 47 with scripts taken into account: tags are maximized as `Intl.Locale#maximize()` does
 * (from a table for the shipped languages, checked against the engine for every region, and with `Intl.Locale`
 * for everything else), so `zh-TW` and `zh-HK` mean Traditional Chinese and `zh-CN`/`zh-SG` Simplified; the region only breaks ties (`pt-PT` prefers
 * `pt-PT` over `pt-BR`, but falls back to `pt-BR` before leaving Portuguese, as text not in the wanted language).
 *
 * @module
 */
import { cached } from '../cache.js';
import { isCanonicalShippedTag, likelyParts } from './likely-subtags.js';

/** The result of matching the visitor's preferences against what is available. */
export interface LanguageMatch {
  /** The available tag chosen, exactly as the available list spells it. */
  readonly language: string;
  /** The visitor's first (most wanted) valid preference, canonicalized; `undefined` when none was given. */
  readonly wanted: string | undefined;
  /** `true` when `language` is in the language and script the visitor wanted most (region may differ). */
  readonly isWanted: boolean;
}

interface LocaleParts {
  readonly tag: string;
  readonly language: string;
  readonly script: string;
  readonly region: string;
  /** The region the tag itself names (`''` for `pt`, `zh-Hant`): likely subtags fill `region`, not this. */
  readonly named: string;
}

/**
 * Languages written to more than one standard, each standard the CLDR parent locale of its regions: for these, a
 * text for one region is not a text for the other (`pt-PT` legal wording is not Brazil's). Each lists the regions of
 * its default standard (CLDR's `pt`, `es`, `en`); every other region shares the other one (`pt_PT`, `es_419`,
 * `en_001`).
 */
const STANDARDS: Readonly<Record<string, readonly string[]>> = {
  pt: ['BR'],
  es: ['ES', 'EA', 'IC', 'GQ', 'PH'],
  en: ['US', 'AS', 'GU', 'MH', 'MP', 'PR', 'UM', 'VI'],
};

/**
 * Whether texts for these two regions are written to the same standard: always where either tag names no region
 * (`pt` may be read by any Portuguese reader) or the language has one standard.
 */
function sameStandard(a: LocaleParts, b: LocaleParts): boolean {
  const regions = STANDARDS[a.language];
  if (!regions || !a.named || !b.named) return true;
  return regions.includes(a.named) === regions.includes(b.named);
}

const NAMED_REGION = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?-([A-Z]{2}|\d{3})(?:-|$)/;

const RIGHT_TO_LEFT_SCRIPTS = new Set(
  (
    'Adlm Arab Aran Armi Avst Chrs Cprt Elym Gara Hatr Hebr Hung Khar Lydi Mand Mani Mend Merc Mero Narb Nbat ' +
    'Nkoo Orkh Ougr Palm Phli Phlp Phnx Prti Rohg Samr Sarb Sogd Sogo Syrc Thaa Yezi'
  ).split(' '),
);
// "Undetermined", "multiple", "no linguistic content" and "uncoded": no language a visitor asked for. (Intl
// would maximise `und` to English.)
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

// RFC 5646's irregular grandfathered tags with a preferred value (Intl refuses them all). The regular ones Intl
// reads; `zh-min-nan`, `zh-hakka` and `zh-xiang` are regular in form but refused too.
const GRANDFATHERED: Readonly<Record<string, string>> = {
  'en-gb-oed': 'en-GB-oxendict',
  'i-ami': 'ami',
  'i-bnn': 'bnn',
  'i-hak': 'hak',
  'i-klingon': 'tlh',
  'i-lux': 'lb',
  'i-navajo': 'nv',
  'i-pwn': 'pwn',
  'i-tao': 'tao',
  'i-tay': 'tay',
  'i-tsu': 'tsu',
  'sgn-be-fr': 'sfb',
  'sgn-be-nl': 'vgt',
  'sgn-ch-de': 'sgg',
  'zh-min-nan': 'nan',
  'zh-hakka': 'hak',
  'zh-xiang': 'hsn',
};

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The canonical form of a tag, or `undefined` when it is not a language tag. Forms Intl refuses that still name a
 * language are read as RFC 5646 says: an extended language subtag (`zh-cmn-Hans-CN`) as the language it names
 * (`cmn-Hans-CN`, then `zh-Hans-CN`), a grandfathered tag as its preferred value, and `_` (`en_US`, as POSIX and
 * Java write locales) as `-`.
 */
export function canonicalLanguage(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > 100) return undefined;
  const direct = canonical(tag);
  if (direct !== undefined) return direct;
  const hyphenated = tag.replace(/_/g, '-');
  const lower = hyphenated.toLowerCase();
  const preferred = GRANDFATHERED[lower];
  if (preferred !== undefined && Object.prototype.hasOwnProperty.call(GRANDFATHERED, lower))
    return canonical(preferred);
  // `ll-xxx…`: a second subtag of three letters is an extended language subtag (a region is two letters or three
  // digits, a script four letters).
  return canonical(hyphenated.replace(/^[a-z]{2,3}-(?=[a-z]{3}(?:-|$))/i, ''));
}

// Tags are resolved on every render of a prompt (each clause, the menu, the notice); canonicalising and
// maximising with Intl is the costly part, and pages use a handful of tags. Bounded against hostile input.
const partsCache = new Map<string, LocaleParts | undefined>();

function localeParts(tag: unknown): LocaleParts | undefined {
  if (typeof tag !== 'string') return undefined;
  return cached(partsCache, tag, () => computeLocaleParts(tag));
}

/** More tags than any config lists (at most 100) or any browser sends: longer lists are cut here. */
const MAX_TAGS = 200;

/**
 * The first {@link MAX_TAGS} entries of a list given to the functions below, with anything but text read as no
 * tag (`''`); no list at all (or one that cannot be read, a revoked Proxy) is an empty one. Servers pass these
 * lists from requests: a wrong one gives no match, never an exception or a long wait.
 */
function tagsOf(list: unknown): string[] {
  try {
    if (!Array.isArray(list)) return [];
    const tags: string[] = [];
    for (let index = 0; index < Math.min(list.length, MAX_TAGS); index++) {
      const tag: unknown = list[index];
      tags.push(typeof tag === 'string' ? tag : '');
    }
    return tags;
  } catch {
    return [];
  }
}

/**
 * Norwegian (`no`) is written as Bokmål (`nb`) unless Nynorsk (`nn`) is named: CLDR's matcher puts the two at
 * distance 1, so a reader who asks for one is shown the other as their own language, without a notice.
 */
const writtenAs = (language: string): string => (language === 'nb' ? 'no' : language);

function computeLocaleParts(tag: string): LocaleParts | undefined {
  // The 51 shipped locales are matched on every first visit: they skip the engine's canonicalisation (about 50
  // calls before the prompt can paint).
  const canonical = isCanonicalShippedTag(tag) ? tag : canonicalLanguage(tag);
  if (!canonical) return undefined;
  const named = NAMED_REGION.exec(canonical)?.[1] ?? '';
  const likely = likelyParts(canonical);
  if (likely) return { tag: canonical, ...likely, language: writtenAs(likely.language), named };
  try {
    const maximized = new Intl.Locale(canonical).maximize();
    return {
      tag: canonical,
      language: writtenAs(maximized.language),
      script: maximized.script ?? '',
      region: maximized.region ?? '',
      named,
    };
  } catch {
    return undefined;
  }
}

/**
 * Whether two tags name the same written language: the same language in the same script and, where the language
 * is written to more than one standard and both tags name a region, to the same one (`pt-PT` and `pt-AO` are,
 * `pt-PT` and `pt-BR` are not; `zh-CN` and `zh-SG` are).
 */
export function sameLanguage(a: string, b: string): boolean {
  const left = localeParts(a);
  const right = localeParts(b);
  return (
    !!left && !!right && left.language === right.language && left.script === right.script && sameStandard(left, right)
  );
}

/**
 * The index of the best available language for one preference, or -1. An exact tag wins, then the same language,
 * script and region, then a tag naming a region of the same written standard (`pt-AO` takes `pt-PT` over `pt-BR`,
 * `es-MX` `es-419` over `es-ES`, and over a bare `es`, which is Spain's by default), then a tag naming no region,
 * then the same language and script; the first of equals.
 */
function bestFor(preference: LocaleParts, available: readonly string[]): number {
  let best = -1;
  let bestScore = 0;
  for (const [index, tag] of available.entries()) {
    const candidate = localeParts(tag);
    if (!candidate || candidate.language !== preference.language || candidate.script !== preference.script) continue;
    const score =
      candidate.tag === preference.tag
        ? 5
        : candidate.region === preference.region
          ? 4
          : !sameStandard(candidate, preference)
            ? 1
            : candidate.named && preference.named
              ? 3
              : 2;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
    // Nothing beats the exact tag: the rest of the list need not be read (on a first visit, most of 51 locales).
    if (score === 5) break;
  }
  return best;
}

/**
 * Picks one of `available` for a visitor whose preferences are `preferred`, most wanted first. Falls back through
 * the preferences in order, then to `fallback` (which should be one of `available`), then to the first available.
 */
export function matchLanguage(
  preferred: readonly (string | null | undefined)[],
  available: readonly string[],
  fallback?: string,
): LanguageMatch {
  return matchTags(tagsOf(preferred), tagsOf(available), typeof fallback === 'string' ? fallback : undefined);
}

function matchTags(preferred: readonly string[], available: readonly string[], fallback?: string): LanguageMatch {
  let wanted: LocaleParts | undefined;
  // One preference at a time: the browser's languages after a matching `lang` are never canonicalised.
  for (const tag of preferred) {
    const preference = tag ? localeParts(tag) : undefined;
    if (!preference || NO_LANGUAGE.has(preference.tag.split('-')[0] ?? '')) continue;
    wanted ??= preference;
    const index = bestFor(preference, available);
    if (index >= 0) {
      const language = available[index] as string;
      return { language, wanted: wanted.tag, isWanted: sameLanguage(language, wanted.tag) };
    }
  }
  const language =
    fallback !== undefined && available.includes(fallback) ? fallback : (available.find((tag) => tag !== '') ?? 'en');
  return { language, wanted: wanted?.tag, isWanted: !!wanted && sameLanguage(language, wanted.tag) };
}

/** `rtl` for languages written right to left (Arabic, Hebrew, Persian, Urdu, ...), else `ltr`. */
export function languageDirection(tag: string): 'ltr' | 'rtl' {
  const parts = localeParts(tag);
  return parts && RIGHT_TO_LEFT_SCRIPTS.has(parts.script) ? 'rtl' : 'ltr';
}

/**
 * Parses an HTTP `Accept-Language` header into tags, most wanted first, so a server can resolve the same language
 * as the prompt: `matchLanguage(parseAcceptLanguage(header), config.languages, config.defaultLanguage)`.
 */
export function parseAcceptLanguage(header: string | readonly string[] | null | undefined): string[] {
  // A header sent more than once comes as a list from some servers; anything but text is no header.
  const text = typeof header === 'string' ? header : tagsOf(header).join(',');
  if (!text) return [];
  return text
    .slice(0, 4096)
    .split(',', MAX_TAGS)
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      // "q" is case-insensitive (RFC 9110); a weight above 1, the most there is, counts as 1.
      const qParam = params.map((p) => p.trim()).find((p) => /^q=/i.test(p));
      const quality = qParam ? Math.min(Number(qParam.slice(2)), 1) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order)
    .map((entry) => entry.tag);
}
