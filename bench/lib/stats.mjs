// Small statistics and formatting helpers shared by the suites.

/** The q-quantile (0..1) of `values` by the nearest-rank method; NaN for an empty list. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

export const median = (values) => quantile(values, 0.5);

export const mean = (values) => (values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length);

/** Median, p95, mean, min and max of a list of durations in milliseconds. */
export function summarize(values) {
  return {
    n: values.length,
    median: median(values),
    p95: quantile(values, 0.95),
    mean: mean(values),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 136019 → "136,019". */
export const formatInt = (value) => grouped.format(Math.round(value));

/** Milliseconds with 3 significant decimals where they matter: 0.412, 3.18, 27.4. */
export function formatMs(value) {
  if (!Number.isFinite(value)) return '–';
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  return value.toFixed(1);
}

/** Bytes as KB with one decimal; 1 KB = 1024 bytes throughout the report. */
export const formatKB = (bytes) => (bytes / 1024).toFixed(1);

/** A ratio as "2.31×". */
export const formatRatio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');

/** A share as "12.3 %". */
export const formatPercent = (part, whole) => (whole > 0 ? `${((100 * part) / whole).toFixed(1)} %` : '–');
