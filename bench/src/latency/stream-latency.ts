import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { type LoadDevice, runLoad } from "@bulbcheck/device-sim";
import { benchArgv, benchFigure, median, positive, round2, verdict } from "../kit/bench-stats.ts";
import {
  formatNumber,
  LoadSampler,
  loadWarning,
  machineInfo,
  provisionDevices,
  withProcessCpu,
  writeResults,
} from "../kit/bench-util.ts";
import { ingestFleet } from "../kit/ingest-fleet.ts";
import { resultsFile } from "../kit/paths.ts";
import { ServerProcess } from "../kit/server-process.ts";
import { SseReader } from "./sse-reader.ts";
import { StreamMatcher, streamPayloads } from "./stream-matcher.ts";

/**
 * The time from a device's QoS 1 PUBLISH to the defect change reaching a live board: the load
 * engine publishes at a steady rate from this process, and a subscriber of `GET /api/stream` in
 * this process too (one clock) matches each `defect` event to the publish that caused it. Every
 * message is made to cause exactly one event (stream-matcher.ts), so nothing is sampled.
 *
 *   pnpm --filter @bulbcheck/bench latency -- --runs 3 --seconds 20 --rate 2000
 */
const { values: args } = parseArgs({
  args: benchArgv(),
  options: {
    runs: { type: "string", default: "3" },
    seconds: { type: "string", default: "20" },
    rate: { type: "string", default: "2000" },
    devices: { type: "string", default: "100" },
    "warmup-seconds": { type: "string", default: "5" },
    out: {
      type: "string",
      default: resultsFile("stream-latency.json"),
    },
  },
});

const config = {
  runs: positive("runs", args.runs),
  seconds: positive("seconds", args.seconds),
  rate: positive("rate", args.rate),
  devices: positive("devices", args.devices),
  warmupSeconds: positive("warmup-seconds", args["warmup-seconds"]),
  qos: 1 as const,
};
/** The issue's goal: p99 from publish to the board under this, at 2,000 events/s. */
const GOAL_P99_MS = 100;
/** After the last PUBACK, the events still on their way get this long to arrive. */
const DRAIN_MS = 5000;

const machine = machineInfo();
const sampler = new LoadSampler();
console.log(
  `stream latency: ${config.devices} devices (one per site), QoS 1 at ${formatNumber.format(config.rate)} events/s, ` +
    `${config.runs} runs of ${config.seconds} s after ${config.warmupSeconds} s of warm-up; ` +
    "each publish a fault or the ok that resolves it, each one `defect` event on GET /api/stream",
);
const warning = loadWarning();
if (warning) console.log(warning);

interface LatencyRun {
  run: number;
  sent: number;
  acked: number;
  /** Publishes whose event reached the subscriber, and the latencies of those. */
  matched: number;
  unmatchedPublishes: number;
  unmatchedEvents: number;
  ratePerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  pubackP99Ms: number;
  serverCpuPercent: number | undefined;
  errors: Record<string, number>;
}

const adminToken = randomBytes(24).toString("hex");
const { server, addresses } = await ServerProcess.startSystem({ adminToken });
const runs: LatencyRun[] = [];
let reader: SseReader | undefined;
try {
  const fleet = ingestFleet(config.devices, 1);
  const devices = await provisionDevices(
    addresses.apiUrl,
    adminToken,
    fleet.document,
    fleet.devices,
  );
  const matcher = new StreamMatcher();
  reader = await SseReader.open(`${addresses.apiUrl}/api/stream`, adminToken, (message, at) =>
    matcher.received(message, at),
  );
  await measure(devices, matcher, "warmup", config.warmupSeconds);
  for (let run = 1; run <= config.runs; run++) {
    const entry = { run, ...(await measure(devices, matcher, `r${run}`, config.seconds)) };
    runs.push(entry);
    console.log(formatRun(entry));
  }
} finally {
  reader?.close();
  await server.stop();
}

const failedRuns = runs.filter(failed).length;
const summary = {
  runs: runs.length,
  failedRuns,
  medianRate: Math.round(median(runs.map((r) => r.ratePerSecond))),
  medianP50Ms: round2(median(runs.map((r) => r.latencyMs.p50))),
  medianP95Ms: round2(median(runs.map((r) => r.latencyMs.p95))),
  medianP99Ms: round2(median(runs.map((r) => r.latencyMs.p99))),
  medianPubackP99Ms: round2(median(runs.map((r) => r.pubackP99Ms))),
};
const note = `median of ${runs.length} runs at ${formatNumber.format(summary.medianRate)} events/s${failedRuns ? `; ${failedRuns} runs lost events` : ""}`;
const figures = [
  benchFigure({
    part: "latency",
    name: "publish to /api/stream p50",
    value: summary.medianP50Ms,
    unit: "ms",
    note,
  }),
  benchFigure({
    part: "latency",
    name: "publish to /api/stream p99",
    value: summary.medianP99Ms,
    unit: "ms",
    goal: { op: "<", value: GOAL_P99_MS },
    note,
  }),
  benchFigure({
    part: "latency",
    name: "rate held (asked 2,000)",
    value: summary.medianRate,
    unit: "events/s",
  }),
];
console.log(
  `\nmedian of ${runs.length} runs: p50 ${summary.medianP50Ms} ms, p95 ${summary.medianP95Ms} ms, ` +
    `p99 ${summary.medianP99Ms} ms (publish to PUBACK p99 ${summary.medianPubackP99Ms} ms)`,
);
for (const figure of figures) if (figure.goal) console.log(`goal: ${verdict(figure)}`);
if (failedRuns) console.log(`${failedRuns} runs lost or refused messages: see the runs above`);
machine.loadAverageAfter = loadavg().map(round2);
const loadDuring = sampler.stop();
console.log(
  `load average before ${machine.loadAverageBefore.join(" ")}, after ${machine.loadAverageAfter.join(" ")}; ` +
    `1-min load during the bench: min ${loadDuring.min}, mean ${loadDuring.mean}, max ${loadDuring.max}`,
);
await writeResultsFile();

async function measure(
  devices: LoadDevice[],
  matcher: StreamMatcher,
  runTag: string,
  seconds: number,
): Promise<Omit<LatencyRun, "run">> {
  matcher.reset();
  // Whole fault-and-ok pairs per device, so that every run ends with every lamp resolved and
  // the next run's first fault opens a defect rather than refreshing one.
  const perDevice = 2 * Math.max(1, Math.round((config.rate * seconds) / devices.length / 2));
  const { value: result, cpuPercent } = await withProcessCpu(server.pid, () =>
    runLoad({
      url: addresses.mqttUrl,
      devices,
      qos: config.qos,
      rate: config.rate,
      messagesPerDevice: perDevice,
      payload: streamPayloads(runTag, (key) => matcher.published(key)),
    }),
  );
  await matcher.drained(result.acked, DRAIN_MS);
  const latency = matcher.summary();
  return {
    sent: result.sent,
    acked: result.acked,
    matched: latency.count,
    unmatchedPublishes: matcher.pending,
    unmatchedEvents: matcher.unmatched,
    ratePerSecond: result.ratePerSecond,
    latencyMs: latency.ms,
    pubackP99Ms: result.latencyMs.p99,
    serverCpuPercent: cpuPercent,
    errors: result.errors,
  };
}

function failed(run: LatencyRun): boolean {
  return (
    run.acked !== run.sent ||
    run.matched !== run.acked ||
    run.unmatchedEvents > 0 ||
    Object.keys(run.errors).length > 0
  );
}

function formatRun(r: LatencyRun): string {
  const problems = failed(r)
    ? `  FAILED ${JSON.stringify({ sent: r.sent, acked: r.acked, matched: r.matched, unmatchedEvents: r.unmatchedEvents, errors: r.errors })}`
    : "";
  return (
    [
      `run ${r.run}/${config.runs}`,
      `${formatNumber.format(r.ratePerSecond).padStart(7)} events/s`,
      `p50 ${r.latencyMs.p50.toFixed(2).padStart(7)} ms`,
      `p95 ${r.latencyMs.p95.toFixed(2).padStart(7)} ms`,
      `p99 ${r.latencyMs.p99.toFixed(2).padStart(7)} ms`,
      `max ${r.latencyMs.max.toFixed(1).padStart(7)} ms`,
      `${formatNumber.format(r.matched)} events matched`,
      `server cpu ${r.serverCpuPercent ?? "?"} %`,
    ].join("  ") + problems
  );
}

async function writeResultsFile(): Promise<void> {
  await writeResults(args.out, {
    benchmark: "stream-latency",
    date: new Date().toISOString(),
    machine: { ...machine, loadAverageDuring: loadDuring },
    config,
    goal: { p99Ms: GOAL_P99_MS },
    summary,
    figures,
    runs,
  });
  console.log(`results: ${args.out}`);
}
