import { cacheOf } from "./cache.ts";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/**
 * Removing sites and everything recorded of them: first what people see (in one transaction:
 * the sites leave every listing, their devices are gone), then their history in small batches,
 * so that the writer is never held for long and ingestion of the other sites goes on.
 */

/** The demo chain's sites that are still there. */
export function demoSiteIds(db: Db): string[] {
  return statement<[], { id: string }>(
    db,
    "SELECT id FROM sites WHERE demo = 1 AND removing_since IS NULL ORDER BY id",
  )
    .all()
    .map((r) => r.id);
}

/** Which of `sites` are being removed (their rows not all deleted yet). */
export function sitesBeingRemoved(db: Db, sites: readonly string[]): string[] {
  return statement<[string], { id: string }>(
    db,
    "SELECT id FROM sites WHERE removing_since IS NOT NULL AND id IN (SELECT value FROM json_each(?))",
  )
    .all(JSON.stringify(sites))
    .map((r) => r.id);
}

export function deviceIdsOfSites(db: Db, sites: readonly string[]): string[] {
  return statement<[string], { id: string }>(
    db,
    "SELECT id FROM devices WHERE site_id IN (SELECT value FROM json_each(?)) ORDER BY id",
  )
    .all(JSON.stringify(sites))
    .map((r) => r.id);
}

/** Drops `sites` from a JSON list of site ids; null stays null (every site). */
function without(column: string | null, sites: ReadonlySet<string>): string | null {
  if (column === null) return null;
  return JSON.stringify((JSON.parse(column) as string[]).filter((s) => !sites.has(s)));
}

/**
 * What leaves at once, inside the caller's transaction: the sites from every listing, their
 * devices (no login, nothing new stored), their notification rules, and their ids from the
 * scopes of users, tokens and daily reports.
 */
export function beginSiteRemoval(db: Db, sites: readonly string[], now: number): void {
  const list = JSON.stringify(sites);
  const set = new Set(sites);
  statement(
    db,
    "UPDATE sites SET removing_since = ? WHERE id IN (SELECT value FROM json_each(?))",
  ).run(now, list);
  statement(db, "DELETE FROM devices WHERE site_id IN (SELECT value FROM json_each(?))").run(list);
  statement(
    db,
    "DELETE FROM notify_escalations WHERE site_id IN (SELECT value FROM json_each(?))",
  ).run(list);
  statement(db, "DELETE FROM notify_rules WHERE site_id IN (SELECT value FROM json_each(?))").run(
    list,
  );
  for (const table of ["users", "api_tokens", "notify_reports"] as const) {
    const rows = statement<[], { id: number; sites: string }>(
      db,
      `SELECT id, sites FROM ${table} WHERE sites IS NOT NULL`,
    ).all();
    for (const row of rows) {
      const kept = without(row.sites, set);
      if (kept !== row.sites)
        statement(db, `UPDATE ${table} SET sites = ? WHERE id = ?`).run(kept, row.id);
    }
  }
  // What was cached of these sites' assets and counts is of sites that are no more.
  const cache = cacheOf(db);
  cache.assets.clear();
  cache.unresolved = undefined;
  cache.siteCounts = undefined;
}

/** One batch of a site's history, deleted in its own small transaction by the caller. */
export interface RemovalStep {
  /** What the batch deletes, for the progress people see. */
  what: string;
  /** Deletes at most `limit` rows; the number deleted (0: this step is done). */
  run(
    db: Db,
    target: { sites: readonly string[]; devices: readonly string[] },
    limit: number,
  ): number;
}

function perKey(what: string, keys: "sites" | "devices", sql: string): RemovalStep {
  return {
    what,
    run(db, target, limit) {
      let deleted = 0;
      for (const key of target[keys]) {
        if (deleted >= limit) break;
        deleted += statement<[string, number]>(db, sql).run(key, limit - deleted).changes;
      }
      return deleted;
    },
  };
}

/** In the order the foreign keys need: what points at a row goes before the row. */
export const REMOVAL_STEPS: readonly RemovalStep[] = [
  // Their files, which nothing points at then, go with retention's next sweep of orphans.
  perKey(
    "photos",
    "sites",
    `DELETE FROM defect_photos WHERE id IN (SELECT p.id FROM defects d
       JOIN defect_photos p ON p.defect_id = d.id WHERE d.site_id = ? LIMIT ?)`,
  ),
  perKey(
    "defect timelines",
    "sites",
    `DELETE FROM defect_timeline WHERE seq IN (SELECT t.seq FROM defects d
       JOIN defect_timeline t ON t.defect_id = d.id WHERE d.site_id = ? LIMIT ?)`,
  ),
  perKey(
    "delivery attempts",
    "sites",
    `DELETE FROM notify_attempts WHERE seq IN (SELECT a.seq FROM notify_deliveries d
       JOIN notify_attempts a ON a.delivery_id = d.id WHERE d.site_id = ? LIMIT ?)`,
  ),
  perKey(
    "deliveries",
    "sites",
    "DELETE FROM notify_deliveries WHERE id IN (SELECT id FROM notify_deliveries WHERE site_id = ? LIMIT ?)",
  ),
  perKey(
    "notices",
    "sites",
    `DELETE FROM user_notices WHERE id IN (SELECT n.id FROM defects d
       JOIN user_notices n ON n.defect_id = d.id WHERE d.site_id = ? LIMIT ?)`,
  ),
  perKey(
    "links between defects",
    "sites",
    `UPDATE defects SET recurrence_of = NULL WHERE id IN (SELECT id FROM defects
       WHERE site_id = ? AND recurrence_of IS NOT NULL LIMIT ?)`,
  ),
  perKey(
    "assignment rules",
    "sites",
    "DELETE FROM assignment_rules WHERE id IN (SELECT id FROM assignment_rules WHERE site_id = ? LIMIT ?)",
  ),
  perKey(
    "defects",
    "sites",
    "DELETE FROM defects WHERE id IN (SELECT id FROM defects WHERE site_id = ? LIMIT ?)",
  ),
  perKey(
    "inspections",
    "sites",
    "DELETE FROM inspections WHERE seq IN (SELECT seq FROM inspections WHERE site_id = ? LIMIT ?)",
  ),
  perKey(
    "refused messages",
    "devices",
    "DELETE FROM rejected_events WHERE seq IN (SELECT seq FROM rejected_events WHERE device_id = ? LIMIT ?)",
  ),
  perKey(
    "events",
    "devices",
    "DELETE FROM events WHERE seq IN (SELECT seq FROM events WHERE device_id = ? LIMIT ?)",
  ),
  perKey(
    "heartbeats",
    "devices",
    "DELETE FROM heartbeats WHERE seq IN (SELECT seq FROM heartbeats WHERE device_id = ? LIMIT ?)",
  ),
  perKey(
    "daily counts",
    "sites",
    `DELETE FROM event_days WHERE (day, site_id, kind, detail, source) IN (
       SELECT day, site_id, kind, detail, source FROM event_days WHERE site_id = ? LIMIT ?)`,
  ),
  {
    // Small tables, in one go: the registry of the sites, and what no device is known for.
    what: "sites, zones, assets and checkpoints",
    run(db, target) {
      const list = JSON.stringify(target.sites);
      const inSites = "site_id IN (SELECT value FROM json_each(?))";
      let deleted = 0;
      for (const table of [
        "rejected_events",
        "checkpoint_assets",
        "checkpoints",
        "assets",
        "zones",
      ])
        deleted += statement(db, `DELETE FROM ${table} WHERE ${inSites}`).run(list).changes;
      deleted += statement(
        db,
        "DELETE FROM sites WHERE id IN (SELECT value FROM json_each(?))",
      ).run(list).changes;
      return deleted;
    },
  },
];
