import type { DeviceDetail, DeviceView } from "@bulbcheck/shared";
import { LIVE } from "$lib/live.svelte.ts";
import { load as apiLoad } from "$lib/server/api.ts";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, url, depends }) => {
  depends(LIVE);
  const query = new URLSearchParams();
  for (const key of ["site", "state"]) {
    const value = url.searchParams.get(key);
    if (value) query.set(key, value);
  }
  const devices = await apiLoad<{ items: DeviceView[] }>(locals.token, `/api/devices?${query}`);
  // The reasons are shown for the device asked about, or for the ones that had messages refused.
  const selected = url.searchParams.get("device");
  const detail = selected
    ? await apiLoad<DeviceDetail>(locals.token, `/api/devices/${encodeURIComponent(selected)}`)
    : null;
  return {
    devices: devices.items,
    detail,
    filters: { site: query.get("site") ?? "", state: query.get("state") ?? "" },
  };
};
