import type { DailyReport, SiteSummary } from "@bulbcheck/shared";
import { load as apiLoad } from "$lib/server/api.ts";
import type { PageServerLoad } from "./$types";

/** The daily bulb report: the same data as the morning e-mail, for any site and day. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const site = url.searchParams.get("site") ?? "";
  const date = url.searchParams.get("date") ?? "";
  const query = new URLSearchParams();
  if (site) query.set("site", site);
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) query.set("date", date);
  const [report, sites] = await Promise.all([
    apiLoad<DailyReport>(locals.token, `/api/reports/daily?${query}`),
    apiLoad<{ items: SiteSummary[] }>(locals.token, "/api/sites"),
  ]);
  return {
    report,
    site,
    date: query.get("date") ?? "",
    sites: sites.items
      .map((s) => ({ id: s.id, name: s.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
};
