// Summaries shared by the page-load suites: median and interquartile range over fresh loads, and how many loads.
import { formatMs, formatRatio, quantile } from './stats.mjs';

/** Fresh loads per measurement when `--runs` is not given: the issue asks for medians over at least 15. */
export const DEFAULT_LOADS = 15;
export const MIN_LOADS = 15;

/**
 * Loads per page and setting: `--runs N` when given on the command line (bench/run.mjs's default of 200 timed
 * iterations suits microbenchmarks, not page loads), else 15.
 *
 * @param {import('../run.mjs').BenchContext & { pageLoads?: number }} ctx
 */
export function pageLoadCount(ctx, argv = process.argv) {
  if (Number.isSafeInteger(ctx.pageLoads) && ctx.pageLoads > 0) return ctx.pageLoads;
  const explicit = argv.some((arg) => arg === '--runs' || arg.startsWith('--runs='));
  return explicit ? ctx.runs : DEFAULT_LOADS;
}

/** Median, quartiles and extremes of the finite values; `n` counts them. */
export function describe(values) {
  const finite = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  return {
    n: finite.length,
    median: quantile(finite, 0.5),
    q1: quantile(finite, 0.25),
    q3: quantile(finite, 0.75),
    min: finite.length ? Math.min(...finite) : Number.NaN,
    max: finite.length ? Math.max(...finite) : Number.NaN,
  };
}

/** "123 (110–140)": median and interquartile range. */
export function medianCell(summary, format = formatMs) {
  if (!summary || summary.n === 0) return '–';
  return `${format(summary.median)} (${format(summary.q1)}–${format(summary.q3)})`;
}

/** A ratio of medians, "0.82×"; `–` when either is missing. */
export function ratioOf(ours, theirs) {
  if (!ours?.n || !theirs?.n || !(theirs.median > 0)) return Number.NaN;
  return ours.median / theirs.median;
}

export const ratioCell = (value) => formatRatio(value);

/** Kilobytes with one decimal from bytes. */
export const formatKiB = (bytes) => (Number.isFinite(bytes) ? (bytes / 1024).toFixed(1) : '–');

/** Rotates a list by `by` places, so that no page is always loaded first or right after the same other one. */
export function rotate(list, by) {
  const shift = ((by % list.length) + list.length) % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}
