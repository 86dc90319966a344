import { LIVE } from "$lib/live.svelte.ts";
import { apiFailure } from "$lib/server/actions.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, depends }) => {
  depends(LIVE);
  const client = api(locals.token);
  const admin = locals.user?.role === "admin";
  const [sites, demo] = await Promise.all([
    apiLoad(client.listSites()),
    // Only admins may remove the demo chain, so only they are told about it.
    admin ? apiLoad(client.getDemo()) : Promise.resolve(null),
  ]);
  return { sites: sites.items, demo, at: Date.now() };
};

export const actions: Actions = {
  removeDemo: async ({ locals }) => {
    requireRole("admin");
    try {
      await api(locals.token).removeDemo();
      return { removing: true };
    } catch (e) {
      return apiFailure(e);
    }
  },
};
