import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  matchLanguage,
  languageDirection,
  parseAcceptLanguage,
  canonicalLanguage,
  sameLanguage,
} from '../../src/core/i18n/resolve.js';
import { formatDuration, parseDuration } from '../../src/core/text/duration.js';

describe('matchLanguage', () => {
  const offered = ['en', 'zh-CN', 'zh-TW', 'pt-BR', 'pt-PT', 'ar'];

  it('takes scripts into account for Chinese', () => {
    assert.equal(matchLanguage(['zh-HK'], offered).language, 'zh-TW');
    assert.equal(matchLanguage(['zh-TW'], offered).language, 'zh-TW');
    assert.equal(matchLanguage(['zh-SG'], offered).language, 'zh-CN');
    assert.equal(matchLanguage(['zh'], offered).language, 'zh-CN');
    assert.equal(matchLanguage(['zh-Hant'], offered).language, 'zh-TW');
    assert.equal(matchLanguage(['zh-Hans'], ['en', 'zh-Hans', 'zh-Hant']).language, 'zh-Hans');
    assert.equal(matchLanguage(['zh-HK'], ['en', 'zh-Hans', 'zh-Hant']).language, 'zh-Hant');
  });

  it('prefers the exact region, then falls back within the language', () => {
    assert.equal(matchLanguage(['pt-PT'], offered).language, 'pt-PT');
    assert.equal(matchLanguage(['pt'], offered).language, 'pt-BR');
    assert.equal(matchLanguage(['pt-PT'], ['en', 'pt-BR']).language, 'pt-BR');
    assert.equal(matchLanguage(['en-GB'], offered).language, 'en');
  });

  it('tells regional standards apart where a language has more than one (CLDR parent locales)', () => {
    // Falls back to the other standard before leaving the language, and says it is not the one wanted.
    assert.deepEqual(matchLanguage(['pt-PT'], ['en', 'pt-BR'], 'en'), {
      language: 'pt-BR',
      wanted: 'pt-PT',
      isWanted: false,
    });
    assert.equal(matchLanguage(['pt-BR'], ['en', 'pt-PT']).isWanted, false);
    // Ties go to the region's own standard, not to the config's order.
    assert.equal(matchLanguage(['pt-AO'], ['pt-BR', 'pt-PT']).language, 'pt-PT');
    assert.equal(matchLanguage(['pt-AO'], ['pt-BR', 'pt-PT']).isWanted, true);
    assert.equal(matchLanguage(['es-MX'], ['es-ES', 'es-419']).language, 'es-419');
    assert.equal(matchLanguage(['en-AU'], ['en-US', 'en-GB']).language, 'en-GB');
    assert.equal(matchLanguage(['en-AU'], ['en-US']).isWanted, false);
    // A region's own standard also beats the same language written with no region (the default standard).
    assert.equal(matchLanguage(['es-MX'], ['es', 'es-419']).language, 'es-419');
    assert.equal(matchLanguage(['pt-AO'], ['pt', 'pt-PT']).language, 'pt-PT');
    assert.equal(matchLanguage(['en-AU'], ['en', 'en-GB']).language, 'en-GB');
    assert.equal(matchLanguage(['es-ES'], ['es-419', 'es']).language, 'es');
    assert.equal(matchLanguage(['en-US'], ['en-GB', 'en']).language, 'en');
    // A tag that names no region may be read by any reader of the language; one standard for Chinese in Singapore.
    assert.equal(matchLanguage(['pt-PT'], ['pt-BR', 'pt']).language, 'pt');
    assert.equal(matchLanguage(['pt-PT'], ['pt']).isWanted, true);
    assert.equal(matchLanguage(['pt'], ['pt-PT']).isWanted, true);
    assert.equal(matchLanguage(['en-GB'], ['en']).isWanted, true);
    assert.equal(matchLanguage(['zh-SG'], ['zh-CN']).isWanted, true);
    assert.equal(matchLanguage(['de-CH'], ['de-DE']).isWanted, true);
  });

  it('walks the preferences in order, then the fallback, and says whether the first was met', () => {
    const match = matchLanguage(['fr-FR', 'zh-CN'], ['en', 'zh-CN'], 'en');
    assert.deepEqual(match, { language: 'zh-CN', wanted: 'fr-FR', isWanted: false });
    const fallback = matchLanguage(['fr'], ['en', 'zh-CN'], 'zh-CN');
    assert.deepEqual(fallback, { language: 'zh-CN', wanted: 'fr', isWanted: false });
    assert.deepEqual(matchLanguage([], ['en'], 'en'), { language: 'en', wanted: undefined, isWanted: false });
  });

  it('reads Norwegian (no) as Bokmål (nb) and the other way round, but not Nynorsk (nn)', () => {
    assert.deepEqual(matchLanguage(['no'], ['en', 'nb']), { language: 'nb', wanted: 'no', isWanted: true });
    assert.deepEqual(matchLanguage(['nb-NO'], ['en', 'no']), { language: 'no', wanted: 'nb-NO', isWanted: true });
    assert.deepEqual(matchLanguage(['nn'], ['en', 'nb'], 'en'), { language: 'en', wanted: 'nn', isWanted: false });
  });

  it('never shows Traditional Chinese to a reader of Simplified Chinese', () => {
    const match = matchLanguage(['zh-CN'], ['en', 'zh-TW'], 'en');
    assert.equal(match.language, 'en');
    assert.equal(match.isWanted, false);
  });

  it('ignores invalid and hostile tags', () => {
    assert.equal(canonicalLanguage('not a tag!'), undefined);
    assert.equal(canonicalLanguage('x'.repeat(10_000)), undefined);
    assert.equal(canonicalLanguage(42), undefined);
    assert.equal(matchLanguage(['<script>', '', null, undefined, 'zh-cn'], ['en', 'zh-CN']).language, 'zh-CN');
    assert.equal(sameLanguage('zh-CN', 'zh-Hans'), true);
    assert.equal(sameLanguage('zh-CN', 'zh-TW'), false);
  });
});

describe('canonicalLanguage and the forms Intl refuses', () => {
  it('reads an extended language subtag as the language it names (RFC 5646 §2.2.2)', () => {
    assert.equal(canonicalLanguage('zh-cmn-Hans-CN'), 'zh-Hans-CN');
    assert.equal(canonicalLanguage('zh-yue-HK'), 'yue-HK');
    assert.deepEqual(matchLanguage(['zh-cmn-Hans-CN'], ['en', 'zh-CN'], 'en'), {
      language: 'zh-CN',
      wanted: 'zh-Hans-CN',
      isWanted: true,
    });
    assert.equal(matchLanguage(['zh-cmn-Hant-TW'], ['en', 'zh-CN', 'zh-TW'], 'en').language, 'zh-TW');
  });

  it('reads grandfathered tags as their preferred value, and "_" as "-"', () => {
    assert.equal(canonicalLanguage('i-klingon'), 'tlh');
    assert.equal(canonicalLanguage('sgn-BE-FR'), 'sfb');
    assert.equal(canonicalLanguage('zh-min-nan'), 'nan');
    assert.equal(canonicalLanguage('en-GB-oed'), 'en-GB-oxendict');
    assert.equal(canonicalLanguage('pt_BR'), 'pt-BR');
    assert.equal(matchLanguage(['en_US'], ['en', 'de'], 'de').language, 'en');
    assert.equal(matchLanguage(['de_DE'], ['en', 'de'], 'en').language, 'de');
  });

  it('still refuses what names no language', () => {
    for (const tag of ['__proto__', 'constructor', '_', 'en__US', 'x-private', 'i-default', 'zh-cmn-', '-cmn']) {
      assert.equal(canonicalLanguage(tag), undefined, tag);
    }
  });
});

describe('languageDirection', () => {
  it('knows right-to-left scripts', () => {
    for (const tag of ['ar', 'he', 'fa', 'ur', 'ar-EG']) assert.equal(languageDirection(tag), 'rtl', tag);
    for (const tag of ['en', 'zh-CN', 'hi', 'am', 'ja']) assert.equal(languageDirection(tag), 'ltr', tag);
  });

  it('knows the rarer right-to-left scripts too (Yezidi, Mende Kikakui, Old Hungarian, Sogdian…)', () => {
    for (const tag of ['ku-Yezi', 'men-Mend', 'hu-Hung', 'sog', 'sog-Sogd', 'syr', 'dv', 'nqo', 'ff-Adlm', 'sam']) {
      assert.equal(languageDirection(tag), 'rtl', tag);
    }
    for (const tag of ['hu', 'ku', 'men', 'ff']) assert.equal(languageDirection(tag), 'ltr', tag);
  });
});

describe('matchLanguage and the codes that name no language', () => {
  it('skips und, mul, zxx and mis: Intl would read "und" as English', () => {
    for (const code of ['und', 'UND', 'und-Latn', 'mul', 'zxx', 'mis']) {
      const match = matchLanguage([code, 'de'], ['en', 'de'], 'en');
      assert.equal(match.language, 'de', code);
      assert.equal(match.isWanted, true, code);
    }
    assert.equal(matchLanguage(['und'], ['de', 'en'], 'de').language, 'de');
  });
});

describe('parseAcceptLanguage', () => {
  it('orders by quality, then position', () => {
    assert.deepEqual(parseAcceptLanguage('de;q=0.5, zh-TW, en;q=0.8, *;q=0.1, fr;q=0'), ['zh-TW', 'en', 'de']);
    assert.deepEqual(parseAcceptLanguage(''), []);
    assert.deepEqual(parseAcceptLanguage(null), []);
  });

  it('reads "Q" as "q", and a weight above 1 as 1', () => {
    assert.deepEqual(parseAcceptLanguage('de;q=0.9, fr;Q=0.5'), ['de', 'fr']);
    assert.deepEqual(parseAcceptLanguage('en, ja;q=1.5, de;q=0.9'), ['en', 'ja', 'de']);
  });

  it('reads at most 200 tags, as docs/languages.md says', () => {
    assert.equal(parseAcceptLanguage('en,'.repeat(2000)).length, 200);
    assert.equal(parseAcceptLanguage(Array.from({ length: 1000 }, () => 'de')).length, 200);
  });
});

describe('the language functions servers call, given what a request or a config may hold', () => {
  const revoked = Proxy.revocable([], {});
  revoked.revoke();
  const deep: unknown[] = [];
  let inner = deep;
  for (let i = 0; i < 100_000; i++) inner.push((inner = []));
  const wrong: unknown[] = [
    1,
    {},
    [['de']],
    Symbol('x'),
    { toString: () => 'en' },
    revoked.proxy,
    deep,
    new Array(2 ** 32 - 1),
  ];

  it('reads a header sent more than once as one list, and anything but text as no header', () => {
    assert.deepEqual(parseAcceptLanguage(['de;q=0.5', 'fr']), ['fr', 'de']);
    for (const header of wrong) assert.deepEqual(parseAcceptLanguage(header as never), []);
  });

  it('matches no tag that is not text, and always answers with one of the available tags as text', () => {
    for (const value of wrong) {
      const asPreferences = matchLanguage(value as never, ['en', 'de'], 'de');
      assert.deepEqual(asPreferences, { language: 'de', wanted: undefined, isWanted: false });
      assert.deepEqual(matchLanguage([value as never, 'de'], ['en', 'de']), {
        language: 'de',
        wanted: 'de',
        isWanted: true,
      });
      assert.equal(matchLanguage(['fr'], [value as never, 'fr']).language, 'fr');
      assert.equal(matchLanguage(['en'], value as never).language, 'en');
      assert.equal(matchLanguage(['en'], [value as never, 'de'], value as never).language, 'de');
      assert.equal(languageDirection(value as never), 'ltr');
      assert.equal(sameLanguage(value as never, 'en'), false);
    }
  });
});

describe('durations', () => {
  it('parses ISO 8601 date durations', () => {
    assert.deepEqual(parseDuration('P1Y6M'), { years: 1, months: 6, weeks: 0, days: 0 });
    assert.equal(parseDuration('PT5M'), undefined);
    assert.equal(parseDuration('P0Y'), undefined);
    assert.equal(parseDuration('P'), undefined);
    assert.equal(parseDuration('1 year'), undefined);
  });

  it("formats them in the visitor's language", () => {
    assert.equal(formatDuration('P1Y', 'en'), '1 year');
    assert.equal(formatDuration('P6M', 'en'), '6 months');
    assert.equal(formatDuration('P1Y6M', 'en'), '1 year, 6 months');
    assert.equal(formatDuration('P2Y', 'zh-CN'), '2年');
    assert.equal(formatDuration('not a duration', 'en'), 'not a duration');
  });
});
