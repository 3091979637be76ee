// What the public types refuse before anything runs: `npm run typecheck` compiles this file, and each expected
// error below (marked for tsc) fails the type check if the line under it ever becomes valid TypeScript.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PurposeConfig } from '../../src/core/config/types.js';
import type { ConsentPrompt } from '../../src/elements/consent-prompt/consent-prompt.js';

const text = { en: 'Text' };

describe('the public types', () => {
  it('make a necessary purpose that needs separate consent, or sells data, unrepresentable', () => {
    const optional: PurposeConfig = { id: 'offers', title: text, clause: text, separateConsent: true };
    const necessary: PurposeConfig = { id: 'bill', title: text, clause: text, necessary: true };
    // @ts-expect-error a necessary purpose is not based on consent
    const separate: PurposeConfig = { id: 'bill', title: text, clause: text, necessary: true, separateConsent: true };
    // @ts-expect-error selling or sharing data is never necessary
    const sold: PurposeConfig = { id: 'bill', title: text, clause: text, necessary: true, saleOrSharing: true };
    assert.deepEqual(
      [optional, necessary, separate, sold].map((purpose) => purpose.id),
      ['offers', 'bill', 'bill', 'bill'],
    );
  });

  it('refuse setting a prompt’s decisions', () => {
    const assign = (prompt: ConsentPrompt) => {
      // @ts-expect-error decisions are read-only: only the visitor (or recordHostDecision) decides
      prompt.decisions = { offers: true };
    };
    assert.equal(typeof assign, 'function');
  });
});
