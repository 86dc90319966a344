import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { backupSnapshot } from "@bulbcheck/api/backup";
import { openDatabase } from "@bulbcheck/api/store";
import { auditStore } from "@bulbcheck/api/testing/store-audit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

/**
 * deploy/backup-offsite.sh, the example docs/operations.md gives, run for real with Debian's
 * rsync (installed by .ci/run) against a local destination folder.
 */

const SCRIPT = fileURLToPath(new URL("../../../deploy/backup-offsite.sh", import.meta.url));

let root: string;
let dataDir: string;
let dest: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "bulbcheck-offsite-"));
  dataDir = join(root, "data");
  dest = join(root, "vault");
  mkdirSync(dataDir, { mode: 0o700 });
  openDatabase({ path: join(dataDir, "bulbcheck.db") }).close();
  writeFileSync(join(dataDir, "admin-token"), "a-token\n", { mode: 0o600 });
  writeFileSync(join(dataDir, "broker-credentials.key"), "a-key\n", { mode: 0o600 });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function offsite() {
  const run = spawnSync("bash", [SCRIPT, dest], {
    env: { PATH: process.env.PATH, BULBCHECK_DATA_DIR: dataDir },
    encoding: "utf8",
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("deploy/backup-offsite.sh", () => {
  it("sends every finished copy and the secret files, privately, and keeps what the source pruned", async () => {
    const rsync = spawnSync("rsync", ["--version"]);
    expect(rsync.status, "rsync is not installed (apt-get install rsync; .ci/run does)").toBe(0);
    const backups = join(dataDir, "backups");
    const first = join(backups, "bulbcheck-2026-12-01T03-00-00.000Z.db");
    await backupSnapshot({ databaseFile: join(dataDir, "bulbcheck.db"), file: first });
    writeFileSync(join(backups, "bulbcheck-2026-12-02T03-00-00.000Z.db.partial"), "cut off");

    const sent = offsite();
    expect(sent.code, sent.output).toBe(0);
    const shipped = join(dest, "database", "bulbcheck-2026-12-01T03-00-00.000Z.db");
    expect(readdirSync(join(dest, "database"))).toEqual(["bulbcheck-2026-12-01T03-00-00.000Z.db"]);
    expect(readFileSync(shipped).equals(readFileSync(first))).toBe(true);
    expect(statSync(shipped).mode & 0o777).toBe(0o600);
    expect(auditStore(shipped).integrity).toBe("ok");
    expect(readFileSync(join(dest, "data-folder", "admin-token"), "utf8")).toBe("a-token\n");
    expect(statSync(join(dest, "data-folder", "admin-token")).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dest, "data-folder")).sort()).toEqual([
      "admin-token",
      "broker-credentials.key",
    ]);

    // The next night: a new copy, the old one pruned at the source; the vault keeps both.
    const second = join(backups, "bulbcheck-2026-12-02T03-00-00.000Z.db");
    await backupSnapshot({ databaseFile: join(dataDir, "bulbcheck.db"), file: second });
    rmSync(first);
    const again = offsite();
    expect(again.code, again.output).toBe(0);
    expect(readdirSync(join(dest, "database")).sort()).toEqual([
      "bulbcheck-2026-12-01T03-00-00.000Z.db",
      "bulbcheck-2026-12-02T03-00-00.000Z.db",
    ]);
  });

  it("says so when there is no backup folder yet", () => {
    const run = offsite();
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/no backup folder at .*: take a backup first/);
    expect(existsSync(dest)).toBe(false);
  });
});
