/**
 * Middles and spreads for insights (issue 21): a mean hides the one defect that waited a day, a
 * median and a 90th percentile do not; and across sites, how far apart they are says more about
 * a chain's reputation than its average.
 */

/** The q-quantile (0..1) by linear interpolation between order statistics; null for none. */
export function quantile(values: readonly number[], q: number): number | null {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const at = Math.min(1, Math.max(0, q)) * (xs.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = xs[lo] as number;
  const b = xs[hi] as number;
  return a + (b - a) * (at - lo);
}

export interface Middle {
  median: number;
  p90: number;
  count: number;
}

/** Median and 90th percentile of some durations; null when there are none. */
export function middleOf(values: readonly number[]): Middle | null {
  const median = quantile(values, 0.5);
  const p90 = quantile(values, 0.9);
  if (median === null || p90 === null) return null;
  return { median, p90, count: values.filter(Number.isFinite).length };
}

export interface Spread {
  q1: number;
  median: number;
  q3: number;
  iqr: number;
  /** Standard deviation over mean (population); null when the mean is 0. */
  cv: number | null;
  /** Those outside Q1 - 1.5 IQR .. Q3 + 1.5 IQR: the ones that pull the chain apart. */
  low: string[];
  high: string[];
}

/** How a measure spreads across sites, and which sites lie far from the rest. */
export function spreadOf(values: readonly { site: string; value: number | null }[]): Spread | null {
  const known = values.filter(
    (v): v is { site: string; value: number } => v.value !== null && Number.isFinite(v.value),
  );
  const xs = known.map((v) => v.value);
  const q1 = quantile(xs, 0.25);
  const median = quantile(xs, 0.5);
  const q3 = quantile(xs, 0.75);
  if (q1 === null || median === null || q3 === null) return null;
  const iqr = q3 - q1;
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
  const fence = 1.5 * iqr;
  return {
    q1,
    median,
    q3,
    iqr,
    cv: mean === 0 ? null : sd / mean,
    low: known.filter((v) => v.value < q1 - fence).map((v) => v.site),
    high: known.filter((v) => v.value > q3 + fence).map((v) => v.site),
  };
}
