/// <reference types="node" />
// The receipt view's "Decided on <date>" in every shipped locale: the sentence around the date must not repeat a word
// the language's own date format already carries (Marathi's "रोजी", Hindi's "को": "… को 7:05 am बजे को …").
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadLocale, SHIPPED_LOCALES } from '../../src/locales/index.js';

const words = (text: string): string[] => text.match(/[\p{L}\p{M}]{2,}/gu) ?? [];

describe('the receipt view’s date line', () => {
  it('repeats no word of the date format in any shipped locale', async () => {
    const dates = [new Date(2026, 11, 1, 7, 5), new Date(2026, 4, 20, 19, 45)];
    for (const locale of SHIPPED_LOCALES) {
      const template = (await loadLocale(locale)).receipt.decidedOn;
      const around = words(template.replace('{{date}}', ' '));
      for (const date of dates) {
        const written = words(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date));
        assert.deepEqual(
          around.filter((word) => written.includes(word)),
          [],
          `${locale}: "${template}" around "${written.join(' ')}"`,
        );
      }
    }
  });
});
