import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { countEvents } from "@bulbcheck/api/store";
import { type LoadDevice, runLoad } from "@bulbcheck/device-sim";
import Database from "better-sqlite3";
import { z } from "zod";
import { BrokerProcess } from "../broker/broker-process.ts";
import {
  type BenchFigure,
  benchArgv,
  benchFigure,
  positive,
  round2,
  verdict,
} from "../kit/bench-stats.ts";
import {
  formatNumber,
  LoadSampler,
  loadWarning,
  machineInfo,
  provisionDevices,
  withCpu,
  withProcessCpu,
  writeResults,
} from "../kit/bench-util.ts";
import { ingestFleet, ingestPayloads, PAYLOAD_MIX } from "../kit/ingest-fleet.ts";
import { resultsFile } from "../kit/paths.ts";
import { ServerProcess } from "../kit/server-process.ts";
import { measureStoreAlone } from "./ingest-stages.ts";
import {
  failed,
  formatRun,
  formatStoreRun,
  formatSummary,
  type IngestCheck,
  type IngestRun,
  type IngestServer,
  type StoreRun,
  storeFailed,
  summarizeIngest,
} from "./ingest-summary.ts";
import {
  findMosquitto,
  MOSQUITTO_MISSING,
  MOSQUITTO_SETTINGS,
  MosquittoPeer,
  mosquittoVersion,
} from "./mosquitto-peer.ts";

/**
 * The end-to-end ingest rate of Bulb Check (embedded broker, PUBACK only after the event and the
 * defect rules it triggers are committed to SQLite) beside mosquitto's raw QoS 1 accept rate, with
 * the same load generator and the same load in the same run. Each server runs in a process of its
 * own, the load engine in this one; runs alternate and the medians are compared. After every Bulb
 * Check run the database file is counted: the store must hold every acknowledged message.
 *
 * To show where the time goes, each round also measures the two stages of an end-to-end publish
 * apart: the secured broker alone (src/broker/secured-server.ts: our hooks, nothing stored) with
 * the same devices, secrets and load, and the ingest stage alone (ingester, rules, SQLite with the
 * same --db-sync; no MQTT) in this process on a fresh database. The two share one event loop in
 * Bulb Check, so 1 / (1/broker + 1/store) is the most one thread doing both could reach; the
 * summary sets that ceiling beside mosquitto's rate and Bulb Check's.
 *
 *   pnpm --filter @bulbcheck/bench ingest -- --runs 5 --messages 100000
 */
const { values: args } = parseArgs({
  args: benchArgv(),
  options: {
    runs: { type: "string", default: "5" },
    messages: { type: "string", default: "100000" },
    devices: { type: "string", default: "50" },
    "devices-per-site": { type: "string", default: "5" },
    inflight: { type: "string", default: "32" },
    /** Writes a V8 CPU profile of the Bulb Check process into this folder. */
    "cpu-prof": { type: "string" },
    /** SQLite's synchronous setting to measure with (BULBCHECK_DB_SYNC): `full` or `normal`. */
    "db-sync": { type: "string", default: "full" },
    out: {
      type: "string",
      default: resultsFile("ingest-rate.json"),
    },
  },
});

const config = {
  runs: positive("runs", args.runs),
  messages: positive("messages", args.messages),
  devices: positive("devices", args.devices),
  devicesPerSite: positive("devices-per-site", args["devices-per-site"]),
  inflightPerDevice: positive("inflight", args.inflight),
  qos: 1 as const,
};
/** The ingester's counters, as `GET /api/health` reports them. */
const ingestStats = z.object({
  ingest: z.object({
    messages: z.number(),
    batches: z.number(),
    stored: z.number(),
    duplicates: z.number(),
    rejected: z.number(),
  }),
});

/** The issue's absolute goal on a 2-core machine. */
const MIN_RATE = 40_000;

/** A first, unrecorded run per server lets the JIT (and SQLite's cache) settle. */
const WARMUP_MESSAGES = Math.min(30_000, config.messages);

const machine = machineInfo();
const sampler = new LoadSampler();
const mosquittoBinary = findMosquitto();
const mosquitto = mosquittoBinary
  ? { binary: mosquittoBinary, version: mosquittoVersion(mosquittoBinary) }
  : null;

console.log(
  `ingest rate: ${config.devices} devices on ${Math.ceil(config.devices / config.devicesPerSite)} sites, ` +
    `QoS 1, window ${config.inflightPerDevice}, ${formatNumber.format(config.messages)} messages per run, ` +
    `${config.runs} runs per server`,
);
console.log(
  `payloads: health, ${pct(PAYLOAD_MIX.ok)} ok, ${pct(PAYLOAD_MIX.flicker)} flicker faults (open, then ` +
    `resolved), ${pct(PAYLOAD_MIX.brokenLamp)} a broken lamp (opens, merges, refreshes)`,
);
if (mosquitto) {
  console.log(
    `peer: mosquitto ${mosquitto.version ?? "?"} (${mosquitto.binary}), ${Object.entries(
      MOSQUITTO_SETTINGS,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
} else console.log(MOSQUITTO_MISSING);
const warning = loadWarning();
if (warning) console.log(warning);

const adminToken = randomBytes(24).toString("hex");
const cpuProf = args["cpu-prof"];
const databaseSync = args["db-sync"];
if (databaseSync !== "normal" && databaseSync !== "full")
  throw new RangeError(`--db-sync must be normal or full, got ${databaseSync}`);
const { server: system, addresses } = await ServerProcess.startSystem(
  { adminToken, databaseSync },
  cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${resolve(cpuProf)}`] : [],
);
let peer: MosquittoPeer | undefined;
let broker: BrokerProcess | undefined;
const fleet = ingestFleet(config.devices, config.devicesPerSite);
const runs: IngestRun[] = [];
const storeRuns: StoreRun[] = [];
let defects: { open: number; sites: number } | undefined;
try {
  const devices = await provisionDevices(
    addresses.apiUrl,
    adminToken,
    fleet.document,
    fleet.devices,
  );
  peer = mosquitto ? await MosquittoPeer.start(mosquitto.binary) : undefined;
  broker = await BrokerProcess.start("./secured-server.ts", devices);
  const servers: IngestServer[] = peer
    ? ["bulbcheck", "mosquitto", "broker"]
    : ["bulbcheck", "broker"];
  const store = new Database(addresses.databaseFile, { readonly: true, fileMustExist: true });
  try {
    const load = (
      server: IngestServer,
      messages: number,
      runTag: string,
    ): Promise<Omit<IngestRun, "server" | "run">> =>
      server === "bulbcheck"
        ? measureBulbCheck(devices, store, messages, runTag)
        : measurePeer(server, devices, messages, runTag);
    // The store stage commits as many publishes at a time as the end-to-end run just before it
    // did (its mean batch): a commit, and under --db-sync full its fsync, is paid per batch, so a
    // fixed size would flatter or penalize the stage as the fleet and window options change.
    let lastBatch = 0;
    const storeAlone = (messages: number, runTag: string, batchSize: number) =>
      measureStoreAlone({
        fleet: fleet.document,
        devices,
        messages,
        batchSize,
        runTag,
        synchronous: databaseSync,
      });
    for (const server of servers) {
      const warm = await load(server, WARMUP_MESSAGES, "warmup");
      if (failed(warm))
        throw new Error(
          `the ${server} warm-up failed: ${formatRun({ ...warm, server, run: 0 }, 0)}`,
        );
      if (warm.check) lastBatch = batchOf(warm.check);
    }
    const warmStore = await storeAlone(WARMUP_MESSAGES, "warmup", lastBatch);
    if (storeFailed(warmStore))
      throw new Error(`the store warm-up failed: ${formatStoreRun({ ...warmStore, run: 0 }, 0)}`);
    for (let run = 1; run <= config.runs; run++) {
      for (const server of servers) {
        const entry: IngestRun = {
          server,
          run,
          ...(await load(server, config.messages, `r${run}`)),
        };
        runs.push(entry);
        console.log(formatRun(entry, config.runs));
        if (entry.check) lastBatch = batchOf(entry.check);
      }
      const entry: StoreRun = { run, ...(await storeAlone(config.messages, `r${run}`, lastBatch)) };
      storeRuns.push(entry);
      console.log(formatStoreRun(entry, config.runs));
    }
  } finally {
    store.close();
  }
  defects = await openDefects(addresses.apiUrl);
} finally {
  await Promise.all([system.stop(), peer?.stop(), broker?.stop()]);
}

const summary = summarizeIngest(runs, storeRuns, mosquitto !== null);
console.log(`\n${formatSummary(summary)}`);
if (defects)
  console.log(
    `rules applied: ${formatNumber.format(defects.open)} defects open on ${defects.sites} sites at the end`,
  );
const figures = ingestFigures();
for (const figure of figures) if (figure.goal) console.log(`goal: ${verdict(figure)}`);
machine.loadAverageAfter = loadavg().map(round2);
const loadDuring = sampler.stop();
console.log(
  `load average before ${machine.loadAverageBefore.join(" ")}, after ${machine.loadAverageAfter.join(" ")}; ` +
    `1-min load during the bench: min ${loadDuring.min}, mean ${loadDuring.mean}, max ${loadDuring.max}`,
);

await writeResults(args.out, {
  benchmark: "ingest-rate",
  date: new Date().toISOString(),
  machine: { ...machine, loadAverageDuring: loadDuring },
  config: { ...config, warmupMessages: WARMUP_MESSAGES, payloadMix: PAYLOAD_MIX, databaseSync },
  peer: mosquitto
    ? { name: "mosquitto", version: mosquitto.version, settings: MOSQUITTO_SETTINGS }
    : { name: "mosquitto", skipped: MOSQUITTO_MISSING },
  summary,
  figures,
  openDefectsAtEnd: defects,
  runs,
  storeRuns,
});
console.log(`results: ${args.out}`);
// A run that lost or refused anything measured something else: say so in the exit code.
if (runs.some(failed) || storeRuns.some(storeFailed)) process.exitCode = 1;

/** The store stage's batch size from an end-to-end run: its mean batch, at least one. */
function batchOf(check: IngestCheck): number {
  return Math.max(1, Math.round(check.meanBatch));
}

function loadOptions(url: string, devices: LoadDevice[], messages: number, runTag: string) {
  return {
    url,
    devices,
    totalMessages: messages,
    qos: config.qos,
    inflightPerDevice: config.inflightPerDevice,
    payload: ingestPayloads(runTag),
  };
}

/** A run against mosquitto or the broker alone: nothing to check beyond the PUBACKs. */
async function measurePeer(
  server: "mosquitto" | "broker",
  devices: LoadDevice[],
  messages: number,
  runTag: string,
) {
  const url = (server === "mosquitto" ? peer?.url : broker?.url) as string;
  const pid = server === "mosquitto" ? peer?.pid : broker?.pid;
  const measured = await withProcessCpu(pid, () =>
    withCpu(() => runLoad(loadOptions(url, devices, messages, runTag))),
  );
  const { value: result, cpuPercent } = measured.value;
  return { result, loadCpuPercent: cpuPercent, serverCpuPercent: measured.cpuPercent };
}

async function health(): Promise<z.infer<typeof ingestStats>["ingest"]> {
  const response = await fetch(`${addresses.apiUrl}/api/health`);
  return ingestStats.parse(await response.json()).ingest;
}

async function measureBulbCheck(
  devices: LoadDevice[],
  store: Database.Database,
  messages: number,
  runTag: string,
) {
  const before = await health();
  const eventsBefore = countEvents(store);
  const measured = await withProcessCpu(system.pid, () =>
    withCpu(() => runLoad(loadOptions(addresses.mqttUrl, devices, messages, runTag))),
  );
  const { value: result, cpuPercent } = measured.value;
  // Every PUBACK left after its commit, so the store is complete the moment the load is done.
  const eventsInStore = countEvents(store) - eventsBefore;
  const after = await health();
  const batches = after.batches - before.batches;
  const received = after.messages - before.messages;
  const check: IngestCheck = {
    batches,
    messages: received,
    meanBatch: batches > 0 ? round2(received / batches) : 0,
    stored: after.stored - before.stored,
    duplicates: after.duplicates - before.duplicates,
    rejected: after.rejected - before.rejected,
    eventsInStore,
  };
  return { result, loadCpuPercent: cpuPercent, serverCpuPercent: measured.cpuPercent, check };
}

async function openDefects(apiUrl: string): Promise<{ open: number; sites: number }> {
  const response = await fetch(`${apiUrl}/api/sites`, {
    headers: { authorization: `Bearer ${adminToken}` },
  });
  const { items } = z
    .object({ items: z.array(z.object({ openDefects: z.number() })) })
    .parse(await response.json());
  return { open: items.reduce((n, s) => n + s.openDefects, 0), sites: items.length };
}

/** The rows of the suite's table; the ratio is the issue's comparison, in the same run. */
function ingestFigures(): BenchFigure[] {
  const note = `median of ${summary.bulbcheck.runs} runs of ${formatNumber.format(config.messages)} messages`;
  const failures = summary.bulbcheck.failedRuns + (summary.mosquitto?.failedRuns ?? 0);
  const failedNote = failures
    ? `; ${failures} runs FAILED (lost, refused or unstored messages)`
    : "";
  return [
    benchFigure({
      part: "ingest",
      name: "Bulb Check end to end (QoS 1, stored, rules)",
      value: summary.bulbcheck.medianRate,
      unit: "events/s",
      goal: { op: ">=", value: MIN_RATE },
      note: note + failedNote,
    }),
    benchFigure({
      part: "ingest",
      name: "Mosquitto raw QoS 1 accept rate",
      value: summary.mosquitto?.medianRate ?? null,
      unit: "events/s",
      note: summary.mosquitto ? `${note}, same load generator` : MOSQUITTO_MISSING,
    }),
    benchFigure({
      part: "ingest",
      name: "Bulb Check / Mosquitto",
      value: summary.ratio,
      unit: "ratio",
      goal: { op: ">=", value: summary.goal.minRatio },
      note: summary.ratio === null ? MOSQUITTO_MISSING : `same run, runs alternating${failedNote}`,
    }),
    benchFigure({
      part: "ingest",
      name: "Bulb Check publish to PUBACK p99",
      value: summary.bulbcheck.medianP99Ms,
      unit: "ms",
      note: `window ${config.inflightPerDevice} per device, ${config.devices} devices`,
    }),
    benchFigure({
      part: "ingest",
      name: "Secured broker alone (QoS 1, nothing stored)",
      value: summary.broker.medianRate,
      unit: "events/s",
      note: `${note}, same devices and load${failedOf(summary.broker.failedRuns)}`,
    }),
    benchFigure({
      part: "ingest",
      name: "Ingest stage alone (rules + SQLite, no MQTT)",
      value: summary.store.medianRate,
      unit: "events/s",
      note:
        `median of ${summary.store.runs} runs, commits of the end-to-end mean batch ` +
        `(${formatNumber.format(summary.store.medianBatch)}), synchronous ${databaseSync}` +
        failedOf(summary.store.failedRuns),
    }),
    benchFigure({
      part: "ingest",
      name: "One-thread ceiling / Mosquitto",
      value: summary.stages.ceilingRatio,
      unit: "ratio",
      note:
        `ceiling 1/(1/broker + 1/store) = ${formatNumber.format(summary.stages.ceiling)} events/s; ` +
        `Bulb Check reaches ${summary.stages.reached.toFixed(3)} of it` +
        (summary.stages.ceilingRatio === null ? `; ${MOSQUITTO_MISSING}` : ""),
    }),
  ];
}

function failedOf(runs: number): string {
  return runs ? `; ${runs} runs FAILED` : "";
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}
