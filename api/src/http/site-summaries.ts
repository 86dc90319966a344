import { compareSites, type SiteSummary } from "@bulbcheck/shared";
import type { Db } from "../store/database.ts";
import { unresolvedCountsBySite } from "../store/defect-store.ts";
import {
  deviceCountsBySite,
  inspectionCountsBySite,
  listSiteRows,
  type SiteRow,
} from "../store/registry-store.ts";
import { siteSummaryView } from "./views.ts";

/** Every site's summary, worst first: what the overview shows. */
export function siteSummaries(db: Db, now: number, { includeRetired = false } = {}): SiteSummary[] {
  const counts = unresolvedCountsBySite(db, now);
  const devices = deviceCountsBySite(db);
  const inspections = inspectionCountsBySite(db, now);
  return listSiteRows(db, { includeRetired })
    .map((site) =>
      siteSummaryView(site, counts.get(site.id), devices.get(site.id), inspections.get(site.id)),
    )
    .sort(compareSites);
}

/** One site's summary, reading that site's rows only. */
export function siteSummary(db: Db, site: SiteRow, now: number): SiteSummary {
  const { id } = site;
  return siteSummaryView(
    site,
    unresolvedCountsBySite(db, now, id).get(id),
    deviceCountsBySite(db, id).get(id),
    inspectionCountsBySite(db, now, id).get(id),
  );
}
