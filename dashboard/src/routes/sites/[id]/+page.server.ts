import type { DefectPage, DeviceView, Insights, SiteDetail } from "@bulbcheck/shared";
import { LIVE } from "$lib/live.svelte.ts";
import { load as apiLoad } from "$lib/server/api.ts";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, params, depends }) => {
  depends(LIVE);
  const site = encodeURIComponent(params.id);
  const [detail, defects, devices, trend] = await Promise.all([
    apiLoad<SiteDetail>(locals.token, `/api/sites/${site}`),
    apiLoad<DefectPage>(locals.token, `/api/defects?site=${site}&status=unresolved&limit=200`),
    apiLoad<{ items: DeviceView[] }>(locals.token, `/api/devices?site=${site}`),
    apiLoad<Insights>(locals.token, `/api/insights?site=${site}&days=14`),
  ]);
  return {
    site: detail,
    defects: defects.items,
    devices: devices.items,
    trend: { perDay: trend.perDay, caughtBeforeCustomers: trend.caughtBeforeCustomers },
    at: Date.now(),
  };
};
