// The likely-subtags table answers exactly as Intl.Locale#maximize() does, or not at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCanonicalShippedTag, likelyParts } from '../../src/core/i18n/likely-subtags.js';
import { SHIPPED_LOCALES } from '../../src/locales/index.js';
import { compareWithEngine } from '../fixtures/likely-subtag-cases.js';

test('every answer the table gives is the engine’s', () => {
  const { answered, mismatches } = compareWithEngine(likelyParts);
  assert.deepEqual(mismatches.slice(0, 10), []);
  // The table is there to answer: most simple tags of the shipped languages get an answer.
  assert.ok(answered > 20_000, `only ${answered} answered`);
});

test('it leaves to the engine what depends on more than the language', () => {
  for (const tag of ['zh-TW', 'zh-HK', 'pa-PK', 'pa-Arab', 'sr-ME', 'en-US-u-nu-thai', 'de-DE-1996', 'x-private'])
    assert.equal(likelyParts(tag), undefined, tag);
  assert.deepEqual(likelyParts('pt'), { language: 'pt', script: 'Latn', region: 'BR' });
  assert.deepEqual(likelyParts('zh-Hant'), { language: 'zh', script: 'Hant', region: 'TW' });
  assert.deepEqual(likelyParts('zh-Hans-SG'), { language: 'zh', script: 'Hans', region: 'SG' });
});

test('a tag it calls canonical is the engine’s canonical form of itself', () => {
  const languages = new Set(SHIPPED_LOCALES.map((tag) => tag.split('-')[0]!));
  for (const extra of ['iw', 'in', 'ji', 'mo', 'sh', 'tl', 'no', 'zz', 'und', 'EN', 'En']) languages.add(extra);
  // Every script code in ISO 15924's pattern would be half a million per language: the common ones, the alias
  // and special codes, and a spread of the rest.
  const scripts = new Set(
    'Latn Arab Cyrl Hans Hant Deva Guru Beng Ethi Grek Hebr Thai Jpan Kore Hira Kana Hang Taml Telu Gujr Knda Mlym Orya Sinh Tibt Mong Geor Armn Khmr Laoo Mymr Qaai Qaaa Qabx Zinh Zyyy Zzzz Zxxx Zmth Zsym Brai Copt Latf Latg Cyrs Syrc Thaa'.split(
      ' ',
    ),
  );
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < 26 * 26; i += 7)
    scripts.add(
      `${letters[i % 26]!.toUpperCase()}${letters[(i * 3) % 26]}${letters[Math.floor(i / 26)]}${letters[(i * 11) % 26]}`,
    );
  let checked = 0;
  for (const language of languages) {
    for (const tag of [language, ...[...scripts].map((script) => `${language}-${script}`)]) {
      if (!isCanonicalShippedTag(tag)) continue;
      checked += 1;
      assert.equal(Intl.getCanonicalLocales(tag)[0], tag, tag);
    }
  }
  assert.ok(checked > 2_000, `only ${checked} checked`);
  for (const shipped of SHIPPED_LOCALES.filter((tag) => !/-[A-Z]{2}$/.test(tag)))
    assert.equal(isCanonicalShippedTag(shipped), true, shipped);
  for (const tag of ['en-GB', 'en-UK', 'iw', 'EN', 'zh-hant', 'zh-Qaai', 'de-DE-1996', 'en-u-nu-thai'])
    assert.equal(isCanonicalShippedTag(tag), false, tag);
});
