import type { Db } from "./database.ts";
import { statement } from "./statements.ts";
import { lastSeqWrittenBefore } from "./written-logs.ts";

/**
 * What retention deletes, one small batch per call, oldest first: each call is one short
 * transaction of at most `limit` rows, so that the writer (ingestion) waits milliseconds at most.
 * Defects and their timelines are kept, and so are the daily roll-ups (event_days).
 */
export type RetainedLog =
  | "events"
  | "heartbeats"
  | "rejected_events"
  | "inspections"
  | "audit_log"
  | "notify_deliveries";

/** Which cutoff each log is kept by: raw messages, or the records (docs/operations.md). */
export const RETAINED_BY: Record<RetainedLog, "events" | "records"> = {
  events: "events",
  heartbeats: "events",
  rejected_events: "events",
  inspections: "records",
  audit_log: "records",
  notify_deliveries: "records",
};

/** Deletes up to `limit` rows of `log` older than `before` (epoch ms); returns how many. */
export function pruneBatch(db: Db, log: RetainedLog, before: number, limit: number): number {
  switch (log) {
    case "events":
    case "heartbeats":
    case "rejected_events":
    case "audit_log": {
      // Numbered as written: everything up to the last seq written before the cutoff goes.
      const upTo = lastSeqWrittenBefore(db, log, before);
      if (upTo === 0) return 0;
      return statement<[number, number]>(
        db,
        `DELETE FROM ${log} WHERE seq IN (SELECT seq FROM ${log} WHERE seq <= ? ORDER BY seq LIMIT ?)`,
      ).run(upTo, limit).changes;
    }
    case "inspections":
      // `at` is when the check happened, which a device resending may have sent late: by site.
      return statement<[number, number]>(
        db,
        `DELETE FROM inspections WHERE seq IN (
           SELECT i.seq FROM sites s JOIN inspections i ON i.site_id = s.id AND i.at < ? LIMIT ?)`,
      ).run(before, limit).changes;
    case "notify_deliveries":
      return pruneDeliveries(db, before, limit);
  }
}

/** Finished deliveries (sent, failed, uncertain) created before `before`, with their attempts. */
function pruneDeliveries(db: Db, before: number, limit: number): number {
  const ids = statement<[number, number], { id: number }>(
    db,
    `SELECT id FROM notify_deliveries
     WHERE state IN ('sent', 'failed', 'uncertain') AND created_at < ? LIMIT ?`,
  )
    .all(before, limit)
    .map((r) => r.id);
  if (ids.length === 0) return 0;
  const list = JSON.stringify(ids);
  statement(
    db,
    "DELETE FROM notify_attempts WHERE delivery_id IN (SELECT value FROM json_each(?))",
  ).run(list);
  return statement(
    db,
    "DELETE FROM notify_deliveries WHERE id IN (SELECT value FROM json_each(?))",
  ).run(list).changes;
}
