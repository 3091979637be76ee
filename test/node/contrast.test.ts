// WCAG contrast and colour parsing for the rendered-prompt check.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { composite, contrastRatio, parseColor } from '../../src/core/text/contrast.js';

describe('contrast', () => {
  it('parses the colour forms browsers serialise', () => {
    assert.deepEqual(parseColor('#fff'), { r: 255, g: 255, b: 255, a: 1 });
    assert.deepEqual(parseColor('#00000080'), { r: 0, g: 0, b: 0, a: 128 / 255 });
    assert.deepEqual(parseColor('rgb(26, 26, 26)'), { r: 26, g: 26, b: 26, a: 1 });
    assert.deepEqual(parseColor('rgba(0, 0, 0, 0)'), { r: 0, g: 0, b: 0, a: 0 });
    assert.deepEqual(parseColor('rgb(10 20 30 / 50%)'), { r: 10, g: 20, b: 30, a: 0.5 });
    assert.equal(parseColor('oklch(0.5 0.1 200)'), undefined);
    assert.equal(parseColor('red; background: url(x)'), undefined);
  });

  it('computes WCAG ratios', () => {
    const black = parseColor('#000')!;
    const white = parseColor('#fff')!;
    assert.equal(contrastRatio(black, white), 21);
    assert.equal(contrastRatio(white, white), 1);
    // #767676 on white is the classic 4.54:1 grey.
    assert.ok(Math.abs(contrastRatio(parseColor('#767676')!, white) - 4.54) < 0.01);
    assert.ok(contrastRatio(parseColor('#777')!, white) < 4.5);
  });

  it('composites translucent colours over what is behind', () => {
    const halfBlack = parseColor('rgba(0, 0, 0, 0.5)')!;
    const result = composite(halfBlack, parseColor('#fff')!);
    assert.deepEqual(result, { r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });
});
