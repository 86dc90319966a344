import type { SiteSummary } from "@bulbcheck/shared";
import { LIVE } from "$lib/live.svelte.ts";
import { load as apiLoad } from "$lib/server/api.ts";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, depends }) => {
  depends(LIVE);
  const sites = await apiLoad<{ items: SiteSummary[] }>(locals.token, "/api/sites");
  return { sites: sites.items, at: Date.now() };
};
