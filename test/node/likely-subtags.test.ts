// The likely-subtags table answers exactly as Intl.Locale#maximize() does, or not at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { likelyParts } from '../../src/core/i18n/likely-subtags.js';
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
