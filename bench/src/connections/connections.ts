import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type LoadDevice, runLoad } from "@bulbcheck/device-sim";
import type { FleetDocumentInput } from "@bulbcheck/shared";
import { z } from "zod";
import {
  findMosquitto,
  MOSQUITTO_MISSING,
  MOSQUITTO_SETTINGS,
  MosquittoPeer,
  mosquittoVersion,
} from "../ingest/mosquitto-peer.ts";
import { benchArgv, benchFigure, median, positive, round2, verdict } from "../kit/bench-stats.ts";
import {
  formatNumber,
  LoadSampler,
  loadWarning,
  machineInfo,
  provisionDevices,
  writeResults,
} from "../kit/bench-util.ts";
import { resultsFile } from "../kit/paths.ts";
import { ServerProcess } from "../kit/server-process.ts";

/**
 * Many idle devices at once: N devices connect (CONNECT with a 60 s keepalive, a secret checked
 * against its HMAC-SHA256, CONNACK) and stay connected past the first keepalive round (the load
 * engine sends a PINGREQ after 30 s without a write). The server process reports its own memory
 * after a forced GC (system-server.ts with --expose-gc); memory per connection is its RSS with
 * every device connected, less its RSS before, over the devices. Each run starts a fresh server
 * on the same provisioned store, so that memory one run freed but kept does not hide the next
 * one's.
 *
 * The load engine (this process) holds N client sockets and the server N others: two processes,
 * each well within the usual limit of open files.
 *
 * In each run, after the Bulb Check server, Mosquitto (the Debian package, when installed) with a
 * password file of the same N devices (`mosquitto_passwd -U`: PBKDF2-SHA512) takes the same N
 * CONNECTs from the same engine at the same concurrency; only its connect time is measured (it is
 * a C broker without the product's registry: its memory is no goal of ours). The goal of issue 16:
 * 10,000 devices connected in under 3 s.
 *
 *   pnpm --filter @bulbcheck/bench connections -- --devices 10000 --runs 3 --hold-seconds 40
 */
const { values: args } = parseArgs({
  args: benchArgv(),
  options: {
    runs: { type: "string", default: "3" },
    devices: { type: "string", default: "10000" },
    "hold-seconds": { type: "string", default: "40" },
    /** CONNECTs waiting for their CONNACK at once. */
    concurrency: { type: "string", default: "100" },
    out: {
      type: "string",
      default: resultsFile("connections.json"),
    },
  },
});

const config = {
  runs: positive("runs", args.runs),
  devices: positive("devices", args.devices),
  holdSeconds: positive("hold-seconds", args["hold-seconds"]),
  connectConcurrency: positive("concurrency", args.concurrency),
  keepaliveSeconds: 60,
};
/** The issue's goal: the broker's memory per connected device under this. */
const GOAL_KB_PER_CONNECTION = 20;
/** Issue 16's goal: every device connected (CONNACK received) within this many seconds. */
const GOAL_CONNECT_SECONDS = 3;
const DEVICES_PER_SITE = 20;
/** How often the server reports its memory. */
const STATS_EVERY_MS = 1000;
/** Time the fresh server gets to settle (caches, JIT, first sweep) before it is measured. */
const SETTLE_MS = 4000;

const statsLine = z.object({
  stats: z.object({ at: z.number(), rss: z.number(), heapUsed: z.number(), external: z.number() }),
});
type ServerStats = z.infer<typeof statsLine>["stats"];
const healthBody = z.object({ broker: z.object({ clients: z.number().optional() }) });

interface ConnectionsRun {
  run: number;
  connected: number;
  /** The broker's own count of clients while every device was connected. */
  brokerClients: number | undefined;
  connectMs: number;
  connectsPerSecond: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  kbPerConnection: number;
  heapKbPerConnection: number;
  /** The load engine's error counts: refused or timed-out CONNECTs, connections closed early. */
  errors: Record<string, number>;
  /** The same devices connecting to Mosquitto in the same run; absent when it is not installed. */
  mosquitto?: MosquittoRun;
}

interface MosquittoRun {
  connected: number;
  connectMs: number;
  connectsPerSecond: number;
  errors: Record<string, number>;
}

const openFiles = openFileLimit();
// Each of the two processes holds one socket per device, and a few hundred files besides.
if (openFiles !== undefined && openFiles < config.devices + 500) {
  console.error(
    `connections: the open-file limit is ${openFiles}, too low for ${config.devices} devices; ` +
      `raise it (ulimit -n ${config.devices + 1000}) or pass --devices ${Math.max(100, openFiles - 500)}`,
  );
  process.exit(1);
}

const machine = machineInfo();
const sampler = new LoadSampler();
const mosquittoBinary = findMosquitto();
const mosquitto = mosquittoBinary
  ? { binary: mosquittoBinary, version: mosquittoVersion(mosquittoBinary) }
  : null;
console.log(
  `connections: ${formatNumber.format(config.devices)} devices, keepalive ${config.keepaliveSeconds} s, ` +
    `${config.connectConcurrency} CONNECTs in flight, held ${config.holdSeconds} s; ${config.runs} runs, a fresh server each`,
);
console.log(
  mosquitto
    ? `peer: mosquitto ${mosquitto.version ?? "?"} (${mosquitto.binary}) with a password file of the same devices, a fresh one each run`
    : MOSQUITTO_MISSING,
);
const warning = loadWarning();
if (warning) console.log(warning);

const adminToken = randomBytes(24).toString("hex");
const dataDir = mkdtempSync(join(tmpdir(), "bulbcheck-connections-"));
const runs: ConnectionsRun[] = [];
try {
  const started = performance.now();
  const devices = await provision();
  console.log(
    `provisioned ${formatNumber.format(devices.length)} devices through PUT /api/fleet in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  for (let run = 1; run <= config.runs; run++) {
    const entry = await measure(run, devices);
    if (mosquitto) entry.mosquitto = await measureMosquitto(mosquitto.binary, devices);
    runs.push(entry);
    console.log(formatRun(entry));
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const failedRuns = runs.filter(failed).length;
const mosquittoRuns = runs.flatMap((r) => (r.mosquitto ? [r.mosquitto] : []));
const mosquittoFailedRuns = mosquittoRuns.filter(
  (r) => r.connected !== config.devices || Object.keys(r.errors).length > 0,
).length;
const mosquittoConnectSeconds =
  mosquittoRuns.length > 0 ? round2(median(mosquittoRuns.map((r) => r.connectMs)) / 1000) : null;
const summary = {
  runs: runs.length,
  failedRuns,
  medianKbPerConnection: round2(median(runs.map((r) => r.kbPerConnection))),
  medianHeapKbPerConnection: round2(median(runs.map((r) => r.heapKbPerConnection))),
  medianConnectSeconds: round2(median(runs.map((r) => r.connectMs)) / 1000),
  medianConnectsPerSecond: Math.round(median(runs.map((r) => r.connectsPerSecond))),
  medianConnected: median(runs.map((r) => r.connected)),
  mosquitto:
    mosquittoConnectSeconds === null
      ? null
      : {
          runs: mosquittoRuns.length,
          failedRuns: mosquittoFailedRuns,
          medianConnectSeconds: mosquittoConnectSeconds,
          medianConnectsPerSecond: Math.round(
            median(mosquittoRuns.map((r) => r.connectsPerSecond)),
          ),
          medianConnected: median(mosquittoRuns.map((r) => r.connected)),
        },
};
const connectRatio =
  mosquittoConnectSeconds === null || mosquittoConnectSeconds === 0
    ? null
    : round2(summary.medianConnectSeconds / mosquittoConnectSeconds);
const note = `${formatNumber.format(config.devices)} devices, median of ${runs.length} runs${failedRuns ? `; ${failedRuns} runs did not connect every device` : ""}`;
const figures = [
  benchFigure({
    part: "connections",
    name: `memory per connection (RSS)`,
    value: summary.medianKbPerConnection,
    unit: "KB",
    goal: { op: "<", value: GOAL_KB_PER_CONNECTION },
    note,
  }),
  benchFigure({
    part: "connections",
    name: "JS heap per connection",
    value: summary.medianHeapKbPerConnection,
    unit: "KB",
    note,
  }),
  benchFigure({
    part: "connections",
    name: `time to connect ${formatNumber.format(config.devices)}`,
    value: summary.medianConnectSeconds,
    unit: "s",
    // The goal is set for 10,000 devices; a smaller fleet is measured without it.
    ...(config.devices >= 10_000
      ? { goal: { op: "<" as const, value: GOAL_CONNECT_SECONDS } }
      : {}),
    note: `${formatNumber.format(summary.medianConnectsPerSecond)} CONNACKs/s, ${config.connectConcurrency} in flight; ${note}`,
  }),
  benchFigure({
    part: "connections",
    name: `Mosquitto (password file): time to connect ${formatNumber.format(config.devices)}`,
    value: summary.mosquitto?.medianConnectSeconds ?? null,
    unit: "s",
    note: summary.mosquitto
      ? `${formatNumber.format(summary.mosquitto.medianConnectsPerSecond)} CONNACKs/s, same engine and concurrency, same runs${summary.mosquitto.failedRuns ? `; ${summary.mosquitto.failedRuns} runs did not connect every device` : ""}`
      : MOSQUITTO_MISSING,
  }),
  benchFigure({
    part: "connections",
    name: "connect time, Bulb Check / Mosquitto",
    value: connectRatio,
    unit: "×",
    note: connectRatio === null ? MOSQUITTO_MISSING : "medians of the same runs",
  }),
  benchFigure({
    part: "connections",
    name: "devices connected",
    value: summary.medianConnected,
    unit: "devices",
    goal: { op: ">=", value: config.devices },
  }),
];
console.log(
  `\nmedian of ${runs.length} runs: ${summary.medianKbPerConnection} KB RSS per connection ` +
    `(${summary.medianHeapKbPerConnection} KB of JS heap), ${formatNumber.format(summary.medianConnected)} connected ` +
    `in ${summary.medianConnectSeconds} s (${formatNumber.format(summary.medianConnectsPerSecond)} per second)` +
    (summary.mosquitto
      ? `; Mosquitto with a password file: ${formatNumber.format(summary.mosquitto.medianConnected)} in ` +
        `${summary.mosquitto.medianConnectSeconds} s (${formatNumber.format(summary.mosquitto.medianConnectsPerSecond)} per second)`
      : ""),
);
for (const figure of figures) if (figure.goal) console.log(`goal: ${verdict(figure)}`);
machine.loadAverageAfter = loadavg().map(round2);
const loadDuring = sampler.stop();
console.log(
  `load average before ${machine.loadAverageBefore.join(" ")}, after ${machine.loadAverageAfter.join(" ")}; ` +
    `1-min load during the bench: min ${loadDuring.min}, mean ${loadDuring.mean}, max ${loadDuring.max}`,
);
await writeResults(args.out, {
  benchmark: "connections",
  date: new Date().toISOString(),
  machine: { ...machine, loadAverageDuring: loadDuring },
  config,
  goal: { kbPerConnection: GOAL_KB_PER_CONNECTION, connectSeconds: GOAL_CONNECT_SECONDS },
  peer: mosquitto
    ? {
        name: "mosquitto",
        version: mosquitto.version,
        settings: { ...MOSQUITTO_SETTINGS, allow_anonymous: false, password_file: "$7$ PBKDF2" },
      }
    : { name: "mosquitto", skipped: MOSQUITTO_MISSING },
  summary,
  figures,
  runs,
});
console.log(`results: ${args.out}`);

/**
 * The fleet: sites of 20 sensors each. Their heartbeat interval is an hour, so that no device
 * turns silent (and raises a `device_offline` defect) while the bench holds it idle.
 */
async function provision(): Promise<LoadDevice[]> {
  const siteCount = Math.ceil(config.devices / DEVICES_PER_SITE);
  const width = String(config.devices).length;
  const devices: Omit<LoadDevice, "secret">[] = [];
  const document: FleetDocumentInput = { sites: [] };
  for (let s = 0; s < siteCount; s++) {
    const site = `conn-site-${String(s + 1).padStart(String(siteCount).length, "0")}`;
    const siteDevices: FleetDocumentInput["sites"][number]["devices"] = [];
    for (
      let d = s * DEVICES_PER_SITE;
      d < Math.min(config.devices, (s + 1) * DEVICES_PER_SITE);
      d++
    ) {
      const id = `conn-${String(d + 1).padStart(width, "0")}`;
      devices.push({ id, site });
      siteDevices.push({ id, kind: "sensor", intervalSeconds: 3600 });
    }
    document.sites.push({ id: site, name: `Connections store ${s + 1}`, devices: siteDevices });
  }
  const { server, addresses } = await ServerProcess.startSystem({ adminToken, dataDir });
  try {
    return await provisionDevices(addresses.apiUrl, adminToken, document, devices);
  } finally {
    await server.stop();
  }
}

async function measure(run: number, devices: LoadDevice[]): Promise<ConnectionsRun> {
  let latest: ServerStats | undefined;
  const { server, addresses } = await ServerProcess.startSystem(
    // Every device connects from 127.0.0.1: the cap per address (2,000 by default, a store's
    // router) would refuse all but the first 2,000. The cap in all stays as configured.
    { adminToken, dataDir, statsEveryMs: STATS_EVERY_MS, maxConnectionsPerAddress: 0 },
    ["--expose-gc"],
    (line) => {
      const parsed = statsLine.safeParse(safeJson(line));
      if (parsed.success) latest = parsed.data.stats;
    },
  );
  try {
    await sleep(SETTLE_MS);
    const before = await nextStats(() => latest);
    const hold = new AbortController();
    let brokerClients: number | undefined;
    let after: ServerStats | undefined;
    let holding = false;
    const loaded = runLoad({
      url: addresses.mqttUrl,
      devices,
      qos: 1,
      // The engine has no idle mode: at this rate no device gets to publish within the hold,
      // and all that flows is the keepalive (PINGREQ after 30 s without a write).
      rate: 0.001,
      messagesPerDevice: 1,
      connectConcurrency: config.connectConcurrency,
      signal: hold.signal,
      // Called about once a second once every connection is up (or refused).
      onProgress: () => {
        if (holding) return;
        holding = true;
        void (async () => {
          await sleep(config.holdSeconds * 1000);
          brokerClients = await clientsOf(addresses.apiUrl);
          after = await nextStats(() => latest);
          hold.abort();
        })();
      },
    });
    const result = await loaded;
    if (!after) throw new Error("the hold ended before the server reported its memory");
    const connected = result.connected;
    const perConnection = (bytes: number) => (connected > 0 ? round2(bytes / connected / 1024) : 0);
    return {
      run,
      connected,
      brokerClients,
      connectMs: result.connectMs,
      connectsPerSecond: Math.round((connected * 1000) / Math.max(1, result.connectMs)),
      rssBeforeMb: mb(before.rss),
      rssAfterMb: mb(after.rss),
      heapBeforeMb: mb(before.heapUsed),
      heapAfterMb: mb(after.heapUsed),
      kbPerConnection: perConnection(after.rss - before.rss),
      heapKbPerConnection: perConnection(after.heapUsed - before.heapUsed),
      errors: result.errors,
    };
  } finally {
    await server.stop();
  }
}

/**
 * The same devices, engine and concurrency against a fresh Mosquitto with their password file;
 * the run ends once every CONNECT was answered.
 */
async function measureMosquitto(binary: string, devices: LoadDevice[]): Promise<MosquittoRun> {
  const peer = await MosquittoPeer.start(binary, {
    passwords: new Map(devices.map((d) => [d.id, d.secret])),
  });
  try {
    const done = new AbortController();
    const result = await runLoad({
      url: peer.url,
      devices,
      qos: 1,
      rate: 0.001,
      messagesPerDevice: 1,
      connectConcurrency: config.connectConcurrency,
      signal: done.signal,
      onProgress: () => done.abort(),
    });
    return {
      connected: result.connected,
      connectMs: result.connectMs,
      connectsPerSecond: Math.round((result.connected * 1000) / Math.max(1, result.connectMs)),
      errors: result.errors,
    };
  } finally {
    await peer.stop();
  }
}

function failed(run: ConnectionsRun): boolean {
  return run.connected !== config.devices || Object.keys(run.errors).length > 0;
}

function formatRun(r: ConnectionsRun): string {
  const problems = failed(r) ? `  FAILED ${JSON.stringify(r.errors)}` : "";
  return (
    [
      `run ${r.run}/${config.runs}`,
      `${formatNumber.format(r.connected)} connected in ${(r.connectMs / 1000).toFixed(2)} s`,
      `(broker counts ${r.brokerClients ?? "?"})`,
      `rss ${r.rssBeforeMb} -> ${r.rssAfterMb} MB`,
      `${r.kbPerConnection} KB per connection`,
      `heap ${r.heapBeforeMb} -> ${r.heapAfterMb} MB (${r.heapKbPerConnection} KB)`,
      ...(r.mosquitto
        ? [
            `mosquitto: ${formatNumber.format(r.mosquitto.connected)} connected in ${(r.mosquitto.connectMs / 1000).toFixed(2)} s` +
              (Object.keys(r.mosquitto.errors).length > 0
                ? ` FAILED ${JSON.stringify(r.mosquitto.errors)}`
                : ""),
          ]
        : []),
    ].join("  ") + problems
  );
}

/** The first stats line the server prints from now on (each one follows a forced GC). */
async function nextStats(latest: () => ServerStats | undefined): Promise<ServerStats> {
  const seen = latest()?.at;
  const deadline = Date.now() + 10 * STATS_EVERY_MS;
  while (Date.now() < deadline) {
    const now = latest();
    if (now && now.at !== seen) return now;
    await sleep(50);
  }
  throw new Error("the server reported no memory figures");
}

async function clientsOf(apiUrl: string): Promise<number | undefined> {
  const response = await fetch(`${apiUrl}/api/health`);
  return healthBody.parse(await response.json()).broker.clients;
}

function mb(bytes: number): number {
  return round2(bytes / 2 ** 20);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** The soft limit of open files of this process (and of the server, which inherits it); Linux. */
function openFileLimit(): number | undefined {
  try {
    const line = readFileSync("/proc/self/limits", "utf8")
      .split("\n")
      .find((l) => l.startsWith("Max open files"));
    const soft = line?.split(/\s{2,}/)[1];
    return soft === undefined || soft === "unlimited" ? undefined : Number(soft);
  } catch {
    return undefined;
  }
}
