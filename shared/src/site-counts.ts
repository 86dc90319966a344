import type { SiteDetail, SiteSummary } from "./api/registry.ts";
import type { Severity } from "./faults.ts";

/**
 * Every count a site's tile shows and its site page shows again, from one place (issue 21), so
 * the two cannot disagree. An asset whose sensor is offline is `unknown`: nobody knows whether
 * it works, which is not a defect.
 */

type Zone = Pick<SiteDetail["zones"][number], "retired" | "assets">;
type Asset = Pick<SiteDetail["zones"][number]["assets"][number], "state" | "retired">;

export interface AssetCounts {
  ok: number;
  defect: number;
  unknown: number;
}

export interface SiteCounts {
  /** Unresolved defects (open or acknowledged), and of those per severity. */
  open: number;
  bySeverity: Readonly<Record<Severity, number>>;
  overdue: number;
  /** Open and not yet acknowledged by anyone. */
  unacknowledged: number;
  devices: { offline: number; total: number };
  /** Checkpoints checked within their interval, of all checkpoints. */
  checks: { onTime: number; checkpoints: number };
  /** From the site's zones; null for a summary without them (a tile). */
  assets: AssetCounts | null;
}

/** Assets in service by state: ok, with a defect, or unknown (its sensor is offline). */
export function assetCounts(assets: Iterable<Asset>): AssetCounts {
  const counts = { ok: 0, defect: 0, unknown: 0 };
  for (const a of assets) if (!a.retired) counts[a.state] += 1;
  return counts;
}

/**
 * A site's counts from its summary, with its assets' when the zones are given.
 *
 * @example siteCounts(summary).checks // { onTime: 5, checkpoints: 6 }
 */
export function siteCounts(site: SiteSummary & { zones?: readonly Zone[] }): SiteCounts {
  return {
    open: site.openDefects,
    bySeverity: { ...site.bySeverity },
    overdue: site.overdue,
    unacknowledged: site.unacknowledged,
    devices: { offline: site.offlineDevices, total: site.devices },
    checks: { onTime: site.inspections.onTime, checkpoints: site.inspections.checkpoints },
    assets: site.zones
      ? assetCounts(site.zones.filter((z) => !z.retired).flatMap((z) => z.assets))
      : null,
  };
}

export interface OverviewCounts {
  sites: number;
  /** Sites with at least one unresolved defect, whatever their status. */
  withOpenDefects: number;
  /** Red: something needs action now. */
  needAction: number;
  /** Green: nothing open. */
  allFine: number;
}

/** The overview's summary line: "4 of 6 sites have open defects, 2 need action". */
export function overviewCounts(sites: readonly SiteSummary[]): OverviewCounts {
  return {
    sites: sites.length,
    withOpenDefects: sites.filter((s) => siteCounts(s).open > 0).length,
    needAction: sites.filter((s) => s.status === "red").length,
    allFine: sites.filter((s) => s.status === "green" && siteCounts(s).open === 0).length,
  };
}
