// Overrides of the prompt's own words: what passes, and every way an override is refused, naming the field.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  normalizeLabel,
  validateStrings,
  distinctActionLabels,
  honestActionLabels,
  LEANING_KEYS,
  type StringsProblemCode,
} from '../../src/core/i18n/strings.js';
import en from '../../src/locales/en.js';
import { SHIPPED_LOCALES } from '../../src/locales/index.js';
import { completeLocale } from '../fixtures/complete-locale.js';
import { leaningProblems } from '../../src/core/i18n/label-leaning.js';
import { SHIPPED_STRINGS, validateStrings as validateStringsFromCore } from '../../src/core/index.js';

const reference = { english: en, shipped: SHIPPED_LOCALES };

function refused(input: unknown): { code: StringsProblemCode; path: string }[] {
  const result = validateStrings(input, reference);
  assert.equal(result.valid, false, `expected ${JSON.stringify(input)?.slice(0, 200)} to be refused`);
  return result.valid ? [] : result.problems.map(({ code, path }) => ({ code, path }));
}

describe('validateStrings', () => {
  it('is callable from unticked/core with the reference the prompt uses (SHIPPED_STRINGS)', () => {
    assert.deepEqual([...SHIPPED_STRINGS.shipped].sort(), [...SHIPPED_LOCALES].sort());
    assert.equal(SHIPPED_STRINGS.english, en);
    const passes = validateStringsFromCore({ de: { actions: { rejectAll: 'Alle ablehnen' } } }, SHIPPED_STRINGS);
    assert.equal(passes.valid, true);
    const refusedLabel = validateStringsFromCore({ en: { actions: { acceptAll: 'Reject all' } } }, SHIPPED_STRINGS);
    assert.equal(refusedLabel.valid, false);
    if (!refusedLabel.valid) assert.equal(refusedLabel.problems[0]?.code, 'deceptive-label');
  });

  it('says when it is called without the words to check against, instead of calling every override unknown', () => {
    const call = validateStringsFromCore as (input: unknown, reference?: unknown) => ReturnType<typeof validateStrings>;
    for (const reference of [undefined, null, {}, { english: en }, { english: en, shipped: 'en' }]) {
      const result = call({ de: { actions: { rejectAll: 'Alle ablehnen' } } }, reference);
      assert.equal(result.valid, false);
      if (!result.valid) {
        assert.deepEqual(
          result.problems.map((problem) => [problem.code, problem.path]),
          [['not-object', 'reference']],
        );
        assert.match(result.problems[0]!.message, /SHIPPED_STRINGS/);
      }
    }
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    const trapped = call({ de: {} }, hostile);
    assert.equal(trapped.valid, false);
  });

  it('accepts a partial override of a shipped locale, keyed by the locale’s own spelling', () => {
    const result = validateStrings(
      { en: { actions: { rejectAll: 'Decline all' } }, 'zh-hans': { heading: '关于您数据的选择' } },
      reference,
    );
    assert.equal(result.valid, true);
    if (!result.valid) return;
    assert.deepEqual(result.strings['en'], { 'actions.rejectAll': 'Decline all' });
    assert.deepEqual(result.strings['zh-Hans'], { heading: '关于您数据的选择' });
    assert.deepEqual(result.added, []);
  });

  it('accepts plural forms the language needs and keeps {{count}} optional', () => {
    const result = validateStrings(
      { pl: { intro: { decide_few: 'Zdecyduj o {{count}} celach.', decide_one: 'Zdecyduj o tym celu.' } } },
      reference,
    );
    assert.equal(result.valid, true);
  });

  it('adds a language that is not shipped only when every string is given', () => {
    const catalan = completeLocale('ca');
    const partial = refused({ ca: { heading: 'Les vostres opcions' } });
    assert.deepEqual(partial, [{ code: 'incomplete', path: 'strings.ca' }]);
    const result = validateStrings({ ca: catalan }, reference);
    assert.equal(result.valid, true);
    if (result.valid) assert.deepEqual(result.added, ['ca']);
  });

  it('says which key changes the shipped words in part when a config’s spelling of the language was given', () => {
    const message = (tag: string) => {
      const result = validateStrings({ [tag]: { actions: { rejectAll: 'Decline all' } } }, reference);
      return result.valid ? '' : (result.problems[0]?.message ?? '');
    };
    assert.match(message('zh-CN'), /key them "zh-Hans"/);
    assert.match(message('en-US'), /key them "en"/);
    assert.doesNotMatch(message('tlh'), /key them/);
  });

  it('refuses what is not an object of strings, naming the field', () => {
    assert.deepEqual(refused(null), [{ code: 'not-object', path: 'strings' }]);
    assert.deepEqual(refused([]), [{ code: 'not-object', path: 'strings' }]);
    assert.deepEqual(refused({ en: 'Accept' }), [{ code: 'not-object', path: 'strings.en' }]);
    assert.deepEqual(refused({ en: { actions: 'Accept' } }), [{ code: 'not-object', path: 'strings.en.actions' }]);
    assert.deepEqual(refused({ en: { actions: { acceptAll: 42 } } }), [
      { code: 'not-text', path: 'strings.en.actions.acceptAll' },
    ]);
    const litLookAlike = { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] };
    assert.deepEqual(refused({ en: { actions: { acceptAll: litLookAlike } } }), [
      { code: 'not-text', path: 'strings.en.actions.acceptAll' },
    ]);
  });

  it('refuses unknown keys, languages and plural forms', () => {
    assert.deepEqual(refused({ en: { actions: { acceptEverything: 'Yes' } } }), [
      { code: 'unknown-key', path: 'strings.en.actions.acceptEverything' },
    ]);
    assert.deepEqual(refused({ en: { actions: { rejectAll_one: 'No' } } }), [
      { code: 'unknown-key', path: 'strings.en.actions.rejectAll_one' },
    ]);
    assert.deepEqual(refused(JSON.parse('{"en":{"__proto__":{"x":"y"}}}')), [
      { code: 'unknown-key', path: 'strings.en.__proto__.x' },
    ]);
    assert.deepEqual(refused({ 'not a tag!': { heading: 'x' } }), [{ code: 'language', path: 'strings.not a tag!' }]);
    // A plural form the language's counts never take would never be shown: English has no "few", German no
    // "many", Japanese only "other". "zero" any language may give (i18next tries it for 0).
    assert.deepEqual(refused({ en: { intro: { decide_few: 'A few' } } }), [
      { code: 'unknown-key', path: 'strings.en.intro.decide_few' },
    ]);
    assert.deepEqual(refused({ de: { intro: { decide_many: 'Viele' } } }), [
      { code: 'unknown-key', path: 'strings.de.intro.decide_many' },
    ]);
    assert.deepEqual(refused({ ja: { intro: { decide_one: '一つ' } } }), [
      { code: 'unknown-key', path: 'strings.ja.intro.decide_one' },
    ]);
    for (const accepted of [
      { en: { intro: { decide_zero: 'Nothing to decide.' } } },
      { ar: { intro: { decide_two: 'اثنان', decide_few: 'قليل' } } },
      { ga: { intro: { decide_two: 'Dhá', decide_many: 'Go leor' } } },
    ]) {
      assert.equal(validateStrings(accepted, reference).valid, true, JSON.stringify(accepted));
    }
  });

  it('refuses two spellings of one language, whose words would go unused', () => {
    assert.deepEqual(refused({ 'zh-hant': { actions: { close: 'A' } }, 'zh-Hant': { actions: { close: 'B' } } }), [
      { code: 'duplicate', path: 'strings.zh-Hant' },
    ]);
    assert.deepEqual(refused({ iw: { actions: { close: 'A' } }, he: { actions: { close: 'B' } } }), [
      { code: 'duplicate', path: 'strings.he' },
    ]);
  });

  it('refuses labels that would show nothing', () => {
    for (const hidden of ['', '   ', '\u200B\u200B', '\u0301', '\u00A0\n']) {
      assert.deepEqual(refused({ en: { actions: { rejectAll: hidden } } }), [
        { code: 'empty', path: 'strings.en.actions.rejectAll' },
      ]);
    }
  });

  it('refuses direction overrides, control characters, nesting and overlong text', () => {
    const cases: [string, StringsProblemCode][] = [
      ['\u202EllA tpeccA', 'bidi-control'],
      ['Reject \u2066all\u2069', 'bidi-control'],
      // In right-to-left text, a mark between two Latin words swaps them: this reads "Accept all".
      ['all \u200FAccept', 'bidi-control'],
      ['all \u061CAccept', 'bidi-control'],
      ['لا \u200Eأوافق', 'bidi-control'],
      // So do Hebrew gereshes (like apostrophes) between English words: "Do\u05F3 not\u05F3 share\u05F3 my\u05F3 data".
      ['data \u05F3my \u05F3share \u05F3not \u05F3Do', 'bidi-control'],
      ['Reject \u0640all', 'bidi-control'],
      [`Reject all${'\u0336'.repeat(31)}`, 'control-character'],
      // Joiners between the marks start no new character: all 360 pile up on the "l".
      [`Reject all${`${'\u030D'.repeat(30)}\u200D`.repeat(12)}`, 'control-character'],
      // One stroke overlay per letter: the label is offered struck through.
      ['R\u0336e\u0336j\u0336e\u0336c\u0336t\u0336 all', 'control-character'],
      [`Reject all${'\u0336'.repeat(10)}`, 'control-character'],
      ['Re\u0338ject all', 'control-character'],
      ['Reject\u0000all', 'control-character'],
      ['Reject \uD800all', 'control-character'],
      ['$t(actions.acceptAll)', 'nesting'],
      ['x'.repeat(401), 'too-long'],
    ];
    for (const [text, code] of cases) {
      assert.deepEqual(refused({ en: { actions: { rejectAll: text } } }), [
        { code, path: 'strings.en.actions.rejectAll' },
      ]);
    }
  });

  it('keeps the site text a sentence must name, and adds no placeholder', () => {
    assert.deepEqual(refused({ en: { intro: { asker: 'We ask for your consent.' } } }), [
      { code: 'placeholder', path: 'strings.en.intro.asker' },
    ]);
    assert.deepEqual(refused({ en: { language: { notice: 'Shown in {{shown}}.' } } }), [
      { code: 'placeholder', path: 'strings.en.language.notice' },
    ]);
    assert.deepEqual(refused({ en: { heading: 'Hello {{controller}}' } }), [
      { code: 'placeholder', path: 'strings.en.heading' },
    ]);
  });

  it('refuses two actions that read alike, whatever the case, width or spacing', () => {
    assert.deepEqual(refused({ en: { actions: { rejectAll: 'Fine', acceptAll: 'ｆｉｎｅ ' } } }), [
      { code: 'deceptive-label', path: 'strings.en.actions.acceptAll' },
    ]);
    assert.equal(distinctActionLabels(['Reject all', 'Save', 'Accept all']), true);
    assert.equal(distinctActionLabels(['Accept all', 'Save', 'ACCEPT  ALL']), false);
  });

  it('refuses an action given the words of another, even when both are relabelled', () => {
    assert.deepEqual(refused({ en: { actions: { rejectAll: 'Accept all', acceptAll: 'Reject all' } } }), [
      { code: 'deceptive-label', path: 'strings.en.actions.rejectAll' },
      { code: 'deceptive-label', path: 'strings.en.actions.acceptAll' },
    ]);
    assert.deepEqual(refused({ fil: { actions: { rejectAll: 'accept ALL' } } }), [
      { code: 'deceptive-label', path: 'strings.fil.actions.rejectAll' },
    ]);
    const german = ['Alle ablehnen', 'Auswahl speichern', 'Alle akzeptieren'];
    assert.equal(honestActionLabels(['Nein danke', 'Speichern', 'Alle akzeptieren'], [german]), true);
    assert.equal(honestActionLabels(['Alle akzeptieren', 'Speichern', 'Alle ablehnen'], [german]), false);
    assert.equal(honestActionLabels(['Ablehnen', 'Speichern', 'Ablehnen'], [german]), false);
  });

  it('refuses look-alike letters, punctuation and symbols that make one action read as another', () => {
    // Cyrillic е in "Reject": the Accept button would read "Reject all".
    assert.deepEqual(refused({ en: { actions: { acceptAll: 'R\u0435ject all', rejectAll: 'Decline' } } }), [
      { code: 'deceptive-label', path: 'strings.en.actions.acceptAll' },
    ]);
    // Wholly Cyrillic look-alikes of "Accept all" ("Ассерт аll" has Latin l, so it mixes scripts too).
    assert.deepEqual(refused({ en: { actions: { rejectAll: '\u0410\u0441\u0441ept all' } } }), [
      { code: 'deceptive-label', path: 'strings.en.actions.rejectAll' },
    ]);
    assert.equal(
      validateStrings({ en: { actions: { rejectAll: '\u0410\u0421\u0421\u0415\u0420\u0422 ALL' } } }, reference).valid,
      false,
    );
    assert.equal(
      honestActionLabels(
        ['\u0410\u0441\u0441\u0435\u0440t \u0430ll', 'Save', 'OK'],
        [['Reject all', 'Save', 'Accept all']],
      ),
      false,
    );
    for (const decorated of ['Accept all.', 'Accept all ✓', '«Accept all»', 'Accept-all']) {
      assert.deepEqual(
        refused({ en: { actions: { rejectAll: decorated } } }),
        [{ code: 'deceptive-label', path: 'strings.en.actions.rejectAll' }],
        decorated,
      );
    }
    assert.deepEqual(refused({ en: { actions: { save: 'S\u0430ve my choices' } } }), [
      { code: 'deceptive-label', path: 'strings.en.actions.save' },
    ]);
    // Greek letters among Latin ones.
    assert.deepEqual(refused({ en: { actions: { acceptAll: 'Acc\u03b5pt all' } } }), [
      { code: 'deceptive-label', path: 'strings.en.actions.acceptAll' },
    ]);
    // Latin small capitals and Cherokee letters (either case) drawn like Latin ones: each reads "Accept all".
    for (const lookAlike of ['ᴀᴄᴄᴇᴘᴛ ᴀʟʟ', 'ᎪᏟᏟᎬᏢᎢ ᎪᏞᏞ', 'ᎪᏟᏟᎬᏢᎢ ᎪᏞᏞ'.toLowerCase()]) {
      assert.deepEqual(
        refused({ en: { actions: { rejectAll: lookAlike } } }),
        [{ code: 'deceptive-label', path: 'strings.en.actions.rejectAll' }],
        lookAlike,
      );
    }
    // Direction marks where they only place punctuation stay.
    assert.equal(validateStrings({ ar: { actions: { rejectAll: 'رفض الكل (Reject)\u200F' } } }, reference).valid, true);
    // Hebrew or Arabic punctuation beside a Hebrew or Arabic word reorders nothing.
    assert.equal(
      validateStrings({ he: { actions: { rejectAll: 'דחייה ל\u05F4Google\u05F4 ו\u05BEMeta' } } }, reference).valid,
      true,
    );
    // One script, whatever it is, is fine: Russian labels in Russian, English in English.
    assert.equal(validateStrings({ ru: { actions: { rejectAll: 'Нет, спасибо' } } }, reference).valid, true);
    assert.equal(validateStrings({ en: { actions: { rejectAll: 'No, thanks' } } }, reference).valid, true);
  });

  it('never throws on hostile input', () => {
    const hostile: unknown[] = [
      undefined,
      42,
      'en',
      Object.create(null),
      { en: Object.create({ heading: 'inherited' }) },
      { en: new Map() },
      { en: { heading: Symbol('x') } },
      { en: { heading: { deeper: { still: 'x' } } } },
      Object.defineProperty({}, 'en', {
        enumerable: true,
        get: () => {
          throw new Error('getter');
        },
      }),
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('trap');
          },
        },
      ),
      {
        en: new Proxy(
          {},
          {
            getPrototypeOf: () => {
              throw new Error('trap');
            },
          },
        ),
      },
    ];
    for (const input of hostile) assert.doesNotThrow(() => validateStrings(input, reference));
  });
});

describe('normalizeLabel', () => {
  // A zero-width space is dropped by the full Unicode pass and keeps a label off the ASCII shortcut: the two ways
  // must read every ASCII label alike.
  const fullPass = (label: string) => normalizeLabel(`${label}\u200B`);

  it('reads plain ASCII exactly as the full Unicode pass does', () => {
    const ascii = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code));
    for (const char of ascii) assert.equal(normalizeLabel(`Ab${char}9`), fullPass(`Ab${char}9`), JSON.stringify(char));
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 500; round++) {
      const label = Array.from(
        { length: 1 + Math.floor(random() * 30) },
        () => ascii[Math.floor(random() * 0x80)],
      ).join('');
      assert.equal(normalizeLabel(label), fullPass(label), JSON.stringify(label));
    }
    assert.equal(normalizeLabel('  Accept ALL! '), 'acceptall');
    assert.equal(normalizeLabel('Ассept all'), normalizeLabel('Accept all'));
  });
});

describe('validateStrings names the host’s keys in problems as validateConfig does', () => {
  it('cuts a long key and escapes direction controls, in the path and in the message', () => {
    const long = validateStrings({ ['x'.repeat(1_000_000)]: {} }, reference);
    assert.equal(long.valid, false);
    for (const problem of long.valid ? [] : long.problems) {
      assert.ok(problem.path.length < 200, `path of ${problem.path.length} characters`);
      assert.ok(problem.message.length < 400, `message of ${problem.message.length} characters`);
    }
    const bidi = validateStrings({ en: { actions: { 'acceptAll\u202E': 'x' } } }, reference);
    const [problem] = bidi.valid ? [] : bidi.problems;
    assert.equal(problem?.path, 'strings.en.actions.acceptAll\\u202E');
    assert.ok(!/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/.test(problem?.message ?? ''), problem?.message);
  });
});

describe('labels that point the other way', () => {
  const KEYS = LEANING_KEYS;

  function nested(flat: Record<string, string>): Record<string, Record<string, string>> {
    const out: Record<string, Record<string, string>> = {};
    for (const [key, value] of Object.entries(flat)) {
      const [group, name] = key.split('.') as [string, string];
      (out[group] ??= {})[name] = value;
    }
    return out;
  }

  it('refuse a "Reject all" that does not refuse, or an "Allow" that does not allow, where the words are known', () => {
    const flagged = (key: string) => (locale: string, label: string) =>
      leaningProblems({ [locale]: { [key]: label } }).map((problem) => problem.path);
    const refused = flagged('actions.rejectAll');
    for (const [locale, label] of [
      ['en', 'More options'],
      ['en', 'Manage settings'],
      ['de', 'Einstellungen'],
      ['fr', 'Personnaliser'],
      ['zh-Hans', '更多选项'],
    ] as const) {
      assert.deepEqual(refused(locale, label), [`strings.${locale}.actions.rejectAll`], label);
    }
    for (const [locale, label] of [
      ['en', 'Continue without accepting'],
      ['en', 'Decline all'],
      ['de', 'Nur notwendige'],
      ['fr', 'Continuer sans accepter'],
      ['es', 'Continuar sin aceptar'],
      ['ja', 'すべて拒否'],
      // A language whose words for a refusal are not known here is not judged.
      ['ko', '설정'],
    ] as const) {
      assert.deepEqual(refused(locale, label), [], label);
    }
    // Nor may "Accept all" hide what it gives away behind a word that does not accept.
    const accept = flagged('actions.acceptAll');
    assert.deepEqual(accept('en', 'Continue'), ['strings.en.actions.acceptAll']);
    assert.deepEqual(accept('de', 'Weiter'), ['strings.de.actions.acceptAll']);
    assert.deepEqual(accept('en', 'OK, allow all'), []);
    assert.deepEqual(accept('fr', 'Tout accepter'), []);
    assert.deepEqual(accept('ko', '계속'), []);
    // Nor may the switches' "Allow" read as the necessary purposes' badge.
    const allow = flagged('purpose.allow');
    assert.deepEqual(allow('en', 'Always on'), ['strings.en.purpose.allow']);
    assert.deepEqual(allow('en', 'Active'), ['strings.en.purpose.allow']);
    assert.deepEqual(allow('en', 'Turn on'), []);
    assert.deepEqual(allow('en', 'Allow this'), []);
    assert.deepEqual(allow('pl', 'Zezwól'), []);
  });

  it('are refused, naming the field: a refusal on accept, acceptance on reject, a decision on close…', () => {
    const cases: [string, Record<string, string>, string][] = [
      ['en', { 'actions.acceptAll': 'Deny all', 'actions.rejectAll': 'Allow all' }, 'actions.acceptAll'],
      ['en', { 'actions.rejectAll': 'Allow all' }, 'actions.rejectAll'],
      ['en', { 'actions.acceptAll': 'No' }, 'actions.acceptAll'],
      ['en', { 'actions.acceptAll': 'Refuse all' }, 'actions.acceptAll'],
      ['en', { 'actions.acceptAll': 'Decline' }, 'actions.acceptAll'],
      ['en', { 'actions.rejectAll': 'I accept' }, 'actions.rejectAll'],
      ['en', { 'actions.rejectAll': 'OK' }, 'actions.rejectAll'],
      ['en', { 'actions.save': 'Accept everything' }, 'actions.save'],
      ['en', { 'actions.close': 'Reject all' }, 'actions.close'],
      ['en', { 'actions.withdraw': 'Accept all' }, 'actions.withdraw'],
      ['en', { 'purpose.allow': 'Reject' }, 'purpose.allow'],
      ['en', { 'preferences.granted': 'Not allowed' }, 'preferences.granted'],
      ['en', { 'preferences.refused': 'Allowed' }, 'preferences.refused'],
      ['en', { 'actions.acceptAll': 'Dеny all' }, 'actions.acceptAll'], // Cyrillic е
      ['en', { 'actions.acceptAll': 'De\u200Bny all' }, 'actions.acceptAll'],
      ['zh-Hans', { 'actions.acceptAll': '全部拒绝' }, 'actions.acceptAll'],
      ['zh-Hans', { 'actions.rejectAll': '全部同意' }, 'actions.rejectAll'],
      ['de', { 'actions.rejectAll': 'Alle akzeptieren' }, 'actions.rejectAll'],
      ['fr', { 'actions.acceptAll': 'Tout refuser' }, 'actions.acceptAll'],
      ['es', { 'actions.rejectAll': 'Aceptar todo' }, 'actions.rejectAll'],
      ['ru', { 'actions.acceptAll': 'Отклонить все' }, 'actions.acceptAll'],
      ['ru', { 'actions.rejectAll': 'Принять все' }, 'actions.rejectAll'],
      // An accent, as one character or a combining mark, does not hide the word from the reader.
      ['en', { 'actions.acceptAll': 'Rejéct all' }, 'actions.acceptAll'],
      ['en', { 'actions.acceptAll': 'Rejec\u0301t all' }, 'actions.acceptAll'],
      ['en', { 'actions.acceptAll': 'Dény all' }, 'actions.acceptAll'],
      ['en', { 'actions.rejectAll': 'Accépt all' }, 'actions.rejectAll'],
      ['en', { 'actions.acceptAll': 'Rеjéct all' }, 'actions.acceptAll'], // Cyrillic е too
    ];
    for (const [language, labels, key] of cases) {
      // Look-alike letters are refused by validateStrings itself; the rest by the leaning check.
      const result = validateStrings({ [language]: nested(labels) }, reference);
      const problems = result.valid ? leaningProblems(result.strings) : result.problems;
      assert.ok(
        problems.some((problem) => problem.code === 'deceptive-label' && problem.path === `strings.${language}.${key}`),
        `${language} ${JSON.stringify(labels)}: ${JSON.stringify(problems)}`,
      );
    }
  });

  it('leave a change of tone alone, in every shipped language’s own words', async () => {
    const honest: Record<string, string>[] = [
      { 'actions.acceptAll': 'Allow everything', 'actions.rejectAll': 'Necessary only', 'actions.save': 'Confirm' },
      { 'actions.rejectAll': 'Accept only necessary', 'actions.acceptAll': 'Sure, allow all' },
      { 'actions.rejectAll': 'No thanks', 'actions.close': 'Not now', 'actions.save': 'Accept selection' },
      // Taking consent back names consent, and says no.
      { 'actions.withdraw': 'Withdraw consent', 'preferences.refused': 'Consent withdrawn', 'actions.close': 'Cancel' },
      { 'actions.withdraw': 'Revoke my consent', 'actions.rejectAll': 'Withdraw all consent' },
    ];
    const leaning = (input: unknown) => {
      const result = validateStrings(input, reference);
      assert.equal(result.valid, true, JSON.stringify(result));
      return result.valid ? leaningProblems(result.strings) : [];
    };
    for (const labels of honest) {
      assert.deepEqual(leaning({ en: nested(labels) }), [], JSON.stringify(labels));
    }
    assert.deepEqual(leaning({ 'zh-Hans': nested({ 'actions.withdraw': '撤回同意' }) }), []);
    assert.deepEqual(leaning({ de: nested({ 'actions.withdraw': 'Einwilligung widerrufen' }) }), []);
    // A close button that says it withdraws would decide: still refused.
    assert.deepEqual(
      leaning({ en: nested({ 'actions.close': 'Withdraw consent' }) }).map((problem) => problem.path),
      ['strings.en.actions.close'],
    );
    const { loadLocale } = await import('../../src/locales/index.js');
    for (const locale of SHIPPED_LOCALES) {
      const strings = (await loadLocale(locale)) as unknown as Record<string, Record<string, string>>;
      const own: Record<string, string> = {};
      for (const key of KEYS) {
        const [group, name] = key.split('.') as [string, string];
        own[key] = strings[group]![name]!;
      }
      assert.deepEqual(leaning({ [locale]: nested(own) }), [], locale);
    }
  });
});
