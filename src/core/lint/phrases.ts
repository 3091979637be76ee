/**
 * The phrase lists of the text rules, in English and Chinese (Traditional Chinese is folded to Simplified first),
 * written against normalised text (lowercase, NFKC, straight apostrophes, single spaces); German, French, Spanish,
 * Italian, Dutch, Portuguese and Japanese come from `phrases-languages.ts`. Each list errs on the side of saying
 * nothing: a linter that cries wolf is switched off. Add a phrase only with a test that shows a real clause it
 * catches and a fair one it leaves alone.
 *
 * @module
 */
import { OTHER_LANGUAGES, type LanguagePhrases } from './phrases-languages.js';
import type { Phrase, SentenceRules } from './text.js';

/** Phrase lists per primary language subtag. */
export type PhraseTable = Readonly<Record<string, readonly Phrase[]>>;

const p = (pattern: RegExp, negatable = false): Phrase => ({ pattern, negatable });

/** One value from every language of `phrases-languages.ts`, keyed by primary subtag. */
function perLanguage<T>(pick: (language: LanguagePhrases) => T): Record<string, T> {
  return Object.fromEntries(Object.entries(OTHER_LANGUAGES).map(([tag, language]) => [tag, pick(language)]));
}

/** One kind of list from every language of `phrases-languages.ts`, as phrases. */
function fromOtherLanguages(pick: (language: LanguagePhrases) => readonly RegExp[], negatable = true): PhraseTable {
  return perLanguage((language) => pick(language).map((pattern) => p(pattern, negatable)));
}

/** The primary language subtags the text rules read; text in any other language is reported as unchecked. */
export const CHECKED_LANGUAGES: ReadonlySet<string> = new Set(['en', 'zh', ...Object.keys(OTHER_LANGUAGES)]);

/** How each language denies and where a part of its sentences ends (see `findPhrases`). */
export const SENTENCE_RULES: Readonly<Record<string, SentenceRules>> = Object.freeze({
  en: {
    // "Nothing is shared", "none of it", "we cannot"; but "not only … but also shared" still shares.
    negation:
      /\b(?:not(?!\s+(?:only|just|merely|simply)\b)|never|no|nothing|none|nobody|neither|nor|without|cannot|[a-z]+n't)\b/u,
    // A part ends at "but", "unless", "if"…, at a comma before a new subject ("…, we share"), at "and we/are/is",
    // and after a leading subordinate clause ("If you do not opt out, …"); a list ("sell, rent, or share") goes on.
    boundary:
      /[;:]|\b(?:if|unless|without|when|once|although|though|while|whereas)\b[^,;:.]*,|,(?=\s*(?:but|yet|so|then|we|you|they|it)\b)|\b(?:but|unless|if|however|although|though|except|yet|whereas|while|otherwise)\b|\band (?=(?:we|are|is|will|also|then|they|it)\b)/gu,
    // "Third parties never receive it": the denial after the recipients.
    negationAfter:
      /^\s*(?:(?:will|shall|may|can|could|would|do|does|did)\s+)?(?:never|not)\b|^\s*(?:won|don|doesn|can)['’]t\b|^\s*cannot\b/u,
    // "We do not share it other than with partners" shares with partners.
    restrictive: /\b(?:other than|apart from|except|besides|save for|but only|only (?:to|with))\b/u,
    choiceRecord:
      /\b(?:whether you|that you (?:have )?(?:allowed|refused|accepted|rejected|declined|agreed|opted)|you (?:have )?(?:allowed|refused|accepted|rejected|declined|opted (?:in|out))|your consent(?: choices?| decisions?| preferences| settings)?|your (?:cookie )?(?:choices?|decisions?)|consent (?:choices?|state|status|decisions?))\b/u,
  },
  zh: {
    // 不对外 ("not to outsiders"), 无法/不能 ("cannot"), 禁止 ("is forbidden") deny as plainly as 不会; a 不 right
    // before the match ("不出售") denies the verb it holds.
    negation:
      /不会|不得|绝不|[决決]不|永不|从不|不与|不向|不将|不对(?:外|任何|第三方|其他)|不予|不能|不可|无法|禁止|没有|并不|无需|无须|不(?:收集|共享|分享|提供|出售|转让|披露|用于|使用|进行|含|包含|包括|涉及)|不$/u,
    boundary: /[，,；;：:]|但是|但|却|然而|如果|除非|否则|只要|而且|并且|并将|并会/gu,
    choiceRecord:
      /您是否(?:同意|允许)|您(?:已)?(?:同意|拒绝|允许|选择)了?|您的(?:同意|选择|偏好|授权)|同意状态|授权状态/u,
  },
  // Each language's own rules: LanguagePhrases extends SentenceRules.
  ...perLanguage((language): SentenceRules => language),
});

// Traditional characters of the Chinese lists' words and their Simplified forms, one for one, so a clause in zh-TW
// or zh-HK is read with the same lists (和 and 資料 are the same in both; 資訊 folds to 资讯, still "information").
const TRADITIONAL =
  '進優戶們體驗務質產於業關經數據類個場機構內動會處轉讓儲統計況為訪問熱圖廣營銷薦給夥聯蹤醫療歷識別紋臉聲軌跡確帳賬銀滿週歲時開啟馬強議許錯過則無繼續絕從與將沒並閉資訊護權隱製項選擇擬隨發網頁裡後來對應該當總記錄讀';
const SIMPLIFIED =
  '进优户们体验务质产于业关经数据类个场机构内动会处转让储统计况为访问热图广营销荐给伙联踪医疗历识别纹脸声轨迹确账账银满周岁时开启马强议许错过则无继续绝从与将没并闭资讯护权隐制项选择拟随发网页里后来对应该当总记录读';
const TO_SIMPLIFIED = new Map([...TRADITIONAL].map((character, index) => [character, SIMPLIFIED[index] ?? character]));
const TRADITIONAL_CHARACTER = new RegExp(`[${TRADITIONAL}]`, 'gu');

/** Traditional characters of the lists' words replaced by Simplified ones; the length stays the same. */
export function foldTraditional(text: string): string {
  return text.replace(TRADITIONAL_CHARACTER, (character) => TO_SIMPLIFIED.get(character) ?? character);
}

/**
 * Vague purposes: goals every site could claim ("improve your experience"), open lists ("and more", "etc."),
 * catch-all purposes ("for business purposes") and hedges on what happens to data ("we may share").
 */
export const VAGUE: PhraseTable = Object.freeze({
  en: [
    p(
      /\b(?:improv|enhanc|optimi[sz]|better)\w*\s+(?:your\s+|the\s+|our\s+|users?'?\s+|customer\s+|overall\s+)?(?:user\s+|customer\s+|browsing\s+|online\s+)?(?:experiences?|services?|products?|offerings?|(?:web)?sites?|apps?|platforms?)\b(?!'s\b)(?!\s+(?:search|speed|performance|security|stability|navigation|accessibility|loading|load times?|start-?up|checkout|login|sign-?in)\b)/gu,
    ),
    p(/\band (?:much |many |lots )?more\b(?=\s*(?:[.,;:!?)]|$))/gu),
    p(
      /\b(?:etc\b\.?|et cetera\b|and so on\b|and so forth\b|among others\b|(?:among|amongst) other things\b|and the like\b|a (?:variety|range|number) of other (?:uses|purposes|things)\b)/gu,
    ),
    p(/\bincluding,? but not limited to\b|\bincluding,? without limitation\b/gu),
    p(
      /\b(?:for |other |various |related |similar |certain |additional |further |legitimate |general |internal |any )?(?:business|commercial) purposes?\b|\binternal purposes\b/gu,
      true,
    ),
    // "We will not use it for any other purpose" is a promise, not a hedge: these can be negated.
    p(
      /\b(?:other|related|similar|various|certain|additional|further|compatible) purposes\b|\bany (?:other )?purposes?\b/gu,
      true,
    ),
    p(/\bfuture (?:purposes|services|products|research)\b/gu),
    // A lawful basis named instead of a purpose, and research with no subject, say what the data is for no more.
    p(/\b(?:for |our |in our )?legitimate (?:business )?interests?\b|\bresearch and development\b|\br&d\b/gu, true),
    p(/\bwe (?:may|might)\b/gu),
    p(
      /(?<!\byou (?:also )?)\b(?:may|might|could) (?:also )?(?:be )?(?:us|shar|collect|disclos|process|transfer|sell|sold|combin|analy[sz]|pass|stor|retain|receiv|access)\w*/gu,
    ),
    p(/\bfrom time to time\b/gu),
    p(/\b(?:some|certain) (?:of )?(?:your )?(?:personal )?(?:data|information|details)\b/gu),
    // WP29 03/2013 on purpose limitation gives "marketing purposes" as a purpose too vague to consent to.
    p(/\b(?:for |other |various |general |our )?marketing purposes\b/gu, true),
    // The purpose told elsewhere, or only as a benefit: "purposes described in our privacy policy", "to make our
    // website better for you", "tailored services".
    // A title that names no purpose at all.
    p(
      /^(?:other|others|misc(?:ellaneous)?\.?|various|optional|additional)(?: (?:cookies|purposes|services|uses|data|trackers|technologies))?$/gu,
    ),
    // "The best possible experience": a benefit every site claims, not a purpose.
    p(
      /\b(?:the|a) (?:best|better|optimal|smoother)(?: possible)? (?:user |browsing |online |shopping )?experience\b/gu,
    ),
    p(
      /\bpurposes? (?:described|set out|listed|explained|detailed|outlined|stated) (?:in|on|under) (?:our|the|this)\b|\bmake (?:our |the |this )?(?:(?:web)?site|app|service|platform|products?|experience) better\b|\btailored (?:services?|experiences?)\b/gu,
      true,
    ),
  ],
  zh: [
    // "优化应用的启动速度" names what is improved: specific, not vague.
    p(
      /(?:改善|改进|提升|优化|提高)(?:您的|你的|我们的)?(?:用户|客户)?(?:使用)?(?:体验|服务质量|服务|产品|网站|应用|平台)(?!的)/gu,
    ),
    p(/更(?:好|优质|佳|完善|优)的(?:用户)?(?:体验|服务|产品)/gu),
    // A title that names no purpose at all ("其他").
    p(/^(?:其他|其它)(?:服务|用途|目的|功能|数据|信息)?$/gu),
    p(/包括但不限于|包括但不仅限于|等等|业务需要|商业用途|商业需要/gu),
    p(
      /其他(?:合理|必要|合法|正当)?(?:的)?(?:目的|用途)|相关目的|相关用途|商业目的|业务目的|经营目的|研发|研究与开发|研究和开发|合法利益|正当利益/gu,
      true,
    ),
    // 等 closing a list ("A、B等信息"), but not 平等, 等级, 等待, 等于 and the like.
    p(
      /(?<![平同均相对何初高中上下次头特一二三四五六七八九十])等(?=[，。；、：,.;:）)\s]|$|信息|资讯|资料|数据|目的|用途|服务|功能|场景|方式|机构|公司|内容|类|其他|个人)/gu,
    ),
    // 相关 as a stand-in for naming something ("相关服务"); "相关法律法规" is fine.
    p(/相关(?=服务|目的|用途|信息|数据|业务|功能|产品|活动|第三方|合作方|机构)/gu),
    p(/我们可能|可能会(?:使用|共享|收集|提供|处理|披露|转让|分享|存储)/gu),
  ],
  ...fromOtherLanguages((language) => language.vague),
});

/** Open-ended examples: worth a look, often fair ("data such as your email"). Reported as `info`. */
export const SOFT_VAGUE: PhraseTable = Object.freeze({
  en: [p(/\bsuch as\b/gu)],
  zh: [],
  ...fromOtherLanguages((language) => language.softVague ?? [], false),
});

/** A title part that is only the word for tracking or profiling ("Tracking and advertising"). */
export const TITLE_TRACKING: Readonly<Record<string, RegExp>> = Object.freeze({
  en: /^(?:(?:cross[- ]site |online |ad |advertising )?tracking|profiling)(?: cookies)?$/u,
  de: /^(?:tracking|profilbildung|profiling)$/u,
  fr: /^(?:pistage|traçage|suivi|profilage)$/u,
  es: /^(?:rastreo|seguimiento|elaboración de perfiles)$/u,
  it: /^(?:tracciamento|profilazione)$/u,
  nl: /^(?:tracking|profilering)$/u,
  pt: /^(?:rastreamento|rastreio|criação de perfis)$/u,
  zh: /^(?:追踪|跟踪|用户画像)$/u,
  ja: /^(?:トラッキング|追跡|プロファイリング)$/u,
});

/** Tracking words that no strictly necessary purpose should need. */
export const TRACKING: PhraseTable = Object.freeze({
  en: [
    p(
      /\btrack(?:s|ed|ing)? (?:you|your|users?|visitors?)\b|\bcross[- ](?:site|device) (?:tracking|profiles?)\b|\b(?:meta|facebook|tiktok|linkedin|pinterest|snap) pixel\b|\bprofiles? of (?:your|their|the visitor's) interests\b|\b(?:build|create|compile)\w* (?:a )?profiles? (?:of|about|on) (?:you|your|users?|visitors?)\b/gu,
      true,
    ),
  ],
  zh: [p(/跨站追踪|跨应用追踪|追踪您/gu, true)],
  ...fromOtherLanguages((language) => language.tracking),
});

/** Processing activities, by kind, for `bundled-purpose` and `necessary-mislabelled`. */
export interface ActivityTable {
  readonly analytics: PhraseTable;
  readonly advertising: PhraseTable;
  readonly personalisation: PhraseTable;
  readonly scoring: PhraseTable;
  readonly tracking: PhraseTable;
  readonly sharing: PhraseTable;
}

/** The activities that are distinct purposes on their own. */
export const ACTIVITY_KINDS = [
  'analytics',
  'advertising',
  'personalisation',
  'scoring',
  'tracking',
  'sharing',
] as const;

/** One of {@link ACTIVITY_KINDS}. */
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITIES: ActivityTable = Object.freeze({
  analytics: {
    en: [
      p(
        /\b(?:web |site |website |usage |audience |product )?analytics\b|\bstatistics?\b|\bstatistical\b|\baudience measurement\b|\bheatmaps?\b|\bsession recordings?\b|\bvisitor (?:numbers|counts)\b|\bhow (?:you|visitors|users) use (?:our|the|this)\b|\bmeasur\w* (?:(?:our |the |site |website |web )?traffic|(?:the )?(?:visits|audience|page views))\b|\btraffic (?:analysis|measurement|statistics)\b|\bcount(?:s|ed|ing)? (?:the )?(?:visits|visitors|page ?views|clicks|readers)\b|\banaly[sz](?:e|es|ed|ing) (?:your |the |how )?(?:visits|browsing|usage|use of|behaviou?r|clicks|page ?views)\b|\bmeasur\w* (?:the )?(?:performance|use|usage|reach) of (?:our|the|this)\b|\bwhich pages are (?:popular|visited|read)\b|^measurement$/gu,
        true,
      ),
    ],
    zh: [
      p(
        /统计|数据分析|资料分析|流量分析|使用情况|用户行为分析|访问量|热力图|分析(?:您|你)的(?:浏览|使用|访问|点击)(?:行为|记录|习惯|情况)?/gu,
        true,
      ),
    ],
    ...fromOtherLanguages((language) => language.analytics),
  },
  advertising: {
    en: [
      p(
        /\badvertis\w*|\bads\b|\bad (?:targeting|networks?|partners?)\b|\btargeting cookies\b|\bretargeting\b|\bremarketing\b|\bmarketing\b|\bpromotional\b|\bnewsletters?\b/gu,
        true,
      ),
    ],
    zh: [p(/广告|营销|行销|推广|促销/gu, true)],
    ...fromOtherLanguages((language) => language.advertising),
  },
  personalisation: {
    // Personalised content and recommendations only: "personalised ads" is advertising, one purpose.
    en: [
      p(
        /\bpersonali[sz]\w* (?:content|experience|recommendations|feeds?|news|articles|features|home ?pages?)\b|\bpersonali[sz]ation\b(?! of (?:ads|adverts|advertising|advertisements))|\b(?:product |content )?recommendations\b|\brecommend(?:s|ed|ing)? (?:you )?(?:products|content|articles|items|videos|music|stories|posts|shows|films|books)\b|\btailor\w* (?:content|experience)\b|\bcontent personali[sz]ation\b|\b(?:relevant|tailored|personali[sz]ed) (?:offers|products|deals)\b/gu,
        true,
      ),
    ],
    zh: [
      p(
        /(?:个性化|个人化)(?:内容|推荐|服务|体验|展示)|内容推荐|推荐内容|个性化(?!广告|营销|推广)|推荐(?:您|你)?(?:可能)?感兴趣的/gu,
        true,
      ),
    ],
    ...fromOtherLanguages((language) => language.personalisation),
  },
  // The founding case: looking at a bill enrolled the visitor in credit scoring. A decision about the person made
  // from their data is never part of another service, and never strictly necessary to show them anything.
  scoring: {
    // The activity, not the data: "share your credit score with X" is sharing, "compute a credit score" is scoring.
    en: [
      p(
        /\bcredit[- ](?:scoring|checks?|assessments?|vetting|rating of you)\b|\b(?:assess|check|rate|rating)\w* (?:your |the visitor's )?creditworthiness\b|\b(?:risk|fraud|insurance|behaviou?ral) scoring\b|\bscor(?:e|es|ed|ing) (?:you|users?|customers?|visitors?)\b|\b(?:compute|calculate|assign|produce|determine|generate)\w* (?:a |your |their )?(?:credit |risk )?scores? (?:about|for|of) (?:you|users?|customers?|visitors?)\b|\b(?:compute|calculate|assign|determine)\w* (?:a |your )?(?:credit|risk) scores?\b|\bautomated decisions? (?:about|on) (?:you|your)\b/gu,
        true,
      ),
    ],
    zh: [
      p(
        /(?:进行|开展|生成|计算|确定)(?:您的|你的)?(?:信用|风险)(?:评分|评级|分)|信用评估|评估(?:您的|你的)?(?:信用|还款能力)|征信|信用服务|授信|风险评分/gu,
        true,
      ),
    ],
    ...fromOtherLanguages((language) => language.scoring),
  },
  tracking: TRACKING,
  sharing: {
    en: [
      p(
        /(?<!\byou (?:can |may |could |also )?)\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|transfer(?:s|red|ring)?|sell(?:s|ing)?|sold|pass(?:es|ed|ing)? on)\b[^.;:!?]{0,60}?\b(?:to|with) (?!you\b|your\b|yourself\b|no one\b|nobody\b|our own\b|our servers?\b|our data ?cent(?:er|re)s?\b)/gu,
        true,
      ),
      p(
        /\bthird[- ]part(?:y|ies)\b|\b(?:our|selected|trusted|advertising|marketing|business|commercial|other) partners?\b|\bpartners\b|\b(?:third[- ]party |external )?service providers\b|\bad(?:vertising)? networks?\b|\b(?:sell|sells|selling|sold) (?:your|the|this|such|their|all)\b|\bshar(?:e|es|ed|ing) (?:your|this|the|such|all) (?:personal |browsing |usage )?(?:data|information|details|history)\b(?=\s*[.;!]|\s*$)|\bpartner (?:companies|institutions|organi[sz]ations|networks?)\b|\baffiliates?\b|\bgroup companies\b|\bsale of\b|\badvertisers\b|\bdata brokers?\b|\b(?:advertising |marketing |our |third[- ]party )?vendors?\b|\b(?:other|external|outside|advertising|marketing|selected|trusted|certain|various|third[- ]party) (?:companies|businesses|organi[sz]ations|firms)\b|\bgroup of companies\b|\bmembers of (?:our|the) group\b|\b(?:made available|handed over|disclosed) to (?!you\b|your\b)/gu,
        true,
      ),
      // Sold, licensed or sent on to someone unnamed ("the counts are sold", "forwarded to our sponsors", "sent to
      // an analytics provider", "an external company processes them").
      p(
        /\b(?:is|are|be|being|been|get|gets) (?:then )?(?:sold|licen[sc]ed|rented)\b|\b(?:rent(?:s|ed|ing)?|exchang(?:e|es|ed|ing)|trad(?:e|es|ed|ing))\b[^.;:!?]{0,60}?\b(?:to|with) (?:an? |our |the |other |several |some |selected )?(?:\w+ )?(?:marketers|merchants|advertisers|compan(?:y|ies)|brands|retailers|businesses|partners|others)\b|\bpass(?:es|ed|ing)?\b[^.;:!?]{0,60}?\bon to (?!you\b|your\b|yourself\b|no one\b|nobody\b|our own\b|our (?:team|staff|servers?)\b)|\b(?:licen[sc](?:e|es|ed|ing)|forward(?:s|ed|ing)?|sen[dt]s?|sending|provid(?:e|es|ed|ing)|g[ai]ve|gives?|given)\b[^.;:!?]{0,60}?\bto (?:an? |our |the |their |its |other |several |some |selected )?(?!your?\b)(?:\w+ )?(?:compan(?:y|ies)|providers?|sponsors?|processors?|agenc(?:y|ies)|firms?|buyers|others)\b|\b(?:external|outside|third[- ]party|outside) (?:compan(?:y|ies)|providers?|processors?|tools|agenc(?:y|ies)|firms?|services?)\b|\bsponsors\b/gu,
        true,
      ),
    ],
    zh: [
      p(
        /共享|分享给(?!您|你)|提供给(?!您|你)|发送给(?!您|你)|披露给|向(?:其他|第三方|合作)[^。；;，,]{0,12}?披露|卖给|出售|转让|第三方|第三人|合作伙伴|合作方|合作机构|关联公司|广告主|广告商/gu,
        true,
      ),
    ],
    ...fromOtherLanguages((language) => language.sharing),
  },
});

/**
 * Companies that receive data from sites more than any others, by the names their tools are known by: named in a
 * purpose's text, they are recipients the purpose must list ("Meta and TikTok receive the counts", "Google
 * Analytics"), whatever the language around them.
 */
export const KNOWN_RECIPIENTS =
  /\b(?:Google|Meta|Facebook|Instagram|WhatsApp|TikTok|ByteDance|Microsoft|LinkedIn|Amazon|Adobe|Apple|Twitter|Snapchat|Snap Inc|Pinterest|Yandex|Hotjar|Mixpanel|Criteo|Taboola|Outbrain|HubSpot|Salesforce|Cloudflare|Akamai|Oracle|Quantcast|Matomo Cloud|Baidu|Tencent|Alibaba|Alipay)\b|腾讯|騰訊|阿里巴巴|支付宝|支付寶|百度|字节跳动|字節跳動|抖音|微信|谷歌|脸书|臉書|亚马逊|亞馬遜|微软|微軟|领英|領英|グーグル|フェイスブック|インスタグラム|アマゾン|マイクロソフト|ティックトック|アップル/gu;

/**
 * Names of one recipient ({@link KNOWN_RECIPIENTS}): a purpose that lists any of them names the others too ("Meta
 * Platforms Ireland" for Facebook and Instagram, "AWS EMEA" for Amazon).
 */
export const SAME_RECIPIENT: readonly (readonly string[])[] = [
  ['meta', 'facebook', 'instagram', 'whatsapp', '脸书', '臉書', 'フェイスブック', 'インスタグラム'],
  ['google', 'alphabet', '谷歌', 'グーグル'],
  ['amazon', 'aws', '亚马逊', '亞馬遜', 'アマゾン'],
  ['twitter', 'x corp'],
  ['tiktok', 'bytedance', '抖音', '字节跳动', '字節跳動', 'ティックトック'],
  ['tencent', '腾讯', '騰訊', '微信'],
  ['alibaba', 'alipay', '阿里巴巴', '支付宝', '支付寶'],
  ['microsoft', 'linkedin', '微软', '微軟', '领英', '領英', 'マイクロソフト'],
  ['apple', 'アップル'],
  ['snapchat', 'snap inc'],
];

/** Recipients beyond those a purpose names ("and our other partners"): unnamed even when some are named. */
export const UNNAMED_MORE: PhraseTable = Object.freeze({
  en: [
    p(
      /\bother (?:\w+ )?(?:partners?|third[- ]parties|companies|recipients|vendors|advertisers|organi[sz]ations)\b|\band others\b|\b(?:partners|third[- ]parties|affiliates|vendors),? (?:including|such as|like)\b|\b(?:and|or|&|plus|as well as|together with)(?: with| to)? (?:(?:its|our|their|his|her|selected|trusted|various|certain|some|any|all|the) )?(?:\w+ )?(?:third[- ]parties|partners|data brokers|affiliates|advertisers|vendors|service providers|ad networks)\b|\b(?:and|or|&) (?:similar|related|other such|comparable) (?:companies|businesses|firms|organi[sz]ations|services)\b/gu,
      true,
    ),
  ],
  zh: [
    p(
      /其他(?:第三方|合作伙伴|合作方|合作机构|机构|公司|伙伴)|等第三方|等合作(?:伙伴|方|机构)|(?:及|以及|、)(?:其他|其)?(?:第三方|合作伙伴|合作方|合作机构|关联公司)|在内的(?:第三方|合作伙伴|合作方|合作机构)/gu,
      true,
    ),
  ],
  ...fromOtherLanguages((language) => language.unnamedMore),
});

/**
 * Words joining two activities in a title ("Analytics and advertising", "Statistics, ads"); a bracket joins them
 * too ("Marketing (incl. statistics)"), in every language.
 */
export const TITLE_CONJUNCTIONS: Readonly<Record<string, RegExp>> = Object.freeze(
  Object.fromEntries(
    Object.entries({
      en: /\s+(?:and|&|\+|plus|as well as|and\/or|incl\.|including)\s+|\s*[&/,;]\s*/u,
      // 与 joins titles too ("分析與廣告"); "与合作机构共享" ("share with partner institutions") names one activity,
      // and a title is reported only when two of its parts name activities.
      zh: /以及|和|与|及|并且|、|，|,|&|\//u,
      ...perLanguage((language) => language.conjunction),
    }).map(([language, conjunction]) => [language, new RegExp(`${conjunction.source}|\\s*[()（）]\\s*`, 'u')]),
  ),
);

/**
 * A title part that is only "analysis" names analytics ("分析與廣告"); in a clause the same word often analyses
 * records for the service itself, so the clause lists leave it out.
 */
export const TITLE_ANALYTICS: Readonly<Record<string, RegExp>> = Object.freeze({
  // "Performance and targeting cookies": the usual cookie category for analytics, named by its old name.
  en: /^performance(?: cookies)?$/u,
  fr: /^analyses?$/u,
  it: /^analisi$/u,
  es: /^an[aá]lisis$/u,
  zh: /^(?:数据)?分析$/u,
  ja: /^(?:データ)?分析$/u,
});

/**
 * Sensitive personal information: GDPR Art. 9 special categories and PIPL Art. 28 (biometrics, religious beliefs,
 * medical health, financial accounts, whereabouts, minors under 14).
 */
export const SENSITIVE: PhraseTable = Object.freeze({
  en: [
    p(
      /\b(?:health|medical) (?:data|information|records?|conditions?|status|history)\b|\byour health\b|\bdiagnos[ei]s\b|\bbiometric\w*|(?<!\b(?:device|browser|canvas|audio|digital|tls|ja3) )\bfingerprints?\b|\bfac(?:e|ial) (?:recognition|scans?|images?|geometry)\b|\bgenetic\b|\bdna\b|\breligio(?:n|us)\w*|\bsexual orientation\b|\bsex life\b|\b(?:racial|ethnic) origin\b|\bpolitical (?:opinions?|views|affiliation)\b|\btrade union\b|\b(?:precise|exact) (?:gps )?(?:geo)?(?:location|position)\b|\bmental health\b|\bheart rate\b|\bpregnan\w*|\blocation history\b|\b(?:bank|financial) accounts?\b|\b(?:credit|debit|bank) card (?:numbers?|details)\b|\bchildren\b|\bchild's\b|\bminors\b|\bkids\b|\bvoiceprints?\b/gu,
      true,
    ),
  ],
  zh: [
    p(
      /健康|医疗|病历|生物识别|指纹|人脸|面部识别|声纹|虹膜|基因|宗教|特定身份|行踪轨迹|位置轨迹|精确位置|金融账户|银行账户|银行卡号|儿童|未成年人|不满十四周岁|未满十四周岁|不满14周岁|未满14周岁/gu,
      true,
    ),
  ],
  ...fromOtherLanguages((language) => language.sensitive),
});

/**
 * A period stated as no period: "as long as necessary" leaves the visitor to guess (GDPR Art. 13(2)(a) and PIPL
 * Art. 17 ask for the period, or the criteria that fix it).
 */
export const RETENTION_OPEN_ENDED: PhraseTable = Object.freeze({
  en: [
    p(
      /\b(?:for )?as long as (?:(?:is |it is |we deem |we consider )?(?:necessary|needed|required|appropriate)|we (?:need|want|see fit)(?: it| them)?)\b|\buntil you ask us to delete\b|\bfor an? (?:reasonable|appropriate) (?:time|period)\b/gu,
      true,
    ),
  ],
  zh: [
    p(
      /长期保存|长期存储|(?:保存|存储|保留)(?:至|到)?[^。；;]{0,12}?(?:所)?(?:必需|必要|需要)的(?:期限|时间)|合理(?:的)?期限/gu,
      true,
    ),
  ],
  de: [p(/(?<![\p{L}])(?:so lange wie|solange) (?:nötig|notwendig|erforderlich)(?![\p{L}])/gu, true)],
  fr: [p(/(?<![\p{L}])(?:aussi longtemps que|le temps) (?:nécessaire|utile)(?![\p{L}])/gu, true)],
  es: [p(/(?<![\p{L}])(?:el tiempo|mientras sea) (?:necesario|imprescindible)(?![\p{L}])/gu, true)],
});

/** A clause that keeps data without an end ("indefinitely"), whatever its "retention" says. */
export const RETENTION_UNLIMITED: PhraseTable = Object.freeze({
  en: [
    p(
      /\b(?:indefinitely|forever|permanently|in perpetuity|for an? (?:unlimited|indefinite) (?:time|period)|with no (?:time )?limit)\b/gu,
      true,
    ),
  ],
  zh: [p(/永久|无限期|不限期/gu, true)],
  de: [p(/(?<![\p{L}])(?:unbegrenzt|unbefristet|dauerhaft|auf unbestimmte zeit|für immer)(?![\p{L}])/gu, true)],
  fr: [
    p(
      /(?<![\p{L}])(?:indéfiniment|pour une durée (?:illimitée|indéterminée)|pour toujours|sans limite de durée)(?![\p{L}])/gu,
      true,
    ),
  ],
  es: [
    p(
      /(?<![\p{L}])(?:indefinidamente|de forma indefinida|por tiempo (?:ilimitado|indefinido)|para siempre)(?![\p{L}])/gu,
      true,
    ),
  ],
  it: [p(/(?<![\p{L}])(?:indefinitamente|a tempo indeterminato|per sempre|senza limiti di tempo)(?![\p{L}])/gu, true)],
  nl: [p(/(?<![\p{L}])(?:onbeperkt|voor onbepaalde tijd|voor altijd)(?![\p{L}])/gu, true)],
  pt: [p(/(?<![\p{L}])(?:indefinidamente|por tempo (?:ilimitado|indeterminado)|para sempre)(?![\p{L}])/gu, true)],
  ja: [p(/無期限|永久|無期限に/gu, true)],
});

/** Urgency, nudging, confirmshaming and threats in a clause or title. */
export const PRESSURE: PhraseTable = Object.freeze({
  en: [
    p(
      /\blimited[- ]time\b|\bact now\b|\bhurry\b|\bdon't miss(?: out)?\b|\bmiss out\b|\bonly (?:today|now)\b|\bexpires? soon\b|\bfor the best experience\b|\brecommended setting\b|\(recommended\)|^recommended ?[:\-–—]|\bare you sure you want to\b|\b(?:refusing|declining|rejecting|saying no|opting out)\b[^.;!?]{0,20}?\b(?:will|would|may|could) cost you\b|\bno thanks, i\b|\bi don't (?:care|want)\b/gu,
    ),
    // Social proof and loss framing (Mathur: confirmshaming, misdirection).
    p(
      /\b(?:most|many|\d+ ?%(?: of)?) (?:of our )?(?:visitors|users|readers|people|customers) (?:choose|chose|allow|accept|agree|say yes|opt in)\b|\bhelp us keep (?:this|the|our) (?:site|service|app|content) free\b|\b(?:refusing|declining|rejecting|saying no)\b[^.;!?]{0,30}?\b(?:will|may|could|would) (?:degrade|worsen|harm|break|limit|reduce|ruin)\b|\bwithout (?:this|it|these cookies),? (?:the |our |this )?(?:site|website|app|service|page) (?:may|might|will|would) not (?:work|function)\b|\boffer ends\b/gu,
    ),
    p(
      /\bwe (?:strongly )?recommend (?:that )?(?:you )?(?:to )?(?:accept|allow|enabl|turn|keep|consent|agree|opt)\w*/gu,
    ),
    p(
      /\botherwise,? you (?:will not|won't|cannot|can't|may not) (?:be able to )?(?:use|access|continue)\b|\bif you (?:refuse|decline|say no|don't agree)[^.]{0,40}?\b(?:cannot|can't|won't be able to|will not be able to) (?:use|access|continue)\b|\bwithout (?:this |your |giving )?consent,? you (?:will not|won't|cannot|can't|may not) (?:be able to )?(?:use|access|continue)\b|\bif you (?:refuse|decline|say no|don't agree|opt out)[^.]{0,40}?\byou(?:'ll| will| would| could| may| might)? (?:lose|forfeit|miss)\b|\b(?:refusing|declining|rejecting|opting out)\b[^.;!?]{0,30}?\b(?:means|will mean) (?:losing|giving up|missing)\b/gu,
    ),
  ],
  zh: [
    p(
      /限时|立即开启|马上开启|强烈建议|建议您?(?:开启|同意|允许)|推荐您?(?:开启|同意|允许)|错过|否则(?:您|你)?(?:将)?(?:无法|不能)(?:使用|继续|访问)|(?:拒绝|不同意|关闭)(?:后|将|会|的话)?[^。；;]{0,12}?(?:无法使用|不能使用|影响(?:您的|你的)?(?:使用|体验)|体验(?:变差|下降))|(?:大多数|大部分|多数|\d+%的?)(?:用户|访客|读者|人)(?:都)?(?:选择了?|已经?)?(?:同意|允许|开启)/gu,
    ),
  ],
  // A threat says "not" itself ("sonst können Sie … nicht nutzen"): pressure is never cancelled by a negation.
  ...fromOtherLanguages((language) => language.pressure, false),
});

/**
 * Using, viewing or going on counted as agreement: consent is a clear affirmative act (GDPR Art. 4(11), Recital 32;
 * EDPB 05/2020 §86: scrolling or continuing to browse is not one). Never cancelled by a negation: "by continuing you
 * do not object" is the same trick.
 */
export const IMPLIED_CONSENT: PhraseTable = Object.freeze({
  en: [
    p(
      /\bby (?:continuing|using|viewing|visiting|browsing|scrolling|opening|accessing|staying|remaining|signing in|logging in|proceeding)\b[^.;!?]{0,80}?\byou(?: hereby)? (?:agree|consent|accept|acknowledge|are agreeing|are consenting|give (?:us )?(?:your )?consent|do not object)\b|\b(?:continued use|continuing to use|your use)\b[^.;!?]{0,40}?\b(?:constitutes|means|implies|counts as|signifies|indicates)\b[^.;!?]{0,30}?\b(?:consent|acceptance|agreement)\b|\byou (?:are|will be|shall be) (?:deemed|considered|taken) to (?:have )?(?:agreed|consented|accepted)\b|\b(?:silence|inactivity) (?:means|is|counts as|constitutes) (?:consent|agreement)\b|\b(?:scrolling|browsing|navigating|continuing to (?:browse|use|scroll|navigate)|continued (?:browsing|use|navigation)|(?:your )?use of (?:this|our|the) (?:site|website|app|service|page))\b[^.;!?]{0,40}?\b(?:means|implies|constitutes|signifies|counts as|is (?:considered|deemed|taken as))\b[^.;!?]{0,30}?\b(?:you (?:agree|consent|accept)|(?:your )?(?:consent|acceptance|agreement))\b|\byou (?:agree|consent|accept)\b[^.;!?]{0,40}?\bby (?:continuing|using|browsing|scrolling|navigating|staying)\b|\bby navigating\b[^.;!?]{0,60}?\byou (?:agree|consent|accept)\b/gu,
    ),
    // "If you continue browsing, we assume you accept"; "unless you opt out, you agree"; "closing this banner means
    // you consent".
    p(
      /\b(?:if|when|once|as long as) you (?:continue|keep|go on|stay|remain|carry on|close|dismiss|ignore|do not (?:untick|uncheck|opt out|object|refuse|change)|don't (?:untick|uncheck|opt out|object|refuse|change))\b[^.;!?]{0,60}?\b(?:we (?:will )?(?:assume|consider|take it|understand|treat)|you (?:agree|consent|accept)|(?:this |that )?(?:means|counts as|is taken as))\b|\bunless you (?:opt out|object|untick|uncheck|refuse|say no)\b|\b(?:closing|dismissing|ignoring|scrolling past) (?:this|the) (?:banner|notice|message|prompt|window|dialog)\b[^.;!?]{0,30}?\b(?:means|counts as|is taken as|constitutes)\b/gu,
    ),
    // Wording that says a box starts ticked: never true here, and a pre-ticked box is no consent (Planet49).
    p(
      /\b(?:enabled|selected|ticked|checked|switched on|turned on|activated|on) by default\b|\bpre-?(?:selected|ticked|checked|enabled|activated)\b|\bdefault(?:s)? to (?:on|yes|enabled|allowed)\b|\b(?:you have been|you are|you're|you've been) (?:automatically )?opted in\b|\b(?:already|automatically) (?:ticked|checked|selected|enabled|opted in)\b/gu,
    ),
  ],
  zh: [
    p(
      /默认(?:开启|勾选|选中|打开|启用|同意)|已(?:为您|为你)?(?:默认|预先)(?:勾选|选中|开启)|预(?:先)?勾选|(?:如果|若|如)(?:您|你)?(?:继续(?:浏览|使用|访问)|未取消勾选|不取消勾选|关闭(?:本|此)?(?:提示|弹窗|横幅))[^。；;]{0,30}?(?:即|就|则|将|我们将)?(?:视为|认为|默认|表示)(?:您|你)?(?:已经?)?(?:同意|接受|授权)/gu,
    ),
    p(
      /(?:即|就|则)(?:表示|视为|代表|意味着|默认|说明)(?:您|你)?(?:已经?)?(?:同意|授权|接受|认可)|视为(?:您|你)?(?:已经?)?(?:同意|授权|接受|认可)|默认(?:您|你)?(?:已经?)?(?:同意|授权|接受|开通)|(?:您|你)的(?:继续)?(?:使用|浏览|查看)(?:行为)?(?:即|就)?(?:表示|视为|代表|构成)/gu,
    ),
  ],
  ...fromOtherLanguages((language) => language.impliedConsent, false),
});

/** A title that says "no" where ticking it means "yes" ("Do not sell my data"). Tested against the start. */
export const NEGATED_TITLE: Readonly<Record<string, RegExp>> = Object.freeze({
  en: /^(?:do not|don't|dont|never|no(?!-)|opt[- ]?out(?: of)?|disable|block|stop|reject|refuse|deny|decline|turn off|unsubscribe|limit|restrict|exclude)\b|\b(?:do not|don't) (?:sell|share|track|use)\b/u,
  zh: /^(?:不|拒绝|禁止|关闭|停止|取消|退出|屏蔽)/u,
  ...perLanguage((language) => language.negatedTitle),
});
