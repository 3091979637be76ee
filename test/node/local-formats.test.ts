/// <reference types="node" />
// Durations and dates shipped for browsers whose Intl has no data in a language (Chromium: Irish, Hausa, Maltese;
// Punjabi units): CLDR's, as Node's full ICU gives them, and written the way Intl writes them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a build script in plain JavaScript, without declarations.
import * as generator from '../../scripts/generate-local-formats.mjs';
import { formatDuration } from '../../src/core/text/duration.js';
import { formatDateTime, localFormats, registerLocalFormats } from '../../src/core/text/local-formats.js';
import { cldrFormatter, type LocalFormats } from '../../src/core/text/cldr-formatter.js';
import { loadLocale } from '../../src/locales/index.js';

const { FORMAT_LANGUAGES, formatsOf } = generator as {
  FORMAT_LANGUAGES: string[];
  formatsOf: (language: string) => LocalFormats;
};

const DURATIONS = [
  'P1Y',
  'P2Y',
  'P3Y',
  'P7Y',
  'P11Y',
  'P20Y',
  'P101Y',
  'P6M',
  'P1W',
  'P2W',
  'P30D',
  'P1Y6M',
  'P1Y2M3W4D',
];

describe('shipped durations and dates', () => {
  it('are CLDR’s in each language, and register when its locale loads', async () => {
    for (const language of FORMAT_LANGUAGES) {
      const module = (await import(`../../src/locales/${language}.js`)) as { formats?: unknown };
      const generated = (await import(`../../src/locales/formats/${language}.js`)) as { patterns: LocalFormats };
      assert.deepEqual(generated.patterns, formatsOf(language), language);
      await loadLocale(language);
      assert.equal(localFormats(language), module.formats, language);
      assert.equal(localFormats(`${language}-XX`), module.formats, `${language}-XX`);
    }
  });

  it('write durations as Intl with full ICU writes them', async () => {
    for (const language of FORMAT_LANGUAGES) {
      await loadLocale(language);
      for (const text of DURATIONS) {
        const parts = [...text.matchAll(/(\d+)([YMWD])/g)].map(([, count, unit]) =>
          new Intl.NumberFormat(language, {
            style: 'unit',
            unit: { Y: 'year', M: 'month', W: 'week', D: 'day' }[unit!]!,
            unitDisplay: 'long',
          }).format(Number(count)),
        );
        const expected = new Intl.ListFormat(language, { style: 'long', type: 'unit' }).format(parts);
        assert.equal(formatDuration(text, language), expected, `${language} ${text}`);
      }
    }
  });

  it('write dates and times as Intl with full ICU writes them, in the local time zone', async () => {
    const times = [Date.UTC(2026, 0, 2, 9, 5), Date.UTC(2026, 10, 29, 0, 5), Date.UTC(2026, 5, 15, 12, 45), 0];
    for (const language of FORMAT_LANGUAGES) {
      await loadLocale(language);
      for (const at of times) {
        const expected = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(at);
        assert.equal(formatDateTime(at, language), expected, `${language} ${new Date(at).toISOString()}`);
      }
    }
    // A language with none registered is Intl's.
    const at = Date.UTC(2026, 0, 2, 9, 5);
    assert.equal(
      formatDateTime(at, 'de'),
      new Intl.DateTimeFormat('de', { dateStyle: 'long', timeStyle: 'short' }).format(at),
    );
  });

  it('join lists with "and" as Intl with full ICU joins them, items of any number', async () => {
    for (const language of FORMAT_LANGUAGES) {
      await loadLocale(language);
      for (const length of [1, 2, 3, 4, 5, 7]) {
        const items = Array.from({ length }, (_, index) => `Purpose ${index + 1}`);
        const expected = new Intl.ListFormat(language, { type: 'conjunction' }).formatToParts(items);
        assert.deepEqual(localFormats(language)!.listParts(items), expected, `${language} ${length}`);
      }
    }
  });

  it('take a duration formatted before the formats registered in the language’s own words afterwards', () => {
    const before = formatDuration('P2Y', 'xx');
    registerLocalFormats(
      'xx',
      cldrFormatter('xx', {
        units: {
          year: { other: '{0} yy' },
          month: { other: '{0} mm' },
          week: { other: '{0} ww' },
          day: { other: '{0} dd' },
        },
        lists: ['{0} & {1}', '{0}, {1} & {2}', '{0}, {1}, {2} & {3}'],
        conjunction: { two: ' & ', start: ', ', middle: ', ', end: ' & ' },
        dateTime: { pattern: '{day}/{month}/{year} {hour}:{minute}', months: [], twoDigitHour: true },
      }),
    );
    assert.notEqual(before, '2 yy');
    assert.equal(formatDuration('P2Y', 'xx'), '2 yy');
    assert.equal(formatDuration('P2Y6M', 'xx'), '2 yy & 6 mm');
  });
});
