import {
  addDays,
  assetStateOf,
  localDate,
  type SiteDetail,
  type siteRoutes,
  startOfLocalDay,
  unwatchedAssets,
} from "@bulbcheck/shared";
import { type StoredDefect, unresolvedOfSite } from "../../store/defect-store.ts";
import { complianceByDay } from "../../store/event-store.ts";
import {
  assetsOf,
  checkpointsOf,
  getSiteRow,
  listDevices,
  parseHours,
  zonesOf,
} from "../../store/registry-store.ts";
import { notFound } from "../api-error.ts";
import type { ApiDeps } from "../deps.ts";
import type { Handlers } from "../router.ts";
import { requireSite, seesSite } from "../scope.ts";
import { siteSummaries, siteSummary } from "../site-summaries.ts";
import { deviceView, isoOrNull } from "../views.ts";

export function siteHandlers(deps: ApiDeps): Handlers<typeof siteRoutes> {
  const { db } = deps;

  return {
    listSites: ({ query, caller }) => ({
      items: siteSummaries(db, deps.now(), { includeRetired: query.include === "retired" }).filter(
        (site) => seesSite(caller, site.id),
      ),
    }),

    getSite: ({ params, query, caller }) => {
      // What was retired is left out unless asked for; the site itself answers either way, so
      // that a retired site's history stays readable.
      const shown = (row: { retired_at: number | null }) =>
        row.retired_at === null || query.include === "retired";
      requireSite(caller, params.id, `site ${params.id}`);
      const site = getSiteRow(db, params.id);
      const now = deps.now();
      if (!site) throw notFound(`site ${params.id}`);
      const summary = siteSummary(db, site, now);
      const defectsByAsset = new Map<string, StoredDefect[]>();
      for (const defect of unresolvedOfSite(db, site.id)) {
        const list = defectsByAsset.get(defect.asset) ?? [];
        list.push(defect);
        defectsByAsset.set(defect.asset, list);
      }
      const zones: SiteDetail["zones"] = zonesOf(db, site.id)
        .filter(shown)
        .map((zone) => ({
          id: zone.id,
          name: zone.name,
          retired: zone.retired_at !== null,
          assets: [],
          checkpoints: [],
        }));
      const zoneById = new Map(zones.map((z) => [z.id, z]));
      // What an offline sensor watches is not known to be fine.
      const unwatched = unwatchedAssets(listDevices(db, { site: site.id }).map(deviceView));
      for (const asset of assetsOf(db, site.id).filter(shown)) {
        const open = defectsByAsset.get(asset.id) ?? [];
        zoneById.get(asset.zone_id)?.assets.push({
          id: asset.id,
          name: asset.name,
          category: asset.category,
          customerVisible: asset.customer_visible === 1,
          unplaced: asset.unplaced === 1,
          retired: asset.retired_at !== null,
          state: assetStateOf(open.length, unwatched.has(asset.id)),
          openDefects: open.map((d) => ({
            id: d.id,
            fault: d.fault,
            severity: d.severity,
            status: d.status,
          })),
        });
      }
      for (const cp of checkpointsOf(db, site.id).filter(shown)) {
        zoneById.get(cp.zone_id)?.checkpoints.push({
          id: cp.id,
          name: cp.name,
          intervalMinutes: cp.interval_minutes,
          assets: cp.assets ? (JSON.parse(cp.assets) as string[]) : [],
          lastCheckedAt: isoOrNull(cp.last_checked_at),
          retired: cp.retired_at !== null,
        });
      }
      // The last 14 days on the site's own clock, today included.
      const first = addDays(localDate(now, site.timezone), -13);
      const from = startOfLocalDay(first, site.timezone);
      const days = new Map(
        complianceByDay(db, site.id, from, site.timezone).map((d) => [d.day, d]),
      );
      const compliance = Array.from({ length: 14 }, (_, i) => {
        const day = addDays(first, i);
        const d = days.get(day) ?? { checks: 0, onTime: 0, missed: 0 };
        const due = d.onTime + d.missed;
        return {
          day,
          checks: d.checks,
          onTime: d.onTime,
          missed: d.missed,
          share: due > 0 ? d.onTime / due : null,
        };
      });
      return { ...summary, hours: parseHours(site), compliance, zones };
    },
  };
}
