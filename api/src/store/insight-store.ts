import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/**
 * What the insights page reads, over the defects opened (or resolved) in a window, for every site
 * or a list of sites. Each site's days are its own (issue 21), so the rows come with their site
 * and instant and are counted into days by the caller; each statement ranges over each site's
 * part of an index (CROSS JOIN keeps SQLite from scanning a whole index instead). The tests in
 * query-plans.test.ts hold the plans.
 */

/** A list of sites bound as one JSON value. */
const IN_SITES = "IN (SELECT value FROM json_each(@sites))";

interface WindowParams {
  from: number;
  sites?: string;
}

function windowParams(from: number, sites: readonly string[] | null): WindowParams {
  return sites === null ? { from } : { from, sites: JSON.stringify(sites) };
}

export interface InsightSite {
  site: string;
  name: string;
  timezone: string;
}

/** The sites in scope, by name. */
export function insightSites(db: Db, sites: readonly string[] | null): InsightSite[] {
  return statement<[WindowParams], InsightSite>(
    db,
    `SELECT id AS site, name, timezone FROM sites
     ${sites === null ? "" : `WHERE id ${IN_SITES}`} ORDER BY name`,
  ).all(windowParams(0, sites));
}

/** A defect opened in the window: what every count, median and grid of the page is taken of. */
export interface OpenedDefect {
  site: string;
  asset: string;
  /** When it was opened (ms). */
  opened: number;
  source: string;
  category: string;
  /** Milliseconds from opening to acknowledgement and to resolution, when they happened. */
  ack: number | null;
  resolve: number | null;
}

/**
 * Every defect opened since `from`: one pass over each site's range of the covering index
 * defects_by_site_window (a mean or a count per site in SQL would hide the long waits and the
 * site's own days).
 */
export function defectsOpenedSince(
  db: Db,
  from: number,
  sites: readonly string[] | null,
): OpenedDefect[] {
  return statement<[WindowParams], OpenedDefect>(
    db,
    `SELECT d.site_id AS site, d.asset_id AS asset, d.opened_at AS opened, d.source AS source,
       d.category AS category, d.acknowledged_at - d.opened_at AS ack,
       d.resolved_at - d.opened_at AS resolve
     FROM sites s CROSS JOIN defects d ON d.site_id = s.id AND d.opened_at >= @from
     ${sites === null ? "" : `WHERE s.id ${IN_SITES}`}`,
  ).all(windowParams(from, sites));
}

/** Resolutions in one quarter hour at one site: every zone's offset is whole quarter hours. */
export interface ResolvedSlot {
  site: string;
  /** resolved_at / 900000. */
  slot: number;
  n: number;
}

export const SLOT_MS = 900_000;

/** Defects resolved since `from`, per site and quarter hour, from each site's range of the index. */
export function resolvedSince(
  db: Db,
  from: number,
  sites: readonly string[] | null,
): ResolvedSlot[] {
  return statement<[WindowParams], ResolvedSlot>(
    db,
    `SELECT d.site_id AS site, d.resolved_at / ${SLOT_MS} AS slot, count(*) AS n
     FROM sites s CROSS JOIN defects d ON d.site_id = s.id AND d.resolved_at >= @from
     ${sites === null ? "" : `WHERE s.id ${IN_SITES}`}
     GROUP BY s.id, d.resolved_at / ${SLOT_MS}`,
  ).all(windowParams(from, sites));
}

/** The customer-visible assets of the sites in scope, as `site asset` keys. */
export function visibleAssets(db: Db, sites: readonly string[] | null): Set<string> {
  const rows = statement<[WindowParams], { key: string }>(
    db,
    `SELECT site_id || ' ' || id AS key FROM assets
     WHERE customer_visible = 1 ${sites === null ? "" : `AND site_id ${IN_SITES}`}`,
  ).all(windowParams(0, sites));
  return new Set(rows.map((r) => r.key));
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
