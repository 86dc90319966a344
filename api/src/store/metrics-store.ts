import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/**
 * What a scrape of `/metrics` reads from the database: small grouped counts, each on an index
 * (unresolved defects by site, devices by site, deliveries by state), so a scrape every 15 s
 * costs nothing ingestion would notice.
 */

export function unresolvedDefects(
  db: Db,
  now: number,
): { site: string; status: string; n: number; overdue: number }[] {
  return statement<[number], { site: string; status: string; n: number; overdue: number }>(
    db,
    `SELECT d.site_id AS site, d.status, count(*) AS n, sum(d.due_at < ?) AS overdue
       FROM defects d JOIN sites s ON s.id = d.site_id AND s.removing_since IS NULL
      WHERE d.status <> 'resolved'
      GROUP BY d.site_id, d.status`,
  ).all(now);
}

export function devicesBySite(db: Db): { site: string; total: number; offline: number }[] {
  return statement<[], { site: string; total: number; offline: number }>(
    db,
    `SELECT d.site_id AS site, count(*) AS total, sum(d.online = 0) AS offline
       FROM devices d JOIN sites s ON s.id = d.site_id AND s.removing_since IS NULL
      WHERE d.revoked_at IS NULL
      GROUP BY d.site_id`,
  ).all();
}

export function deliveriesByChannel(
  db: Db,
): { channel: string; kind: string; state: string; n: number }[] {
  return statement<[], { channel: string; kind: string; state: string; n: number }>(
    db,
    `SELECT c.name AS channel, c.kind, d.state, count(*) AS n
       FROM notify_deliveries d JOIN notify_channels c ON c.id = d.channel_id
      GROUP BY d.channel_id, d.state`,
  ).all();
}
