import { auditPageSchema, auditQuerySchema } from "../audit.ts";
import { insightsQuerySchema, insightsSchema } from "../insights.ts";
import { dailyReportQuerySchema, dailyReportSchema } from "../reports.ts";
import { route } from "../route.ts";

/** What managers read back: trends, the daily report, and the audit log. */
export const insightRoutes = {
  getInsights: route({
    method: "get",
    path: "/api/insights",
    summary:
      "Trends (addition): defects opened and resolved per day, who found them first, by category, and how sites compare",
    access: "viewer",
    query: insightsQuerySchema,
    response: { status: 200, schema: insightsSchema, description: "the aggregates" },
    errors: [404],
  }),
};

export const reportRoutes = {
  getDailyReport: route({
    method: "get",
    path: "/api/reports/daily",
    summary:
      "The daily bulb report (addition): per site, for a local day (yesterday by default), what failed, what is still open and for how long, overdue inspections, who caught defects first",
    access: "viewer",
    query: dailyReportQuerySchema,
    response: { status: 200, schema: dailyReportSchema, description: "the report" },
    errors: [404],
  }),
};

export const auditRoutes = {
  listAudit: route({
    method: "get",
    path: "/api/audit",
    summary: "The audit log (addition): every change of state made through the API, newest first",
    access: "admin",
    query: auditQuerySchema,
    response: { status: 200, schema: auditPageSchema, description: "a page of entries" },
  }),
};
