/**
 * WCAG 2 contrast between two sRGB colours, for checking that a themed prompt stays readable. Pure.
 *
 * @module
 */

/** An sRGB colour with alpha, channels 0–255, alpha 0–1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/i;

/** Parses `#rgb`, `#rrggbb(aa)` and `rgb()`/`rgba()` as browsers serialise them; `undefined` for anything else. */
export function parseColor(text: string): Rgba | undefined {
  const value = text.trim();
  const hex = HEX.exec(value)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
    const channel = (index: number) => parseInt(full.slice(index * 2, index * 2 + 2), 16);
    return { r: channel(0), g: channel(1), b: channel(2), a: full.length === 8 ? channel(3) / 255 : 1 };
  }
  const rgb = RGB.exec(value);
  if (!rgb) return undefined;
  const alphaText = rgb[4];
  const alpha =
    alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map((part) => Math.min(255, parseFloat(part ?? '0')));
  return { r: r ?? 0, g: g ?? 0, b: b ?? 0, a: Math.min(1, Math.max(0, alpha)) };
}

/** `top` painted over an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (a: number, b: number) => a * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG 2 contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `top` painted over `bottom`, either of which may be translucent (source-over, straight alpha). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

type Matrix = readonly [number, number, number, number, number, number, number, number, number];

// The colour matrices of the Filter Effects spec (§ filter functions). grayscale(), sepia() and saturate() each
// move from no change (amount 0, or 1 for saturate) towards one matrix: `towards(full, amount)`.
const IDENTITY: Matrix = [1, 0, 0, 0, 1, 0, 0, 0, 1];
const GRAYSCALE: Matrix = [0.2126, 0.7152, 0.0722, 0.2126, 0.7152, 0.0722, 0.2126, 0.7152, 0.0722];
const SEPIA: Matrix = [0.393, 0.769, 0.189, 0.349, 0.686, 0.168, 0.272, 0.534, 0.131];
// saturate(0): the spec's luminance weights rounded to three places.
const DESATURATED: Matrix = [0.213, 0.715, 0.072, 0.213, 0.715, 0.072, 0.213, 0.715, 0.072];

function towards(full: Matrix, amount: number): Matrix {
  return IDENTITY.map((start, index) => start + ((full[index] ?? 0) - start) * amount) as unknown as Matrix;
}

function hueRotate(radians: number): Matrix {
  const [c, s] = [Math.cos(radians), Math.sin(radians)];
  return [
    0.213 + c * 0.787 - s * 0.213,
    0.715 - c * 0.715 - s * 0.715,
    0.072 - c * 0.072 + s * 0.928,
    0.213 - c * 0.213 + s * 0.143,
    0.715 + c * 0.285 + s * 0.14,
    0.072 - c * 0.072 - s * 0.283,
    0.213 - c * 0.213 - s * 0.787,
    0.715 - c * 0.715 + s * 0.715,
    0.072 + c * 0.928 + s * 0.072,
  ];
}

const ANGLE_UNITS: Readonly<Record<string, number>> = {
  deg: Math.PI / 180,
  rad: 1,
  grad: Math.PI / 200,
  turn: 2 * Math.PI,
};

/**
 * A colour as a CSS `filter` (its computed value) draws it; `undefined` when the filter does more than change
 * colours (blur, an SVG reference, opacity below 1), where no single colour can be told. `drop-shadow()` draws
 * behind and leaves the colour alone. Filters are applied to sRGB values, as browsers do for these functions.
 */
export function applyFilter(color: Rgba, filter: string): Rgba | undefined {
  if (filter === 'none') return color;
  let channels = [color.r / 255, color.g / 255, color.b / 255];
  const matrix = (m: Matrix) => {
    const [r, g, b] = channels as [number, number, number];
    channels = [m[0] * r + m[1] * g + m[2] * b, m[3] * r + m[4] * g + m[5] * b, m[6] * r + m[7] * g + m[8] * b];
  };
  const each = (change: (channel: number) => number) => (channels = channels.map(change));
  // Functions at the top level of the value; drop-shadow()'s colour may hold rgb() inside it.
  const functions = filter.match(/[a-z-]+\((?:[^()]|\([^()]*\))*\)/g) ?? [];
  if (functions.join(' ').replace(/\s+/g, '') !== filter.replace(/\s+/g, '')) return undefined;
  for (const fn of functions) {
    const name = fn.slice(0, fn.indexOf('('));
    if (name === 'drop-shadow') continue;
    const argument = fn.slice(name.length + 1, -1).trim();
    const number = parseFloat(argument);
    if (name === 'hue-rotate') {
      const unit = /[a-z]+$/.exec(argument)?.[0] ?? 'deg';
      if (ANGLE_UNITS[unit] === undefined || Number.isNaN(number)) return undefined;
      matrix(hueRotate(number * ANGLE_UNITS[unit]));
      continue;
    }
    const amount = argument === '' ? 1 : argument.endsWith('%') ? number / 100 : number;
    if (Number.isNaN(amount) || amount < 0) return undefined;
    const unit = Math.min(1, amount);
    if (name === 'grayscale') matrix(towards(GRAYSCALE, unit));
    else if (name === 'sepia') matrix(towards(SEPIA, unit));
    else if (name === 'saturate') matrix(towards(DESATURATED, 1 - amount));
    else if (name === 'invert') each((c) => unit * (1 - c) + (1 - unit) * c);
    else if (name === 'brightness') each((c) => c * amount);
    else if (name === 'contrast') each((c) => (c - 0.5) * amount + 0.5);
    else if (name !== 'opacity' || unit < 1) return undefined;
    each((c) => Math.min(1, Math.max(0, c)));
  }
  const [r, g, b] = channels.map((c) => c * 255) as [number, number, number];
  return { r, g, b, a: color.a };
}
