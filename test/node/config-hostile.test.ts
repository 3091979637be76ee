// The config validator against the hostile corpus (test/fixtures/hostile-strings.ts): every string and every
// non-text value in every text field, and the direction-control rule (refused in single-line text, kept in clauses).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import type { ConfigProblemCode } from '../../src/core/config/problems.js';
import { CONFIG_LIMITS, parseConfigJson, validateConfig } from '../../src/core/config/validate.js';
import type { ConfigValidation } from '../../src/core/config/validate.js';
import { OVERLAY_MARK } from '../../src/core/i18n/strings.js';
import {
  DIRECTION_CONTROL_CHARACTERS,
  HOSTILE_STRINGS,
  HOSTILE_VALUES,
  TEXT_FIELDS,
  getField,
  setField,
  withEveryField,
  type HostileString,
  type MutableConfig,
  type TextField,
} from '../fixtures/hostile-strings.js';

const ANNUAL_REPORT: unknown = JSON.parse(
  readFileSync(new URL('../fixtures/annual-report.json', import.meta.url), 'utf8'),
);

function base(): MutableConfig {
  return withEveryField(ANNUAL_REPORT);
}

function withValue(field: TextField, value: unknown): MutableConfig {
  const config = base();
  setField(config, field, value);
  return config;
}

function summary(result: ConfigValidation): string[] {
  return result.problems.map((problem) => `${problem.code} @ ${problem.path}`);
}

function field(path: string): TextField {
  const found = TEXT_FIELDS.find((candidate) => candidate.path === path);
  assert.ok(found, path);
  return found;
}

const FREE_TEXT = new Set(['line', 'prose']);

/** Texts every declared language must have report a blank text as a missing translation. */
function emptyCode(target: TextField): ConfigProblemCode {
  const parent = target.at[target.at.length - 2];
  return parent === 'title' || parent === 'clause' || target.at[0] === 'dataCategories'
    ? 'missing-translation'
    : 'empty';
}

/**
 * What the validator must do with a string in a field: a problem code, `accepted` (returned exactly as given), or
 * `format-or-accepted` for a field with a format, where only the format decides.
 */
function expected(entry: HostileString, target: TextField): ConfigProblemCode | 'accepted' | 'format-or-accepted' {
  if (entry.value.length > target.max) return 'too-long';
  // The corpus's long runs are ASCII, so whitespace alone marks where a line may break.
  if (target.class === 'prose' && /\S{1001}/.test(entry.value)) return 'too-long';
  switch (entry.kind) {
    case 'blank':
      return emptyCode(target);
    case 'unsafe':
      return 'unsafe-text';
    case 'direction-control':
    case 'reordering-mark':
      return target.class === 'prose' ? 'accepted' : 'bidi-control';
    default:
      // A mark drawn across a letter strikes a title or name through; prose may carry one.
      if (target.class !== 'prose' && OVERLAY_MARK.test(entry.value)) return 'unsafe-text';
      // A line or paragraph separator breaks one-line text where it is drawn.
      if (target.class !== 'prose' && /[\u2028\u2029]/u.test(entry.value)) return 'unsafe-text';
      if (FREE_TEXT.has(target.class)) return 'accepted';
      return entry.dangerousScheme && target.class === 'url' ? 'format' : 'format-or-accepted';
  }
}

// Characters a problem message must never carry as they are: it may be logged, shown in a terminal or on a page.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_MESSAGE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;

describe('every hostile string in every text field', () => {
  for (const entry of HOSTILE_STRINGS) {
    it(entry.name, () => {
      for (const target of TEXT_FIELDS) {
        const label = `${entry.name} in ${target.path}`;
        const config = withValue(target, entry.value);
        const result = validateConfig(config);
        const want = expected(entry, target);
        if (result.valid) {
          assert.ok(want === 'accepted' || want === 'format-or-accepted', `${label}: accepted, expected ${want}`);
          // Exactly the given text: not trimmed, normalized, escaped or decoded.
          assert.equal(getField(result.config, target), entry.value, label);
        } else {
          assert.notEqual(want, 'accepted', `${label}: refused with ${summary(result).join(', ')}`);
          const code = want === 'format-or-accepted' ? 'format' : want;
          assert.deepEqual(summary(result), [`${code} @ ${target.path}`], label);
          for (const problem of result.problems) {
            assert.doesNotMatch(problem.message, UNSAFE_IN_MESSAGE, `${label}: message carries unsafe characters`);
            assert.ok(problem.message.length < 1_000, `${label}: message has ${problem.message.length} characters`);
            assert.ok(problem.message.startsWith(`${target.path}: `), `${label}: ${problem.message}`);
          }
        }
        // JSON text gives the same verdict as the parsed object.
        assert.deepEqual(summary(parseConfigJson(JSON.stringify(config))), summary(result), `${label} (JSON)`);
      }
    });
  }
});

describe('values that are not text', () => {
  for (const entry of HOSTILE_VALUES) {
    it(`refuses ${entry.name} in every text field as a type problem naming the field`, () => {
      for (const target of TEXT_FIELDS) {
        const config = withValue(target, entry.value);
        const result = validateConfig(config);
        assert.deepEqual(summary(result), [`type @ ${target.path}`], `${entry.name} in ${target.path}`);
        assert.match(result.problems[0]?.message ?? '', /must be text \(a string\)/);
        if (entry.json) assert.deepEqual(summary(parseConfigJson(JSON.stringify(config))), summary(result));
      }
    });
  }

  it('never calls toString or reads the look-alike', () => {
    let touched = false;
    const trap = {
      toString() {
        touched = true;
        return 'x';
      },
      get strings() {
        touched = true;
        return [];
      },
    };
    assert.deepEqual(summary(validateConfig(withValue(field('controller.name'), trap))), ['type @ controller.name']);
    assert.equal(touched, false);
  });

  it('refuses a Lit template result look-alike given as the whole config, by its keys', () => {
    const result = validateConfig({ _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] });
    assert.equal(result.valid, false);
    const lines = summary(result);
    for (const key of ['_$litType$', 'strings', 'values']) assert.ok(lines.includes(`unknown-key @ ${key}`), key);
    assert.ok(lines.includes('required @ policy'));
  });

  it('refuses a Lit template result look-alike in place of a localized text', () => {
    const config = base();
    config.purposes[1].title = { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] };
    const lines = summary(validateConfig(config));
    assert.ok(lines.includes('undeclared-language @ purposes[1].title._$litType$'), lines.join('\n'));
    assert.ok(lines.includes('missing-translation @ purposes[1].title.en'), lines.join('\n'));
  });
});

describe('direction controls', () => {
  const singleLine = TEXT_FIELDS.filter((target) => target.class !== 'prose');
  const prose = TEXT_FIELDS.filter((target) => target.class === 'prose');

  it('refuses each override, embedding and isolate in single-line text as bidi-control, naming field and character', () => {
    for (const char of DIRECTION_CONTROL_CHARACTERS) {
      const hex = `U+${char.charCodeAt(0).toString(16).toUpperCase()}`;
      for (const target of singleLine) {
        const result = validateConfig(withValue(target, `Accept${char} all`));
        assert.deepEqual(summary(result), [`bidi-control @ ${target.path}`], `${hex} in ${target.path}`);
        const message = result.problems[0]?.message ?? '';
        assert.ok(message.startsWith(`${target.path}: `), message);
        assert.match(message, new RegExp(`at position 6, ${hex.replace('+', '\\+')} \\(`));
        assert.doesNotMatch(message, UNSAFE_IN_MESSAGE);
      }
    }
  });

  it('names the control in words', () => {
    const result = validateConfig(withValue(field('purposes[1].title.en'), '\u202Ella tpeccA'));
    assert.match(result.problems[0]?.message ?? '', /U\+202E \(right-to-left override\)/);
    const isolate = validateConfig(withValue(field('controller.name'), 'Pay \u2068x\u2069'));
    assert.match(isolate.problems[0]?.message ?? '', /U\+2068 \(first strong isolate\)/);
  });

  it('keeps every one of them verbatim in clauses and glossary explanations', () => {
    const text = `Legal text ${DIRECTION_CONTROL_CHARACTERS.join('x')} \u202Eunterminated`;
    for (const target of prose) {
      const result = validateConfig(withValue(target, text));
      assert.deepEqual(summary(result), [], target.path);
      assert.equal(getField(result.config, target), text, target.path);
    }
  });

  it('keeps direction marks in single-line text where they only place what is around them', () => {
    for (const mark of ['\u200E', '\u200F', '\u061C']) {
      for (const target of singleLine.filter((candidate) => candidate.class === 'line')) {
        for (const text of [`${mark}Example Pay`, `Example (Pay)${mark}.`, `Example${mark} مثال`, `مثال${mark} Pay`]) {
          assert.deepEqual(
            summary(validateConfig(withValue(target, text))),
            [],
            `${JSON.stringify(text)} in ${target.path}`,
          );
        }
      }
    }
    // Between two words of its own direction, a mark splits nothing.
    assert.deepEqual(summary(validateConfig(withValue(field('controller.name'), 'Example\u200E Pay'))), []);
    assert.deepEqual(summary(validateConfig(withValue(field('controller.name'), 'مثال\u200F مثال'))), []);
  });

  it('refuses a direction mark between two words of the other direction, which it swaps', () => {
    const cases = [
      ['all \u200FAccept', 4, 'U+200F (right-to-left mark) between two left-to-right words'],
      ['Example 2024 \u061C, Pay', 13, 'U+061C (Arabic letter mark) between two left-to-right words'],
      ['لا \u200Eأوافق', 3, 'U+200E (left-to-right mark) between two right-to-left words'],
    ] as const;
    for (const target of singleLine.filter((candidate) => candidate.class === 'line')) {
      for (const [text, index, words] of cases) {
        const result = validateConfig(withValue(target, text));
        assert.deepEqual(
          summary(result),
          [`bidi-control @ ${target.path}`],
          `${JSON.stringify(text)} in ${target.path}`,
        );
        const message = result.valid ? '' : (result.problems[0]?.message ?? '');
        assert.ok(message.includes(`at position ${index}, ${words}`), message);
        assert.doesNotMatch(message, /[\u200E\u200F\u061C]/u, 'the message names the mark, without carrying it');
      }
    }
  });

  /** Each text, in every single-line field, is refused as bidi-control naming the sign by code point only. */
  function assertSignsRefused(cases: [string, number, string][], name: string, words: string): void {
    for (const target of singleLine.filter((candidate) => candidate.class === 'line')) {
      for (const [text, index, hex] of cases) {
        const label = `${JSON.stringify(text)} in ${target.path}`;
        const result = validateConfig(withValue(target, text));
        assert.deepEqual(summary(result), [`bidi-control @ ${target.path}`], label);
        const message = result.problems[0]?.message ?? '';
        assert.ok(message.startsWith(`${target.path}: `), message);
        assert.ok(message.includes(`at position ${index}, ${hex} (${name}) between two ${words} words`), message);
        assert.ok(!message.includes(text[index] ?? ''), `${label}: the message names the sign, without carrying it`);
      }
    }
  }

  it('refuses a right-to-left sign that is part of no word between two left-to-right words, which reorders them', () => {
    // In a right-to-left heading the first reads "Do\u05F3 not\u05F3 share\u05F3 my\u05F3 data": each geresh
    // (like an apostrophe) is strongly right-to-left, so every English word becomes a run of its own.
    const cases: [string, number, string][] = [
      ['data \u05F3my \u05F3share \u05F3not \u05F3Do', 5, 'U+05F3'],
      ['all \u05F3\u05F4 Accept', 4, 'U+05F3'],
      ['Reject (2) \u0640 all', 11, 'U+0640'],
    ];
    // Hebrew punctuation, the tatweel, Arabic and Urdu stops, the Syriac abbreviation mark, an N'Ko tone apostrophe.
    for (const sign of ['\u05F4', '\u05C3', '\u05BE', '\u0640', '\u06D4', '\u061B', '\u070F', '\u07F4']) {
      const hex = `U+${sign.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      cases.push([`all ${sign}Accept`, 4, hex], [`all${sign} Accept`, 3, hex]);
    }
    assertSignsRefused(cases, 'right-to-left punctuation, symbol or modifier letter, part of no word', 'left-to-right');
  });

  it('refuses a left-to-right modifier letter that is part of no word between two right-to-left words', () => {
    // In a left-to-right paragraph "שלום ʻ עולם" shows the Hebrew words in the other order: U+02BB (like an opening
    // quote) is strongly left-to-right and splits them into two runs.
    const cases: [string, number, string][] = [
      ['שלום \u02BB עולם', 5, 'U+02BB'],
      ['שלום\u02BCעולם', 4, 'U+02BC'],
      ['بيانات \u02D0مشاركة', 7, 'U+02D0'],
    ];
    assertSignsRefused(cases, 'left-to-right modifier letter, part of no word', 'right-to-left');
    // Beside letters of its own word it is part of that word, and a neutral modifier (U+02C8, a stress mark) splits
    // nothing.
    for (const text of ['שיתוף עם Hawaiʻi ועוד', 'שיתוף עם ʻāina ועוד', 'שלום \u02C8 עולם']) {
      const target = singleLine.find((candidate) => candidate.class === 'line');
      assert.ok(target);
      assert.deepEqual(summary(validateConfig(withValue(target, text))), [], JSON.stringify(text));
    }
  });

  it('keeps Hebrew and Arabic text with English words in it, and its own punctuation', () => {
    const texts = [
      'שיתוף עם Google ו-Facebook',
      'מסכים \u05F4Google\u05F4 לשיתוף',
      'שיתוף עם Google ו\u05BEFacebook',
      'צה\u05F4ל ו-Google',
      'מחיר: 5\u05F3 Google',
      'مشاركة البيانات مع Google و Meta',
      'مشاركة مع Google\u060C Meta',
      'بـيانات Google',
      'Google \u0640بيانات',
      'مع Google\u061B',
      'Example Pay 2024\u06D4',
      '\u05F3Example Pay',
    ];
    for (const target of singleLine.filter((candidate) => candidate.class === 'line')) {
      for (const text of texts) {
        const result = validateConfig(withValue(target, text));
        assert.deepEqual(summary(result), [], `${JSON.stringify(text)} in ${target.path}`);
        assert.equal(getField(result.config, target), text);
      }
    }
  });

  it('refuses them in language tags, ids and keys too', () => {
    const config = base();
    config.dataCategories['pay\u202Ements'] = { en: 'Payments', 'zh-CN': '支付' };
    config.glossary['term\u2066'] = { en: 'Explained' };
    const lines = summary(validateConfig(config));
    assert.ok(lines.includes('bidi-control @ dataCategories["pay\\u202Ements"]'), lines.join('\n'));
    assert.ok(lines.includes('bidi-control @ glossary["term\\u2066"]'), lines.join('\n'));
  });

  it('reports a control character before a direction control in the same text', () => {
    const result = validateConfig(withValue(field('controller.name'), 'A\u202E\u0000'));
    assert.deepEqual(summary(result), ['unsafe-text @ controller.name']);
  });
});

describe('invisible and control characters', () => {
  it('refuses text with nothing visible, saying so', () => {
    const result = validateConfig(withValue(field('controller.name'), '\u200B\u2060\uFEFF'));
    assert.deepEqual(summary(result), ['empty @ controller.name']);
    assert.match(result.problems[0]?.message ?? '', /only invisible characters/);
    assert.deepEqual(summary(validateConfig(withValue(field('purposes[1].title.en'), '\u3164'))), [
      'missing-translation @ purposes[1].title.en',
    ]);
    // An accent with no letter to sit on shows as nothing, or as a stray mark: no recipient is named by it.
    assert.deepEqual(summary(validateConfig(withValue(field('controller.name'), ' \u0301\u0308 '))), [
      'empty @ controller.name',
    ]);
    assert.deepEqual(summary(validateConfig(withValue(field('purposes[1].title.en'), '\u0301'))), [
      'missing-translation @ purposes[1].title.en',
    ]);
    // A letter with its marks is text.
    assert.deepEqual(summary(validateConfig(withValue(field('controller.name'), 'Cafe\u0301 Pay'))), []);
  });

  it('refuses C1 controls but keeps next line (U+0085), tabs and line breaks', () => {
    assert.deepEqual(summary(validateConfig(withValue(field('purposes[2].clause.en'), 'a\u0080b'))), [
      'unsafe-text @ purposes[2].clause.en',
    ]);
    const clause = 'one\u0085two\tthree\r\nfour';
    const result = validateConfig(withValue(field('purposes[2].clause.en'), clause));
    assert.deepEqual(summary(result), []);
    assert.equal(getField(result.config, field('purposes[2].clause.en')), clause);
  });

  it('refuses line and paragraph separators in one-line text, and keeps them in clauses', () => {
    for (const separator of ['\u2028', '\u2029']) {
      assert.deepEqual(summary(validateConfig(withValue(field('controller.name'), `Example${separator}Pay`))), [
        'unsafe-text @ controller.name',
      ]);
      assert.deepEqual(summary(validateConfig(withValue(field('purposes[1].title.en'), `Credit${separator}scoring`))), [
        'unsafe-text @ purposes[1].title.en',
      ]);
      assert.deepEqual(summary(validateConfig(withValue(field('purposes[2].clause.en'), `One.${separator}Two.`))), []);
    }
  });

  it('keeps valid surrogate pairs and refuses lone halves', () => {
    assert.deepEqual(summary(validateConfig(withValue(field('controller.name'), 'Pay 𝔘 🏳️‍🌈'))), []);
    assert.deepEqual(summary(validateConfig(withValue(field('controller.name'), 'Pay \uD835'))), [
      'unsafe-text @ controller.name',
    ]);
  });
});

/** Text of exactly `length` characters, broken by spaces every few words. */
function words(length: number): string {
  return 'Clause text, as written. '.repeat(Math.ceil(length / 25)).slice(0, length);
}

describe('long text', () => {
  it('accepts a clause at its limit and refuses it one character longer, naming the field', () => {
    const target = field('purposes[2].clause.en');
    assert.deepEqual(summary(validateConfig(withValue(target, words(CONFIG_LIMITS.clause)))), []);
    const result = validateConfig(withValue(target, words(CONFIG_LIMITS.clause + 1)));
    assert.deepEqual(summary(result), [`too-long @ ${target.path}`]);
    assert.match(result.problems[0]?.message ?? '', /50001 characters; at most 50000/);
  });

  it('refuses 100k characters in every text field at once, one problem per field', () => {
    const config = base();
    for (const target of TEXT_FIELDS) setField(config, target, 'A'.repeat(100_000));
    assert.deepEqual(
      [...summary(validateConfig(config))].sort(),
      TEXT_FIELDS.map((target) => `too-long @ ${target.path}`).sort(),
    );
  });
});

describe('runs with no place to break the line', () => {
  const clause = field('purposes[2].clause.en');
  const glossary = field('glossary.consent.en');
  const max = CONFIG_LIMITS.unbrokenRun;

  it(`accepts a run of ${max} characters and refuses ${max + 1} in clauses and glossary explanations`, () => {
    for (const target of [clause, glossary]) {
      const fits = `Before ${'A'.repeat(max)} after`;
      assert.deepEqual(summary(validateConfig(withValue(target, fits))), [], target.path);
      const result = validateConfig(withValue(target, `Before ${'A'.repeat(max + 1)} after`));
      assert.deepEqual(summary(result), [`too-long @ ${target.path}`], target.path);
      assert.match(result.problems[0]?.message ?? '', /at position 7, a run of 1001 characters/);
    }
  });

  it('finds a run at the very start and at the very end', () => {
    assert.deepEqual(summary(validateConfig(withValue(clause, `${'A'.repeat(max + 1)} end`))), [
      `too-long @ ${clause.path}`,
    ]);
    assert.deepEqual(summary(validateConfig(withValue(clause, `start ${'A'.repeat(max + 1)}`))), [
      `too-long @ ${clause.path}`,
    ]);
  });

  it('counts punctuation and combining marks as part of a run', () => {
    for (const run of ['!'.repeat(max + 1), `e${'\u0301'.repeat(20)}`.repeat(50), '<img>'.repeat(201)]) {
      assert.deepEqual(summary(validateConfig(withValue(clause, run))), [`too-long @ ${clause.path}`]);
    }
  });

  it('finds places to break in hyphens, slashes, zero-width spaces and scripts written without spaces', () => {
    const texts = [
      'a-'.repeat(5_000),
      'path/'.repeat(2_000),
      'word\u200B'.repeat(2_000),
      '我们使用您过去一年的支付记录生成年度账单。'.repeat(2_000),
      'ひらがなとカタカナ'.repeat(2_000),
      'ภาษาไทยไม่มีช่องว่าง'.repeat(1_000),
      'ሰላም፡'.repeat(2_000),
    ];
    for (const text of texts) {
      const result = validateConfig(withValue(clause, text.slice(0, CONFIG_LIMITS.clause)));
      assert.deepEqual(summary(result), [], JSON.stringify(text.slice(0, 20)));
    }
  });

  it('counts no-break spaces and the non-breaking hyphen as part of a run: a line cannot break at them', () => {
    for (const joiner of ['\u00A0', '\u2007', '\u202F', '\uFEFF', '\u2011']) {
      const result = validateConfig(withValue(clause, `Ab${joiner}`.repeat(max)));
      assert.deepEqual(summary(result), [`too-long @ ${clause.path}`], `U+${joiner.codePointAt(0)!.toString(16)}`);
    }
    // A no-break space between words that ordinary spaces also separate is fine.
    assert.deepEqual(summary(validateConfig(withValue(clause, 'Art.\u00A07 GDPR, see below. '.repeat(200)))), []);
  });

  it('leaves single-line text and its own limits alone', () => {
    assert.deepEqual(
      summary(validateConfig(withValue(field('controller.name'), 'N'.repeat(CONFIG_LIMITS.shortText)))),
      [],
    );
  });

  it('checks a clause of many runs just under the limit', () => {
    const text = `${'A'.repeat(max)} `.repeat(Math.floor(CONFIG_LIMITS.clause / (max + 1)));
    assert.deepEqual(summary(validateConfig(withValue(clause, text))), []);
  });
});

describe('combining marks', () => {
  const max = CONFIG_LIMITS.combiningMarks;

  it(`accepts ${max} in a row and refuses ${max + 1} in every text field, naming field and position`, () => {
    for (const target of TEXT_FIELDS.filter((candidate) => FREE_TEXT.has(candidate.class))) {
      assert.deepEqual(summary(validateConfig(withValue(target, `Zalgo${'\u030D'.repeat(max)}`))), [], target.path);
      const result = validateConfig(withValue(target, `Zalgo${'\u030D'.repeat(max + 1)}`));
      assert.deepEqual(summary(result), [`unsafe-text @ ${target.path}`], target.path);
      assert.match(result.problems[0]?.message ?? '', /at position 5, more than 30 combining marks on one character/);
    }
  });

  it('refuses a mark drawn across its letter in a title or name, which strikes it through, and not in a clause', () => {
    const struck = 'N\u0336o\u0336t\u0336 used';
    for (const target of TEXT_FIELDS.filter((candidate) => FREE_TEXT.has(candidate.class))) {
      const result = validateConfig(withValue(target, struck));
      if (target.class === 'prose') {
        assert.deepEqual(summary(result), [], target.path);
        continue;
      }
      assert.deepEqual(summary(result), [`unsafe-text @ ${target.path}`], target.path);
      assert.match(
        result.problems[0]?.message ?? '',
        /at position 1, a combining mark drawn across its letter \(U\+0336\)/,
      );
    }
  });

  it('counts the marks on one character across zero-width joiners and soft hyphens between them', () => {
    for (const separator of ['\u200D', '\u200C', '\u00AD', '\u2060', '\u{E0020}']) {
      const path = `controller.name with ${JSON.stringify(separator)}`;
      const split = (count: number) => `${'\u030D'.repeat(15)}${separator}`.repeat(count / 15);
      assert.deepEqual(summary(validateConfig(withValue(field('controller.name'), `Zalgo${split(30)}`))), [], path);
      const result = validateConfig(withValue(field('controller.name'), `Zalgo${split(45)}`));
      assert.deepEqual(summary(result), ['unsafe-text @ controller.name'], path);
    }
    // A visible character in between is a new one to stack on.
    const stacks = `Zalgo${`${'\u030D'.repeat(30)}o`.repeat(3)}`;
    assert.deepEqual(summary(validateConfig(withValue(field('controller.name'), stacks))), []);
  });

  it('keeps the marks real scripts stack', () => {
    const texts = ['Tiếng Việt', 'בְּרֵאשִׁית', 'हिन्दी', 'བོད་ཡིག', 'e\u0301\u0323\u0302'];
    for (const text of texts) assert.deepEqual(summary(validateConfig(withValue(field('controller.name'), text))), []);
  });
});
