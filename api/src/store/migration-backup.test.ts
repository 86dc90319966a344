import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { loadMigrations, openDatabase, schemaVersion } from "./database.ts";

/** The copy openDatabase takes before it migrates, with a test migration set. */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The first `count` of three migrations, as numbered files in a folder of their own. */
function migrationSet(count: number) {
  const dir = mkdtempSync(join(tmpdir(), "bulbcheck-migrations-"));
  dirs.push(dir);
  const files: [string, string][] = [
    ["001-first.sql", "CREATE TABLE events (seq INTEGER PRIMARY KEY, note TEXT) STRICT;"],
    ["002-second.sql", "ALTER TABLE events ADD COLUMN extra TEXT;"],
    ["003-third.sql", "CREATE TABLE later (x INTEGER) STRICT;"],
  ];
  for (const [name, sql] of files.slice(0, count)) writeFileSync(join(dir, name), sql);
  return loadMigrations(dir);
}

describe("openDatabase before a migration", () => {
  it("writes a checked, private copy of the old schema into the backup folder, and says so", () => {
    const dir = mkdtempSync(join(tmpdir(), "bulbcheck-db-"));
    dirs.push(dir);
    const path = join(dir, "bulbcheck.db");
    const old = openDatabase({ path, migrations: migrationSet(1) });
    old.prepare("INSERT INTO events (note) VALUES ('before the upgrade')").run();
    old.close();

    const told: { file: string; from: number; to: number }[] = [];
    const backupDir = join(dir, "elsewhere");
    const db = openDatabase({
      path,
      migrations: migrationSet(3),
      backupDir,
      now: () => Date.UTC(2026, 11, 2, 4, 45),
      onMigrationBackup: (backup) => told.push(backup),
    });
    expect(schemaVersion(db)).toBe(3);
    db.close();

    expect(readdirSync(backupDir)).toEqual(["before-migration-1-to-3-2026-12-02T04-45-00.000Z.db"]);
    const file = join(backupDir, "before-migration-1-to-3-2026-12-02T04-45-00.000Z.db");
    expect(told).toEqual([{ file, from: 1, to: 3 }]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma("user_version", { simple: true })).toBe(1);
    expect(copy.prepare("SELECT note FROM events").pluck().all()).toEqual(["before the upgrade"]);
    copy.close();
  });

  it("takes none for a new database, nor for one already up to date", () => {
    const dir = mkdtempSync(join(tmpdir(), "bulbcheck-db-"));
    dirs.push(dir);
    const path = join(dir, "bulbcheck.db");
    openDatabase({ path, migrations: migrationSet(2) }).close();
    openDatabase({ path, migrations: migrationSet(2) }).close();
    expect(readdirSync(dir)).not.toContain("backups");
  });

  it("migrates nothing when the copy cannot be written", () => {
    const dir = mkdtempSync(join(tmpdir(), "bulbcheck-db-"));
    dirs.push(dir);
    const path = join(dir, "bulbcheck.db");
    openDatabase({ path, migrations: migrationSet(1) }).close();
    // A file where the folder should be: the copy cannot go there.
    const backupDir = join(dir, "not-a-folder");
    writeFileSync(backupDir, "");
    expect(() => openDatabase({ path, migrations: migrationSet(2), backupDir })).toThrow(
      /no copy of the database could be written .* before migrating it from schema 1 to 2, so it was not migrated/,
    );
    const db = new Database(path, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(1);
    db.close();
  });
});
