import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ADMIN_TOKEN } from "@bulbcheck/api/testing";
import { SteadyDevices } from "@bulbcheck/api/testing/steady-devices";
import {
  benchArgv,
  benchFigure,
  median,
  percentile,
  positive,
  round2,
  verdict,
} from "../kit/bench-stats.ts";
import { LoadSampler, loadWarning, machineInfo, writeResults } from "../kit/bench-util.ts";
import { REPO_DIR, resultsFile } from "../kit/paths.ts";
import { ServerProcess } from "../kit/server-process.ts";
import { buildBackupStore } from "./backup-store.ts";

/**
 * Publish-to-PUBACK latency while a backup runs: devices publish QoS 1 at a steady rate into the
 * system (in a process of its own) on a store of a few hundred MB; each run measures a window
 * without a backup, then one during a scheduled backup inside the server (step-wise on the
 * writer's connection, the integrity check in a worker), then one during `bulbcheck backup` from
 * another process (one snapshot). Figures: the medians of each window's p99 over the runs.
 *
 *   pnpm --filter @bulbcheck/bench backup -- --runs 3 --megabytes 300 --devices 20 --every-ms 20
 */
const { values: args } = parseArgs({
  args: benchArgv(),
  options: {
    runs: { type: "string", default: "3" },
    megabytes: { type: "string", default: "300" },
    devices: { type: "string", default: "20" },
    "every-ms": { type: "string", default: "20" },
    "baseline-seconds": { type: "string", default: "10" },
    out: { type: "string", default: resultsFile("backup-latency.json") },
  },
});
const config = {
  runs: positive("runs", args.runs),
  megabytes: positive("megabytes", args.megabytes),
  devices: positive("devices", args.devices),
  everyMs: positive("every-ms", args["every-ms"]),
  baselineSeconds: positive("baseline-seconds", args["baseline-seconds"]),
};
/** The goal: p99 from publish to PUBACK under this while a backup runs. */
const GOAL_P99_MS = 100;

const machine = machineInfo();
const sampler = new LoadSampler();
const warning = loadWarning();
if (warning) console.log(warning);

const dir = mkdtempSync(join(tmpdir(), "bulbcheck-bench-backup-"));
const dataDir = join(dir, "data");
const backupDir = join(dir, "backups");
interface Window {
  publishes: number;
  p50: number;
  p99: number;
  max: number;
  seconds: number;
}
interface BackupRun {
  run: number;
  without: Window;
  inServer: Window & { backupBytes: number };
  command: Window;
}
const runs: BackupRun[] = [];
let storeBytes = 0;
let server: ServerProcess | undefined;
let devices: SteadyDevices | undefined;
try {
  console.log(`building a store of about ${config.megabytes} MB ...`);
  mkdirSync(dataDir, { mode: 0o700 });
  storeBytes = buildBackupStore(join(dataDir, "bulbcheck.db"), config.megabytes);
  console.log(
    `backup latency: a ${Math.round(storeBytes / 1e6)} MB store, ${config.devices} devices publishing QoS 1 ` +
      `every ${config.everyMs} ms each, ${config.runs} runs`,
  );
  const backupLines: ((line: BackupLine) => void)[] = [];
  const started = await ServerProcess.startSystem(
    { adminToken: ADMIN_TOKEN, dataDir, backupDir },
    [],
    (line) => {
      const parsed = JSON.parse(line) as { backup?: BackupLine };
      if (parsed.backup) backupLines.shift()?.(parsed.backup);
    },
  );
  server = started.server;
  const { apiUrl, mqttUrl } = started.addresses;
  devices = await SteadyDevices.start({
    apiUrl,
    mqttUrl,
    count: config.devices,
    everyMs: config.everyMs,
  });
  const running = devices;
  const inServerBackup = () =>
    new Promise<BackupLine>((resolve) => {
      backupLines.push(resolve);
      server?.signal("SIGUSR2");
    });
  // Warm-up: connections settled, the JIT warm.
  await sleep(3000);
  for (let run = 1; run <= config.runs; run++) {
    const without = await windowOf(running, () => sleep(config.baselineSeconds * 1000));
    let copy: BackupLine | undefined;
    const inServer = await windowOf(running, async () => {
      copy = await inServerBackup();
    });
    if (!copy?.ok) throw new Error("the backup in the server failed: see its log above");
    const command = await windowOf(running, () =>
      bulbcheckBackup(join(backupDir, `command-${run}.db`)),
    );
    // Only the figures are kept: a few hundred MB a copy.
    rmSync(backupDir, { recursive: true, force: true });
    const entry = {
      run,
      without,
      inServer: { ...inServer, backupBytes: copy.bytes ?? 0 },
      command,
    };
    runs.push(entry);
    console.log(
      `run ${run}/${config.runs}  p99 without a backup ${without.p99} ms, ` +
        `during the server's ${inServer.p99} ms (${inServer.seconds} s), ` +
        `during bulbcheck backup ${command.p99} ms (${command.seconds} s)`,
    );
  }
} finally {
  await devices?.stop();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}

interface BackupLine {
  ok: boolean;
  ms: number;
  file?: string;
  bytes?: number;
}

/** The latencies of the publishes sent while `during` ran. */
async function windowOf(devices: SteadyDevices, during: () => Promise<void>): Promise<Window> {
  const from = performance.now();
  await during();
  const to = performance.now();
  const ms = devices.latencies
    .filter((l) => l.at >= from && l.at <= to)
    .map((l) => l.ms)
    .sort((a, b) => a - b);
  return {
    publishes: ms.length,
    p50: round2(percentile(ms, 50)),
    p99: round2(percentile(ms, 99)),
    max: round2(ms.at(-1) ?? Number.NaN),
    seconds: round2((to - from) / 1000),
  };
}

/** `pnpm -s bulbcheck backup FILE` from the checkout, as an operator runs it beside the server. */
async function bulbcheckBackup(file: string): Promise<void> {
  const child = spawn("pnpm", ["-s", "bulbcheck", "backup", file], {
    cwd: REPO_DIR,
    env: { ...process.env, BULBCHECK_DATA_DIR: dataDir },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`bulbcheck backup exited with ${code}`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const summary = {
  runs: runs.length,
  storeMegabytes: Math.round(storeBytes / 1e6),
  medianP99WithoutMs: round2(median(runs.map((r) => r.without.p99))),
  medianP99InServerMs: round2(median(runs.map((r) => r.inServer.p99))),
  medianP99CommandMs: round2(median(runs.map((r) => r.command.p99))),
  medianInServerSeconds: round2(median(runs.map((r) => r.inServer.seconds))),
  medianCommandSeconds: round2(median(runs.map((r) => r.command.seconds))),
};
const note = `median of ${runs.length} runs, a ${summary.storeMegabytes} MB store, ${config.devices} devices every ${config.everyMs} ms`;
const figures = [
  benchFigure({
    part: "backup",
    name: "publish to PUBACK p99 without a backup",
    value: summary.medianP99WithoutMs,
    unit: "ms",
    note,
  }),
  benchFigure({
    part: "backup",
    name: "publish to PUBACK p99 during a backup in the server",
    value: summary.medianP99InServerMs,
    unit: "ms",
    goal: { op: "<", value: GOAL_P99_MS },
    note: `${note}; the backup took ${summary.medianInServerSeconds} s`,
  }),
  benchFigure({
    part: "backup",
    name: "publish to PUBACK p99 during bulbcheck backup",
    value: summary.medianP99CommandMs,
    unit: "ms",
    goal: { op: "<", value: GOAL_P99_MS },
    note: `${note}; the command took ${summary.medianCommandSeconds} s`,
  }),
];
for (const figure of figures) console.log(verdict(figure));
machine.loadAverageAfter = loadavg().map(round2);
const loadDuring = sampler.stop();
console.log(
  `load average before ${machine.loadAverageBefore.join(" ")}, after ${machine.loadAverageAfter.join(" ")}; ` +
    `1-min load during the bench: min ${loadDuring.min}, mean ${loadDuring.mean}, max ${loadDuring.max}`,
);
await writeResults(args.out, {
  benchmark: "backup-latency",
  date: new Date().toISOString(),
  machine: { ...machine, loadAverageDuring: loadDuring },
  config,
  goal: { p99Ms: GOAL_P99_MS },
  summary,
  figures,
  runs,
});
console.log(`results: ${args.out}`);
