import { LIVE } from "$lib/live.svelte.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, depends }) => {
  depends(LIVE);
  const client = api(locals.token);
  const [sites, defects] = await Promise.all([
    apiLoad(client.listSites()),
    apiLoad(client.listDefects({ query: { status: "unresolved", sort: "severity", limit: 200 } })),
  ]);
  return { sites: sites.items, defects: defects.items, at: Date.now() };
};
