import { dailyReportQuerySchema } from "@bulbcheck/shared";
import { api, load as apiLoad, pageQuery } from "$lib/server/api.ts";
import type { PageServerLoad } from "./$types";

/** The daily bulb report: the same data as the morning e-mail, for any site and day. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const query = pageQuery(url, dailyReportQuerySchema, ["site", "date"]);
  const client = api(locals.token);
  const [report, sites] = await Promise.all([
    apiLoad(client.getDailyReport({ query })),
    apiLoad(client.listSites()),
  ]);
  // Zone names of the sites reported on (a report's defects carry their zone's id).
  const details = await Promise.all(
    report.sites
      .slice(0, 30)
      .map((s) => client.getSite({ params: { id: s.site } }).catch(() => null)),
  );
  return {
    report,
    zones: details.flatMap((site) =>
      site ? site.zones.map((z) => ({ site: site.id, id: z.id, name: z.name })) : [],
    ),
    site: query.site ?? "",
    date: query.date ?? "",
    sites: sites.items
      .map((s) => ({ id: s.id, name: s.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
};
