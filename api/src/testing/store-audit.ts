import Database from "better-sqlite3";
import type { Db } from "../store/database.ts";
import { countEvents } from "../store/event-store.ts";

/**
 * Read-only looks into the database file of a system running in another process: tests check
 * what was really committed there, not what an API says about it.
 */

export interface StoreAudit {
  events: number;
  /** `{device} {event id}` of every stored event, duplicates included. */
  keys: string[];
  rejected: number;
  /** `PRAGMA integrity_check`: "ok", or the problems found. */
  integrity: string;
  /** Rows `PRAGMA foreign_key_check` finds pointing nowhere. */
  foreignKeyProblems: number;
  /** Stored `report` events (staff and customer reports). */
  reportEvents: number;
  /**
   * The reports counted on the defects people reported: equal to `reportEvents` when each event's
   * rules were applied once, neither lost with a rolled-back batch nor applied again on a resend.
   */
  reportsCounted: number;
}

/** Opens the file read-only; the writer may be running (WAL lets readers in beside it). */
export function openReadOnly(file: string): Db {
  return new Database(file, { readonly: true, fileMustExist: true });
}

/** The events committed so far. */
export function storedEvents(db: Db): number {
  return countEvents(db);
}

/** Everything a crash test asserts about the file, read in one go after the writer stopped. */
export function auditStore(file: string): StoreAudit {
  const db = openReadOnly(file);
  try {
    const keys = db
      .prepare<[], { key: string }>(
        `SELECT key FROM (
           SELECT 0 AS log, seq, device_id || ' ' || event_id AS key FROM events
           UNION ALL SELECT 1, seq, device_id || ' ' || event_id FROM heartbeats
         ) ORDER BY log, seq`,
      )
      .all()
      .map((row) => row.key);
    const rejected = db
      .prepare<[], { n: number }>("SELECT count(*) AS n FROM rejected_events")
      .get();
    const integrity = db
      .prepare<[], { integrity_check: string }>("PRAGMA integrity_check")
      .all()
      .map((row) => row.integrity_check)
      .join("; ");
    const foreignKeyProblems = db.prepare("PRAGMA foreign_key_check").all().length;
    const reportEvents = db
      .prepare<[], { n: number }>("SELECT count(*) AS n FROM events WHERE kind = 'report'")
      .get();
    const reportsCounted = db
      .prepare<[], { n: number | null }>(
        "SELECT sum(reports) AS n FROM defects WHERE source IN ('staff', 'customer')",
      )
      .get();
    return {
      events: countEvents(db),
      keys,
      rejected: rejected?.n ?? 0,
      integrity,
      foreignKeyProblems,
      reportEvents: reportEvents?.n ?? 0,
      reportsCounted: reportsCounted?.n ?? 0,
    };
  } finally {
    db.close();
  }
}
