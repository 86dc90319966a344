import type { reportRoutes } from "@bulbcheck/shared";
import { dailyReport } from "../../notify/daily-report.ts";
import type { ApiDeps } from "../deps.ts";
import type { Handlers } from "../router.ts";
import { siteFilter } from "../scope.ts";

/** The daily bulb report as data: the page and the e-mail show the same. */
export function reportHandlers(deps: ApiDeps): Handlers<typeof reportRoutes> {
  return {
    getDailyReport: ({ query, caller }) => {
      const sites = siteFilter(caller, query.site);
      return dailyReport(deps.db, { sites, date: query.date, now: deps.now() });
    },
  };
}
