import type { LoadResult } from "@bulbcheck/device-sim";
import { formatNumber, median, round2 } from "./bench-util.ts";

export type IngestServer = "bulbcheck" | "mosquitto";

/** What the Bulb Check system says and holds about one run, read after its last PUBACK. */
export interface IngestCheck {
  /** Ingester group commits over the run, and the publishes they held. */
  batches: number;
  messages: number;
  meanBatch: number;
  /** Ingester outcomes over the run. */
  stored: number;
  duplicates: number;
  rejected: number;
  /** Rows the events table gained over the run, counted in the database file itself. */
  eventsInStore: number;
}

export interface IngestRun {
  server: IngestServer;
  /** 1-based, per server. */
  run: number;
  result: LoadResult;
  /** CPU the load generator used over the run, in % of one core: near 100 it, not the server, limits. */
  loadCpuPercent: number;
  /** CPU the server process used over the run, in % of one core (Linux only): near 100 it limits. */
  serverCpuPercent?: number | undefined;
  check?: IngestCheck;
}

export interface ServerSummary {
  runs: number;
  medianRate: number;
  medianP50Ms: number;
  medianP99Ms: number;
  /** Runs with errors, unacknowledged messages or (Bulb Check) a store that disagrees. */
  failedRuns: number;
  /** Median CPU of the server process over a run, in % of one core (Linux only). */
  medianServerCpuPercent?: number;
  medianBatch?: number;
}

export interface IngestSummary {
  bulbcheck: ServerSummary;
  mosquitto: ServerSummary | null;
  /** Median Bulb Check rate over median mosquitto rate; null without the peer. */
  ratio: number | null;
  goal: { minRatio: number; pass: boolean | null };
}

/** Bulb Check must reach this share of mosquitto's raw QoS 1 accept rate (issue 3). */
export const MIN_RATIO = 0.75;

/** A run that lost, refused or duplicated anything measured something else: not comparable. */
export function failed({ result, check }: Pick<IngestRun, "result" | "check">): boolean {
  if (result.acked !== result.sent || Object.keys(result.errors).length > 0) return true;
  if (!check) return false;
  return (
    check.eventsInStore !== result.acked ||
    check.stored !== result.acked ||
    check.duplicates !== 0 ||
    check.rejected !== 0
  );
}

function summarize(runs: readonly IngestRun[]): ServerSummary {
  const results = runs.map((r) => r.result);
  const checks = runs.flatMap((r) => (r.check ? [r.check] : []));
  const serverCpu = runs.flatMap((r) =>
    r.serverCpuPercent === undefined ? [] : [r.serverCpuPercent],
  );
  return {
    runs: results.length,
    medianRate: Math.round(median(results.map((r) => r.ratePerSecond))),
    medianP50Ms: round2(median(results.map((r) => r.latencyMs.p50))),
    medianP99Ms: round2(median(results.map((r) => r.latencyMs.p99))),
    failedRuns: runs.filter(failed).length,
    ...(serverCpu.length ? { medianServerCpuPercent: median(serverCpu) } : {}),
    ...(checks.length ? { medianBatch: round2(median(checks.map((c) => c.meanBatch))) } : {}),
  };
}

export function summarizeIngest(runs: readonly IngestRun[], withPeer: boolean): IngestSummary {
  const bulbcheck = summarize(runs.filter((r) => r.server === "bulbcheck"));
  const mosquitto = withPeer ? summarize(runs.filter((r) => r.server === "mosquitto")) : null;
  const ratio = mosquitto
    ? Math.round((bulbcheck.medianRate / mosquitto.medianRate) * 1000) / 1000
    : null;
  const clean = bulbcheck.failedRuns + (mosquitto?.failedRuns ?? 0) === 0;
  return {
    bulbcheck,
    mosquitto,
    ratio,
    goal: { minRatio: MIN_RATIO, pass: ratio === null ? null : ratio >= MIN_RATIO && clean },
  };
}

export function formatRun(entry: IngestRun, runs: number): string {
  const { server, run, result, loadCpuPercent, serverCpuPercent, check } = entry;
  const problems = failed(entry)
    ? `  FAILED ${JSON.stringify({ errors: result.errors, sent: result.sent, acked: result.acked, check })}`
    : "";
  const batch = check ? `  batch ${check.meanBatch.toFixed(1)}` : "";
  return (
    [
      `${server.padEnd(9)} run ${run}/${runs}`,
      `${formatNumber.format(result.ratePerSecond).padStart(9)} msgs/s`,
      `p50 ${result.latencyMs.p50.toFixed(2).padStart(6)} ms`,
      `p99 ${result.latencyMs.p99.toFixed(2).padStart(6)} ms`,
      `${formatNumber.format(result.acked)} acked in ${(result.durationMs / 1000).toFixed(2)} s`,
      `cpu load ${loadCpuPercent} % server ${serverCpuPercent ?? "?"} %`,
    ].join("  ") +
    batch +
    (check ? `  stored ${formatNumber.format(check.eventsInStore)}` : "") +
    problems
  );
}

export function formatSummary(summary: IngestSummary): string {
  const row = (name: string, s: ServerSummary) =>
    `${name.padEnd(11)}${String(s.runs).padStart(5)}${formatNumber.format(s.medianRate).padStart(16)}` +
    `${s.medianP50Ms.toFixed(2).padStart(10)}${s.medianP99Ms.toFixed(2).padStart(10)}` +
    `${String(s.medianServerCpuPercent ?? "?").padStart(12)}` +
    `${(s.medianBatch === undefined ? "-" : s.medianBatch.toFixed(1)).padStart(12)}` +
    `${String(s.failedRuns).padStart(8)}`;
  const lines = [
    `${"server".padEnd(11)}${"runs".padStart(5)}${"median msgs/s".padStart(16)}${"p50 ms".padStart(10)}` +
      `${"p99 ms".padStart(10)}${"server cpu%".padStart(12)}${"mean batch".padStart(12)}${"failed".padStart(8)}`,
    row("bulbcheck", summary.bulbcheck),
  ];
  if (summary.mosquitto) lines.push(row("mosquitto", summary.mosquitto));
  lines.push("");
  if (summary.ratio === null) {
    lines.push(`goal: >= ${summary.goal.minRatio} of mosquitto's rate  not checked (no peer)`);
  } else {
    lines.push(
      `bulbcheck/mosquitto: ${summary.ratio.toFixed(3)}`,
      `goal: >= ${summary.goal.minRatio} of mosquitto's rate  ${summary.goal.pass ? "PASS" : "MISS"}`,
    );
  }
  return lines.join("\n");
}
