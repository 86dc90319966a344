import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/** Logs numbered as they are written, so that the time of writing grows with the sequence. */
const WRITTEN = {
  events: {
    last: "SELECT max(seq) AS seq FROM events",
    from: "SELECT seq, received_at AS at FROM events WHERE seq >= ? ORDER BY seq LIMIT 1",
  },
  heartbeats: {
    last: "SELECT max(seq) AS seq FROM heartbeats",
    from: "SELECT seq, received_at AS at FROM heartbeats WHERE seq >= ? ORDER BY seq LIMIT 1",
  },
  rejected_events: {
    last: "SELECT max(seq) AS seq FROM rejected_events",
    from: "SELECT seq, received_at AS at FROM rejected_events WHERE seq >= ? ORDER BY seq LIMIT 1",
  },
  notify_attempts: {
    last: "SELECT max(seq) AS seq FROM notify_attempts",
    from: "SELECT seq, at FROM notify_attempts WHERE seq >= ? ORDER BY seq LIMIT 1",
  },
  audit_log: {
    last: "SELECT max(seq) AS seq FROM audit_log",
    from: "SELECT seq, at FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT 1",
  },
} as const;

export type WrittenLog = keyof typeof WRITTEN;

/** The highest sequence so far: an export reads up to it, and what comes later is not in it. */
export function lastSeq(db: Db, log: WrittenLog): number {
  return statement<[], { seq: number | null }>(db, WRITTEN[log].last).get()?.seq ?? 0;
}

/**
 * The last sequence written before `at`, found by halving on the primary key (a few dozen
 * reads for a billion rows), where a scan of the time column would read them all.
 */
export function lastSeqWrittenBefore(db: Db, log: WrittenLog, at: number): number {
  const firstFrom = statement<[number], { seq: number; at: number }>(db, WRITTEN[log].from);
  let low = 0; // written before `at`, or nothing
  let high = lastSeq(db, log) + 1; // written at or after `at`, or past the end
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const row = firstFrom.get(middle);
    if (row && row.at < at) low = row.seq;
    else high = middle;
  }
  return low;
}
