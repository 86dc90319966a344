import { describe, expect, it } from "vitest";
import { NO_BACKUP } from "../store/backup-state-store.ts";
import { findConditions, type HealthLimits, type HealthReadings, statusOf } from "./conditions.ts";

const NOW = Date.parse("2026-03-02T12:00:00Z");
const MIN = 60_000;
const LIMITS: HealthLimits = {
  diskMinFreeBytes: 1024 * 1024 * 1024,
  channelFailedMs: 30 * MIN,
  backupMaxAgeMs: 0,
  ingestMaxWaitMs: 2000,
  recentMs: 5 * MIN,
};

function readings(change: Partial<HealthReadings> = {}): HealthReadings {
  return {
    broker: { mode: "embedded", connected: true },
    freeBytes: 50 * 1024 * 1024 * 1024,
    failingChannels: [],
    dashboard: { answering: true, since: NOW - 60 * MIN },
    limitRefusals: [],
    backup: NO_BACKUP,
    commitWaits: [],
    queuedForMs: 0,
    storeFault: undefined,
    ...change,
  };
}

const codes = (r: HealthReadings, limits = LIMITS) =>
  findConditions(r, limits, NOW).map((f) => f.code);

describe("the health rules", () => {
  it("find nothing wrong on a healthy node", () => {
    expect(findConditions(readings(), LIMITS, NOW)).toEqual([]);
    expect(statusOf([])).toBe("ok");
  });

  it("fail when the database refuses writes or the broker link is down", () => {
    const found = findConditions(
      readings({
        storeFault: { code: "SQLITE_FULL", message: "full", since: NOW - MIN, refused: 3 },
        broker: { mode: "external", connected: false },
      }),
      LIMITS,
      NOW,
    );
    expect(found.map((f) => [f.code, f.severity])).toEqual([
      ["database_write", "fail"],
      ["broker_link", "fail"],
    ]);
    expect(found[0]?.since).toBe(NOW - MIN);
    expect(statusOf(found)).toBe("fail");
  });

  it("degrade below the free-space threshold, and not when it is off or unreadable", () => {
    const low = readings({ freeBytes: 100 * 1024 * 1024 });
    const [finding] = findConditions(low, LIMITS, NOW);
    expect(finding).toMatchObject({ code: "disk_low", severity: "degraded" });
    expect(finding?.detail).toBe("100 MB free, below 1024 MB");
    expect(finding?.message).not.toMatch(/\d/);
    expect(codes(low, { ...LIMITS, diskMinFreeBytes: 0 })).toEqual([]);
    expect(codes(readings({ freeBytes: undefined }))).toEqual([]);
    expect(statusOf(findConditions(low, LIMITS, NOW))).toBe("degraded");
  });

  it("name a channel that has failed for longer than the setting, each apart, its address for admins only", () => {
    const channel = (id: number, minutes: number) => ({
      id,
      name: `hook ${id}`,
      kind: "webhook",
      firstFailedAt: NOW - minutes * MIN,
      failures: 4,
      lastError: "connect ECONNREFUSED 10.1.2.3:9",
    });
    const found = findConditions(
      readings({ failingChannels: [channel(1, 31), channel(2, 29), channel(3, 90)] }),
      LIMITS,
      NOW,
    );
    expect(found.map((f) => f.key)).toEqual(["channel_failing:1", "channel_failing:3"]);
    expect(found[0]?.message).toBe(
      "a notification channel has failed for 31 min: its messages do not arrive",
    );
    expect(found[0]?.detail).toContain("10.1.2.3");
    for (const f of found) expect(f.message).not.toMatch(/hook|10\.1/);
  });

  it("degrade while the dashboard does not answer, since the probe says", () => {
    const [finding] = findConditions(
      readings({ dashboard: { answering: false, since: NOW - 2 * MIN, error: "ECONNREFUSED" } }),
      LIMITS,
      NOW,
    );
    expect(finding).toMatchObject({ code: "dashboard_down", since: NOW - 2 * MIN });
    expect(codes(readings({ dashboard: undefined }))).toEqual([]);
  });

  it("degrade while connections were refused at the limits within the last minutes", () => {
    const refused = readings({
      limitRefusals: [
        { at: NOW - 10 * MIN, n: 5 },
        { at: NOW - 3 * MIN, n: 2 },
        { at: NOW - MIN, n: 1 },
      ],
    });
    const [finding] = findConditions(refused, LIMITS, NOW);
    expect(finding).toMatchObject({ code: "connections_refused", since: NOW - 3 * MIN });
    expect(finding?.detail).toBe("3 connections refused in the last 5 min");
    expect(codes(readings({ limitRefusals: [{ at: NOW - 6 * MIN, n: 9 }] }))).toEqual([]);
  });

  it("degrade when the last backup failed, and when the last good one is too old (if checked)", () => {
    const failed = readings({
      backup: {
        lastOkAt: NOW - 30 * MIN,
        lastOkFile: "/var/backups/b.db",
        lastOkBytes: 10,
        lastError: "ENOSPC",
        lastErrorAt: NOW - MIN,
      },
    });
    expect(codes(failed)).toEqual(["backup_failed"]);
    const day = { ...LIMITS, backupMaxAgeMs: 24 * 60 * MIN };
    const old = readings({
      backup: {
        ...failed.backup,
        lastOkAt: NOW - 25 * 60 * MIN,
        lastError: null,
        lastErrorAt: null,
      },
    });
    const [stale] = findConditions(old, day, NOW);
    expect(stale).toMatchObject({
      code: "backup_stale",
      since: NOW - 60 * MIN,
      message: "the last good backup is 25 h old",
    });
    expect(codes(old)).toEqual([]);
    expect(codes(readings(), day)).toEqual(["backup_stale"]);
  });

  it("degrade when messages waited longer than the threshold for their commit", () => {
    const slow = readings({
      commitWaits: [
        { at: NOW - 2 * MIN, n: 300 },
        { at: NOW - MIN, n: 4500 },
      ],
    });
    const [finding] = findConditions(slow, LIMITS, NOW);
    expect(finding).toMatchObject({ code: "ingest_backlog", since: NOW - MIN });
    expect(finding?.detail).toBe("up to 4.5 s from arrival to commit (threshold 2.0 s)");
    expect(codes(readings({ queuedForMs: 3000 }))).toEqual(["ingest_backlog"]);
    expect(codes(readings({ commitWaits: [{ at: NOW, n: 1999 }], queuedForMs: 1500 }))).toEqual([]);
  });
});
