import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { constants, monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import { text } from "node:stream/consumers";
import { readSystemConfig, startSystem } from "@bulbcheck/api";
import { pino } from "pino";
import { z } from "zod";

/**
 * The whole Bulb Check system (store, ingester with group commit, embedded broker, HTTP API) as
 * the benches run it: in a process of its own, on free loopback ports. Its settings come on
 * stdin as one JSON object, so that the admin token never shows in a process list; its addresses
 * go to stdout as one JSON line. Without `dataDir` it works in a temp folder it removes at exit.
 */
const settings = z
  .object({
    adminToken: z.string().min(16),
    dataDir: z.string().optional(),
    /** Prints `{"stats": ...}` lines this often: memory and event-loop delay, for the soak. */
    statsEveryMs: z.number().int().positive().optional(),
    /** SQLite's synchronous setting, as BULBCHECK_DB_SYNC gives it. */
    databaseSync: z.enum(["normal", "full"]).default("full"),
    /**
     * BULBCHECK_MAX_CONNECTIONS_PER_ADDRESS: every simulated device connects from 127.0.0.1, so a
     * bench of more devices than the default cap (2,000 from one address) turns it off with 0.
     */
    maxConnectionsPerAddress: z.number().int().min(0).optional(),
    /**
     * BULBCHECK_BACKUP_DIR, with a week between scheduled backups: the backup bench asks for one
     * with SIGUSR2, and hears `{"backup": ...}` when it is written and checked.
     */
    backupDir: z.string().optional(),
  })
  .parse(JSON.parse(await text(process.stdin)));

const dataDir = settings.dataDir ?? mkdtempSync(join(tmpdir(), "bulbcheck-bench-"));
// The settings `pnpm start` would read, as the environment would give them: free ports, no
// WebSocket, no dashboard, no simulated fleet, the embedded broker.
const config = readSystemConfig({
  BULBCHECK_DATA_DIR: dataDir,
  BULBCHECK_MQTT_PORT: "0",
  BULBCHECK_WS_PORT: "off",
  BULBCHECK_API_PORT: "0",
  BULBCHECK_DASHBOARD_PORT: "off",
  BULBCHECK_ADMIN_TOKEN: settings.adminToken,
  BULBCHECK_SIM: "0",
  BULBCHECK_LOG_LEVEL: "warn",
  // The benches send thousands of requests a minute with one token: they measure the queries.
  BULBCHECK_RATE_LIMIT: "0",
  BULBCHECK_DB_SYNC: settings.databaseSync,
  ...(settings.maxConnectionsPerAddress === undefined
    ? {}
    : { BULBCHECK_MAX_CONNECTIONS_PER_ADDRESS: String(settings.maxConnectionsPerAddress) }),
  ...(settings.backupDir === undefined
    ? {}
    : { BULBCHECK_BACKUP_DIR: settings.backupDir, BULBCHECK_BACKUP_HOURS: "168" }),
});
const system = await startSystem(config, {
  logger: pino({ level: config.broker.logLevel }, pino.destination(2)),
});
process.stdout.write(
  `${JSON.stringify({
    apiUrl: system.apiUrl,
    mqttUrl: system.mqttUrl,
    databaseFile: config.databaseFile,
  })}\n`,
);

if (settings.statsEveryMs) reportStats(settings.statsEveryMs);
const { backups } = system;
if (backups)
  process.on("SIGUSR2", () => {
    const startedAt = performance.now();
    void backups.runNow().then((copy) => {
      const ms = performance.now() - startedAt;
      process.stdout.write(
        `${JSON.stringify({ backup: { ok: copy !== undefined, ms, ...copy } })}\n`,
      );
    });
  });

/** What only this process can measure of itself; each line covers the time since the last. */
function reportStats(everyMs: number): void {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  // Just after a full (mark-compact) collection the heap holds only what is alive: sampled
  // then, a leak shows as a trend that the sawtooth of the heap (and of RSS with it) hides.
  let afterFullGc: { heapUsed: number; rss: number } | undefined;
  const majorGc = new PerformanceObserver((list) => {
    const full = list
      .getEntries()
      .some(
        (entry) =>
          (entry as { detail?: { kind?: number } }).detail?.kind ===
          constants.NODE_PERFORMANCE_GC_MAJOR,
      );
    if (full) {
      const { heapUsed, rss } = process.memoryUsage();
      afterFullGc = { heapUsed, rss };
    }
  });
  majorGc.observe({ entryTypes: ["gc"] });
  // Started with --expose-gc (the connections bench), the figures are of live memory only.
  const gc = (globalThis as { gc?: () => void }).gc;
  const timer = setInterval(() => {
    gc?.();
    const memory = process.memoryUsage();
    const stats = {
      at: Date.now(),
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      // Where RSS beyond the live heap goes: V8's reserved heap, buffers, native allocations.
      heapTotal: memory.heapTotal,
      liveHeapAfterFullGc: afterFullGc?.heapUsed,
      rssAfterFullGc: afterFullGc?.rss,
      external: memory.external,
      arrayBuffers: memory.arrayBuffers,
      eventLoopDelayMs: {
        p50: delay.percentile(50) / 1e6,
        p99: delay.percentile(99) / 1e6,
        max: delay.max / 1e6,
      },
    };
    delay.reset();
    process.stdout.write(`${JSON.stringify({ stats })}\n`);
  }, everyMs);
  timer.unref();
}

process.once("SIGTERM", () => {
  system.stop().then(
    () => {
      if (!settings.dataDir) rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    },
    (error: unknown) => {
      console.error("stop failed:", error);
      process.exit(1);
    },
  );
});
