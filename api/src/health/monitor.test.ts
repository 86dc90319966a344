import { describe, expect, it } from "vitest";
import { NO_BACKUP } from "../store/backup-state-store.ts";
import { captureLog } from "../testing/log-capture.ts";
import type { HealthReadings } from "./conditions.ts";
import { HealthMonitor } from "./monitor.ts";

const MIN = 60_000;

describe("the health monitor", () => {
  it("logs a condition once when it begins and once when it ends, keeping its start", () => {
    const log = captureLog("info");
    let now = Date.parse("2026-03-02T12:00:00Z");
    let free = 10 * 1024 * 1024;
    const monitor = new HealthMonitor({
      logger: log.logger,
      now: () => now,
      everyMs: 3_600_000,
      limits: {
        diskMinFreeBytes: 100 * 1024 * 1024,
        channelFailedMs: 30 * MIN,
        backupMaxAgeMs: 0,
        ingestMaxWaitMs: 2000,
        recentMs: 5 * MIN,
      },
      read: (): HealthReadings => ({
        broker: { mode: "embedded", connected: true },
        freeBytes: free,
        failingChannels: [],
        dashboard: undefined,
        limitRefusals: [],
        backup: NO_BACKUP,
        commitWaits: [],
        queuedForMs: 0,
        storeFault: undefined,
      }),
    });
    const began = now;
    expect(monitor.check().status).toBe("degraded");
    now += 5 * MIN;
    const later = monitor.check();
    expect(later.conditions).toMatchObject([{ code: "disk_low", since: began }]);
    free = 500 * 1024 * 1024;
    now += 5 * MIN;
    expect(monitor.check()).toMatchObject({ status: "ok", conditions: [] });
    monitor.check();
    const said = log.lines.filter((line) => line.condition === "disk_low");
    expect(said.map((line) => line.level)).toEqual([40, 30]);
    expect(said[0]?.msg).toMatch(/^health: free space .* What to do: free space/);
    expect(said[0]?.detail).toBe("10 MB free, below 100 MB");
    expect(said[1]).toMatchObject({
      lastedMs: 10 * MIN,
      msg: expect.stringMatching(/over after 10 min/),
    });
  });
});
