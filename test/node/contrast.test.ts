// WCAG contrast and colour parsing for the rendered-prompt check.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFilter, composite, contrastRatio, over, parseColor } from '../../src/core/text/contrast.js';

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

describe('applyFilter', () => {
  const white = { r: 255, g: 255, b: 255, a: 1 };
  const black = { r: 0, g: 0, b: 0, a: 1 };
  const grey = parseColor('#767676')!;
  const round = (color: { r: number; g: number; b: number; a: number } | undefined) =>
    color && [color.r, color.g, color.b, color.a].map((channel) => Math.round(channel * 100) / 100);

  it('draws colours as the colour filters do', () => {
    assert.deepEqual(round(applyFilter(white, 'invert(1)')), [0, 0, 0, 1]);
    assert.deepEqual(round(applyFilter(black, 'contrast(1.1)')), [0, 0, 0, 1]);
    assert.deepEqual(round(applyFilter(grey, 'hue-rotate(360deg)')), round(grey));
    assert.deepEqual(round(applyFilter(grey, 'hue-rotate(1turn) grayscale(0) saturate(100%)')), round(grey));
    assert.deepEqual(round(applyFilter(grey, 'opacity(1) drop-shadow(rgba(0, 0, 0, 0.3) 0px 2px 4px)')), round(grey));
    const red = applyFilter({ r: 255, g: 0, b: 0, a: 1 }, 'grayscale(1)')!;
    assert.ok(Math.abs(red.r - red.g) < 0.01 && Math.abs(red.g - red.b) < 0.01);
  });

  it('keeps the contrast a dark mode made of invert() and hue-rotate() keeps, and finds what sepia() takes', () => {
    const dark = (color: typeof white) => applyFilter(color, 'invert(1) hue-rotate(180deg)')!;
    assert.ok(contrastRatio(dark(black), dark(white)) > 15);
    assert.ok(contrastRatio(grey, white) >= 4.5);
    assert.ok(contrastRatio(applyFilter(grey, 'sepia(1)')!, applyFilter(white, 'sepia(1)')!) < 4.5);
  });

  it('gives no colour for filters that do more than change colours', () => {
    for (const filter of ['blur(2px)', 'url("#x")', 'opacity(0.5)', 'invert(1) blur(1px)', 'brightness(-1)']) {
      assert.equal(applyFilter(white, filter), undefined, filter);
    }
  });
});

describe('over', () => {
  it('paints translucent colours over translucent ones', () => {
    const half = { r: 0, g: 0, b: 0, a: 0.5 };
    const both = over(half, half);
    assert.equal(both.a, 0.75);
    assert.deepEqual(over({ r: 0, g: 0, b: 0, a: 0 }, { r: 0, g: 0, b: 0, a: 0 }), { r: 0, g: 0, b: 0, a: 0 });
    assert.deepEqual(over({ r: 10, g: 20, b: 30, a: 1 }, half), { r: 10, g: 20, b: 30, a: 1 });
  });
});
