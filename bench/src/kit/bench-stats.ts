/**
 * What every benchmark of the suite needs: its arguments, medians and percentiles, and the
 * figures with their goals that the suite's table is made of.
 */

/** `pnpm bench -- --runs 3` hands the "--" on to the script; it separates nothing here. */
export function benchArgv(): string[] {
  return process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === "--"));
}

export function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new RangeError(`--${name} must be a positive integer, got ${value}`);
  return n;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile of `sorted` (ascending), `p` in 0..100. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * One figure of a benchmark as the suite (`pnpm bench`) shows it: every part writes its own in
 * the `figures` array of its results file, and the suite puts them all in one table and chart.
 */
export interface BenchFigure {
  /** The part of the suite: broker, ingest, latency, connections, queries, dashboard, growth. */
  part: string;
  name: string;
  /** Null when the figure could not be measured here (a peer not installed, a skipped size). */
  value: number | null;
  unit: string;
  /** The goal of the issue, when it sets one for this figure. */
  goal?: BenchGoal;
  /** Whether `value` meets `goal`; null without a value, absent without a goal. */
  pass?: boolean | null;
  /** A word on how it was measured, or why it is missing. */
  note?: string;
}

export interface BenchGoal {
  /** "<": the value must stay under the goal; "<=": at most the goal; ">=": it must reach it. */
  op: "<" | "<=" | ">=";
  value: number;
}

/** A figure with its verdict worked out from its goal. */
export function benchFigure(figure: Omit<BenchFigure, "pass">): BenchFigure {
  const { goal, value } = figure;
  if (!goal) return figure;
  const meets = {
    "<": (v: number) => v < goal.value,
    "<=": (v: number) => v <= goal.value,
    ">=": (v: number) => v >= goal.value,
  }[goal.op];
  const pass = value === null ? null : meets(value);
  return { ...figure, pass };
}

/** "12.5 ms (goal < 20 ms): met", or "... NOT met", for the lines a part prints. */
export function verdict(figure: BenchFigure): string {
  const value = figure.value === null ? "not measured" : `${figure.value} ${figure.unit}`;
  if (!figure.goal) return `${figure.name}: ${value}`;
  const goal = `goal ${figure.goal.op} ${figure.goal.value} ${figure.unit}`;
  const met = figure.pass === null ? "not checked" : figure.pass ? "met" : "NOT met";
  return `${figure.name}: ${value} (${goal}): ${met}`;
}
