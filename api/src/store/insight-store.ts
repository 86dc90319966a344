import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/**
 * Aggregates for the insights page, over defects opened (or resolved) since `from`, for every site
 * or a list of sites. Each has one statement for every site and one for a list, rather than one
 * with `@sites IS NULL OR site_id IN (...)`: that condition keeps SQLite from using an index, and
 * the two cases want different ones (migration 008): every site ranges over the window by day,
 * a list ranges over each site's window. The tests in insight-store.test.ts hold the plans.
 */

const DAY = 86_400_000;

/** A list of sites bound as one JSON value. */
const IN_SITES = "site_id IN (SELECT value FROM json_each(@sites))";

interface WindowParams {
  from: number;
  fromDay: number;
  sites?: string;
}

/**
 * The bound values for a window. `from` must be the start of a UTC day: the per-day statements
 * range on the day number (`opened_at / 86400000`, as the indexes hold it), which equals
 * `opened_at >= from` only then.
 */
function windowParams(from: number, sites: readonly string[] | null): WindowParams {
  if (from % DAY !== 0) throw new RangeError(`insights start at a UTC midnight, not at ${from}`);
  const fromDay = from / DAY;
  return sites === null ? { from, fromDay } : { from, fromDay, sites: JSON.stringify(sites) };
}

const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export interface DayCount {
  day: string;
  n: number;
}

export interface KeyCount {
  key: string;
  n: number;
}

export interface OpenedCounts {
  /** Days with at least one defect opened, in order. */
  perDay: DayCount[];
  /** Most first. */
  bySource: KeyCount[];
  /** Most first. */
  byCategory: KeyCount[];
}

/** Defects opened per day, by source and by category, from one pass over the window. */
export function openedCounts(db: Db, from: number, sites: readonly string[] | null): OpenedCounts {
  const sql =
    sites === null
      ? `SELECT opened_at / 86400000 AS day, source, category, count(*) AS n FROM defects
         WHERE opened_at / 86400000 >= @fromDay
         GROUP BY opened_at / 86400000, source, category`
      : `SELECT opened_at / 86400000 AS day, source, category, count(*) AS n FROM defects
         WHERE ${IN_SITES} AND opened_at >= @from
         GROUP BY day, source, category`;
  const rows = statement<
    [WindowParams],
    { day: number; source: string; category: string; n: number }
  >(db, sql).all(windowParams(from, sites));
  const perDay = new Map<number, number>();
  const bySource = new Map<string, number>();
  const byCategory = new Map<string, number>();
  for (const { day, source, category, n } of rows) {
    perDay.set(day, (perDay.get(day) ?? 0) + n);
    bySource.set(source, (bySource.get(source) ?? 0) + n);
    byCategory.set(category, (byCategory.get(category) ?? 0) + n);
  }
  return {
    perDay: [...perDay].sort(([a], [b]) => a - b).map(([day, n]) => ({ day: isoDay(day), n })),
    bySource: mostFirst(bySource),
    byCategory: mostFirst(byCategory),
  };
}

/**
 * Counts, most first; ties by key descending, the order the former `GROUP BY key ORDER BY n DESC`
 * statements returned them in, so that the response is unchanged.
 */
function mostFirst(counts: Map<string, number>): KeyCount[] {
  return [...counts]
    .map(([key, n]) => ({ key, n }))
    .sort((a, b) => b.n - a.n || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
}

/** Defects resolved per day, in order of days. */
export function resolvedPerDay(db: Db, from: number, sites: readonly string[] | null): DayCount[] {
  const sql =
    sites === null
      ? `SELECT resolved_at / 86400000 AS day, count(*) AS n FROM defects
         WHERE resolved_at / 86400000 >= @fromDay GROUP BY resolved_at / 86400000`
      : `SELECT resolved_at / 86400000 AS day, count(*) AS n FROM defects
         WHERE ${IN_SITES} AND resolved_at >= @from GROUP BY day ORDER BY day`;
  return statement<[WindowParams], { day: number; n: number }>(db, sql)
    .all(windowParams(from, sites))
    .map(({ day, n }) => ({ day: isoDay(day), n }));
}

export interface SiteInsightRow {
  site: string;
  name: string;
  timezone: string;
  opened: number;
  ack_ms: number | null;
  resolve_ms: number | null;
  visible: number;
  visible_caught: number;
}

/**
 * Each site's defects opened in the window, every site listed (by name) even with none: the totals
 * from each site's range of the covering index defects_by_site_window, and the counts of
 * customer-visible assets' defects from each visible asset's range of defects_by_asset_opened
 * (rather than looking up every defect's asset, which cost more than the rest).
 */
export function siteInsights(
  db: Db,
  from: number,
  sites: readonly string[] | null,
): SiteInsightRow[] {
  const params = windowParams(from, sites);
  const totals = statement<[WindowParams], Omit<SiteInsightRow, "visible" | "visible_caught">>(
    db,
    `SELECT s.id AS site, s.name AS name, s.timezone AS timezone, count(d.id) AS opened,
       avg(d.acknowledged_at - d.opened_at) AS ack_ms,
       avg(d.resolved_at - d.opened_at) AS resolve_ms
     FROM sites s
     LEFT JOIN defects d ON d.site_id = s.id AND d.opened_at >= @from
     ${sites === null ? "" : "WHERE s.id IN (SELECT value FROM json_each(@sites))"}
     GROUP BY s.id ORDER BY s.name`,
  ).all(params);
  const visible = statement<[WindowParams], { site: string; visible: number; caught: number }>(
    db,
    `SELECT a.site_id AS site, sum(d.source <> 'system') AS visible,
       sum(d.source IN ('sensor', 'staff')) AS caught
     FROM assets a
     JOIN defects d ON d.site_id = a.site_id AND d.asset_id = a.id AND d.opened_at >= @from
     WHERE a.customer_visible = 1 ${sites === null ? "" : `AND a.${IN_SITES}`}
     GROUP BY a.site_id`,
  ).all(params);
  const bySite = new Map(visible.map((v) => [v.site, v]));
  return totals.map((row) => ({
    ...row,
    visible: bySite.get(row.site)?.visible ?? 0,
    visible_caught: bySite.get(row.site)?.caught ?? 0,
  }));
}

/** Repeat failures: per asset, defects opened in `[from, to)` whose earlier fix did not hold. */
export function recurrencesBetween(
  db: Db,
  sites: readonly string[] | null,
  from: number,
  to: number,
): { site: string; asset: string; assetName: string; repeats: number }[] {
  return statement<
    [{ from: number; to: number; sites: string | null }],
    { site: string; asset: string; assetName: string; repeats: number }
  >(
    db,
    `SELECT d.site_id AS site, d.asset_id AS asset, coalesce(a.name, d.asset_id) AS assetName, count(*) AS repeats
     FROM defects d LEFT JOIN assets a ON a.site_id = d.site_id AND a.id = d.asset_id
     WHERE d.recurrence_of IS NOT NULL AND d.opened_at >= @from AND d.opened_at < @to
       AND (@sites IS NULL OR d.site_id IN (SELECT value FROM json_each(@sites)))
     GROUP BY d.site_id, d.asset_id ORDER BY repeats DESC, site, asset LIMIT 50`,
  ).all({ from, to, sites: sites === null ? null : JSON.stringify(sites) });
}

/** One site's defects opened in the window: minutes to act, and when each was opened. */
export interface SiteDurations {
  acknowledge: number[];
  resolve: number[];
  /** Every defect's `opened_at` (ms), for when things fail in the site's own zone. */
  opened: number[];
}

/**
 * The minutes from opening to acknowledgement and to resolution of each defect opened in the
 * window, and its opening instant, by site: what medians, percentiles and the hour-by-weekday
 * grid are taken of (a mean hides the long waits). One pass over each site's range of the
 * covering index defects_by_site_window, not one query per site (CROSS JOIN keeps SQLite from
 * scanning the whole index instead).
 */
export function durationsBySite(
  db: Db,
  from: number,
  sites: readonly string[] | null,
): Map<string, SiteDurations> {
  const params = windowParams(from, sites);
  const rows = statement<
    [WindowParams],
    { site: string; opened: number; ack: number | null; resolve: number | null }
  >(
    db,
    `SELECT d.site_id AS site, d.opened_at AS opened, d.acknowledged_at - d.opened_at AS ack,
       d.resolved_at - d.opened_at AS resolve
     FROM sites s CROSS JOIN defects d ON d.site_id = s.id AND d.opened_at >= @from
     ${sites === null ? "" : "WHERE s.id IN (SELECT value FROM json_each(@sites))"}`,
  ).all(params);
  const bySite = new Map<string, SiteDurations>();
  for (const r of rows) {
    let entry = bySite.get(r.site);
    if (!entry) {
      entry = { acknowledge: [], resolve: [], opened: [] };
      bySite.set(r.site, entry);
    }
    entry.opened.push(r.opened);
    if (r.ack !== null) entry.acknowledge.push(r.ack / 60_000);
    if (r.resolve !== null) entry.resolve.push(r.resolve / 60_000);
  }
  return bySite;
}
