/**
 * Checks the prompt as it is actually rendered, after the host's theme and any outside CSS: the three actions must
 * still look the same, be readable and reachable. A theme that breaks this is reported, never silently obeyed:
 * it is the "interface interference" dark pattern, whether meant or not.
 *
 * Computed styles alone do not show what a visitor sees: something can be painted over an action, an ancestor can
 * fade or blur it, a gradient can sit behind its text. So besides comparing the actions' own styles, the check
 * walks their ancestors for effects that hide, hit-tests them where they are meant to be on screen, measures where
 * their text actually is, and refuses to call a contrast good that it cannot measure. It runs again whenever the
 * page's styles may have changed while the prompt shows.
 *
 * @module
 */
import { applyFilter, contrastRatio, over, parseColor, type Rgba } from '../../core/text/contrast.js';
import type { ConsentProblem } from '../../events/consent-error.js';

/** The properties that must be identical on "Reject all", "Save my choices" and "Accept all". */
const SAME = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-stretch',
  'font-variant-caps',
  'font-feature-settings',
  'font-variation-settings',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'color',
  '-webkit-text-fill-color',
  'text-shadow',
  'background-color',
  'background-image',
  'background-clip',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-right-width',
  'border-right-style',
  'border-right-color',
  'border-bottom-width',
  'border-bottom-style',
  'border-bottom-color',
  'border-left-width',
  'border-left-style',
  'border-left-color',
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-right-radius',
  'border-bottom-left-radius',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'outline-style',
  'outline-width',
  'outline-color',
  'outline-offset',
  'opacity',
  'filter',
  'mix-blend-mode',
  'clip-path',
  'mask-image',
  'transform',
  'rotate',
  'scale',
  'translate',
  'direction',
  'unicode-bidi',
  'writing-mode',
  '-webkit-text-security',
  '-webkit-text-stroke-width',
  '-webkit-text-stroke-color',
  'font-size-adjust',
  'text-decoration-line',
  'text-decoration-style',
  'text-decoration-color',
  'text-decoration-thickness',
  'text-emphasis-style',
  'text-emphasis-color',
  'text-align',
  'line-height',
  'font-variant-position',
  'cursor',
  'box-shadow',
] as const;

/**
 * What draws a label's text and is inherited: an element a script put inside an action must have the action's own
 * (the ones not inherited must keep their initial values: see checkRenderedActions).
 */
const LABEL_STYLE = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'color',
  '-webkit-text-fill-color',
  'text-shadow',
] as const;

/** What a focus indicator may change on the focused action alone, as long as it stays a ring (see notARing). */
const FOCUS_RING: ReadonlySet<string> = new Set([
  'outline-style',
  'outline-width',
  'outline-color',
  'outline-offset',
  'box-shadow',
]);
/** How thick a focus ring may be, and how far it may reach into the button, before it paints the button over. */
const RING_MAX_PX = 8;

/** Sizes may differ by sub-pixel rounding, not more. */
const SIZE_TOLERANCE_PX = 1;
/** A segmented button group shares its borders: actions may overlap by that much. */
const OVERLAP_TOLERANCE_PX = 4;
export const MIN_CONTRAST = 4.5;
/** Below this rendered size a label cannot be read, however equal the three are. */
const MIN_FONT_PX = 9;
/** How long to let running transitions and animations settle before judging what they lead to. */
const SETTLE_MS = 1000;
/** A problem is reported when it is still there this much later. */
const STABLE_MS = 400;

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** Below this opacity (all the way up the tree) an action looks disabled. */
const MIN_OPACITY = 0.9;
const TRANSPARENT: Rgba = { r: 0, g: 0, b: 0, a: 0 };

let canvasContext: CanvasRenderingContext2D | null | undefined;

/**
 * Reads a computed colour. Browsers serialise most colours as `rgb()`; newer syntaxes (oklch, lab, color-mix,
 * display-p3) come back as written, so those are painted on a 1×1 canvas and read back as sRGB.
 */
function colorOf(value: string): Rgba | undefined {
  const direct = parseColor(value);
  if (direct) return direct;
  try {
    canvasContext ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    const context = canvasContext;
    if (!context) return undefined;
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = '#000';
    context.fillStyle = value;
    const serialized = parseColor(String(context.fillStyle));
    if (serialized) return serialized;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, alpha = 0] = context.getImageData(0, 0, 1, 1).data;
    return { r, g, b, a: alpha / 255 };
  } catch {
    return undefined;
  }
}

/**
 * `element` or its ancestor that is fixed or sticky where the prompt (`host`) is not: it stays put while the page,
 * and an inline prompt, scroll. One the prompt shares (a sticky `<body>`, a fixed app shell) moves both alike.
 */
function movingApart(element: Element, host: Element): Element | undefined {
  const shared = new Set(selfAndAncestors(host));
  for (const node of selfAndAncestors(element)) {
    if (shared.has(node)) return undefined;
    const position = getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') return node;
  }
  return undefined;
}

/**
 * Whether a bar that stays put leaves a band of the viewport, above or below it, tall enough for the action: then
 * scrolling the page brings the action out from under it. One that fills the viewport covers it wherever it is.
 */
function leavesRoom(bar: Element, action: DOMRect): boolean {
  const { top, bottom } = bar.getBoundingClientRect();
  return top >= action.height || window.innerHeight - bottom >= action.height;
}

/** The hosts of the shadow roots `element` lies in, innermost first. */
function shadowHostsAround(element: Element): Element[] {
  const hosts: Element[] = [];
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    hosts.push(root.host);
  }
  return hosts;
}

/** The element, then its ancestors up to the document, crossing shadow roots. */
function* selfAndAncestors(element: Element): Generator<Element> {
  let node: Element | null = element;
  while (node) {
    yield node;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
}

/**
 * Whether an element's background is painted only inside the glyphs of its text (`background-clip: text`): the
 * background colour follows the clip of the bottom layer.
 */
function clipsToText(style: CSSStyleDeclaration): boolean {
  const bottomLayer = (value: string) => value.split(',').pop()?.trim();
  return (
    bottomLayer(style.getPropertyValue('background-clip')) === 'text' ||
    bottomLayer(style.getPropertyValue('-webkit-background-clip')) === 'text'
  );
}

/**
 * The text and what is behind it, as drawn: the action's background over its ancestors', up to the page's canvas,
 * each element's filter applied to what it draws (a site in grayscale, a dark mode made with `invert()`);
 * `undefined` when an image or gradient lies behind the text, where no single contrast can be measured. A
 * background clipped to the text lies in the glyphs, under the text colour, and leaves what is behind them bare.
 */
function drawnColours(action: Element, text: Rgba): { text: Rgba; background: Rgba } | undefined {
  const canvas = canvasColour();
  let front = TRANSPARENT;
  let back = TRANSPARENT;
  for (const node of selfAndAncestors(action)) {
    const style = getComputedStyle(node);
    const inGlyphs = clipsToText(style);
    // An image clipped to the glyphs is seen only through a see-through text colour, and only in the action's own.
    const image = style.backgroundImage !== 'none' && (!inGlyphs || (node === action && text.a < 1));
    if (back.a < 1 && (image || style.borderImageSource !== 'none')) return undefined;
    const own = colorOf(style.backgroundColor);
    if (own === undefined) return undefined;
    let color = inGlyphs ? TRANSPARENT : own;
    if (node === action) {
      // An inset shadow deep enough to fill the box is what the label is drawn on, over a background in the glyphs.
      const box = action.getBoundingClientRect();
      color = insetFill(style, box, color) ?? color;
      front = over(text, insetFill(style, box, own) ?? own);
    } else {
      front = over(front, color);
    }
    back = over(back, color);
    if (node === document.documentElement && CANVAS_FILTERED_WITH_ROOT) {
      back = over(back, canvas);
      front = over(front, canvas);
    }
    // Filters that do more than change colours are reported as hiding the action (see hiddenByAncestor).
    front = applyFilter(front, style.filter) ?? front;
    back = applyFilter(back, style.filter) ?? back;
    const opacity = parseFloat(style.opacity);
    if (opacity < 1) {
      front = { ...front, a: front.a * opacity };
      back = { ...back, a: back.a * opacity };
    }
  }
  return { text: over(front, canvas), background: over(back, canvas) };
}

/** Chromium's dark canvas (Firefox's is within a few levels of it): what a dark page without a background shows. */
const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };

/**
 * What the browser paints behind a page without a background of its own: white, or dark when the page asks for a
 * dark colour scheme (`color-scheme` on its root, or its `<meta name="color-scheme">`) and gets it.
 */
function canvasColour(): Rgba {
  const declared = getComputedStyle(document.documentElement).colorScheme;
  const scheme =
    declared && declared !== 'normal'
      ? declared
      : (document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '');
  const dark =
    /\bdark\b/.test(scheme) && (!/\blight\b/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? DARK_CANVAS : WHITE;
}

/** The colour an inset box-shadow paints over the whole box (spread reaching its middle), or `undefined`. */
function insetFill(style: CSSStyleDeclaration, box: DOMRect, background: Rgba): Rgba | undefined {
  let fill: Rgba | undefined;
  for (const shadow of style.boxShadow.split(/,(?![^(]*\))/)) {
    if (!/\binset\b/.test(shadow)) continue;
    const color = colorOf(/(?:rgba?|color)\([^)]*\)|#[0-9a-f]+/i.exec(shadow)?.[0] ?? style.color);
    const lengths = [...shadow.replace(/\([^)]*\)/g, '').matchAll(/(-?[\d.]+)px/g)].map((m) => parseFloat(m[1] ?? '0'));
    const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
    const reach = spread - Math.max(Math.abs(x), Math.abs(y)) + blur / 2;
    if (color && reach >= Math.min(box.width, box.height) / 2) fill = over(color, fill ?? background);
  }
  return fill;
}

/**
 * Why a focused action's outline or box-shadow is more than a focus ring: thicker than `RING_MAX_PX`, or reaching
 * further into the button (an outline with a deep negative offset, an inset shadow), where it paints the button
 * over and makes it stand out from the other two.
 */
function notARing(style: CSSStyleDeclaration): string | undefined {
  if (style.outlineStyle !== 'none') {
    const width = parseFloat(style.outlineWidth) || 0;
    const offset = parseFloat(style.outlineOffset) || 0;
    if (width > RING_MAX_PX || -offset > RING_MAX_PX) return `its focus outline is ${width} px wide at ${offset} px`;
  }
  for (const shadow of style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/)) {
    const [x = 0, y = 0, blur = 0, spread = 0] = [...shadow.replace(/\([^)]*\)/g, '').matchAll(/(-?[\d.]+)px/g)].map(
      (match) => Math.abs(parseFloat(match[1] ?? '0')),
    );
    if (Math.max(x, y, spread) > RING_MAX_PX || blur > 2 * RING_MAX_PX) return `its focus shadow is ${shadow.trim()}`;
  }
  return undefined;
}

/** An angle in degrees from a CSS angle (`45deg`, `0.5turn`, `1rad`, `50grad`); 0 for anything else. */
function degreesOf(angle: string): number {
  const match = /^(-?[\d.]+)(deg|turn|rad|grad)$/.exec(angle.trim());
  const value = parseFloat(match?.[1] ?? '0');
  const unit = match?.[2];
  return unit === 'turn'
    ? value * 360
    : unit === 'rad'
      ? (value * 180) / Math.PI
      : unit === 'grad'
        ? value * 0.9
        : value;
}

/**
 * Why one element's transform draws the label rotated, skewed or mirrored (more than a few degrees): equal on all
 * three actions, it still leaves none of them readable. `name` is how a message names the element.
 */
function distortion(style: CSSStyleDeclaration, name: string): string | undefined {
  if (Math.abs(degreesOf(style.rotate.split(' ').pop() ?? '')) > 5) return `${name} is rotated (${style.rotate})`;
  if (/^-|\s-/.test(style.scale)) return `${name} is mirrored (scale: ${style.scale})`;
  if (style.transform === 'none' || style.transform === '') return undefined;
  let matrix: DOMMatrixReadOnly;
  try {
    matrix = new DOMMatrixReadOnly(style.transform);
  } catch {
    return undefined;
  }
  const { a, b, c, d } = matrix;
  const degrees = (Math.atan2(b, a) * 180) / Math.PI;
  const skew = (Math.atan2(c, d) * 180) / Math.PI;
  if (a * d - b * c < 0) return `${name} is mirrored (${style.transform})`;
  if (Math.abs(degrees) > 5 || Math.abs(skew) > 5) return `${name} is rotated or skewed (${style.transform})`;
  return undefined;
}

// Gecko draws the page's white canvas through a filter on <html> (`invert(1)` turns it black); Chromium draws it
// unfiltered, behind.
const CANVAS_FILTERED_WITH_ROOT = typeof CSS !== 'undefined' && CSS.supports('-moz-appearance', 'none');

/** Why an ancestor (or the action itself) keeps it from being seen or used; `undefined` when nothing does. */
function hiddenByAncestor(action: Element): string | undefined {
  let opacity = 1;
  for (const node of selfAndAncestors(action)) {
    const style = getComputedStyle(node);
    opacity *= parseFloat(style.opacity) || 0;
    const name = node === action ? 'it' : `<${node.localName}>`;
    if ((node as HTMLElement).inert || style.getPropertyValue('interactivity') === 'inert') return `${name} is inert`;
    // Seen but not there for a screen reader: the action is not offered to everyone alike.
    if (node.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') {
      return `${name} is hidden from assistive technology (aria-hidden)`;
    }
    if (style.contentVisibility === 'hidden') return `${name} has content-visibility: hidden`;
    // Filters, masks and blending can blur, fade or erase what they apply to. A filter that only changes colours
    // (grayscale, invert, contrast…) is judged by the contrast it leaves; any other filter is reported.
    if (!applyFilter(WHITE, style.filter)) return `${name} has a filter (${style.filter})`;
    const mask = style.getPropertyValue('mask-image') || style.getPropertyValue('-webkit-mask-image') || 'none';
    if (mask !== 'none') return `${name} has a mask`;
    if (style.mixBlendMode !== 'normal') return `${name} blends with what is behind it (${style.mixBlendMode})`;
    // The same walk finds a transform that turns the label over, mirrors or skews it.
    const turned = distortion(style, name);
    if (turned) return turned;
  }
  // Slightly translucent (a page fading in, a card at 98 %) is judged by the contrast it leaves; more looks disabled.
  return opacity < MIN_OPACITY ? `it is drawn at ${Math.round(opacity * 100)} % opacity` : undefined;
}

/** The innermost element at a point, looking into open shadow roots, from the document's own hit. */
function deepElementFromPoint(top: Element | null, x: number, y: number): Element | null {
  let hit = top;
  for (let depth = 0; hit?.shadowRoot && depth < 32; depth++) {
    const inner: Element | null = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/**
 * Where a point lies for the boxes around `element` (below `<html>`, whose overflow is the viewport's) that clip
 * what overflows them: inside all of them, outside one the visitor can scroll (`overflow: auto` or `scroll`:
 * scrolled away), or outside one that clips for good (`hidden`, `clip`: cut off, never to be seen).
 */
function clipAt(element: Element, x: number, y: number): 'inside' | 'scrolled' | 'clipped' {
  let where: 'inside' | 'scrolled' = 'inside';
  for (const node of selfAndAncestors(element)) {
    if (node === document.documentElement) break;
    if (node === element) continue;
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const box = node.getBoundingClientRect();
    const outsideX = x < box.left || x >= box.right;
    const outsideY = y < box.top || y >= box.bottom;
    if (!outsideX && !outsideY) continue;
    const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
    if ((outsideX && !scrolls(style.overflowX)) || (outsideY && !scrolls(style.overflowY))) return 'clipped';
    where = 'scrolled';
  }
  return where;
}

/**
 * Whether part of an inline action lies before the page's start, where no scrolling reaches: left of it on a
 * left-to-right page, right of it on a right-to-left one (whose horizontal scrolling starts at the right).
 */
function startCutOff(box: DOMRect): boolean {
  const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
  return rtl ? box.right + window.scrollX > document.documentElement.clientWidth + 1 : box.left + window.scrollX < -1;
}

/**
 * Whether an inline action out of the viewport can never be scrolled into it: held in place by a fixed ancestor,
 * or out of view in a direction the page does not scroll (`overflow: hidden` or `clip` on `<html>` or `<body>`).
 */
function outOfReach(action: Element, box: DOMRect): boolean {
  const outY = box.top >= window.innerHeight || box.bottom <= 0;
  const outX = box.left >= window.innerWidth || box.right <= 0;
  if (!outX && !outY) return false;
  for (const node of selfAndAncestors(action)) {
    const style = getComputedStyle(node);
    // A box of the page that scrolls (an app shell fixed to the viewport, say) brings what it holds into view; the
    // prompt's own boxes do not move it on the page.
    const scrolls = [style.overflowX, style.overflowY].some((value) => value === 'auto' || value === 'scroll');
    if (scrolls && node.getRootNode() !== action.getRootNode()) return false;
    if (style.position === 'fixed') return true;
  }
  const blocked = (axis: 'overflowX' | 'overflowY') =>
    [document.documentElement, document.body].some(
      (element) => element && ['hidden', 'clip'].includes(getComputedStyle(element)[axis]),
    );
  return (outY && blocked('overflowY')) || (outX && blocked('overflowX'));
}

/** Points across the action's label, at three heights: a cover may leave only a slit of it free. */
const SAMPLES: readonly (readonly [number, number])[] = [0.2, 0.5, 0.8].flatMap((across) =>
  [0.35, 0.5, 0.65].map((down) => [across, down] as const),
);

/**
 * Whether something else is on top of the action at points across its label. `inFlow` is for an inline prompt,
 * which scrolls with the page: a fixed or sticky bar it passes under as the page scrolls, and the scrolling boxes
 * around it (its own, if a theme makes it scroll), are not covers; anything else drawn over it is, and so is a box
 * around it that cuts it off for good.
 */
function covered(action: HTMLElement, box: DOMRect, inFlow: boolean): boolean {
  const root = action.getRootNode() as ShadowRoot;
  const host = root.host;
  return SAMPLES.some(([across, down]) => {
    const x = box.left + box.width * across;
    const y = box.top + box.height * down;
    // Outside a box around it that clips for good, it is cut off, wherever the page is scrolled; outside one that
    // scrolls (the prompt's own, if a theme makes it scroll), it needs scrolling to, which an inline prompt may.
    // (Inline only: a banner or dialog is fixed, and the boxes around it in the page do not clip it.)
    const clip = inFlow ? clipAt(action, x, y) : 'inside';
    if (clip !== 'inside') return clip === 'clipped';
    if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
    // Looked for inside open shadow roots: the page's own components may hold the prompt, or lie over it.
    const hit = deepElementFromPoint(document.elementFromPoint(x, y), x, y);
    if (!hit) return true;
    if (action.contains(hit)) return false;
    // A component holding the prompt in a closed shadow root hides from the hit test what lies inside it.
    if (!hit.shadowRoot && shadowHostsAround(host).includes(hit)) return false;
    const ours = hit.getRootNode() === root;
    // The prompt's own popover, opened by the visitor, may lie over an action for a while.
    if (ours && hit.closest('.popover')) return false;
    // Another prompt of this page showing its own choices (its modal dialog, say) is not a cover-up.
    const other = (hit.getRootNode() as ShadowRoot).host as Element | undefined;
    if (!ours && other?.localName === host.localName && hit.closest('[part="prompt"]')) return false;
    const bar = inFlow && !ours ? movingApart(hit, host) : undefined;
    if (bar && leavesRoom(bar, box)) return false;
    // Anything else is on top, or something around the action that draws over it (a ::before or ::after, a
    // clip-path on what it holds).
    return true;
  });
}

/** Elements that draw something wherever their box is, whatever their styles say. */
const DRAWN = /^(?:img|picture|video|canvas|iframe|embed|object|svg|input|textarea|select|button|meter|progress)$/;

/** Whether a page element draws something at a point: a background, a backdrop filter, a picture or its own text. */
function drawsAt(element: Element, x: number, y: number): boolean {
  let opacity = 1;
  for (const node of selfAndAncestors(element)) opacity *= parseFloat(getComputedStyle(node).opacity) || 0;
  if (opacity < 0.05) return false;
  if (DRAWN.test(element.localName) || element instanceof SVGElement) return true;
  // An inset shadow paints inside the element's own box, as a background would (a veil of `inset 0 0 0 2000px`).
  const paints = (style: CSSStyleDeclaration) =>
    (colorOf(style.backgroundColor)?.a ?? 0) > 0 ||
    style.backgroundImage !== 'none' ||
    style.boxShadow.includes('inset') ||
    !['', 'none'].includes(style.getPropertyValue('backdrop-filter'));
  if (paints(getComputedStyle(element))) return true;
  // A ::before or ::after hit-tests as its element: counted when it has a box that paints, or words.
  for (const pseudo of ['::before', '::after']) {
    const style = getComputedStyle(element, pseudo);
    if (['none', 'normal'].includes(style.content)) continue;
    if (paints(style) || (style.content.length > 2 && (colorOf(style.color)?.a ?? 0) > 0)) return true;
  }
  if ((colorOf(getComputedStyle(element).color)?.a ?? 0) === 0) return false;
  const range = document.createRange();
  return [...element.childNodes].some((node) => {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) return false;
    range.selectNodeContents(node);
    return [...range.getClientRects()].some((r) => x >= r.left && x < r.right && y >= r.top && y < r.bottom);
  });
}

/** Makes every element of the page hit-testable while adopted (see `passThroughCovers`). */
let hitTestable: CSSStyleSheet | undefined;

/**
 * Per action, whether a page element that lets clicks through (`pointer-events: none`) is drawn over it: the hit
 * test of `covered` cannot see one, yet an opaque box, a veil or a look-alike label there hides or renames the
 * action as surely. Every element of the document is made hit-testable by a sheet adopted and dropped again in the
 * same task (nothing is painted with it), and what lies above the prompt at points across each label counts where
 * it draws something. (A `pointer-events: none !important` in a style attribute, and `inert`, still hide a cover.)
 */
function passThroughCovers(actions: readonly HTMLElement[], boxes: readonly DOMRect[], inFlow: boolean): boolean[] {
  const host = (actions[0]!.getRootNode() as ShadowRoot).host;
  const around = new Set([host, ...shadowHostsAround(host)]);
  if (!hitTestable) {
    hitTestable = new CSSStyleSheet();
    hitTestable.replaceSync('*,*::before,*::after{pointer-events:auto!important}');
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, hitTestable];
  try {
    return boxes.map((box) =>
      SAMPLES.some(([across, down]) => {
        const x = box.left + box.width * across;
        const y = box.top + box.height * down;
        if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
        for (const element of document.elementsFromPoint(x, y)) {
          // From the top down to the prompt, or to the page's element that holds it: what follows is beneath.
          if (around.has(element)) return false;
          // Another prompt of this page showing its own choices (its modal dialog, say) is not a cover-up.
          if (element.localName === host.localName) continue;
          const bar = inFlow ? movingApart(element, host) : undefined;
          if (bar && leavesRoom(bar, box)) continue;
          if (drawsAt(element, x, y)) return true;
        }
        return false;
      }),
    );
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== hitTestable);
  }
}

/**
 * Content a stylesheet adds with ::before or ::after to the action, or to the parts around it (`::part(prompt)`,
 * `::part(actions)`), which may cover or change its label.
 */
function addedContent(action: Element): string | undefined {
  const own = getComputedStyle(action);
  for (const pseudo of ['::first-line', '::first-letter']) {
    const part = getComputedStyle(action, pseudo);
    // text-decoration-line is not inherited: under the action's own underline its pseudos compute `none`.
    const decoration = part.textDecorationLine;
    if (
      ['color', 'font-size', '-webkit-text-fill-color', 'text-shadow', 'letter-spacing', 'word-spacing'].some(
        (p) => part.getPropertyValue(p) !== own.getPropertyValue(p),
      ) ||
      (decoration !== 'none' && decoration !== own.textDecorationLine) ||
      // A background on the first line is painted over the button's, behind the label alone.
      (colorOf(part.backgroundColor)?.a ?? 0) > 0 ||
      part.backgroundImage !== 'none'
    ) {
      return `${pseudo} restyles its label`;
    }
  }
  if (own.textDecorationLine.includes('line-through')) return 'its label is struck through';
  // A list item's marker is text drawn beside the label ("★ RECOMMENDED"), one per item, so one rule can single
  // out a button with a counter style.
  if (own.display.includes('list-item') && (own.listStyleType !== 'none' || own.listStyleImage !== 'none')) {
    return `a ::marker adds content (${own.listStyleType})`;
  }
  // Turned a quarter by the writing mode, as a rotation would turn it (the three alike are still equal).
  if (own.writingMode && own.writingMode !== 'horizontal-tb') return `its label is set sideways (${own.writingMode})`;
  const stroke = parseFloat(own.getPropertyValue('-webkit-text-stroke-width')) || 0;
  if (stroke > parseFloat(own.fontSize) / 12) return `its label is outlined ${stroke} px thick`;
  const root = action.getRootNode();
  for (let node: Element | null = action; node && node.getRootNode() === root; node = node.parentElement) {
    for (const pseudo of ['::before', '::after']) {
      const content = getComputedStyle(node, pseudo).content;
      if (content && content !== 'none' && content !== 'normal') {
        return `${node === action ? '' : `<${node.localName}>`}${pseudo} adds content (${content})`;
      }
    }
  }
  return undefined;
}

/** Why the label cannot be read where the button is; `undefined` when it can. */
function unreadableLabel(action: HTMLElement, box: DOMRect, style: CSSStyleDeclaration): string | undefined {
  const fontSize = parseFloat(style.fontSize);
  // A transform on the action or an ancestor shrinks what is drawn, not the computed font size: in height, or
  // squeezed sideways until the letters touch.
  const scale = Math.min(
    action.offsetHeight > 0 ? box.height / action.offsetHeight : 1,
    action.offsetWidth > 0 ? box.width / action.offsetWidth : 1,
  );
  if (fontSize * scale < MIN_FONT_PX) return `its text is drawn ${(fontSize * scale).toFixed(1)} px tall`;
  // Letters pulled onto one another (a theme's tracking is a few hundredths of an em).
  const spacing = parseFloat(style.letterSpacing) || 0;
  if (spacing < -0.2 * fontSize) return `its letters are drawn over one another (letter-spacing ${spacing} px)`;
  const range = document.createRange();
  range.selectNodeContents(action);
  const text = range.getBoundingClientRect();
  // font-size-adjust or a web font's size-adjust shrink the glyphs and leave the computed size alone.
  if (text.height > 0 && text.height < MIN_FONT_PX) return `its text is drawn ${text.height.toFixed(1)} px tall`;
  const area = text.width * text.height;
  const overlapWidth = Math.min(text.right, box.right) - Math.max(text.left, box.left);
  const overlapHeight = Math.min(text.bottom, box.bottom) - Math.max(text.top, box.top);
  const inside = Math.max(0, overlapWidth) * Math.max(0, overlapHeight);
  return area < 1 || inside < area * 0.9 ? 'its label is not drawn inside it' : undefined;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > OVERLAP_TOLERANCE_PX && height > OVERLAP_TOLERANCE_PX;
}

function forcedColors(): boolean {
  return matchMedia('(forced-colors: active)').matches;
}

function problem(code: string, message: string): ConsentProblem {
  return Object.freeze({ code, path: 'theme', message });
}

/**
 * Problems with the rendered actions: `lint-actions-unequal`, `lint-contrast`, `lint-hidden`, `lint-offscreen`.
 * `inViewport` is whether the prompt is meant to be on screen at once (banner and dialog), so its actions must be
 * visible without scrolling the page, and nothing may lie on top of them.
 */
export function checkRenderedActions(actions: readonly HTMLElement[], inViewport: boolean): ConsentProblem[] {
  const problems: ConsentProblem[] = [];
  if (actions.length !== 3) return problems;
  const styles = actions.map((action) => getComputedStyle(action));
  const labels = actions.map((action) => (action.textContent ?? '').trim());
  // A button under the pointer or pressed may rightly look different (hover): compare the others. A focused one
  // may differ only in its focus ring: a script can move focus, and must not make "Accept all" stand out by it.
  const atRest = actions.map((action) => !action.matches(':hover, :active'));
  const focused = actions.map((action) => action.matches(':focus'));
  for (const property of SAME) {
    const ring = FOCUS_RING.has(property);
    const values = styles
      .filter((_, i) => atRest[i] && !(ring && focused[i]))
      .map((style) => style.getPropertyValue(property));
    if (new Set(values).size > 1) {
      problems.push(
        problem(
          'lint-actions-unequal',
          `The actions differ in ${property} (${values.join(' / ')}). "Reject all", "Save my choices" and "Accept all" must look the same.`,
        ),
      );
    }
  }
  styles.forEach((style, index) => {
    const ring = focused[index] && atRest[index] ? notARing(style) : undefined;
    if (ring) {
      problems.push(
        problem('lint-actions-unequal', `"${labels[index]}", focused, stands out by more than a focus ring: ${ring}.`),
      );
    }
  });
  const boxes = actions.map((action) => action.getBoundingClientRect());
  const coveredPassingClicks = passThroughCovers(actions, boxes, !inViewport);
  // Sizes, like styles, of the actions at rest: a hover may lift or grow the one under the pointer.
  const heights = boxes.filter((_, i) => atRest[i]).map((box) => box.height);
  if (Math.max(...heights) - Math.min(...heights) > SIZE_TOLERANCE_PX) {
    problems.push(problem('lint-actions-unequal', `The actions have different heights (${heights.join(', ')} px).`));
  }
  const widths = boxes.filter((_, i) => atRest[i]).map((box) => box.width);
  if (Math.max(...widths) - Math.min(...widths) > SIZE_TOLERANCE_PX) {
    problems.push(problem('lint-actions-unequal', `The actions have different widths (${widths.join(', ')} px).`));
  }
  // In the page's flow each may need scrolling to, but not apart: one screen shows all three together, across
  // as well as down (a gap wider than the screen between them).
  const down = Math.max(...boxes.map((box) => box.bottom)) - Math.min(...boxes.map((box) => box.top));
  const across = Math.max(...boxes.map((box) => box.right)) - Math.min(...boxes.map((box) => box.left));
  const spread = down > window.innerHeight + 0.5 ? down : across > window.innerWidth + 0.5 ? across : 0;
  if (!inViewport && spread > 0) {
    problems.push(
      problem(
        'lint-offscreen',
        `The actions lie ${Math.round(spread)} px apart: more than one screen, so none can be seen beside the others.`,
      ),
    );
  }
  actions.forEach((action, index) => {
    const style = styles[index] as CSSStyleDeclaration;
    const box = boxes[index] as DOMRect;
    const label = labels[index];
    // An action's label is text alone: an element inside it was put there by a script, and may draw the label in a
    // style of its own that the comparisons above never see. One that only inherits (a page translator's <font>
    // wrapper) changes nothing.
    const restyled = [...action.querySelectorAll('*')].find((inner) => {
      const own = getComputedStyle(inner);
      return (
        own.display === 'none' ||
        own.visibility !== 'visible' ||
        own.opacity !== '1' ||
        own.transform !== 'none' ||
        own.filter !== 'none' ||
        own.textDecorationLine !== 'none' ||
        (colorOf(own.backgroundColor)?.a ?? 1) > 0 ||
        LABEL_STYLE.some((property) => own.getPropertyValue(property) !== style.getPropertyValue(property))
      );
    });
    if (restyled) {
      problems.push(
        problem(
          'lint-actions-unequal',
          `"${label}" has an element put inside it (<${restyled.localName}>) that draws its label unlike the others'.`,
        ),
      );
    }
    const hidden =
      action.hidden ||
      (action as HTMLButtonElement).disabled ||
      action.getAttribute('aria-disabled') === 'true' ||
      style.display === 'none' ||
      style.visibility !== 'visible' ||
      style.pointerEvents === 'none' ||
      box.width < 1 ||
      box.height < 1;
    const why =
      (hidden ? 'it is hidden or disabled' : undefined) ??
      hiddenByAncestor(action) ??
      // Clickable but out of the Tab order: a keyboard cannot reach it as it reaches the others.
      ((action as HTMLElement).tabIndex < 0 ? 'it cannot be reached with the keyboard (tabindex -1)' : undefined) ??
      (boxes.some((other, i) => i !== index && overlaps(box, other)) ? 'it overlaps another action' : undefined) ??
      (covered(action, box, !inViewport) || coveredPassingClicks[index]
        ? 'something else is drawn over it'
        : undefined) ??
      addedContent(action) ??
      // An outline drawn deep inside all three, at rest, paints over their labels where no colour comparison sees it.
      (style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) > 0 &&
      -parseFloat(style.outlineOffset) > RING_MAX_PX
        ? `its outline is drawn ${-parseFloat(style.outlineOffset)} px into it, over its label`
        : undefined) ??
      (/^(?:disc|circle|square)$/.test(style.getPropertyValue('-webkit-text-security'))
        ? 'its label is drawn as bullets'
        : undefined) ??
      // Forced into one direction, a label in the other reads backwards ("lla tcejeR").
      (style.unicodeBidi.includes('override')
        ? `its label's direction is overridden (${style.direction})`
        : undefined) ??
      unreadableLabel(action, box, style);
    if (why) problems.push(problem('lint-hidden', `"${label}" cannot be seen or used: ${why}.`));
    // What is painted, not what `color` says: -webkit-text-fill-color wins where it is set.
    // In forced colours the browser paints `color`, while Chromium still reports the theme's text fill.
    const text = colorOf((!forcedColors() && style.getPropertyValue('-webkit-text-fill-color')) || style.color);
    const drawn = text && drawnColours(action, text);
    if (!drawn) {
      problems.push(
        problem(
          'lint-contrast',
          `The contrast of "${label}" cannot be measured: its text is over a background image or in a colour that cannot be read. Give the actions a plain background colour.`,
        ),
      );
    } else {
      const ratio = contrastRatio(drawn.text, drawn.background);
      if (ratio < MIN_CONTRAST) {
        problems.push(
          problem(
            'lint-contrast',
            `"${label}" has a text contrast of ${ratio.toFixed(2)}:1; at least ${MIN_CONTRAST}:1 is needed.`,
          ),
        );
      }
    }
    if (inViewport) {
      const outside =
        box.top < 0 || box.left < 0 || box.bottom > window.innerHeight + 0.5 || box.right > window.innerWidth + 0.5;
      if (outside) problems.push(problem('lint-offscreen', `"${label}" is not visible without scrolling.`));
    } else if (box.top + window.scrollY < -1 || startCutOff(box) || outOfReach(action, box)) {
      // In the page's flow it may need scrolling to, but above or left of the page's start no scrolling reaches,
      // nor anywhere out of view when it is fixed there or the page does not scroll that way.
      problems.push(problem('lint-offscreen', `"${label}" is placed where no scrolling reaches it.`));
    }
  });
  // One message per property is enough for a reader; duplicates come from the per-side border checks.
  return problems.filter((p, i) => problems.findIndex((q) => q.message === p.message) === i);
}

/**
 * A page's custom highlight (the CSS Custom Highlight API) over the prompt's text: `::part(…)::highlight()` paints it
 * with colours no computed style of the text shows, so it could blank "Reject all" or a clause, or make "Accept all"
 * stand out. Only a script reaching into the prompt makes one: reported whatever it paints.
 */
function highlightsOver(root: ShadowRoot): ConsentProblem[] {
  const registry = (globalThis.CSS as { highlights?: Map<string, Iterable<AbstractRange>> } | undefined)?.highlights;
  const names: string[] = [];
  for (const [name, ranges] of registry ?? []) {
    for (const range of ranges) {
      if (range.startContainer.getRootNode() === root || range.endContainer.getRootNode() === root) {
        names.push(name);
        break;
      }
    }
  }
  return names.map((name) =>
    problem(
      'lint-hidden',
      `The page's highlight "${name.slice(0, 64)}" is painted over the prompt's text: a highlight can hide or single out its words where no check can measure them.`,
    ),
  );
}

/**
 * Resolves once the running transitions and animations of the page and of the prompt's own shadow root (which the
 * document's list leaves out) have finished, or after `SETTLE_MS`.
 */
function settled(root: ShadowRoot, signal: AbortSignal): Promise<void> {
  // One that never ends (a page's spinner) is not waited for: the wait would be the whole SETTLE_MS each time.
  const running = [...document.getAnimations(), ...root.getAnimations()].filter(
    (animation) =>
      animation.playState === 'running' && Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity),
  );
  if (running.length === 0 || signal.aborted) return Promise.resolve();
  // Handlers from module scope: a closure made here would hold the prompt for as long as the page's animation runs.
  return Promise.race([
    Promise.all(running.map((animation) => animation.finished.then(ignore, ignore))).then(ignore),
    pause(SETTLE_MS, signal),
  ]);
}

const ignore = (): undefined => undefined;

/**
 * Resolves after `ms`, or at once when `signal` aborts (the prompt left the page): a check waiting here must not
 * keep a removed prompt alive until its timer fires.
 */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** When to check again after the first check, for changes nothing announces; then every `RECHECK_EVERY_MS`. */
const RECHECK_AFTER_MS = [1000, 4000];
const RECHECK_EVERY_MS = 3000;

/** Media features a site's styles commonly switch on while a page is open. */
const WATCHED_MEDIA = ['(prefers-color-scheme: dark)', '(forced-colors: active)', '(prefers-contrast: more)'];

/**
 * Checks the actions in `root` now and again whenever the page's styles may have changed while it shows: the
 * window resized, a watched media feature flipped, a stylesheet was added or loaded, or `<html>`, `<body>` or the
 * element changed class, style or `data-theme` (theme switchers), focus moved onto an action; and after one and four
 * seconds, then every three, for styles that arrive unannounced. `report` hears each set of problems that differs from the
 * last one reported. Returns the function that stops watching.
 */
export function watchRenderedActions(
  root: ShadowRoot,
  inViewport: boolean,
  report: (problems: ConsentProblem[]) => void,
  showsActions: () => boolean = () => true,
): () => void {
  let stopped = false;
  const stop = new AbortController();
  let scheduled = false;
  let last = '';
  // What a set of problems says, without the figures measured: an action a theme keeps pulsing is measured at
  // another opacity or contrast each time, and is the same problem, not a new one to report every few seconds.
  const signatureOf = (problems: readonly ConsentProblem[]) =>
    problems.map((p) => `${p.code} ${p.message.replace(/\d+(?:[.,]\d+)?/g, '#')}`).join('\n');
  const measure = async () => {
    await settled(root, stop.signal);
    // In a frame removed with the prompt inside, nothing is shown: nothing to measure, nor to report.
    if (stopped || !root.host.ownerDocument.defaultView) return [];
    // By what the prompt renders them with, and by part as a theme sees them: a script that renames the part or
    // takes a button out must not take it out of the check.
    const actions = [...root.querySelectorAll<HTMLElement>('button[data-action], [part~="action"]')];
    if (actions.length !== 3 && showsActions()) {
      const found = actions.length;
      return [
        problem(
          found < 3 ? 'lint-hidden' : 'lint-actions-unequal',
          `The prompt shows ${found} of its three actions ("Reject all", "Save my choices", "Accept all"): a script or theme ${found < 3 ? 'took one out' : 'added one'}.`,
        ),
      ];
    }
    return [...checkRenderedActions(actions, inViewport), ...highlightsOver(root)];
  };
  const check = async () => {
    let problems = await measure();
    if (stopped) return;
    let signature = signatureOf(problems);
    if (signature === last) return;
    if (problems.length > 0) {
      // Only what lasts: a fade-in, a theme's transition or a hover fading back is measured midway otherwise.
      await pause(STABLE_MS, stop.signal);
      if (stopped) return;
      problems = await measure();
      if (stopped) return;
      signature = signatureOf(problems);
      if (signature === last) return;
    }
    last = signature;
    if (problems.length > 0) report(problems);
  };
  // After layout and paint, so the computed styles and boxes are final; many changes at once check once.
  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        scheduled = false;
        void check();
      }),
    );
  };
  void check();
  // Styles that no event announces (adoptedStyleSheets, CSS-in-JS through insertRule, late web fonts): checked
  // again a little later, while a visitor is still reading the prompt.
  const timers = RECHECK_AFTER_MS.map((delay) => setTimeout(schedule, delay));
  // A stylesheet adopted or a rule inserted later, a class on a wrapper, an animation with a long delay: none is
  // announced, and the prompt stays on screen until the visitor decides.
  const interval = setInterval(schedule, RECHECK_EVERY_MS);
  const media = WATCHED_MEDIA.map((query) => matchMedia(query));
  for (const list of media) list.addEventListener('change', schedule);
  window.addEventListener('resize', schedule);
  // A stylesheet link or an image-backed style finishing its load.
  document.addEventListener('load', schedule, true);
  // Focus moved onto an action (by the visitor or a script): what a focused action looks like is checked too. Only
  // onto an action: a check after focus reached a purpose switch delayed that switch's next paint at 4x CPU.
  const onFocusIn = (event: Event) => {
    if ((event.target as Element | null)?.matches?.('[part="action"]')) schedule();
  };
  root.addEventListener('focusin', onFocusIn);
  const observer = new MutationObserver(schedule);
  observer.observe(document.head, { childList: true, subtree: true, characterData: true });
  for (const element of [document.documentElement, document.body, root.host]) {
    if (element) observer.observe(element, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  }
  return () => {
    stopped = true;
    stop.abort();
    for (const timer of timers) clearTimeout(timer);
    clearInterval(interval);
    for (const list of media) list.removeEventListener('change', schedule);
    window.removeEventListener('resize', schedule);
    document.removeEventListener('load', schedule, true);
    root.removeEventListener('focusin', onFocusIn);
    observer.disconnect();
  };
}
