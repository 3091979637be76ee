// Every shipped locale is complete, keeps every placeholder, has the plural forms its language needs, and is a
// real translation rather than English copied.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import i18next from 'i18next';
import en from '../../src/locales/en.js';
import { SHIPPED_LOCALES, loadLocale } from '../../src/locales/index.js';

const REQUIRED = [
  ...['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl'],
  ...['pl', 'pt-PT', 'ro', 'sk', 'sl', 'sv', 'am', 'ar', 'bn', 'fa', 'fil', 'gu', 'ha', 'he', 'hi', 'id', 'ja'],
  ...['ko', 'mr', 'ms', 'pa', 'pt-BR', 'ru', 'sw', 'ta', 'te', 'th', 'tr', 'uk', 'ur', 'vi', 'zh-Hans', 'zh-Hant'],
];

type Flat = Record<string, string>;

function flatten(value: unknown, prefix = '', out: Flat = {}): Flat {
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out[path] = child;
    else flatten(child, path, out);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const PLURAL = /_(zero|one|two|few|many|other)$/;
const english = flatten(en);
const singularKeys = Object.keys(english).filter((key) => !PLURAL.test(key));
const pluralBases = [
  ...new Set(
    Object.keys(english)
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.slice(0, -6)),
  ),
];

describe('shipped locales', () => {
  it('ships at least the 51 required locales', () => {
    assert.equal(SHIPPED_LOCALES.length >= 51, true);
    for (const tag of REQUIRED) assert.ok(SHIPPED_LOCALES.includes(tag), `ships ${tag}`);
  });

  for (const tag of REQUIRED) {
    it(`${tag} is complete, with its plural forms and placeholders`, async () => {
      const strings = flatten(await loadLocale(tag));
      for (const key of singularKeys) {
        assert.equal(typeof strings[key], 'string', `${tag}: missing ${key}`);
        assert.notEqual(strings[key]!.trim(), '', `${tag}: empty ${key}`);
        assert.deepEqual(placeholders(strings[key]!), placeholders(english[key]!), `${tag}: placeholders of ${key}`);
      }
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      for (const base of pluralBases) {
        for (const category of categories) {
          const key = `${base}_${category}`;
          assert.equal(typeof strings[key], 'string', `${tag}: missing plural ${key}`);
          const expected = placeholders(english[`${base}_other`]!);
          const actual = placeholders(strings[key]!);
          // A form for exactly one thing may spell the number out ("one purpose") instead of {{count}}.
          const withoutCount = expected.filter((name) => name !== 'count');
          assert.ok(
            JSON.stringify(actual) === JSON.stringify(expected) ||
              (category !== 'other' && JSON.stringify(actual) === JSON.stringify(withoutCount)),
            `${tag}: placeholders of ${key}`,
          );
        }
      }
      for (const key of Object.keys(strings)) {
        const base = key.replace(PLURAL, '');
        assert.ok(key in english || pluralBases.includes(base), `${tag}: unknown key ${key}`);
      }
    });

    if (tag !== 'en') {
      it(`${tag} is a translation, not English copied`, async () => {
        const strings = flatten(await loadLocale(tag));
        const same = singularKeys.filter((key) => strings[key] === english[key]);
        assert.ok(same.length <= 2, `${tag}: ${same.length} strings are identical to English: ${same.join(', ')}`);
      });
    }
  }

  it('i18next picks the right plural form per language', async () => {
    const check = async (tag: string, count: number, expectedKey: string) => {
      const instance = i18next.createInstance();
      const strings = await loadLocale(tag);
      await instance.init({ lng: tag, resources: { [tag]: { translation: strings } }, initAsync: false });
      const flat = flatten(strings);
      const template = flat[`intro.${expectedKey}`]!.replace(/\{\{count\}\}/g, String(count));
      assert.equal(instance.t('intro.decide', { count }), template, `${tag} ${count}`);
    };
    await check('en', 1, 'decide_one');
    await check('en', 3, 'decide_other');
    await check('ru', 3, 'decide_few');
    await check('ru', 5, 'decide_many');
    await check('ar', 2, 'decide_two');
    await check('ar', 0, 'decide_zero');
    await check('pl', 22, 'decide_few');
  });
});
