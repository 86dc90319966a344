import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { type LoadDevice, runLoad, startSim } from "@bulbcheck/device-sim";
import { z } from "zod";
import { benchArgv, median, percentile, positive, round2 } from "../kit/bench-stats.ts";
import { machineInfo } from "../kit/bench-util.ts";
import { ingestFleet, ingestPayloads } from "../kit/ingest-fleet.ts";
import { REPO_DIR, resultsFile } from "../kit/paths.ts";
import { ServerProcess } from "../kit/server-process.ts";

/**
 * The soak: the crash suite at its large size, then the whole system for `--minutes` under the
 * demo chain plus 1,000 load devices that disconnect and reconnect now and then. Every sample
 * prints the server's RSS, its event-loop delay, the WAL's size, and the broker's client count
 * next to the sockets the kernel really holds on the MQTT port; the end compares them with the
 * goals (RSS growth after warm-up under 1 MB per hour, event-loop delay p99 under 50 ms).
 *
 *   pnpm soak -- --minutes 60
 *   pnpm soak -- --minutes 5 --crash-rounds 0      (no crash suite)
 */
const { values: args } = parseArgs({
  args: benchArgv(),
  options: {
    minutes: { type: "string", default: "10" },
    devices: { type: "string", default: "1000" },
    /** Messages per second over all load devices. */
    rate: { type: "string", default: "500" },
    "sample-seconds": { type: "string", default: "10" },
    /** Samples before this are warm-up: caches fill, the WAL reaches its working size. */
    "warmup-minutes": { type: "string" },
    /** Rounds of random SIGKILLs in the crash suite; 0 skips it. */
    "crash-rounds": { type: "string", default: "20" },
    seed: { type: "string", default: "1" },
    out: {
      type: "string",
      default: resultsFile("soak.json"),
    },
  },
});

const minutes = positive("minutes", args.minutes);
const config = {
  minutes,
  devices: positive("devices", args.devices),
  rate: positive("rate", args.rate),
  sampleSeconds: positive("sample-seconds", args["sample-seconds"]),
  warmupMinutes: args["warmup-minutes"]
    ? positive("warmup-minutes", args["warmup-minutes"])
    : Math.min(10, Math.max(1, Math.round(minutes / 5))),
  crashRounds: Number(args["crash-rounds"]),
  seed: Number(args.seed),
};
if (!Number.isInteger(config.crashRounds) || config.crashRounds < 0)
  throw new RangeError(`--crash-rounds must be 0 or more, got ${args["crash-rounds"]}`);
if (config.warmupMinutes >= config.minutes)
  throw new RangeError("--warmup-minutes must be shorter than --minutes");

const ADMIN_TOKEN = "soak-admin-token-not-a-secret-0123";
/** Load devices run in this many groups; each group reconnects at its own moments. */
const GROUPS = 10;

const crash = runCrashSuite();
console.log(
  `\nsoak: ${config.minutes} min, demo chain + ${config.devices} load devices at ${config.rate} msgs/s, ` +
    `reconnecting in ${GROUPS} groups every 1-3 min; a sample every ${config.sampleSeconds} s, ` +
    `warm-up ${config.warmupMinutes} min`,
);

const dataDir = mkdtempSync(join(tmpdir(), "bulbcheck-soak-"));
const statsLine = z.object({
  stats: z.object({
    at: z.number(),
    rss: z.number(),
    heapUsed: z.number(),
    heapTotal: z.number(),
    liveHeapAfterFullGc: z.number().optional(),
    rssAfterFullGc: z.number().optional(),
    external: z.number(),
    eventLoopDelayMs: z.object({ p50: z.number(), p99: z.number(), max: z.number() }),
  }),
});
type ServerStats = z.infer<typeof statsLine>["stats"];
let latestStats: ServerStats | undefined;
const { server, addresses } = await ServerProcess.startSystem(
  { adminToken: ADMIN_TOKEN, dataDir, statsEveryMs: config.sampleSeconds * 1000 },
  [],
  (line) => {
    const parsed = statsLine.safeParse(safeJson(line));
    if (parsed.success) latestStats = parsed.data.stats;
  },
);
const mqttPort = Number(new URL(addresses.mqttUrl).port);

interface Sample {
  minute: number;
  rssMb: number;
  heapMb: number;
  heapTotalMb: number;
  /** The heap after the latest full collection: live objects only (null before the first). */
  liveHeapMb: number | null;
  /** RSS at the same moment: the floor of its sawtooth, where a leak would show first. */
  rssAfterFullGcMb: number | null;
  externalMb: number;
  /** The kernel's split of RSS: private memory (heap, malloc) and mapped files (code, SQLite's). */
  anonymousMb: number;
  fileMb: number;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  walMb: number;
  brokerClients: number;
  sockets: number;
  acked: number;
}
const samples: Sample[] = [];
const totals = { sent: 0, acked: 0, runs: 0, errors: {} as Record<string, number> };

const stop = new AbortController();
let sim: Awaited<ReturnType<typeof startSim>> | undefined;
try {
  const devices = await provisionLoadDevices();
  sim = await startSim({
    fleet: "demo",
    apiUrl: addresses.apiUrl,
    mqttUrl: addresses.mqttUrl,
    adminToken: ADMIN_TOKEN,
    secretsFile: join(dataDir, "sim-secrets.json"),
    speed: 30,
    seed: config.seed,
    log: () => undefined,
  });
  const started = Date.now();
  const groups = Array.from({ length: GROUPS }, (_, g) =>
    devices.filter((_, i) => i % GROUPS === g),
  );
  const loads = groups.map((group, g) => loadGroup(group, g, started));
  const sampler = sampleEvery(started);
  await new Promise((resolve) => setTimeout(resolve, config.minutes * 60_000));
  stop.abort();
  await Promise.all(loads);
  clearInterval(sampler);
} finally {
  stop.abort();
  await sim?.runner.stop();
}
// Quiet now: the broker's count and the kernel's must agree.
await new Promise((resolve) => setTimeout(resolve, 3000));
const settled = { brokerClients: await brokerClients(), sockets: establishedSockets(mqttPort) };
await server.stop();
rmSync(dataDir, { recursive: true, force: true });

const summary = summarize();
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(
  args.out,
  `${JSON.stringify({ at: new Date().toISOString(), machine: machineInfo(), config, crash, summary, samples }, null, 2)}\n`,
);
console.log(`\nresults written to ${args.out}`);

/** The crash suite at its large size, in a process of its own. */
function runCrashSuite(): { rounds: number; passed: boolean | null; seconds: number } {
  if (config.crashRounds === 0) {
    console.log("crash suite: skipped (--crash-rounds 0)");
    return { rounds: 0, passed: null, seconds: 0 };
  }
  console.log(`crash suite: ${config.crashRounds} rounds of random SIGKILLs (a few minutes)...`);
  const began = Date.now();
  const run = spawnSync("pnpm", ["exec", "vitest", "run", "server/src/crash.test.ts"], {
    cwd: REPO_DIR,
    stdio: "inherit",
    env: {
      ...process.env,
      BULBCHECK_CRASH_ROUNDS: String(config.crashRounds),
      BULBCHECK_CRASH_SEED: String(config.seed),
    },
  });
  const seconds = Math.round((Date.now() - began) / 1000);
  const passed = run.status === 0;
  console.log(`crash suite: ${passed ? "passed" : "FAILED"} in ${seconds} s`);
  return { rounds: config.crashRounds, passed, seconds };
}

async function provisionLoadDevices(): Promise<LoadDevice[]> {
  const fleet = ingestFleet(config.devices, 20);
  const response = await fetch(`${addresses.apiUrl}/api/fleet`, {
    method: "PUT",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify(fleet.document),
  });
  if (!response.ok) throw new Error(`provisioning failed: ${response.status}`);
  const { secrets } = (await response.json()) as { secrets: Record<string, string> };
  return fleet.devices.map((d) => ({ ...d, secret: secrets[d.id] as string }));
}

/** One group: connect, publish for 1-3 minutes, disconnect, and again, until the soak ends. */
async function loadGroup(devices: LoadDevice[], group: number, started: number): Promise<void> {
  let round = 0;
  while (!stop.signal.aborted) {
    const left = started + config.minutes * 60_000 - Date.now();
    if (left < 5000) return;
    const durationMs = Math.min(left, 60_000 + ((group * 7919 + round * 104_729) % 120_000));
    const result = await runLoad({
      url: addresses.mqttUrl,
      devices,
      qos: 1,
      rate: config.rate / GROUPS,
      durationMs,
      signal: stop.signal,
      payload: ingestPayloads(`soak-${group}-${round}`),
    });
    totals.runs += 1;
    totals.sent += result.sent;
    totals.acked += result.acked;
    for (const [kind, n] of Object.entries(result.errors))
      totals.errors[kind] = (totals.errors[kind] ?? 0) + n;
    round += 1;
  }
}

function sampleEvery(started: number): NodeJS.Timeout {
  return setInterval(async () => {
    const stats = latestStats;
    if (!stats) return;
    const memory = residentSplit(server.pid);
    const sample: Sample = {
      minute: round2((Date.now() - started) / 60_000),
      rssMb: round2(stats.rss / 2 ** 20),
      heapMb: round2(stats.heapUsed / 2 ** 20),
      heapTotalMb: round2(stats.heapTotal / 2 ** 20),
      liveHeapMb:
        stats.liveHeapAfterFullGc === undefined
          ? null
          : round2(stats.liveHeapAfterFullGc / 2 ** 20),
      rssAfterFullGcMb:
        stats.rssAfterFullGc === undefined ? null : round2(stats.rssAfterFullGc / 2 ** 20),
      externalMb: round2(stats.external / 2 ** 20),
      anonymousMb: round2(memory.anonymousKb / 1024),
      fileMb: round2(memory.fileKb / 1024),
      eventLoopP99Ms: round2(stats.eventLoopDelayMs.p99),
      eventLoopMaxMs: round2(stats.eventLoopDelayMs.max),
      walMb: round2(fileSize(`${addresses.databaseFile}-wal`) / 2 ** 20),
      brokerClients: await brokerClients(),
      sockets: establishedSockets(mqttPort),
      acked: totals.acked,
    };
    samples.push(sample);
    console.log(
      `${sample.minute.toFixed(1).padStart(6)} min  rss ${sample.rssMb.toFixed(1)} MB  heap ${sample.heapMb.toFixed(1)} of ${sample.heapTotalMb.toFixed(1)} MB (live ${sample.liveHeapMb?.toFixed(1) ?? "?"}, rss then ${sample.rssAfterFullGcMb?.toFixed(1) ?? "?"})  ` +
        `anon ${sample.anonymousMb.toFixed(1)} file ${sample.fileMb.toFixed(1)} MB  ` +
        `loop p99 ${sample.eventLoopP99Ms.toFixed(1)} ms  wal ${sample.walMb.toFixed(1)} MB  ` +
        `clients ${sample.brokerClients} / sockets ${sample.sockets}`,
    );
  }, config.sampleSeconds * 1000);
}

async function brokerClients(): Promise<number> {
  const response = await fetch(`${addresses.apiUrl}/api/health`).catch(() => undefined);
  const body = (await response?.json().catch(() => undefined)) as
    | { broker?: { clients?: number } }
    | undefined;
  return body?.broker?.clients ?? -1;
}

/** Established TCP connections whose local end is the MQTT port: the broker's side of each. */
function establishedSockets(port: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  let n = 0;
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state === "01" && local?.endsWith(`:${hexPort}`)) n++;
    }
  }
  return n;
}

/** RSS split as the kernel counts it now (`/proc/PID/smaps_rollup`); zeros where unreadable. */
function residentSplit(pid: number | undefined): { anonymousKb: number; fileKb: number } {
  let text = "";
  try {
    text = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
  } catch {
    return { anonymousKb: 0, fileKb: 0 };
  }
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0);
  return { anonymousKb: kb("Anonymous"), fileKb: kb("Rss") - kb("Anonymous") };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** Least-squares slope of `y` over `x`. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? Number.NaN : sxy / sxx;
}

function summarize() {
  const steady = samples.filter((s) => s.minute >= config.warmupMinutes);
  const growth = (of: (s: Sample) => number | null) =>
    round2(
      slope(
        steady.flatMap((s) => {
          const y = of(s);
          return y === null ? [] : [{ x: s.minute / 60, y }];
        }),
      ),
    );
  const rssGrowthMbPerHour = growth((s) => s.rssMb);
  // Every sample of RSS falls somewhere on the heap's sawtooth, and V8 resizes the heap as it
  // sees fit: the samples taken just after a full collection compare like with like.
  const rssAfterFullGcGrowthMbPerHour = growth((s) => s.rssAfterFullGcMb);
  const p99s = steady.map((s) => s.eventLoopP99Ms).sort((a, b) => a - b);
  const result = {
    samples: samples.length,
    steadySamples: steady.length,
    rssMb: { first: samples[0]?.rssMb, afterWarmup: steady[0]?.rssMb, last: samples.at(-1)?.rssMb },
    rssGrowthMbPerHour,
    rssAfterFullGcGrowthMbPerHour,
    // Where the growth is: V8's reserved heap, or private memory outside it, or mapped files.
    growthMbPerHour: {
      liveHeap: growth((s) => s.liveHeapMb),
      heapTotal: growth((s) => s.heapTotalMb),
      anonymousOutsideHeap: growth((s) => s.anonymousMb - s.heapTotalMb),
      file: growth((s) => s.fileMb),
    },
    eventLoopP99Ms: {
      median: round2(median(p99s)),
      p95OfSamples: round2(percentile(p99s, 95)),
      worst: p99s.at(-1),
    },
    walMbMax: Math.max(0, ...samples.map((s) => s.walMb)),
    clientsVersusSocketsWorstGap: Math.max(
      0,
      ...samples.map((s) => Math.abs(s.brokerClients - s.sockets)),
    ),
    settled,
    load: totals,
  };
  const rssOk = rssGrowthMbPerHour < 1;
  const rssFloorOk = rssAfterFullGcGrowthMbPerHour < 1;
  const loopOk = (result.eventLoopP99Ms.median ?? Infinity) < 50;
  console.log("\nsoak summary");
  console.log(
    `  RSS after warm-up ${result.rssMb.afterWarmup} MB -> ${result.rssMb.last} MB: ` +
      `${rssGrowthMbPerHour} MB/hour extrapolated (goal < 1): ${rssOk ? "met" : "NOT met"}`,
  );
  console.log(
    `  RSS just after full collections: ${rssAfterFullGcGrowthMbPerHour} MB/hour extrapolated ` +
      `(goal < 1): ${rssFloorOk ? "met" : "NOT met"}`,
  );
  console.log(
    `  of which V8's heap ${result.growthMbPerHour.heapTotal} (live objects ${result.growthMbPerHour.liveHeap}), other private memory ` +
      `${result.growthMbPerHour.anonymousOutsideHeap}, mapped files ${result.growthMbPerHour.file} MB/hour`,
  );
  console.log(
    `  event-loop delay p99: median ${result.eventLoopP99Ms.median} ms, worst sample ` +
      `${result.eventLoopP99Ms.worst} ms (goal < 50): ${loopOk ? "met" : "NOT met"}`,
  );
  console.log(`  WAL at most ${result.walMbMax} MB`);
  console.log(
    `  broker clients vs sockets: worst gap ${result.clientsVersusSocketsWorstGap} while reconnecting; ` +
      `after the load ${settled.brokerClients} vs ${settled.sockets}`,
  );
  console.log(
    `  load: ${totals.acked} of ${totals.sent} acknowledged in ${totals.runs} connection rounds; ` +
      `errors ${JSON.stringify(totals.errors)}`,
  );
  if (crash.rounds > 0)
    console.log(`  crash suite: ${crash.rounds} rounds, ${crash.passed ? "passed" : "FAILED"}`);
  if (steady.length < 3)
    console.log("  (few samples after warm-up: run longer for a growth figure worth quoting)");
  return {
    ...result,
    goals: { rssGrowth: rssOk, rssAfterFullGcGrowth: rssFloorOk, eventLoop: loopOk },
  };
}
