import type { DefectPage, SiteSummary } from "@bulbcheck/shared";
import { LIVE } from "$lib/live.svelte.ts";
import { load as apiLoad } from "$lib/server/api.ts";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, depends }) => {
  depends(LIVE);
  const [sites, defects] = await Promise.all([
    apiLoad<{ items: SiteSummary[] }>(locals.token, "/api/sites"),
    apiLoad<DefectPage>(locals.token, "/api/defects?status=unresolved&sort=severity&limit=200"),
  ]);
  return { sites: sites.items, defects: defects.items, at: Date.now() };
};
