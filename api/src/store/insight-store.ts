import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/** Aggregates for the insights page, over defects opened (or resolved) since `from`. */

export interface DayCount {
  day: string;
  n: number;
}

export function openedPerDay(db: Db, from: number, site: string | null): DayCount[] {
  return statement<[{ from: number; site: string | null }], DayCount>(
    db,
    `SELECT date(opened_at / 1000, 'unixepoch') AS day, count(*) AS n FROM defects
     WHERE opened_at >= @from AND (@site IS NULL OR site_id = @site) GROUP BY day`,
  ).all({ from, site });
}

export function resolvedPerDay(db: Db, from: number, site: string | null): DayCount[] {
  return statement<[{ from: number; site: string | null }], DayCount>(
    db,
    `SELECT date(resolved_at / 1000, 'unixepoch') AS day, count(*) AS n FROM defects
     WHERE resolved_at >= @from AND (@site IS NULL OR site_id = @site) GROUP BY day`,
  ).all({ from, site });
}

export function countsBy(
  db: Db,
  column: "source" | "category",
  from: number,
  site: string | null,
): { key: string; n: number }[] {
  // `column` is one of two fixed names, never caller input.
  return statement<[{ from: number; site: string | null }], { key: string; n: number }>(
    db,
    `SELECT ${column} AS key, count(*) AS n FROM defects
     WHERE opened_at >= @from AND (@site IS NULL OR site_id = @site) GROUP BY ${column} ORDER BY n DESC`,
  ).all({ from, site });
}

export interface SiteInsightRow {
  site: string;
  name: string;
  opened: number;
  ack_ms: number | null;
  resolve_ms: number | null;
  visible: number;
  visible_caught: number;
}

export function siteInsights(db: Db, from: number, site: string | null): SiteInsightRow[] {
  return statement<[{ from: number; site: string | null }], SiteInsightRow>(
    db,
    `SELECT s.id AS site, s.name AS name, count(d.id) AS opened,
       avg(d.acknowledged_at - d.opened_at) AS ack_ms,
       avg(d.resolved_at - d.opened_at) AS resolve_ms,
       coalesce(sum(a.customer_visible = 1 AND d.source <> 'system'), 0) AS visible,
       coalesce(sum(a.customer_visible = 1 AND d.source IN ('sensor', 'staff')), 0) AS visible_caught
     FROM sites s
     LEFT JOIN defects d ON d.site_id = s.id AND d.opened_at >= @from
     LEFT JOIN assets a ON a.site_id = d.site_id AND a.id = d.asset_id
     WHERE (@site IS NULL OR s.id = @site)
     GROUP BY s.id ORDER BY s.name`,
  ).all({ from, site });
}
