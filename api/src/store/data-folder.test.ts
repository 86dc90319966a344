import { chmodSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { captureLog } from "../testing/log-capture.ts";
import { ADMIN_USERNAME, startTestSystem } from "../testing/test-system.ts";

/**
 * The data folder holds the QR server key, webhook secrets, chat webhook URLs and the generated
 * admin secrets: the system makes it readable by its own user alone, and says so at start when
 * someone made it wider.
 */

const parent = mkdtempSync(join(tmpdir(), "bulbcheck-modes-"));

afterAll(() => {
  rmSync(parent, { recursive: true, force: true });
});

const modeOf = (path: string) => `0${(statSync(path).mode & 0o777).toString(8)}`;

describe("the data folder", () => {
  it("is made 0700, and the database, its WAL and shared memory and the generated secrets 0600", async () => {
    const dataDir = join(parent, "fresh", "data");
    // The first admin's password is generated, and kept in the folder for its owner.
    const t = await startTestSystem({
      dataDir,
      adminUser: { username: ADMIN_USERNAME, password: undefined },
    });
    try {
      expect(modeOf(dataDir)).toBe("0700");
      const files = ["bulbcheck.db", "bulbcheck.db-wal", "bulbcheck.db-shm", "admin-password"];
      expect(Object.fromEntries(files.map((f) => [f, modeOf(join(dataDir, f))]))).toEqual(
        Object.fromEntries(files.map((f) => [f, "0600"])),
      );
    } finally {
      await t.stop();
    }
  });

  it("is checked at start: what others may read is named in a warning, with the fix", async () => {
    const dataDir = join(parent, "opened-up");
    const first = await startTestSystem({ dataDir });
    await first.system.stop();
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, "bulbcheck.db"), 0o644);
    const { logger, lines } = captureLog("warn");
    const again = await startTestSystem({ dataDir, logger });
    try {
      const warning = lines.find((line) => line.msg.includes("the data folder holds"));
      expect(warning, JSON.stringify(lines)).toBeDefined();
      expect(warning?.msg).toContain(`${dataDir} (0755)`);
      expect(warning?.msg).toContain(`${join(dataDir, "bulbcheck.db")} (0644)`);
      expect(warning?.msg).toContain(`chmod 700 ${dataDir}`);
      expect(warning?.msg).toContain(`chmod 600 ${join(dataDir, "bulbcheck.db")}`);
      // What it found is left for its owner to fix: a wider mode may be on purpose.
      expect(modeOf(dataDir)).toBe("0755");
    } finally {
      await again.stop();
    }
  });

  it("says nothing when it is private", async () => {
    const { logger, lines } = captureLog("warn");
    const t = await startTestSystem({ dataDir: join(parent, "private"), logger });
    try {
      expect(lines.filter((line) => line.msg.includes("data folder"))).toEqual([]);
    } finally {
      await t.stop();
    }
  });
});
