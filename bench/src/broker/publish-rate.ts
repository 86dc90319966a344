import { mkdir, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { generateSecret } from "@bulbcheck/broker";
import { type LoadResult, runLoad } from "@bulbcheck/device-sim";
import { benchArgv, benchFigure, positive, verdict } from "../kit/bench-stats.ts";
import { resultsFile } from "../kit/paths.ts";
import { benchDevices } from "./bench-devices.ts";
import {
  type BenchRun,
  type BrokerKind,
  failed,
  formatRun,
  formatSummary,
  summarizeBench,
} from "./bench-summary.ts";
import { BrokerProcess } from "./broker-process.ts";

/**
 * What the Bulb Check hooks (authentication, topic ACL, packet-size guard, counters) cost in QoS 1
 * throughput, against plain aedes with no hooks. Each broker runs in a process of its own and the
 * load engine in this one; runs alternate (secured, plain, secured, ...) so that drift of the
 * machine hits both alike, and the medians are compared.
 *
 *   pnpm --filter @bulbcheck/bench broker -- --runs 5 --messages 200000
 *
 * `--cpu-prof <dir>` profiles both broker processes (not this one) into `.cpuprofile` files for
 * Chrome DevTools. The profiler slows the brokers: give such runs an `--out` of their own so that
 * the results file keeps unprofiled figures.
 */
const { values: args } = parseArgs({
  args: benchArgv(),
  options: {
    runs: { type: "string", default: "5" },
    messages: { type: "string", default: "200000" },
    devices: { type: "string", default: "50" },
    inflight: { type: "string", default: "32" },
    "cpu-prof": { type: "string" },
    out: {
      type: "string",
      default: resultsFile("broker-publish-rate.json"),
    },
  },
});

const config = {
  runs: positive("runs", args.runs),
  messages: positive("messages", args.messages),
  devices: positive("devices", args.devices),
  inflightPerDevice: positive("inflight", args.inflight),
  qos: 1 as const,
};
/** A first, unrecorded run per broker lets the JIT settle before anything is measured. */
const WARMUP_MESSAGES = Math.min(50_000, config.messages);

const devices = benchDevices(config.devices, generateSecret);
const processOptions = { cpuProfileDir: args["cpu-prof"] };
const brokers: Record<BrokerKind, BrokerProcess> = {
  secured: await BrokerProcess.start("./secured-server.ts", devices, processOptions),
  plain: await BrokerProcess.start("./plain-server.ts", devices, processOptions),
};

async function load(
  broker: BrokerKind,
  messages: number,
): Promise<{ result: LoadResult; loadCpuPercent: number }> {
  const startedAt = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await runLoad({
    url: brokers[broker].url,
    devices,
    totalMessages: messages,
    qos: config.qos,
    inflightPerDevice: config.inflightPerDevice,
  });
  const cpu = process.cpuUsage(cpuBefore);
  const wallMicros = (performance.now() - startedAt) * 1000;
  return { result, loadCpuPercent: Math.round(((cpu.user + cpu.system) / wallMicros) * 100) };
}

const loadBefore = loadavg();
const runs: BenchRun[] = [];
try {
  console.log(
    `broker publish rate: ${config.devices} devices, QoS 1, window ${config.inflightPerDevice}, ` +
      `${config.messages.toLocaleString("en-US")} messages per run, ${config.runs} runs per broker`,
  );
  // The brokers and the load generator want a core each; anything else running skews the ratio.
  const [busy = 0] = loadBefore;
  if (busy > 0.5)
    console.log(`warning: load average ${busy.toFixed(2)} before the bench; figures will be noisy`);
  await load("secured", WARMUP_MESSAGES);
  await load("plain", WARMUP_MESSAGES);
  for (let run = 1; run <= config.runs; run++) {
    for (const broker of ["secured", "plain"] as const) {
      const entry = { broker, run, ...(await load(broker, config.messages)) };
      runs.push(entry);
      console.log(formatRun(entry, config.runs));
    }
  }
} finally {
  await Promise.all(Object.values(brokers).map((b) => b.stop()));
}

const summary = summarizeBench(runs);
console.log(`\n${formatSummary(summary)}`);
const note = `median of ${config.runs} runs of ${config.messages.toLocaleString("en-US")} messages, runs alternating`;
const failures = summary.secured.failedRuns + summary.plain.failedRuns;
const figures = [
  benchFigure({
    part: "broker",
    name: "secured broker QoS 1 publish rate",
    value: summary.secured.medianRate,
    unit: "msgs/s",
    note,
  }),
  benchFigure({
    part: "broker",
    name: "plain aedes QoS 1 publish rate",
    value: summary.plain.medianRate,
    unit: "msgs/s",
    note,
  }),
  benchFigure({
    part: "broker",
    name: "secured / plain (hooks cost < 10 %)",
    value: summary.ratio,
    unit: "ratio",
    goal: { op: ">=", value: round3(1 - summary.goal.maxOverheadPercent / 100) },
    note: failures ? `${failures} runs FAILED` : "same run",
  }),
];
for (const figure of figures) if (figure.goal) console.log(`goal: ${verdict(figure)}`);

await mkdir(dirname(args.out), { recursive: true });
await writeFile(
  args.out,
  `${JSON.stringify(
    {
      benchmark: "broker-publish-rate",
      date: new Date().toISOString(),
      machine: {
        node: process.version,
        platform: process.platform,
        arch: process.arch,
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        loadAverageBefore: loadBefore,
      },
      config,
      summary,
      figures,
      runs,
    },
    null,
    2,
  )}\n`,
);
console.log(`results: ${args.out}`);
// A run with errors measured something else than the hooks: say so in the exit code.
if (runs.some((r) => failed(r.result))) process.exitCode = 1;

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
