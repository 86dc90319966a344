import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { readBackupState } from "../store/backup-state-store.ts";
import type { Db } from "../store/database.ts";
import { captureLog } from "../testing/log-capture.ts";
import { latencySummary, SteadyDevices } from "../testing/steady-devices.ts";
import { auditStore } from "../testing/store-audit.ts";
import { eventually, startTestSystem, type TestSystem } from "../testing/test-system.ts";
import { restoreDatabase } from "./restore.ts";

/** Scheduled backups in the real system: checked copies, the last N kept, failures recorded. */

let t: TestSystem | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const HOUR = 3_600_000;

function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma("integrity_check", { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** Enough pages that a copy takes many steps, with the event loop running between them. */
function addBallast(db: Db): void {
  const blob = "x".repeat(4000);
  db.exec("CREATE TABLE ballast (b TEXT)");
  const insert = db.prepare("INSERT INTO ballast VALUES (?)");
  db.transaction(() => {
    for (let i = 0; i < 10_000; i++) insert.run(blob);
  })();
}

describe("scheduled backups", () => {
  it("copy a consistent database while devices publish, which restores with every event acknowledged before it", async () => {
    t = await startTestSystem({ backup: { schedule: { everyMs: HOUR, keep: 7 } } });
    const { system } = t;
    await eventually("the first backup", () => readBackupState(system.db).lastOkFile ?? undefined);
    addBallast(system.db);
    const devices = await SteadyDevices.start({
      apiUrl: system.apiUrl,
      mqttUrl: system.mqttUrl,
      count: 4,
      everyMs: 5,
    });
    await eventually("publishes acknowledged", () =>
      devices.acked.size >= 200 ? true : undefined,
    );
    const ackedBefore = devices.ackedNow();
    const began = performance.now();
    const copy = await system.backups?.runNow();
    const ended = performance.now();
    const during = devices.latencies.filter((l) => l.at >= began && l.at <= ended);
    await devices.stop();
    // A figure to read, not to assert: a time depends on the machine (pnpm bench backup).
    console.log(
      "publish to PUBACK during a backup in the server (ms):",
      latencySummary(during.map((l) => l.ms)),
    );
    expect(copy).toBeDefined();
    // Devices went on publishing while the copy was taken.
    expect(during.length).toBeGreaterThan(0);

    const elsewhere = mkdtempSync(join(tmpdir(), "bulbcheck-restored-"));
    try {
      const databaseFile = join(elsewhere, "bulbcheck.db");
      await restoreDatabase({ databaseFile, from: copy?.file as string });
      const audit = auditStore(databaseFile);
      expect(audit.integrity).toBe("ok");
      const restored = new Set(audit.keys);
      expect([...ackedBefore].filter((key) => !restored.has(key))).toEqual([]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it("takes one at start, keeps the newest N of its own and nothing else of the folder's", async () => {
    t = await startTestSystem({ backup: { schedule: { everyMs: HOUR, keep: 2 } } });
    const { system, dataDir } = t;
    const dir = join(dataDir, "backups");
    // The first is due at once: there is no good one yet.
    const first = await eventually(
      "the first backup",
      () => readBackupState(system.db).lastOkFile ?? undefined,
    );
    writeFileSync(join(dir, "notes.txt"), "an operator's file");
    writeFileSync(join(dir, "before-migration-11-to-12-2026-01-01T00-00-00.000Z.db"), "");
    const second = await system.backups?.runNow();
    const third = await system.backups?.runNow();
    expect(second && third).toBeTruthy();
    const names = readdirSync(dir).sort();
    expect(names.filter((name) => name.startsWith("bulbcheck-"))).toEqual(
      [second?.file, third?.file].map((file) => (file as string).slice(dir.length + 1)),
    );
    expect(names).not.toContain(first.slice(dir.length + 1));
    expect(names).toContain("notes.txt");
    expect(names).toContain("before-migration-11-to-12-2026-01-01T00-00-00.000Z.db");
    expect(integrity(third?.file as string)).toBe("ok");
    expect(readBackupState(system.db)).toMatchObject({
      lastOkFile: third?.file,
      lastOkBytes: third?.bytes,
      lastError: null,
    });
  });

  it("logs a failed backup with its reason and records it for health", async () => {
    const { logger, lines } = captureLog("info");
    const dataDir = mkdtempSync(join(tmpdir(), "bulbcheck-test-"));
    // A file where the backup folder should be.
    const dir = join(dataDir, "in-the-way");
    writeFileSync(dir, "");
    t = await startTestSystem({
      dataDir,
      logger,
      backup: { dir, schedule: { everyMs: HOUR, keep: 7 } },
    });
    const state = await eventually("the failure recorded", () => {
      const s = readBackupState((t as TestSystem).system.db);
      return s.lastError ? s : undefined;
    });
    expect(state.lastError).toMatch(/EEXIST/);
    expect(state.lastOkAt).toBeNull();
    expect(lines).toContainEqual(
      expect.objectContaining({ part: "backup", msg: "backup failed", reason: state.lastError }),
    );
  });

  it("is abandoned by a stop, leaving no copy under any name", async () => {
    t = await startTestSystem({ backup: { schedule: { everyMs: HOUR, keep: 7 } } });
    const { system, dataDir } = t;
    await eventually("the first backup", () => readBackupState(system.db).lastOkFile ?? undefined);
    addBallast(system.db);
    const before = readdirSync(join(dataDir, "backups"));
    const running = system.backups?.runNow();
    await system.backups?.stop();
    expect(await running).toBeUndefined();
    expect(readdirSync(join(dataDir, "backups"))).toEqual(before);
  });
});
