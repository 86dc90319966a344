import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { dropCache } from "./cache.ts";
import { backupBeforeMigration } from "./migration-backup.ts";

export type Db = Database.Database;

const MIGRATIONS_DIR = join(import.meta.dirname, "migrations");

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Numbered migrations, `NNN-name.sql`, applied in order; the number is the schema version. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .sort()
    .map((name, index) => {
      const version = Number(name.slice(0, 3));
      if (version !== index + 1)
        throw new Error(`migration ${name} is out of sequence: expected ${index + 1}`);
      return { version, name, sql: readFileSync(join(dir, name), "utf8") };
    });
}

export interface OpenOptions {
  /** `:memory:` for a throwaway database. */
  path: string;
  migrations?: Migration[];
  /**
   * `full` (default): every commit is on disk before it returns (an fsync per group commit), so
   * a power loss loses nothing acknowledged. `normal`: a commit survives a crash of the process;
   * a power loss may lose the commits since the last checkpoint but never corrupts the database.
   * docs/reliability.md weighs them.
   */
  synchronous?: "normal" | "full";
  /**
   * Where the copy taken before migrating a database that has a schema goes; default `backups`
   * beside the database. None for `:memory:`, nor for a new database.
   */
  backupDir?: string;
  /** Told of that copy, once written (the system logs it). */
  onMigrationBackup?: (backup: { file: string; from: number; to: number }) => void;
  /** The copy's timestamp. */
  now?: () => number;
}

/**
 * Opens the database, sets it up for a single writer with many readers (WAL), and brings the
 * schema up to date. A database written by a newer Bulb Check is refused rather than guessed at.
 */
export function openDatabase({
  path,
  migrations = loadMigrations(),
  synchronous = "full",
  backupDir = join(dirname(path), "backups"),
  onMigrationBackup,
  now = Date.now,
}: OpenOptions): Db {
  const db = new Database(path);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma(`synchronous = ${synchronous === "full" ? "FULL" : "NORMAL"}`);
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    migrate(db, migrations, (from, to) => {
      if (path === ":memory:") return;
      const file = backupBeforeMigration(db, { dir: backupDir, from, to, at: now() });
      onMigrationBackup?.({ file, from, to });
    });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Runs `work` in one transaction. When it throws, the transaction is rolled back and the store's
 * in-memory cache is dropped with it, so that nothing the database did not keep is remembered.
 */
export function transact<T>(db: Db, work: () => T): T {
  try {
    // BEGIN IMMEDIATE: a deferred transaction reads first and then asks for the write lock, and
    // SQLite refuses that upgrade at once (SQLITE_BUSY) when another connection writes, without
    // the busy timeout. Taking the lock first waits for it, as a backup or a script holding it
    // for a moment needs (health-fail.test.ts: the ingest backlog).
    return db.transaction(work).immediate();
  } catch (error) {
    dropCache(db);
    throw error;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma("user_version", { simple: true }) as number;
}

function migrate(
  db: Db,
  migrations: Migration[],
  beforeMigrating: (from: number, to: number) => void,
): void {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(
      `the database is at schema version ${current}, newer than this Bulb Check knows (${latest}); upgrade Bulb Check or use another data folder`,
    );
  }
  // A new database (version 0) has nothing to lose.
  if (current > 0 && current < latest) beforeMigrating(current, latest);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
