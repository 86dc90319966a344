import { insightsQuerySchema } from "@bulbcheck/shared";
import { getLocale, type Locale, m } from "@bulbcheck/shared/i18n";
import { error } from "@sveltejs/kit";
import { insightTable, isInsightTable, tableCsv } from "$lib/components/insights/tables.ts";
import { api, load as apiLoad, pageQuery } from "$lib/server/api.ts";
import type { RequestHandler } from "./$types";

/**
 * One of the insights page's tables as CSV: `?table=sites&days=30[&site=...]`, the same filters as
 * the page. The header row is in the reader's language; the numbers are plain (dot decimals,
 * minutes and shares of one), so a spreadsheet in any language reads them.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
  const table = url.searchParams.get("table");
  if (!isInsightTable(table)) error(400, { message: m.insights_csv_refused(), code: "bad_table" });
  const query = pageQuery(url, insightsQuerySchema, ["days", "site"]);
  const insights = await apiLoad(api(locals.token).getInsights({ query }));
  const locale = getLocale() as Locale;
  const body = tableCsv(insightTable(table, insights, locale), locale);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="insights-${table}-${query.days}d.csv"`,
      "cache-control": "no-store",
    },
  });
};
