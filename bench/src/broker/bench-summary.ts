import type { LoadResult } from "@bulbcheck/device-sim";
import { median, round2 } from "../kit/bench-stats.ts";

export type BrokerKind = "secured" | "plain";

export interface BenchRun {
  broker: BrokerKind;
  /** 1-based, per broker. */
  run: number;
  result: LoadResult;
  /** CPU the load generator used over the run, in % of one core: near 100 it, not the broker, limits. */
  loadCpuPercent: number;
}

export interface BrokerSummary {
  runs: number;
  medianRate: number;
  medianP50Ms: number;
  medianP99Ms: number;
  /** Runs whose messages were not all acknowledged, or that counted errors: not comparable. */
  failedRuns: number;
}

export interface BenchSummary {
  secured: BrokerSummary;
  plain: BrokerSummary;
  /** Median secured rate over median plain rate. */
  ratio: number;
  overheadPercent: number;
  goal: { maxOverheadPercent: number; pass: boolean };
}

/** The hooks may cost at most this share of plain aedes' throughput. */
export const MAX_OVERHEAD_PERCENT = 10;

export function failed(result: LoadResult): boolean {
  return result.acked !== result.sent || Object.keys(result.errors).length > 0;
}

function summarize(runs: readonly BenchRun[]): BrokerSummary {
  const results = runs.map((r) => r.result);
  return {
    runs: results.length,
    medianRate: Math.round(median(results.map((r) => r.ratePerSecond))),
    medianP50Ms: round2(median(results.map((r) => r.latencyMs.p50))),
    medianP99Ms: round2(median(results.map((r) => r.latencyMs.p99))),
    failedRuns: results.filter(failed).length,
  };
}

export function summarizeBench(runs: readonly BenchRun[]): BenchSummary {
  const secured = summarize(runs.filter((r) => r.broker === "secured"));
  const plain = summarize(runs.filter((r) => r.broker === "plain"));
  const ratio = secured.medianRate / plain.medianRate;
  const overheadPercent = round2((1 - ratio) * 100);
  return {
    secured,
    plain,
    ratio: Math.round(ratio * 1000) / 1000,
    overheadPercent,
    goal: {
      maxOverheadPercent: MAX_OVERHEAD_PERCENT,
      pass: overheadPercent < MAX_OVERHEAD_PERCENT && secured.failedRuns + plain.failedRuns === 0,
    },
  };
}

const number = new Intl.NumberFormat("en-US");

export function formatRun({ broker, run, result, loadCpuPercent }: BenchRun, runs: number): string {
  const problems = failed(result)
    ? `  ERRORS ${JSON.stringify(result.errors)} sent ${result.sent} acked ${result.acked}`
    : "";
  return (
    [
      `${broker.padEnd(7)} run ${run}/${runs}`,
      `${number.format(result.ratePerSecond).padStart(9)} msgs/s`,
      `p50 ${result.latencyMs.p50.toFixed(2).padStart(6)} ms`,
      `p99 ${result.latencyMs.p99.toFixed(2).padStart(6)} ms`,
      `${number.format(result.acked)} acked in ${(result.durationMs / 1000).toFixed(2)} s`,
      `load cpu ${loadCpuPercent} %`,
    ].join("  ") + problems
  );
}

export function formatSummary(summary: BenchSummary): string {
  const row = (name: string, s: BrokerSummary) =>
    `${name.padEnd(9)}${String(s.runs).padStart(5)}${number.format(s.medianRate).padStart(16)}` +
    `${s.medianP50Ms.toFixed(2).padStart(12)}${s.medianP99Ms.toFixed(2).padStart(12)}`;
  const { goal } = summary;
  return [
    `${"broker".padEnd(9)}${"runs".padStart(5)}${"median msgs/s".padStart(16)}${"p50 ms".padStart(12)}${"p99 ms".padStart(12)}`,
    row("plain", summary.plain),
    row("secured", summary.secured),
    "",
    `secured/plain: ${summary.ratio.toFixed(3)}  (overhead ${summary.overheadPercent.toFixed(1)} %)`,
    `goal: hooks cost < ${goal.maxOverheadPercent} %  ${goal.pass ? "PASS" : "MISS"}`,
  ].join("\n");
}
