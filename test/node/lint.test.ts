// The dark-pattern linter: every rule with a case it must catch and a fair case it must leave alone, hostile input,
// and the annual-report fixture.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { LINT_RULES, lintConfig, lintConfigJson } from '../../src/core/lint/index.js';
import type { LintFinding, LintOptions, LintResult, LintRuleId } from '../../src/core/lint/index.js';
import { countSentences, normaliseText } from '../../src/core/lint/text.js';

const FIXTURE_TEXT = readFileSync(new URL('../fixtures/annual-report.json', import.meta.url), 'utf8');

/** A mutable config shape for building variants of the fixture. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function fixture(): Json {
  return JSON.parse(FIXTURE_TEXT) as Json;
}

/** Lints the fixture after `change`; fails when the change made the config invalid. */
function lintWith(change: (config: Json) => void, options?: LintOptions): LintResult {
  const config = fixture();
  change(config);
  const result = lintConfig(config, options);
  assert.equal(result.valid, true, `the changed config is invalid: ${JSON.stringify(result.findings)}`);
  return result;
}

function only(result: LintResult, rule: LintRuleId): LintFinding[] {
  return result.findings.filter((finding) => finding.rule === rule);
}

/** `severity rule @ path` of each finding, for whole-result comparisons. */
function summary(result: LintResult): string[] {
  return result.findings.map((finding) => `${finding.severity} ${finding.rule} @ ${finding.path}`);
}

/** The index of a purpose in the fixture by id. */
function at(config: Json, id: string): Json {
  const purpose = (config.purposes as Json[]).find((candidate) => candidate.id === id);
  assert.ok(purpose, id);
  return purpose;
}

const words = (count: number): string =>
  Array.from({ length: count }, (_, index) => ['payment', 'records', 'are', 'kept'][index % 4]).join(' ') + '.';

describe('lintConfig', () => {
  it('finds nothing in the annual-report fixture', () => {
    const result = lintConfig(fixture());
    assert.equal(result.valid, true);
    assert.deepEqual(summary(result), []);
    assert.deepEqual(result.counts, { error: 0, warning: 0, info: 0 });
  });

  it('leaves an honest config of common purposes alone', () => {
    const config = fixture();
    config.dataCategories = undefined;
    delete config.dataCategories;
    config.purposes = [
      {
        id: 'session',
        necessary: true,
        title: { en: 'Keep you signed in', 'zh-CN': '保持登录状态' },
        clause: {
          en: 'We store a session identifier in a cookie so you stay signed in while you use the site. It is deleted when you sign out.',
          'zh-CN': '我们在 Cookie 中存储会话标识符，以便您在使用本网站时保持登录状态。您退出登录时该标识符即被删除。',
        },
      },
      {
        id: 'statistics',
        title: { en: 'Visit statistics', 'zh-CN': '访问统计' },
        clause: {
          en: 'We count visits and which pages are read with Matomo on our own server, to see which articles are useful. Your IP address is shortened and the data is not shared with anyone. We will not use it for any other purpose.',
          'zh-CN':
            '我们使用部署在自有服务器上的 Matomo 统计访问次数和被阅读的页面，以了解哪些文章有用。您的 IP 地址会被截短，数据不会与任何人共享，也不会用于其他目的。',
        },
        retention: 'P1Y',
      },
      {
        id: 'ads',
        title: { en: 'Advertising by Example Ads', 'zh-CN': '由 Example Ads 投放广告' },
        clause: {
          en: 'Example Ads shows you ads on this site chosen from the pages you visit here. It receives your IP address and an identifier stored in a cookie.',
          'zh-CN':
            'Example Ads 根据您在本网站访问的页面在本网站向您展示广告。它会收到您的 IP 地址和存储在 Cookie 中的标识符。',
        },
        thirdParties: [{ name: 'Example Ads', contact: 'privacy@ads.example' }],
        separateConsent: true,
        retention: 'P6M',
      },
      {
        id: 'newsletter',
        title: { en: 'Weekly newsletter', 'zh-CN': '每周通讯' },
        clause: {
          en: 'We send you our weekly newsletter by email. You may unsubscribe at any time with the link in each email.',
          'zh-CN': '我们每周通过电子邮件向您发送通讯。您可以随时通过每封邮件中的链接退订。',
        },
        retention: 'P2Y',
      },
    ];
    const result = lintConfig(config);
    assert.equal(result.valid, true, JSON.stringify(result.findings));
    assert.deepEqual(summary(result), []);
  });

  it('returns validation problems as valid-config errors, then the rules on what could be read', () => {
    const config = fixture();
    delete config.controller.email;
    at(config, 'offers').clause.en = 'We use your data to improve your experience and more.';
    const result = lintConfig(config);
    assert.equal(result.valid, false);
    assert.equal(result.rulesRan, true);
    assert.equal(result.config, undefined);
    assert.deepEqual(summary(result), [
      'error valid-config @ controller.email',
      'warning vague-purpose @ purposes[2].clause.en',
      'warning clause-length-mismatch @ purposes[2].clause.zh-CN',
    ]);
    const [finding] = result.findings;
    assert.equal(finding!.code, 'required');
    assert.ok(!finding!.message.startsWith('controller.email:'), 'the path is not repeated in the message');
    assert.match(finding!.source, /validateConfig/);
    assert.deepEqual(result.counts, { error: 1, warning: 2, info: 0 });
  });

  it('lints a purpose that failed validation, and names purposes by their place in the config as written', () => {
    const config = fixture();
    // Unreadable: no title. Read with a problem: a pre-ticked default, and a vague clause.
    delete at(config, 'bill').title;
    Object.assign(at(config, 'offers'), { defaultChecked: true });
    at(config, 'offers').clause.en = 'We use your data to improve your experience and more.';
    at(config, 'partner-sharing').clause.en = 'We use your data to improve your experience and more.';
    const result = lintConfig(config);
    assert.equal(result.valid, false);
    assert.equal(result.rulesRan, true);
    const rules = result.findings.filter((finding) => finding.rule !== 'valid-config');
    assert.ok(
      result.findings.some((finding) => finding.rule === 'valid-config' && finding.path === 'purposes[0].title'),
      JSON.stringify(summary(result)),
    );
    assert.ok(
      result.findings.some((finding) => finding.rule === 'valid-config' && finding.path.startsWith('purposes[2]')),
      JSON.stringify(summary(result)),
    );
    // purposes[0] could not be read, so the offers purpose is third in what was linted: its path stays purposes[2].
    assert.ok(
      rules.some((finding) => finding.rule === 'vague-purpose' && finding.path === 'purposes[2].clause.en'),
      JSON.stringify(summary(result)),
    );
    assert.ok(
      rules.some((finding) => finding.rule === 'vague-purpose' && finding.path === 'purposes[3].clause.en'),
      JSON.stringify(summary(result)),
    );
    assert.ok(!rules.some((finding) => finding.path.startsWith('purposes[0]')), JSON.stringify(summary(result)));
    // Validation problems come first.
    const firstRule = result.findings.findIndex((finding) => finding.rule !== 'valid-config');
    assert.ok(result.findings.slice(firstRule).every((finding) => finding.rule !== 'valid-config'));
  });

  it('runs no rule when the languages of an invalid config cannot be read', () => {
    for (const change of [
      (config: Json) => (config.languages = 'en'),
      (config: Json) => delete config.defaultLanguage,
      (config: Json) => (config.defaultLanguage = 'fr'),
    ]) {
      const config = fixture();
      change(config);
      at(config, 'offers').clause.en = 'We use your data to improve your experience and more.';
      const result = lintConfig(config);
      assert.equal(result.valid, false);
      assert.equal(result.rulesRan, false);
      assert.ok(result.findings.length > 0);
      assert.ok(
        result.findings.every((finding) => finding.rule === 'valid-config'),
        JSON.stringify(summary(result)),
      );
    }
  });

  it('lints what could be read when the policy, controller or jurisdiction could not be', () => {
    const config = fixture();
    config.policy = 'https://example.com/privacy';
    config.controller = null;
    config.jurisdiction = 'XX-not-a-place';
    at(config, 'offers').clause.en = 'We use your data to improve your experience and more.';
    const result = lintConfig(config);
    assert.equal(result.valid, false);
    assert.equal(result.rulesRan, true);
    const rules = result.findings.filter((finding) => finding.rule !== 'valid-config');
    assert.deepEqual(
      rules.map((finding) => `${finding.rule} @ ${finding.path}`),
      ['vague-purpose @ purposes[2].clause.en', 'clause-length-mismatch @ purposes[2].clause.zh-CN'],
    );
    assert.deepEqual(lintConfigJson(JSON.stringify(config)).findings, result.findings);
  });

  it('reports the validation error for sensitive data without separate consent', () => {
    const config = fixture();
    Object.assign(at(config, 'offers'), { sensitive: true, sensitiveCategories: ['health'] });
    const result = lintConfig(config);
    assert.equal(result.valid, false);
    assert.ok(
      result.findings.some((finding) => finding.code === 'conflict' && finding.path === 'purposes[2].sensitive'),
    );
  });

  it('lints JSON text, reporting a syntax error as a valid-config error', () => {
    assert.deepEqual(summary(lintConfigJson(FIXTURE_TEXT)), []);
    const broken = lintConfigJson('{"policy": ');
    assert.equal(broken.valid, false);
    assert.equal(broken.findings[0]?.code, 'format');
  });

  it('skips disabled rules and ignores malformed options', () => {
    const change = (config: Json): void => void delete at(config, 'offers').retention;
    assert.equal(only(lintWith(change), 'retention-missing').length, 1);
    assert.equal(only(lintWith(change, { disable: ['retention-missing'] }), 'retention-missing').length, 0);
    const odd = { disable: 'retention-missing', maxClauseWords: -1 } as unknown as LintOptions;
    assert.equal(only(lintWith(change, odd), 'retention-missing').length, 1);
  });
});

describe('LINT_RULES', () => {
  it('lists every rule once with a summary and a source', () => {
    const ids = LINT_RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.length >= 15);
    for (const rule of LINT_RULES) {
      assert.ok(rule.summary.length > 20, rule.id);
      assert.ok(rule.source.length > 10, rule.id);
      // Each cites at least one of the five sources the issue names.
      assert.match(
        rule.source,
        /EDPB Cookie Banner Taskforce|EDPB Guidelines 05\/2020|CPRA\) 11 CCR §7004|Mathur et al\. 2019|Gray et al\. 2018/,
        rule.id,
      );
      assert.ok(['error', 'warning', 'info'].includes(rule.severity), rule.id);
    }
    assert.ok(Object.isFrozen(LINT_RULES));
  });

  it('gives each finding the source of its rule', () => {
    const result = lintWith((config) => {
      delete at(config, 'offers').retention;
      config.maxAgeDays = 800;
    });
    for (const finding of result.findings) {
      assert.equal(finding.source, LINT_RULES.find((rule) => rule.id === finding.rule)?.source);
    }
  });
});

describe('vague-purpose', () => {
  it('names the vague phrases in English and Chinese', () => {
    const result = lintWith((config) => {
      at(config, 'offers').clause.en = 'We use your spending categories to improve your experience, and more.';
      at(config, 'offers').clause['zh-CN'] = '我们使用您的消费类别来改善您的体验，以及其他目的等。';
    });
    const found = only(result, 'vague-purpose');
    assert.deepEqual(
      found.map((finding) => finding.path),
      ['purposes[2].clause.en', 'purposes[2].clause.zh-CN'],
    );
    assert.deepEqual(found[0]!.matches, ['improve your experience', 'and more']);
    assert.match(found[0]!.message, /"improve your experience" and "and more"/);
    assert.deepEqual(found[1]!.matches, ['改善您的体验', '其他目的', '等']);
    assert.equal(found[0]!.severity, 'warning');
  });

  it('catches hedges on what is done with data, but not the visitor\'s own "may"', () => {
    const hedged = lintWith((config) => {
      at(config, 'offers').clause.en = 'Your data may be shared for business purposes, etc.';
    });
    assert.deepEqual(only(hedged, 'vague-purpose')[0]?.matches, ['may be shared', 'for business purposes', 'etc.']);
    const fair = lintWith((config) => {
      at(config, 'offers').clause.en =
        'We use your spending categories to choose offers. You may withdraw your consent at any time.';
      at(config, 'offers').clause['zh-CN'] = '我们根据您的消费类别选择优惠。您可以随时撤回同意，我们平等对待每位用户。';
    });
    assert.deepEqual(only(fair, 'vague-purpose'), []);
  });

  it('reads full-width letters and typographic apostrophes as plain ones', () => {
    const result = lintWith((config) => {
      at(config, 'offers').clause.en =
        'We use your spending categories to ＩＭＰＲＯＶＥ ＹＯＵＲ ＥＸＰＥＲＩＥＮＣＥ.';
      at(config, 'offers').title.en = 'Don\u2019t use my spending';
    });
    assert.deepEqual(only(result, 'vague-purpose')[0]?.matches, ['improve your experience']);
    assert.deepEqual(only(result, 'negated-title')[0]?.matches, ["don't"]);
  });

  it('reports "such as" alone as info', () => {
    const result = lintWith((config) => {
      at(config, 'offers').clause.en = 'We use spending categories such as groceries and travel to choose offers.';
    });
    const [finding] = only(result, 'vague-purpose');
    assert.equal(finding?.severity, 'info');
    assert.deepEqual(finding?.matches, ['such as']);
  });

  it('checks titles too', () => {
    const result = lintWith((config) => {
      at(config, 'offers').title.en = 'Better services';
    });
    assert.deepEqual(
      only(result, 'vague-purpose').map((finding) => finding.path),
      ['purposes[2].title.en'],
    );
  });
});

describe('vague-purpose, more wording', () => {
  it('reports purposes told elsewhere or only as a benefit, and titles that name no purpose', () => {
    const cases: [string, string, string[]][] = [
      ['clause', 'We use your data for purposes described in our privacy policy.', ['purposes described in our']],
      ['clause', 'We count visits to make our website better for you.', ['make our website better']],
      ['clause', 'We use your spending categories to offer tailored services.', ['tailored services']],
      ['title', 'Other', ['other']],
      ['title', 'Miscellaneous', ['miscellaneous']],
      ['title', 'Optional cookies', ['optional cookies']],
    ];
    for (const [field, text, matches] of cases) {
      const result = lintWith((config) => {
        at(config, 'offers')[field].en = text;
      });
      assert.deepEqual(only(result, 'vague-purpose')[0]?.matches, matches, text);
    }
    // "Other offers" names something: not a title with no purpose.
    const named = lintWith((config) => {
      at(config, 'offers').title.en = 'Other offers we choose for you';
    });
    assert.deepEqual(only(named, 'vague-purpose'), []);
  });
});

describe('bundled-purpose', () => {
  it('reads "measurement" alone as analytics in a title', () => {
    const result = lintWith((config) => {
      at(config, 'offers').title.en = 'Measurement and advertising';
    });
    assert.deepEqual(only(result, 'bundled-purpose')[0]?.matches, ['measurement', 'advertising']);
  });

  it('reports a clause that describes several activities, once per purpose', () => {
    const result = lintWith((config) => {
      at(config, 'offers').clause.en =
        'We collect statistics about your visits and use them to show you advertising and product recommendations.';
      at(config, 'offers').clause['zh-CN'] = '我们统计您的访问情况，并据此向您展示广告和个性化推荐。';
    });
    const found = only(result, 'bundled-purpose');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.path, 'purposes[2].clause.en');
    assert.match(found[0]!.message, /3 different activities/);
    assert.deepEqual(found[0]!.matches, ['statistics', 'advertising', 'product recommendations']);
  });

  it('leaves one activity alone, including personalised ads and sharing for marketing', () => {
    const result = lintWith((config) => {
      at(config, 'offers').clause.en = 'We show you personalised ads in the app based on your spending categories.';
      at(config, 'partner-sharing').clause.en =
        'Sesame Credit will share your credit score with the partner institutions named here for their marketing.';
    });
    assert.deepEqual(only(result, 'bundled-purpose'), []);
  });

  it('reports a title joining two activities, in English and Chinese', () => {
    const english = lintWith((config) => {
      at(config, 'offers').title.en = 'Analytics & advertising';
    });
    assert.deepEqual(
      only(english, 'bundled-purpose').map((finding) => finding.path),
      ['purposes[2].title.en'],
    );
    const chinese = lintWith((config) => {
      at(config, 'offers').title['zh-CN'] = '个性化推荐和广告';
    });
    assert.deepEqual(
      only(chinese, 'bundled-purpose').map((finding) => finding.path),
      ['purposes[2].title.zh-CN'],
    );
  });

  it('leaves a title with "and" between non-activities alone', () => {
    const result = lintWith((config) => {
      at(config, 'bill').title.en = 'Your bill and receipts';
      at(config, 'bill').title['zh-CN'] = '账单和收据';
    });
    assert.deepEqual(only(result, 'bundled-purpose'), []);
  });
});

describe('text as the visitor reads it', () => {
  it('sees through characters that draw nothing, look-alike letters and right-to-left overrides', () => {
    const bundled = 'We use your visits for analytics and advertising.';
    const hidden = [
      bundled.replace('analytics', 'ana\u200blytics').replace('advertising', 'adv\u00adert\u2060ising'),
      bundled.replace('analytics', 'аnаlytics').replace('advertising', 'аdvertising'), // Cyrillic а
      bundled.replace('advertising', '\u202egnisitrevda\u202c'), // shown as "advertising"
    ];
    for (const clause of hidden) {
      const result = lintWith((config) => {
        at(config, 'offers').clause.en = clause;
      });
      assert.deepEqual(
        only(result, 'bundled-purpose').map((finding) => finding.matches),
        [['analytics', 'advertising']],
        JSON.stringify(clause),
      );
    }
    const shared = lintWith((config) => {
      at(config, 'offers').clause.en = 'We shаre your spending cate\u200bgories with our pаrtners.';
    });
    assert.equal(only(shared, 'third-parties-unnamed').length, 1);
    const kept = lintWith((config) => {
      at(config, 'offers').clause.en = 'We keep your spending categories for\u00adever to choose offers.';
    });
    assert.deepEqual(only(kept, 'retention-missing')[0]?.matches, ['forever']);
  });

  it('keeps words wholly in Cyrillic or Greek as they are', () => {
    assert.equal(normaliseText('Мы передаём данные партнёрам'), 'мы передаём данные партнёрам');
    assert.equal(normaliseText('Κοινοποιούμε τα δεδομένα'), 'κοινοποιούμε τα δεδομένα');
    assert.equal(normaliseText('Мы shаre данные'), 'мы share данные');
  });
});

describe('third-parties-unnamed', () => {
  it('reports a clause that mentions partners when no third party is named', () => {
    const result = lintWith((config) => {
      at(config, 'offers').clause.en = 'We share your spending categories with our partners to choose offers.';
    });
    const [finding] = only(result, 'third-parties-unnamed');
    assert.equal(finding?.path, 'purposes[2].clause.en');
    assert.equal(finding?.severity, 'warning');
    assert.deepEqual(finding?.matches, ['share your spending categories with', 'our partners']);
  });

  it('reports Chinese partners without names', () => {
    const result = lintWith((config) => {
      at(config, 'offers').clause['zh-CN'] = '我们会将您的消费类别提供给合作伙伴。';
    });
    assert.deepEqual(only(result, 'third-parties-unnamed')[0]?.matches, ['提供给', '合作伙伴']);
  });

  it('reports saleOrSharing without recipients, and only informs on necessary purposes', () => {
    const sale = lintWith((config) => {
      at(config, 'offers').saleOrSharing = true;
    });
    assert.deepEqual(
      only(sale, 'third-parties-unnamed').map((finding) => finding.path),
      ['purposes[2].thirdParties'],
    );
    const necessary = lintWith((config) => {
      at(config, 'bill').clause.en = 'We pass on your address to the courier that delivers your printed bill.';
    });
    assert.deepEqual(
      only(necessary, 'third-parties-unnamed').map((finding) => finding.severity),
      ['info'],
    );
  });

  it('reports data sold, licensed or sent on to someone unnamed, and well-known recipients thirdParties leaves out', () => {
    const cases: [string, string[]][] = [
      ['We count the offers you open; the counts are sold.', ['are sold']],
      ['We count the offers you open; the counts are licensed to others.', ['are licensed']],
      ['We count the offers you open; the counts are forwarded to our sponsors.', ['forwarded to our sponsors']],
      [
        'We count the offers you open; the counts are sent to an analytics provider.',
        ['sent to an analytics provider'],
      ],
      ['We count the offers you open; an external company processes the counts.', ['external company']],
      ['We count the offers you open; Meta and TikTok receive the counts.', ['Meta', 'TikTok']],
    ];
    for (const [clause, matches] of cases) {
      const result = lintWith((config) => {
        at(config, 'offers').clause.en = clause;
      });
      assert.deepEqual(only(result, 'third-parties-unnamed')[0]?.matches, matches, clause);
    }
    // A well-known name is a recipient to list even when others are listed.
    const listedOthers = lintWith((config) => {
      at(config, 'credit-scoring').clause.en = 'Sesame Credit and Google Analytics receive your payment records.';
    });
    const named = only(listedOthers, 'third-parties-unnamed');
    assert.deepEqual(
      named.map((finding) => [finding.path, finding.matches]),
      [['purposes[1].clause.en', ['Google']]],
    );
    // Data given to the visitors themselves, a verb that looks like a company, and denials are not reported.
    for (const clause of [
      'We provide the offers to our customers who ask for them.',
      'Segment offers by your spending categories; nothing leaves our servers.',
      'Your spending categories are never sold.',
      'We do not give your spending categories to other companies.',
    ]) {
      const fair = lintWith((config) => {
        at(config, 'offers').clause.en = clause;
      });
      assert.deepEqual(only(fair, 'third-parties-unnamed'), [], clause);
    }
    // A listed company's own products, and the visitor's own employer, are not unnamed recipients.
    for (const [clause, party] of [
      ['Meta shows our ads on Facebook and Instagram.', 'Meta Platforms Ireland Ltd'],
      ['Amazon Web Services stores the counts.', 'AWS EMEA SARL'],
      ['We send your statements to your company at your request.', ''],
    ] as const) {
      const fair = lintWith((config) => {
        at(config, 'offers').clause.en = clause;
        if (party) at(config, 'offers').thirdParties = [{ name: party, contact: 'privacy@example.com' }];
      });
      assert.deepEqual(only(fair, 'third-parties-unnamed'), [], clause);
    }
    // Listed, it is not reported.
    const listed = lintWith((config) => {
      at(config, 'offers').clause.en = 'Google Analytics receives the counts of the offers you open.';
      at(config, 'offers').thirdParties = [{ name: 'Google Ireland Limited', contact: 'https://policies.google.com' }];
    });
    assert.deepEqual(only(listed, 'third-parties-unnamed'), []);
  });

  it('leaves named recipients, denials and sharing with the visitor alone', () => {
    const result = lintWith((config) => {
      at(config, 'offers').clause.en =
        'We never share your spending categories with third parties. You can share an offer with your friends.';
      at(config, 'offers').clause['zh-CN'] = '我们不会向第三方提供您的消费类别。我们将优惠提供给您。';
    });
    assert.deepEqual(only(result, 'third-parties-unnamed'), []);
  });
});

describe('third-party-separate-consent', () => {
  it('reports named recipients without separate consent', () => {
    const result = lintWith((config) => {
      delete at(config, 'credit-scoring').separateConsent;
    });
    const [finding] = only(result, 'third-party-separate-consent');
    assert.equal(finding?.path, 'purposes[1].separateConsent');
    assert.match(finding!.message, /"Sesame Credit"/);
    assert.match(finding!.message, /PIPL Art\. 23/);
  });

  it('leaves separate consent and purposes without recipients alone', () => {
    assert.deepEqual(only(lintConfig(fixture()), 'third-party-separate-consent'), []);
  });
});

describe('sensitive-separate-consent', () => {
  it('reports a necessary purpose that processes sensitive data', () => {
    const result = lintWith((config) => {
      Object.assign(at(config, 'bill'), { sensitive: true, sensitiveCategories: ['financial-account'] });
    });
    assert.deepEqual(
      only(result, 'sensitive-separate-consent').map((finding) => finding.path),
      ['purposes[0].sensitive'],
    );
  });

  it('leaves sensitive data with separate consent alone', () => {
    const result = lintWith((config) => {
      Object.assign(at(config, 'credit-scoring'), { sensitive: true, sensitiveCategories: ['financial-account'] });
    });
    assert.deepEqual(only(result, 'sensitive-separate-consent'), []);
  });
});

describe('sensitive-undeclared', () => {
  it('reports sensitive words in a clause or a data category label', () => {
    const clause = lintWith((config) => {
      at(config, 'offers').clause['zh-CN'] = '我们根据您的人脸图像和消费类别选择优惠。';
    });
    const [finding] = only(clause, 'sensitive-undeclared');
    assert.equal(finding?.path, 'purposes[2].clause.zh-CN');
    assert.deepEqual(finding?.matches, ['人脸']);
    const label = lintWith((config) => {
      config.dataCategories['spending-categories'].en = 'Spending categories and health records';
    });
    assert.deepEqual(
      only(label, 'sensitive-undeclared').map((found) => found.path),
      ['purposes[2].dataCategories[0]'],
    );
  });

  it('leaves declared sensitive purposes and denials alone', () => {
    const declared = lintWith((config) => {
      Object.assign(at(config, 'credit-scoring'), { sensitive: true, sensitiveCategories: ['biometric'] });
      at(config, 'credit-scoring').clause.en = 'Sesame Credit checks your fingerprint to confirm who you are.';
    });
    assert.deepEqual(only(declared, 'sensitive-undeclared'), []);
    const denied = lintWith((config) => {
      at(config, 'offers').clause.en = 'We choose offers from spending categories; we never use health data.';
    });
    assert.deepEqual(only(denied, 'sensitive-undeclared'), []);
  });
});

describe('retention-missing', () => {
  it('reports an optional purpose without retention', () => {
    const result = lintWith((config) => void delete at(config, 'offers').retention);
    assert.deepEqual(
      only(result, 'retention-missing').map((finding) => finding.path),
      ['purposes[2].retention'],
    );
  });

  it('leaves necessary purposes alone', () => {
    const result = lintWith((config) => void delete at(config, 'bill').retention);
    assert.deepEqual(only(result, 'retention-missing'), []);
  });
});

describe('clause-length-mismatch', () => {
  it('reports a translation that is far too short or far too long for its script', () => {
    const short = lintWith((config) => {
      at(config, 'partner-sharing').clause['zh-CN'] = '芝麻信用将共享您的信用评分。';
    });
    const [finding] = only(short, 'clause-length-mismatch');
    assert.equal(finding?.path, 'purposes[3].clause.zh-CN');
    assert.match(finding!.message, /much shorter/);
    assert.match(finding!.message, /about 0\.33×/);
    const long = lintWith((config) => {
      const zh = at(config, 'partner-sharing').clause['zh-CN'] as string;
      at(config, 'partner-sharing').clause['zh-CN'] = zh + zh + zh;
    });
    assert.match(only(long, 'clause-length-mismatch')[0]!.message, /much longer/);
  });

  it('allows for scripts and leaves short clauses alone', () => {
    // The fixture's Chinese clauses run at about a third of the English: no finding (see the fixture test).
    const german = lintWith((config) => {
      config.languages.push('de');
      for (const purpose of config.purposes as Json[]) {
        purpose.title.de = purpose.title.en;
        purpose.clause.de = `${purpose.clause.en} Das gilt auch für frühere Jahre.`;
      }
      config.dataCategories['payment-records'].de = 'Zahlungen';
      config.dataCategories.identity.de = 'Name';
      config.dataCategories['credit-score'].de = 'Bonität';
      config.dataCategories['spending-categories'].de = 'Ausgaben';
      // Under 100 English-equivalent characters, lengths vary more: only outliers beyond 0.4–2.5× count.
      at(config, 'offers').clause.en = 'We choose offers.';
      at(config, 'offers').clause.de = 'Wir wählen passende Angebote für Sie aus.';
      at(config, 'offers').clause['zh-CN'] = '我们选择优惠。';
    });
    assert.deepEqual(only(german, 'clause-length-mismatch'), []);
  });

  it('counts a name, address and email carried into the Chinese clause one for one', () => {
    const google = (config: Json): void => {
      const purpose = at(config, 'credit-scoring');
      purpose.title = { en: 'Page counts by Google', 'zh-CN': 'Google 页面统计' };
      purpose.clause = {
        en: 'Google Ireland Limited (Gordon House, Barrow Street, Dublin 4, Ireland; privacy@google.com) counts which pages you open.',
        'zh-CN':
          'Google Ireland Limited（Gordon House, Barrow Street, Dublin 4, Ireland；privacy@google.com）统计您打开的页面。',
      };
    };
    assert.deepEqual(only(lintWith(google), 'clause-length-mismatch'), []);
    // A sentence left out of the translation still shows, names or not.
    const shortened = lintWith((config) => {
      google(config);
      at(config, 'credit-scoring').clause.en +=
        ' It also shares your browsing history with advertisers across other websites and builds a profile of your interests to show you ads.';
    });
    assert.deepEqual(
      only(shortened, 'clause-length-mismatch').map((finding) => finding.path),
      ['purposes[1].clause.zh-CN'],
    );
  });

  it('reports a translation that leaves one sentence of two out, even within half the length', () => {
    // The fixture's "bill" clause has two sentences in English and in Chinese; the Chinese without its second
    // is about 0.6 of the expected length: inside the 0.5–2 range, but a sentence fewer.
    const dropped = lintWith((config) => {
      const zh = at(config, 'bill').clause['zh-CN'] as string;
      at(config, 'bill').clause['zh-CN'] = zh.slice(0, zh.indexOf('。') + 1);
    });
    const [finding] = only(dropped, 'clause-length-mismatch');
    assert.equal(finding?.path, 'purposes[0].clause.zh-CN');
    assert.match(finding!.message, /has 1 sentence where the en clause has 2/);
    assert.match(finding!.message, /left out/);
    // Two sentences joined by a comma keep the length: a common way to translate, not reported.
    const joined = lintWith((config) => {
      const zh = at(config, 'bill').clause['zh-CN'] as string;
      at(config, 'bill').clause['zh-CN'] = zh.replace('。', '，');
    });
    assert.deepEqual(only(joined, 'clause-length-mismatch'), []);
    // A sentence added to the English only: the Chinese is then shorter by a sentence.
    const added = lintWith((config) => {
      at(config, 'offers').clause.en += ' We also send the list to our partner banks every month.';
    });
    assert.deepEqual(
      only(added, 'clause-length-mismatch').map((finding) => finding.path),
      ['purposes[2].clause.zh-CN'],
    );
  });

  it('reports the default language’s clause when it is the odd one out among three or more', () => {
    const withGerman = (config: Json): void => {
      config.languages.push('de');
      for (const purpose of config.purposes as Json[]) {
        purpose.title.de = `${purpose.title.en} (de)`;
        purpose.clause.de = `${purpose.clause.en} Das gilt auch für frühere Jahre.`;
      }
      for (const id of Object.keys(config.dataCategories)) config.dataCategories[id].de = id;
    };
    // The English cut to its first sentence; the Chinese and German, which agree, keep the whole clause.
    const cut = lintWith((config) => {
      withGerman(config);
      const purpose = at(config, 'partner-sharing');
      purpose.clause.de = `Wir geben Ihre Daten weiter. ${'Die Partner sind Banken und Versicherungen in der EU. '.repeat(3)}`;
      purpose.clause.en = 'We share your credit score.';
      purpose.clause.en += ' It is kept for a year.';
    });
    const findings = only(cut, 'clause-length-mismatch').filter((finding) => finding.path.startsWith('purposes[3]'));
    assert.deepEqual(
      findings.map((finding) => finding.path),
      ['purposes[3].clause.en'],
    );
    assert.match(findings[0]!.message, /default language/);
    assert.match(findings[0]!.message, /2 translations \(zh-CN, de\)/);
    assert.match(findings[0]!.message, /much shorter/);
    // Translations that disagree with one another: each is reported against the default, as before.
    const split = lintWith((config) => {
      withGerman(config);
      const purpose = at(config, 'partner-sharing');
      const zh = purpose.clause['zh-CN'] as string;
      purpose.clause['zh-CN'] = zh + zh + zh + zh;
      purpose.clause.de = 'Wir geben Ihre Daten an unsere Partner weiter, und das ist alles.';
    });
    assert.deepEqual(
      only(split, 'clause-length-mismatch')
        .map((finding) => finding.path)
        .filter((path) => path.startsWith('purposes[3]'))
        .sort(),
      ['purposes[3].clause.de', 'purposes[3].clause.zh-CN'],
    );
  });

  it('does not count the Braille blank, which draws nothing, as length', () => {
    const result = lintWith((config) => {
      const zh = at(config, 'partner-sharing').clause['zh-CN'] as string;
      at(config, 'partner-sharing').clause['zh-CN'] = zh.slice(0, 12) + '。' + '\u2800'.repeat(40);
    });
    assert.deepEqual(
      only(result, 'clause-length-mismatch').map((finding) => finding.path),
      ['purposes[3].clause.zh-CN'],
    );
  });

  it('counts sentences past abbreviations, and not at all in Thai', () => {
    assert.equal(countSentences('Our officer Dr. Anna Smith reads it. It is kept for a year.', 'en'), 2);
    assert.equal(countSentences('Wir speichern z. B. Ihre Sitzung. Sie bleibt ein Jahr.', 'de'), 2);
    assert.equal(countSentences('Los datos van a EE. UU. para su análisis. Se borran en un año.', 'es'), 2);
    assert.equal(countSentences('Example Inc. שומרת את הנתונים. הם נמחקים אחרי שנה.', 'he'), 2);
    assert.equal(countSentences('We show it to you. Then we stop.', 'en'), 2);
    assert.equal(countSentences('เราเก็บข้อมูลของคุณ ข้อมูลจะถูกลบหลังหนึ่งปี', 'th'), undefined);
  });

  it('reports a short translation that leaves most of a short clause out', () => {
    const result = lintWith((config) => {
      config.languages.push('de');
      for (const purpose of config.purposes as Json[]) {
        purpose.title.de = purpose.title.en;
        purpose.clause.de = purpose.clause.en;
      }
      for (const id of Object.keys(config.dataCategories)) config.dataCategories[id].de = id;
      at(config, 'offers').clause.en = 'We share your spending categories with Example Bank, which offers you a loan.';
      at(config, 'offers').clause.de = 'Wir zeigen Angebote.';
      // Under 40 characters nothing is compared.
      at(config, 'bill').clause.en = 'We build your annual bill.';
      at(config, 'bill').clause.de = 'Jahresbericht.';
    });
    assert.deepEqual(
      only(result, 'clause-length-mismatch')
        .map((finding) => finding.path)
        .filter((path) => path.endsWith('.de')),
      ['purposes[2].clause.de'],
    );
  });
});

describe('jurisdiction-language', () => {
  it('does not take Chinese in Latin letters (Pinyin) for the characters China reads', () => {
    const result = lintWith((config) => {
      config.languages = ['en', 'zh-Latn'];
      for (const purpose of config.purposes as Json[]) {
        purpose.title['zh-Latn'] = `${purpose.title.en} (Pinyin)`;
        purpose.clause['zh-Latn'] = purpose.clause.en;
        delete purpose.title['zh-CN'];
        delete purpose.clause['zh-CN'];
      }
      for (const id of Object.keys(config.dataCategories)) {
        config.dataCategories[id]['zh-Latn'] = config.dataCategories[id].en;
        delete config.dataCategories[id]['zh-CN'];
      }
    });
    const [finding] = only(result, 'jurisdiction-language');
    assert.equal(finding?.path, 'languages');
    assert.match(
      finding!.message,
      /Simplified characters, but no Chinese language offered is written in them: add zh-CN/,
    );
  });

  it('names the expected language', () => {
    const result = lintWith((config) => {
      config.jurisdiction = 'DE';
    });
    const [finding] = only(result, 'jurisdiction-language');
    assert.equal(finding?.path, 'languages');
    assert.match(finding!.message, /add de /);
    const brazil = lintWith((config) => {
      config.jurisdiction = 'BR';
    });
    assert.match(only(brazil, 'jurisdiction-language')[0]!.message, /pt \(e\.g\. pt-BR\)/);
  });

  it('accepts a region of the jurisdiction and any of its languages', () => {
    for (const jurisdiction of ['CN-31', 'HK', 'SG', 'EU']) {
      const result = lintWith((config) => {
        config.jurisdiction = jurisdiction;
      });
      assert.deepEqual(only(result, 'jurisdiction-language'), [], jurisdiction);
    }
    const california = lintWith((config) => {
      config.jurisdiction = 'US-CA';
    });
    assert.deepEqual(only(california, 'jurisdiction-language'), []);
  });

  it('reports the EU without any of its languages, and a jurisdiction it has no list for as unchecked', () => {
    const japaneseOnly = (config: Json): void => {
      config.languages = ['ja'];
      config.defaultLanguage = 'ja';
      for (const [index, purpose] of (config.purposes as Json[]).entries()) {
        purpose.title = { ja: `目的${index + 1}` };
        purpose.clause = { ja: purpose.clause['zh-CN'] };
      }
      for (const id of Object.keys(config.dataCategories)) config.dataCategories[id] = { ja: id };
      for (const term of Object.values(config.glossary ?? {}) as Json[]) {
        for (const key of Object.keys(term)) if (key !== 'ja') delete term[key];
        term.ja ??= '説明';
      }
    };
    const eu = lintWith((config) => {
      japaneseOnly(config);
      config.jurisdiction = 'EU';
    });
    assert.deepEqual(
      only(eu, 'jurisdiction-language').map(({ severity, path }) => `${severity} @ ${path}`),
      ['warning @ languages'],
    );
    for (const jurisdiction of ['RU', 'ZZ', 'XX-99']) {
      const result = lintWith((config) => {
        config.jurisdiction = jurisdiction;
      });
      const [finding] = only(result, 'jurisdiction-language');
      assert.equal(finding?.severity, 'info', jurisdiction);
      assert.equal(finding?.path, 'jurisdiction');
      assert.match(finding!.message, new RegExp(`languages of ${jurisdiction}`));
    }
  });
});

describe('necessary-mislabelled', () => {
  it('reports a marketing category as an error and analytics text as a warning', () => {
    const result = lintWith((config) => {
      at(config, 'bill').category = 'Marketing';
      at(config, 'bill').clause.en = 'We build your annual bill and collect statistics about how you use the app.';
    });
    assert.deepEqual(
      only(result, 'necessary-mislabelled').map((finding) => `${finding.severity} @ ${finding.path}`),
      ['error @ purposes[0].category', 'warning @ purposes[0].clause.en'],
    );
  });

  it('leaves a plainly necessary purpose and denials alone', () => {
    const result = lintWith((config) => {
      at(config, 'bill').category = 'Core Function';
      at(config, 'bill').clause.en =
        'We use your payment records to build your annual bill. We do not use them for advertising.';
    });
    assert.deepEqual(only(result, 'necessary-mislabelled'), []);
  });
});

describe('max-age-too-long', () => {
  it('reports more than 13 months', () => {
    const result = lintWith((config) => {
      config.maxAgeDays = 730;
    });
    assert.deepEqual(
      only(result, 'max-age-too-long').map((finding) => finding.path),
      ['maxAgeDays'],
    );
  });

  it('accepts 13 months', () => {
    const result = lintWith((config) => {
      config.maxAgeDays = 395;
    });
    assert.deepEqual(only(result, 'max-age-too-long'), []);
  });
});

describe('policy-other-site', () => {
  it('informs when the policy is on another site', () => {
    const result = lintWith((config) => {
      config.policy.url = 'https://policies.example.net/pay';
    });
    const [finding] = only(result, 'policy-other-site');
    assert.equal(finding?.severity, 'info');
    assert.equal(finding?.path, 'policy.url');
  });

  it('accepts the same site, a subdomain and a path', () => {
    for (const url of ['https://www.pay.example/privacy', 'https://legal.pay.example/', '/privacy']) {
      const result = lintWith((config) => {
        config.policy.url = url;
      });
      assert.deepEqual(only(result, 'policy-other-site'), [], url);
    }
  });
});

describe('clause-too-long', () => {
  it('reports a clause over the word limit', () => {
    const result = lintWith((config) => {
      at(config, 'offers').clause.en = words(130);
    });
    const [finding] = only(result, 'clause-too-long');
    assert.equal(finding?.path, 'purposes[2].clause.en');
    assert.match(finding!.message, /130 words \(limit 120\)/);
  });

  it('counts Chinese words and honours maxClauseWords', () => {
    const chinese = lintWith((config) => {
      at(config, 'offers').clause['zh-CN'] = '我们根据您的消费类别选择优惠。'.repeat(20);
    });
    assert.deepEqual(
      only(chinese, 'clause-too-long').map((finding) => finding.path),
      ['purposes[2].clause.zh-CN'],
    );
    const raised = lintWith(
      (config) => {
        at(config, 'offers').clause.en = words(130);
      },
      { maxClauseWords: 200 },
    );
    assert.deepEqual(only(raised, 'clause-too-long'), []);
  });
});

describe('negated-title', () => {
  it('reports titles worded as refusals', () => {
    const result = lintWith((config) => {
      at(config, 'offers').title.en = "Don't use my spending for offers";
      at(config, 'offers').title['zh-CN'] = '拒绝个性化优惠';
    });
    assert.deepEqual(
      only(result, 'negated-title').map((finding) => finding.matches),
      [["don't"], ['拒绝']],
    );
  });

  it('leaves titles that name what is done alone', () => {
    const result = lintWith((config) => {
      at(config, 'offers').title.en = 'Notifications about offers';
      at(config, 'offers').title['zh-CN'] = '不同类别的优惠';
    });
    assert.deepEqual(
      only(result, 'negated-title').map((finding) => finding.path),
      ['purposes[2].title.zh-CN'],
      '不 at the start still reads as a refusal in Chinese; "Notifications" is not "no"',
    );
  });
});

describe('pressure-language', () => {
  it('reports nudges and threats', () => {
    const result = lintWith((config) => {
      at(config, 'offers').clause.en =
        'We strongly recommend you accept, otherwise you cannot use the app. Offers for a limited time!';
      at(config, 'offers').clause['zh-CN'] = '强烈建议您开启，否则将无法使用应用。';
    });
    const found = only(result, 'pressure-language');
    assert.deepEqual(found[0]?.matches, [
      'we strongly recommend you accept',
      'otherwise you cannot use',
      'limited time',
    ]);
    assert.deepEqual(found[1]?.matches, ['强烈建议', '否则将无法使用']);
  });

  it('leaves neutral wording alone', () => {
    assert.deepEqual(only(lintConfig(fixture()), 'pressure-language'), []);
    const result = lintWith((config) => {
      at(config, 'offers').clause.en = 'We show product recommendations in the app. If you refuse, you see no offers.';
    });
    assert.deepEqual(only(result, 'pressure-language'), []);
  });
});

describe('hostile input', () => {
  const values: unknown[] = [
    undefined,
    null,
    0,
    Number.NaN,
    'config',
    Symbol('config'),
    () => ({}),
    [],
    new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    ),
    Object.create(null),
    JSON.parse('{"__proto__": {"polluted": true}}'),
  ];

  it('never throws on any value, and reports it as invalid', () => {
    for (const value of values) {
      const result = lintConfig(value);
      assert.equal(result.valid, false, String(typeof value));
      assert.ok(result.findings.length > 0);
      assert.ok(result.findings.every((finding) => finding.rule === 'valid-config' && finding.severity === 'error'));
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('never throws on hostile options', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    ) as LintOptions;
    for (const options of [hostile, null, 42, { disable: [1, null, {}] }, { maxClauseWords: Infinity }]) {
      const result = lintConfig(fixture(), options as LintOptions);
      assert.equal(result.valid, true);
      assert.deepEqual(summary(result), []);
    }
  });

  it('lints long, repetitive text without trouble', () => {
    const result = lintWith((config) => {
      at(config, 'offers').clause.en = 'such as and more we may share etc. '.repeat(1400);
      at(config, 'offers').clause['zh-CN'] = '等等相关服务合作伙伴 '.repeat(4000);
    });
    assert.equal(result.valid, true);
    assert.ok(only(result, 'clause-too-long').length === 2);
    assert.ok(only(result, 'vague-purpose').length === 2);
  });
});
