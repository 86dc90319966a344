import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBackupState } from "@bulbcheck/api/store";
import { WAIT_MS } from "@bulbcheck/api/testing";
import { latencySummary, SteadyDevices } from "@bulbcheck/api/testing/steady-devices";
import { auditStore, openReadOnly } from "@bulbcheck/api/testing/store-audit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Children, freePort, startSystemChild } from "../testing/child-system.ts";
import { runCli } from "../testing/cli-child.ts";

/**
 * `bulbcheck backup` from another process while the real server (a child process) stores what
 * devices publish, and `bulbcheck restore` of that copy into the stopped data folder.
 */

const children = new Children();
let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "bulbcheck-backup-"));
});

afterEach(async () => {
  await children.killAll();
  rmSync(dataDir, { recursive: true, force: true });
});

async function startServer() {
  const [apiPort, mqttPort] = [await freePort(), await freePort()];
  const server = await startSystemChild(children, { dataDir, apiPort, mqttPort });
  return { ...server, mqttUrl: `mqtt://127.0.0.1:${mqttPort}` };
}

describe("bulbcheck backup and restore", () => {
  it(
    "copies a consistent database while devices publish, and restores every event acknowledged before it",
    async () => {
      const server = await startServer();
      const devices = await SteadyDevices.start({
        apiUrl: server.apiUrl,
        mqttUrl: server.mqttUrl,
        count: 4,
        everyMs: 5,
      });
      while (devices.acked.size < 200) await new Promise((resolve) => setTimeout(resolve, 20));

      const file = join(dataDir, "copies", "during-publishing.db");
      const ackedBefore = devices.ackedNow();
      const began = performance.now();
      const backup = await runCli(children, ["backup", file], { BULBCHECK_DATA_DIR: dataDir });
      const ended = performance.now();
      expect(backup.code, backup.output).toBe(0);
      expect(backup.output).toMatch(/integrity check ok/);
      const during = devices.latencies.filter((l) => l.at >= began && l.at <= ended);
      // A figure to read, not to assert: a time depends on the machine (pnpm bench backup).
      console.log(
        "publish to PUBACK during `bulbcheck backup` (ms):",
        latencySummary(during.map((l) => l.ms)),
      );
      expect(during.length).toBeGreaterThan(0);
      await devices.stop();

      // The outcome is in the live database, for health.
      const live = openReadOnly(join(dataDir, "bulbcheck.db"));
      expect(readBackupState(live)).toMatchObject({ lastOkFile: file, lastError: null });
      live.close();
      expect((await server.child.stop("SIGTERM", WAIT_MS)).code).toBe(0);

      const restore = await runCli(children, ["restore", file], { BULBCHECK_DATA_DIR: dataDir });
      expect(restore.code, restore.output).toBe(0);
      expect(restore.output).toMatch(/kept as .*bulbcheck\.db\.before-restore-/);
      const audit = auditStore(join(dataDir, "bulbcheck.db"));
      expect(audit.integrity).toBe("ok");
      const restored = new Set(audit.keys);
      const missing = [...ackedBefore].filter((key) => !restored.has(key));
      expect(missing).toEqual([]);
      // Nothing of the old database's WAL beside the restored one.
      expect(existsSync(join(dataDir, "bulbcheck.db-wal"))).toBe(false);
      expect(readdirSync(dataDir).filter((name) => name.includes("before-restore"))).toHaveLength(
        1,
      );

      // It starts on the restored data.
      const again = await startServer();
      const health = await fetch(`${again.apiUrl}/api/health`);
      expect(health.status).toBe(200);
    },
    4 * WAIT_MS,
  );

  it(
    "refuses to restore while the server runs on the data folder, and says what to do",
    async () => {
      const server = await startServer();
      const file = join(dataDir, "copy.db");
      const backup = await runCli(children, ["backup", file], { BULBCHECK_DATA_DIR: dataDir });
      expect(backup.code, backup.output).toBe(0);

      const refused = await runCli(children, ["restore", file], { BULBCHECK_DATA_DIR: dataDir });
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/server is running on .*: stop it first/);
      expect(readdirSync(dataDir).filter((name) => name.includes("before-restore"))).toEqual([]);
      // The server was not disturbed.
      expect((await fetch(`${server.apiUrl}/api/health`)).status).toBe(200);

      // Once it has stopped, the same restore goes through.
      expect((await server.child.stop("SIGTERM", WAIT_MS)).code).toBe(0);
      const restored = await runCli(children, ["restore", file], { BULBCHECK_DATA_DIR: dataDir });
      expect(restored.code, restored.output).toBe(0);
    },
    3 * WAIT_MS,
  );
});
