import { QUARTER_HOUR_MS } from "@bulbcheck/shared";
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
/** Where a site's part of the window starts: its zone's entry in `@starts`. */
const SITE_START = `json_extract(@starts, '$."' || s.timezone || '"')`;

/**
 * The window: where it starts in each zone (each site's part starts at midnight on its own
 * clock), bound to the statements as one JSON object.
 */
export interface InsightWindow {
  /** Time zone to the instant (ms) its sites' part of the window starts at. */
  starts: ReadonlyMap<string, number>;
}

interface WindowParams {
  starts: string;
  sites?: string;
}

function windowParams(window: InsightWindow, sites: readonly string[] | null): WindowParams {
  const starts = JSON.stringify(Object.fromEntries(window.starts));
  return sites === null ? { starts } : { starts, sites: JSON.stringify(sites) };
}

export interface InsightSite {
  site: string;
  name: string;
  timezone: string;
}

/** The sites in scope, by name. */
export function insightSites(db: Db, sites: readonly string[] | null): InsightSite[] {
  const sql = `SELECT id AS site, name, timezone FROM sites
     ${sites === null ? "" : `WHERE id ${IN_SITES}`} ORDER BY name`;
  return sites === null
    ? statement<[], InsightSite>(db, sql).all()
    : statement<[{ sites: string }], InsightSite>(db, sql).all({ sites: JSON.stringify(sites) });
}

/** A defect opened in the window: what the medians and the grid of the page are taken of. */
export interface OpenedDefect {
  site: string;
  /** When it was opened (ms). */
  opened: number;
  source: string;
  category: string;
  /** Milliseconds from opening to acknowledgement and to resolution, when they happened. */
  ack: number | null;
  resolve: number | null;
}

/**
 * Every defect opened in each site's part of the window: one pass over each site's range of the
 * covering index defects_by_site_window (a mean or a count per site in SQL would hide the long
 * waits and the site's own days).
 */
export function defectsOpenedIn(
  db: Db,
  window: InsightWindow,
  sites: readonly string[] | null,
): OpenedDefect[] {
  return statement<[WindowParams], OpenedDefect>(
    db,
    `SELECT d.site_id AS site, d.opened_at AS opened, d.source AS source,
       d.category AS category, d.acknowledged_at - d.opened_at AS ack,
       d.resolved_at - d.opened_at AS resolve
     FROM sites s CROSS JOIN defects d ON d.site_id = s.id AND d.opened_at >= ${SITE_START}
     ${sites === null ? "" : `WHERE s.id ${IN_SITES}`}`,
  ).all(windowParams(window, sites));
}

/** Resolutions in one quarter hour in one zone: every zone's offset is whole quarter hours. */
export interface ResolvedSlot {
  timezone: string;
  /** resolved_at / QUARTER_HOUR_MS. */
  slot: number;
  n: number;
}

export const SLOT_MS = QUARTER_HOUR_MS;

/**
 * Defects resolved in each site's part of the window, per zone and quarter hour (a few thousand
 * groups however many sites share a zone), from each site's range of defects_resolved_window.
 */
export function resolvedIn(
  db: Db,
  window: InsightWindow,
  sites: readonly string[] | null,
): ResolvedSlot[] {
  return statement<[WindowParams], ResolvedSlot>(
    db,
    `SELECT s.timezone AS timezone, d.resolved_at / ${SLOT_MS} AS slot, count(*) AS n
     FROM sites s CROSS JOIN defects d ON d.site_id = s.id AND d.resolved_at >= ${SITE_START}
     ${sites === null ? "" : `WHERE s.id ${IN_SITES}`}
     GROUP BY s.timezone, d.resolved_at / ${SLOT_MS}`,
  ).all(windowParams(window, sites));
}

/**
 * Per site, the defects on customer-visible assets not raised by the system, and those of them a
 * sensor or staff found first: from each visible asset's range of defects_by_asset_opened (the
 * partial index assets_visible), rather than looking up every defect's asset.
 */
export function visibleCaught(
  db: Db,
  window: InsightWindow,
  sites: readonly string[] | null,
): Map<string, { visible: number; caught: number }> {
  const rows = statement<[WindowParams], { site: string; visible: number; caught: number }>(
    db,
    `SELECT a.site_id AS site, sum(d.source <> 'system') AS visible,
       sum(d.source IN ('sensor', 'staff')) AS caught
     FROM sites s CROSS JOIN assets a ON a.site_id = s.id AND a.customer_visible = 1
     CROSS JOIN defects d ON d.site_id = a.site_id AND d.asset_id = a.id AND d.opened_at >= ${SITE_START}
     ${sites === null ? "" : `WHERE s.id ${IN_SITES}`}
     GROUP BY a.site_id`,
  ).all(windowParams(window, sites));
  return new Map(rows.map((r) => [r.site, { visible: r.visible, caught: r.caught }]));
}

/**
 * Repeat failures: per asset, defects opened in each site's part of the window whose earlier fix
 * did not hold, most first; from the partial index defects_recurrences. Every asset that repeats
 * (the per-site counts are summed from them), not the first few.
 */
export function recurrencesIn(
  db: Db,
  window: InsightWindow,
  sites: readonly string[] | null,
): { site: string; asset: string; assetName: string; repeats: number }[] {
  return statement<
    [WindowParams],
    { site: string; asset: string; assetName: string; repeats: number }
  >(
    db,
    `SELECT d.site_id AS site, d.asset_id AS asset, coalesce(a.name, d.asset_id) AS assetName,
       count(*) AS repeats
     FROM sites s CROSS JOIN defects d ON d.site_id = s.id AND d.recurrence_of IS NOT NULL
       AND d.opened_at >= ${SITE_START}
     LEFT JOIN assets a ON a.site_id = d.site_id AND a.id = d.asset_id
     ${sites === null ? "" : `WHERE s.id ${IN_SITES}`}
     GROUP BY d.site_id, d.asset_id ORDER BY repeats DESC, site, asset`,
  ).all(windowParams(window, sites));
}

/**
 * Per site, defects opened in its part of the window that are `sensor_suspect`, and those marked
 * after a passed round: each from its partial index (migration 017).
 */
export function evidenceCountsIn(
  db: Db,
  window: InsightWindow,
  sites: readonly string[] | null,
): Map<string, { sensorSuspects: number; afterPassedRound: number }> {
  const count = (where: string) =>
    statement<[WindowParams], { site: string; n: number }>(
      db,
      `SELECT s.id AS site, count(*) AS n
       FROM sites s CROSS JOIN defects d ON d.site_id = s.id AND ${where}
         AND d.opened_at >= ${SITE_START}
       ${sites === null ? "" : `WHERE s.id ${IN_SITES}`}
       GROUP BY s.id`,
    ).all(windowParams(window, sites));
  const counts = new Map<string, { sensorSuspects: number; afterPassedRound: number }>();
  const of = (site: string) => {
    let c = counts.get(site);
    if (!c) {
      c = { sensorSuspects: 0, afterPassedRound: 0 };
      counts.set(site, c);
    }
    return c;
  };
  for (const r of count("d.fault = 'sensor_suspect'")) of(r.site).sensorSuspects = r.n;
  for (const r of count("d.after_round IS NOT NULL")) of(r.site).afterPassedRound = r.n;
  return counts;
}
