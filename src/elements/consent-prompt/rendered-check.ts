/**
 * Checks the prompt as it is actually rendered, after the host's theme and any outside CSS: the three actions must
 * still look the same, be readable and reachable. A theme that breaks this is reported, never silently obeyed:
 * it is the "interface interference" dark pattern, whether meant or not.
 *
 * @module
 */
import { composite, contrastRatio, parseColor, type Rgba } from '../../core/text/contrast.js';
import type { ConsentProblem } from '../../events/consent-error.js';

/** The properties that must be identical on "Reject all", "Save my choices" and "Accept all". */
const SAME = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'color',
  'background-color',
  'background-image',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-bottom-width',
  'border-bottom-color',
  'border-left-width',
  'border-left-color',
  'border-right-width',
  'border-right-color',
  'opacity',
  'text-decoration-line',
  'box-shadow',
] as const;

/** Sizes may differ by sub-pixel rounding, not more. */
const SIZE_TOLERANCE_PX = 1;
export const MIN_CONTRAST = 4.5;

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** Reads a computed colour through a canvas, which normalises every CSS colour syntax to one it can parse. */
function colorOf(value: string): Rgba | undefined {
  const direct = parseColor(value);
  if (direct) return direct;
  try {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return undefined;
    context.fillStyle = '#000';
    context.fillStyle = value;
    return parseColor(String(context.fillStyle));
  } catch {
    return undefined;
  }
}

/** The opaque colour behind an element: its own background over its ancestors', up to the page's white. */
function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  let node: Element | null = element;
  while (node) {
    const color = colorOf(getComputedStyle(node).backgroundColor);
    if (color && color.a > 0) layers.push(color);
    if (color && color.a >= 1) break;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return layers.reverse().reduce((below, layer) => composite(layer, below), WHITE);
}

function problem(code: string, message: string): ConsentProblem {
  return Object.freeze({ code, path: 'theme', message });
}

/**
 * Problems with the rendered actions: `lint-actions-unequal`, `lint-contrast`, `lint-hidden`, `lint-offscreen`.
 * `inViewport` is whether the prompt is meant to be on screen at once (banner and dialog), so its actions must be
 * visible without scrolling the page.
 */
export function checkRenderedActions(actions: readonly HTMLElement[], inViewport: boolean): ConsentProblem[] {
  const problems: ConsentProblem[] = [];
  if (actions.length !== 3) return problems;
  const styles = actions.map((action) => getComputedStyle(action));
  const labels = actions.map((action) => (action.textContent ?? '').trim());
  // A button under the pointer or with the keyboard on it may rightly look different (hover, focus ring): compare
  // the ones at rest.
  const atRest = actions.map((action) => !action.matches(':hover, :focus, :active'));
  for (const property of SAME) {
    const values = styles.filter((_, i) => atRest[i]).map((style) => style.getPropertyValue(property));
    if (new Set(values).size > 1) {
      problems.push(
        problem(
          'lint-actions-unequal',
          `The actions differ in ${property} (${values.join(' / ')}). "Reject all", "Save my choices" and "Accept all" must look the same.`,
        ),
      );
    }
  }
  const boxes = actions.map((action) => action.getBoundingClientRect());
  const heights = boxes.map((box) => box.height);
  if (Math.max(...heights) - Math.min(...heights) > SIZE_TOLERANCE_PX) {
    problems.push(problem('lint-actions-unequal', `The actions have different heights (${heights.join(', ')} px).`));
  }
  const widths = boxes.map((box) => box.width);
  if (Math.max(...widths) - Math.min(...widths) > SIZE_TOLERANCE_PX) {
    problems.push(problem('lint-actions-unequal', `The actions have different widths (${widths.join(', ')} px).`));
  }
  actions.forEach((action, index) => {
    const style = styles[index] as CSSStyleDeclaration;
    const box = boxes[index] as DOMRect;
    const label = labels[index];
    const hidden =
      action.hidden ||
      (action as HTMLButtonElement).disabled ||
      action.getAttribute('aria-disabled') === 'true' ||
      style.display === 'none' ||
      style.visibility !== 'visible' ||
      parseFloat(style.opacity) < 1 ||
      style.pointerEvents === 'none' ||
      box.width < 1 ||
      box.height < 1;
    if (hidden) problems.push(problem('lint-hidden', `"${label}" is hidden, transparent or disabled.`));
    const text = colorOf(style.color);
    if (text) {
      const background = backgroundBehind(action);
      const ratio = contrastRatio(composite(text, background), background);
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
    }
  });
  // One message per property is enough for a reader; duplicates come from the per-side border checks.
  return problems.filter((p, i) => problems.findIndex((q) => q.message === p.message) === i);
}
