import type { IngesterStats } from "@bulbcheck/api/ingest";
import type { LoadResult } from "@bulbcheck/device-sim";
import { median, round2 } from "../kit/bench-stats.ts";
import { formatNumber } from "../kit/bench-util.ts";

/** The servers a load run drives: the whole system, the peer, and our broker with nothing stored. */
export type IngestServer = "bulbcheck" | "mosquitto" | "broker";

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

/** One run of the ingest stage alone: the ingester on a fresh SQLite file, no MQTT. */
export interface StoreMeasurement {
  messages: number;
  /** Publishes submitted per turn of the event loop, so per group commit. */
  batchSize: number;
  batches: number;
  /** From the first submit to the last settlement. */
  durationMs: number;
  ratePerSecond: number;
  /** What the ingester answered: every publish must be `stored`. */
  outcomes: IngesterStats["outcomes"];
  /** Rows the events table holds at the end, counted in the database file itself. */
  eventsInStore: number;
  /** CPU this process used over the run, in % of one core: the stage runs on its event loop. */
  cpuPercent: number;
}

export interface StoreRun extends StoreMeasurement {
  /** 1-based. */
  run: number;
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

export interface StoreSummary {
  runs: number;
  medianRate: number;
  medianCpuPercent: number;
  medianBatch: number;
  failedRuns: number;
}

/**
 * Where an end-to-end publish spends its time. The broker and the ingest stage share one event
 * loop in the Bulb Check process, so their costs per message add up: one thread doing both
 * reaches at best 1 / (1/broker + 1/store) messages a second.
 */
export interface IngestStages {
  brokerAlone: number;
  storeAlone: number;
  ceiling: number;
  /** The ceiling over mosquitto's rate: what the ratio goal could reach on one thread. */
  ceilingRatio: number | null;
  /** Bulb Check's end-to-end rate over the ceiling: below 1, time goes beyond the two stages. */
  reached: number;
}

export interface IngestSummary {
  bulbcheck: ServerSummary;
  mosquitto: ServerSummary | null;
  broker: ServerSummary;
  store: StoreSummary;
  stages: IngestStages;
  /** Median Bulb Check rate over median mosquitto rate; null without the peer. */
  ratio: number | null;
  goal: { minRatio: number; pass: boolean | null };
}

/** Bulb Check must reach this share of mosquitto's raw QoS 1 accept rate (a goal of the benchmark suite). */
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

export function storeFailed(run: StoreMeasurement): boolean {
  return run.outcomes.stored !== run.messages || run.eventsInStore !== run.messages;
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

function summarizeStore(runs: readonly StoreRun[]): StoreSummary {
  return {
    runs: runs.length,
    medianRate: Math.round(median(runs.map((r) => r.ratePerSecond))),
    medianCpuPercent: median(runs.map((r) => r.cpuPercent)),
    medianBatch: median(runs.map((r) => r.batchSize)),
    failedRuns: runs.filter(storeFailed).length,
  };
}

function stages(
  bulbcheck: ServerSummary,
  mosquitto: ServerSummary | null,
  broker: ServerSummary,
  store: StoreSummary,
): IngestStages {
  const ceiling = Math.round(1 / (1 / broker.medianRate + 1 / store.medianRate));
  return {
    brokerAlone: broker.medianRate,
    storeAlone: store.medianRate,
    ceiling,
    ceilingRatio: mosquitto ? ratioOf(ceiling, mosquitto.medianRate) : null,
    reached: ratioOf(bulbcheck.medianRate, ceiling),
  };
}

function ratioOf(value: number, base: number): number {
  return Math.round((value / base) * 1000) / 1000;
}

export function summarizeIngest(
  runs: readonly IngestRun[],
  storeRuns: readonly StoreRun[],
  withPeer: boolean,
): IngestSummary {
  const bulbcheck = summarize(runs.filter((r) => r.server === "bulbcheck"));
  const mosquitto = withPeer ? summarize(runs.filter((r) => r.server === "mosquitto")) : null;
  const broker = summarize(runs.filter((r) => r.server === "broker"));
  const store = summarizeStore(storeRuns);
  const ratio = mosquitto ? ratioOf(bulbcheck.medianRate, mosquitto.medianRate) : null;
  // The goal compares Bulb Check with mosquitto: only their runs decide whether it is met.
  const clean = bulbcheck.failedRuns + (mosquitto?.failedRuns ?? 0) === 0;
  return {
    bulbcheck,
    mosquitto,
    broker,
    store,
    stages: stages(bulbcheck, mosquitto, broker, store),
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

/** A store-alone run, in the columns of `formatRun` where they apply. */
export function formatStoreRun(entry: StoreRun, runs: number): string {
  const problems = storeFailed(entry)
    ? `  FAILED ${JSON.stringify({ outcomes: entry.outcomes, eventsInStore: entry.eventsInStore })}`
    : "";
  return (
    [
      `${"store".padEnd(9)} run ${entry.run}/${runs}`,
      `${formatNumber.format(entry.ratePerSecond).padStart(9)} msgs/s`,
      `${entry.batches} commits of ${entry.batchSize}`,
      `${formatNumber.format(entry.outcomes.stored)} stored in ${(entry.durationMs / 1000).toFixed(2)} s`,
      `cpu ${entry.cpuPercent} %`,
    ].join("  ") + problems
  );
}

export function formatSummary(summary: IngestSummary): string {
  const { stages } = summary;
  const cells = (
    name: string,
    runs: number,
    rate: number,
    latency: [string, string],
    cpu: string,
    batch: string,
    failedRuns: number,
  ) =>
    `${name.padEnd(13)}${String(runs).padStart(5)}${formatNumber.format(rate).padStart(16)}` +
    `${latency[0].padStart(10)}${latency[1].padStart(10)}${cpu.padStart(12)}${batch.padStart(12)}` +
    `${String(failedRuns).padStart(8)}`;
  const row = (name: string, s: ServerSummary) =>
    cells(
      name,
      s.runs,
      s.medianRate,
      [s.medianP50Ms.toFixed(2), s.medianP99Ms.toFixed(2)],
      String(s.medianServerCpuPercent ?? "?"),
      s.medianBatch === undefined ? "-" : s.medianBatch.toFixed(1),
      s.failedRuns,
    );
  const { store } = summary;
  const lines = [
    `${"server".padEnd(13)}${"runs".padStart(5)}${"median msgs/s".padStart(16)}${"p50 ms".padStart(10)}` +
      `${"p99 ms".padStart(10)}${"server cpu%".padStart(12)}${"mean batch".padStart(12)}${"failed".padStart(8)}`,
    row("bulbcheck", summary.bulbcheck),
  ];
  if (summary.mosquitto) lines.push(row("mosquitto", summary.mosquitto));
  lines.push(
    row("broker alone", summary.broker),
    // No MQTT, so no publish-to-PUBACK latency; its CPU is this process's, where it runs.
    cells(
      "store alone",
      store.runs,
      store.medianRate,
      ["-", "-"],
      String(store.medianCpuPercent),
      store.medianBatch.toFixed(1),
      store.failedRuns,
    ),
    "",
  );
  if (summary.ratio === null) {
    lines.push(`goal: >= ${summary.goal.minRatio} of mosquitto's rate  not checked (no peer)`);
  } else {
    lines.push(
      `bulbcheck/mosquitto: ${summary.ratio.toFixed(3)}`,
      `goal: >= ${summary.goal.minRatio} of mosquitto's rate  ${summary.goal.pass ? "PASS" : "MISS"}`,
    );
  }
  const ofMosquitto =
    stages.ceilingRatio === null ? "" : ` = ${stages.ceilingRatio.toFixed(3)} of mosquitto`;
  lines.push(
    `one thread doing both at best: ${formatNumber.format(stages.ceiling)} events/s${ofMosquitto} ` +
      "(1 / (1/broker alone + 1/store alone))",
    `bulbcheck reaches ${stages.reached.toFixed(3)} of that ceiling`,
  );
  return lines.join("\n");
}
