import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/** Aggregates for the insights page, over defects opened (or resolved) since `from`. */

/** A list of sites bound as one JSON value; null for every site. */
function sitesParam(sites: readonly string[] | null): string | null {
  return sites === null ? null : JSON.stringify(sites);
}

export interface DayCount {
  day: string;
  n: number;
}

export function openedPerDay(db: Db, from: number, sites: readonly string[] | null): DayCount[] {
  return statement<[{ from: number; sites: string | null }], DayCount>(
    db,
    `SELECT date(opened_at / 1000, 'unixepoch') AS day, count(*) AS n FROM defects
     WHERE opened_at >= @from AND (@sites IS NULL OR site_id IN (SELECT value FROM json_each(@sites))) GROUP BY day`,
  ).all({ from, sites: sitesParam(sites) });
}

export function resolvedPerDay(db: Db, from: number, sites: readonly string[] | null): DayCount[] {
  return statement<[{ from: number; sites: string | null }], DayCount>(
    db,
    `SELECT date(resolved_at / 1000, 'unixepoch') AS day, count(*) AS n FROM defects
     WHERE resolved_at >= @from AND (@sites IS NULL OR site_id IN (SELECT value FROM json_each(@sites))) GROUP BY day`,
  ).all({ from, sites: sitesParam(sites) });
}

export function countsBy(
  db: Db,
  column: "source" | "category",
  from: number,
  sites: readonly string[] | null,
): { key: string; n: number }[] {
  // `column` is one of two fixed names, never caller input.
  return statement<[{ from: number; sites: string | null }], { key: string; n: number }>(
    db,
    `SELECT ${column} AS key, count(*) AS n FROM defects
     WHERE opened_at >= @from AND (@sites IS NULL OR site_id IN (SELECT value FROM json_each(@sites))) GROUP BY ${column} ORDER BY n DESC`,
  ).all({ from, sites: sitesParam(sites) });
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

export function siteInsights(
  db: Db,
  from: number,
  sites: readonly string[] | null,
): SiteInsightRow[] {
  return statement<[{ from: number; sites: string | null }], SiteInsightRow>(
    db,
    `SELECT s.id AS site, s.name AS name, count(d.id) AS opened,
       avg(d.acknowledged_at - d.opened_at) AS ack_ms,
       avg(d.resolved_at - d.opened_at) AS resolve_ms,
       coalesce(sum(a.customer_visible = 1 AND d.source <> 'system'), 0) AS visible,
       coalesce(sum(a.customer_visible = 1 AND d.source IN ('sensor', 'staff')), 0) AS visible_caught
     FROM sites s
     LEFT JOIN defects d ON d.site_id = s.id AND d.opened_at >= @from
     LEFT JOIN assets a ON a.site_id = d.site_id AND a.id = d.asset_id
     WHERE (@sites IS NULL OR s.id IN (SELECT value FROM json_each(@sites)))
     GROUP BY s.id ORDER BY s.name`,
  ).all({ from, sites: sitesParam(sites) });
}
