import { LIVE } from "$lib/live.svelte.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, params, depends }) => {
  depends(LIVE);
  const site = params.id;
  const client = api(locals.token);
  const [detail, defects, devices, trend] = await Promise.all([
    apiLoad(client.getSite({ params: { id: site } })),
    apiLoad(client.listDefects({ query: { site, status: "unresolved", limit: 200 } })),
    apiLoad(client.listDevices({ query: { site } })),
    apiLoad(client.getInsights({ query: { site, days: 14 } })),
  ]);
  return {
    site: detail,
    defects: defects.items,
    devices: devices.items,
    trend: { perDay: trend.perDay, caughtBeforeCustomers: trend.caughtBeforeCustomers },
    at: Date.now(),
  };
};
