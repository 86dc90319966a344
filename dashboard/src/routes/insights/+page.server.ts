import { insightsQuerySchema } from "@bulbcheck/shared";
import { LIVE } from "$lib/live.svelte.ts";
import { api, load as apiLoad, pageQuery } from "$lib/server/api.ts";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, url, depends }) => {
  depends(LIVE);
  const query = pageQuery(url, insightsQuerySchema, ["days", "site"]);
  const insights = await apiLoad(api(locals.token).getInsights({ query }));
  return { insights, days: query.days, site: query.site ?? null, at: Date.now() };
};
