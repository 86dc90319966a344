import type { Db } from "./database.ts";

/**
 * The SQL of copying and checking whole databases: what backups, the pre-migration copy and
 * restore run. This module imports no other store module, so that the integrity worker can load
 * it on its own.
 */

/**
 * A consistent copy of the whole database into `file` in one statement. On a connection of its
 * own it reads one snapshot (WAL: the writer goes on meanwhile); the copy is compacted and in
 * rollback-journal mode, one self-contained file. `file` must not exist, or be empty.
 */
export function vacuumInto(db: Db, file: string): void {
  db.prepare("VACUUM INTO ?").run(file);
}

/** `PRAGMA integrity_check`: null when the database is sound, else what SQLite found (first lines). */
export function integrityProblems(db: Db): string | null {
  const rows = db.pragma("integrity_check(20)") as { integrity_check: string }[];
  const lines = rows.map((row) => row.integrity_check);
  return lines.length === 1 && lines[0] === "ok" ? null : lines.join("; ");
}

/**
 * The schema version of a Bulb Check database, or null when it is not one: no schema version, or
 * no events table (the first migration makes it).
 */
export function bulbCheckSchemaVersion(db: Db): number | null {
  const version = db.pragma("user_version", { simple: true }) as number;
  const events = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'events'")
    .get();
  return version > 0 && events !== undefined ? version : null;
}

/** A copy made from a WAL database keeps WAL mode in its header: make it one file on its own. */
export function makeSelfContained(db: Db): void {
  db.pragma("journal_mode = DELETE");
}
