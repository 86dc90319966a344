import { dailyReportQuerySchema, dailyReportSchema } from "@bulbcheck/shared";
import { dailyReport } from "../../notify/daily-report.ts";
import type { ApiDeps } from "../deps.ts";
import type { ApiRouter } from "../router.ts";
import { siteFilter } from "../scope.ts";

/** The daily bulb report as data: the page and the e-mail show the same. */
export function reportRoutes(router: ApiRouter, deps: ApiDeps): void {
  router.route(
    {
      method: "get",
      path: "/api/reports/daily",
      summary:
        "The daily bulb report (addition): per site, for a local day (yesterday by default), what failed, what is still open and for how long, overdue inspections, who caught defects first",
      access: "viewer",
      query: dailyReportQuerySchema,
      response: { status: 200, schema: dailyReportSchema, description: "the report" },
      errors: [404],
    },
    ({ query, caller, c }) => {
      const sites = siteFilter(caller, query.site);
      return c.json(dailyReport(deps.db, { sites, date: query.date, now: deps.now() }));
    },
  );
}
