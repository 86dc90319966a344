import { LIVE } from "$lib/live.svelte.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, depends }) => {
  depends(LIVE);
  const sites = await apiLoad(api(locals.token).listSites());
  return { sites: sites.items, at: Date.now() };
};
