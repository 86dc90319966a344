import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadMigrations, openDatabase, schemaVersion } from "./database.ts";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "bulbcheck-db-"));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("openDatabase", () => {
  it("syncs at each commit by default, and only at checkpoints when asked", () => {
    const dir = tempDir();
    const normal = openDatabase({ path: join(dir, "normal.db"), synchronous: "normal" });
    const full = openDatabase({ path: join(dir, "full.db") });
    // SQLite's numbers: 1 is NORMAL, 2 is FULL.
    expect(normal.pragma("synchronous", { simple: true })).toBe(1);
    expect(full.pragma("synchronous", { simple: true })).toBe(2);
    normal.close();
    full.close();
  });

  it("creates the schema in WAL mode and is idempotent on reopen", () => {
    const path = join(tempDir(), "test.db");
    const db = openDatabase({ path });
    const latest = loadMigrations().at(-1)?.version;
    expect(schemaVersion(db)).toBe(latest);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    db.prepare(
      "INSERT INTO sites (id, name, created_at, updated_at) VALUES ('s', 'S', 0, 0)",
    ).run();
    db.close();
    const again = openDatabase({ path });
    expect(schemaVersion(again)).toBe(latest);
    expect(again.prepare("SELECT count(*) AS n FROM sites").get()).toEqual({ n: 1 });
    again.close();
  });

  it("refuses a database written by a newer Bulb Check", () => {
    const path = join(tempDir(), "test.db");
    const db = openDatabase({ path });
    db.pragma("user_version = 99");
    db.close();
    expect(() => openDatabase({ path })).toThrow(
      /schema version 99, newer than this Bulb Check knows/,
    );
  });

  it("applies only the migrations not yet applied, in order", () => {
    const dir = tempDir();
    const migrations = join(dir, "migrations");
    mkdirSync(migrations);
    writeFileSync(join(migrations, "001-a.sql"), "CREATE TABLE a (x INTEGER) STRICT;");
    const path = join(dir, "test.db");
    openDatabase({ path, migrations: loadMigrations(migrations) }).close();
    writeFileSync(join(migrations, "002-b.sql"), "INSERT INTO a VALUES (1);");
    const db = openDatabase({ path, migrations: loadMigrations(migrations) });
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare("SELECT count(*) AS n FROM a").get()).toEqual({ n: 1 });
    db.close();
  });

  it("refuses a gap in the migration numbers", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "001-a.sql"), "SELECT 1;");
    writeFileSync(join(dir, "003-c.sql"), "SELECT 1;");
    expect(() => loadMigrations(dir)).toThrow(/003-c.sql is out of sequence: expected 2/);
  });

  it("rolls back a migration that fails, leaving the version where it was", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "001-a.sql"),
      "CREATE TABLE a (x INTEGER); CREATE TABLE a (y INTEGER);",
    );
    const path = join(dir, "test.db");
    expect(() => openDatabase({ path, migrations: loadMigrations(dir) })).toThrow(/already exists/);
    writeFileSync(join(dir, "001-a.sql"), "CREATE TABLE a (x INTEGER);");
    const db = openDatabase({ path, migrations: loadMigrations(dir) });
    expect(schemaVersion(db)).toBe(1);
    db.close();
  });
});
