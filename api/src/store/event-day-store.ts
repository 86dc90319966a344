import type { MessageKind } from "@bulbcheck/shared";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/**
 * The daily roll-up an event counts into: kept after retention deletes the event itself, so that
 * what was checked, reported and resolved each day still reads the same a year later.
 */
export interface EventDay {
  /**
   * The site's calendar day it happened on, as a day number (days since 1970-01-01 on the site's
   * clock): the insights' days are each site's own (issue 21; rows written before migration 020
   * hold UTC days).
   */
  day: number;
  site: string;
  kind: MessageKind;
  /** The fault (health fault, report, resolve), the result (check-in), the state (status), or ''. */
  detail: string;
  source: "sensor" | "staff" | "customer" | "system";
}

/** A site's time zone, UTC for a site not (or no longer) in the registry. */
export function siteTimeZone(db: Db, site: string): string {
  const row = statement<[string], { timezone: string }>(
    db,
    "SELECT timezone FROM sites WHERE id = ?",
  ).get(site);
  return row?.timezone ?? "UTC";
}

/** Adds a batch's counts to the daily roll-ups (migration 013), in the batch's transaction. */
export function addEventDays(db: Db, rows: Iterable<EventDay & { n: number }>): void {
  const add = statement(
    db,
    `INSERT INTO event_days (day, site_id, kind, detail, source, n)
     VALUES (@day, @site, @kind, @detail, @source, @n)
     ON CONFLICT DO UPDATE SET n = n + excluded.n`,
  );
  for (const row of rows) add.run(row);
}

export interface MessagesOfDay {
  day: number;
  /** Sensor health messages, "ok" or a fault. */
  readings: number;
  /** Staff check-ins. */
  checkins: number;
}

/**
 * Health readings and check-ins per day (each site's own) from `fromDay` on, from the roll-ups alone: the same
 * whether or not retention has deleted the events they count. Days with none are left out.
 */
export function messagesPerDay(
  db: Db,
  fromDay: number,
  sites: readonly string[] | null,
): MessagesOfDay[] {
  const sql = `SELECT day, sum(n) FILTER (WHERE kind = 'health') AS readings,
       sum(n) FILTER (WHERE kind = 'checkin') AS checkins
     FROM event_days
     WHERE day >= @fromDay ${sites === null ? "" : "AND site_id IN (SELECT value FROM json_each(@sites))"}
       AND kind IN ('health', 'checkin')
     GROUP BY day ORDER BY day`;
  return statement<
    [{ fromDay: number; sites?: string }],
    { day: number; readings: number | null; checkins: number | null }
  >(db, sql)
    .all(sites === null ? { fromDay } : { fromDay, sites: JSON.stringify(sites) })
    .map((r) => ({ day: r.day, readings: r.readings ?? 0, checkins: r.checkins ?? 0 }));
}
