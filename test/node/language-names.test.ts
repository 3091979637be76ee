/// <reference types="node" />
// Language names shipped for browsers whose Intl has none in a language (Chromium: Irish, Maltese, Hausa): CLDR's,
// as Node's full ICU gives them, and looked up the way the prompt does.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a build script in plain JavaScript, without declarations.
import * as generator from '../../scripts/generate-language-names.mjs';
import autonymsChunk from '../../src/core/i18n/autonyms.js';
import {
  AUTONYMS,
  fallbackLanguageName,
  hasAutonym,
  registerAutonyms,
  registerLanguageNames,
} from '../../src/core/i18n/language-names.js';
import { SHIPPED_LOCALES } from '../../src/locales/index.js';

const { DISPLAY_LANGUAGES, SHIPPED, namesIn, autonyms } = generator as {
  DISPLAY_LANGUAGES: string[];
  SHIPPED: string[];
  namesIn: (display: string) => Record<string, string>;
  autonyms: () => Record<string, string>;
};

describe('shipped language names', () => {
  it('cover every shipped locale, and are CLDR’s names in each display language', async () => {
    assert.deepEqual([...SHIPPED].sort(), [...SHIPPED_LOCALES].sort());
    for (const display of DISPLAY_LANGUAGES) {
      const module = (await import(`../../src/locales/${display}.js`)) as { languageNames?: Record<string, string> };
      assert.deepEqual(module.languageNames, namesIn(display), display);
      assert.equal(module.languageNames?.['en'], new Intl.DisplayNames([display], { type: 'language' }).of('en'));
    }
  });

  it('name each of those languages in itself', () => {
    assert.deepEqual(Object.keys(AUTONYMS).sort(), [...DISPLAY_LANGUAGES].sort());
    for (const [tag, name] of Object.entries(AUTONYMS)) {
      assert.equal(name, new Intl.DisplayNames([tag], { type: 'language' }).of(tag));
    }
  });

  it('are looked up by the whole tag, then by its language, and never from Object.prototype', () => {
    registerLanguageNames('xx', { en: 'Englisch-xx', 'zh-Hans': 'Chinesisch-vereinfacht-xx', zh: 'Chinesisch-xx' });
    assert.equal(fallbackLanguageName('en', 'xx'), 'Englisch-xx');
    assert.equal(fallbackLanguageName('en-GB', 'xx'), 'Englisch-xx');
    assert.equal(fallbackLanguageName('zh-Hans', 'xx'), 'Chinesisch-vereinfacht-xx');
    assert.equal(fallbackLanguageName('zh-CN', 'xx'), 'Chinesisch-xx');
    assert.equal(fallbackLanguageName('xx-YY', 'xx-YY'), undefined);
    for (const key of ['constructor', 'toString', '__proto__'])
      assert.equal(fallbackLanguageName(key, 'xx'), undefined);
    // A display language whose names were not loaded still names the shipped ones in themselves.
    assert.equal(fallbackLanguageName('ga', 'ga'), 'Gaeilge');
    assert.equal(fallbackLanguageName('mt-MT', 'mt'), 'Malti');
    assert.equal(fallbackLanguageName('ga', 'en'), undefined);
  });

  it('name every language CLDR names in itself, in a chunk loaded when a menu needs it', () => {
    assert.deepEqual(autonymsChunk, autonyms());
    assert.ok(Object.keys(autonymsChunk).length > 150);
    assert.equal(autonymsChunk['cy'], 'Cymraeg');
    assert.equal(autonymsChunk['km'], 'ខ្មែរ');
    assert.equal(hasAutonym('cy-GB'), false);
    assert.equal(fallbackLanguageName('cy', 'cy'), undefined);
    registerAutonyms(autonymsChunk);
    assert.equal(hasAutonym('cy-GB'), true);
    assert.equal(fallbackLanguageName('cy-GB', 'cy'), 'Cymraeg');
    assert.equal(fallbackLanguageName('cy', 'en'), undefined);
    assert.equal(fallbackLanguageName('constructor', 'constructor'), undefined);
  });
});
