import {
  type DeviceDetail,
  type DeviceSecret,
  type DeviceView,
  roleIncludes,
} from "@bulbcheck/shared";
import { fail } from "@sveltejs/kit";
import { LIVE } from "$lib/live.svelte.ts";
import { apiFailure } from "$lib/server/actions.ts";
import { load as apiLoad, callApi } from "$lib/server/api.ts";
import type { Actions, PageServerLoad } from "./$types";

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

/** Managers look after their sites' devices; the API checks the role and the site again. */
async function deviceId(locals: App.Locals, request: Request) {
  const id = String((await request.formData()).get("device") ?? "");
  if (!locals.user || !roleIncludes(locals.user.role, "manager")) {
    return { refused: fail(403, { message: "Only managers and admins look after devices." }) };
  }
  if (id === "") return { refused: fail(400, { message: "Which device?" }) };
  return { id };
}

export const actions: Actions = {
  rotate: async ({ locals, request }) => {
    const asked = await deviceId(locals, request);
    if (asked.refused) return asked.refused;
    try {
      const answer = await callApi<DeviceSecret>(
        locals.token,
        `/api/devices/${encodeURIComponent(asked.id)}/secret`,
        { method: "POST" },
      );
      return { rotated: { device: answer.device, secret: answer.secret } };
    } catch (e) {
      return apiFailure(e);
    }
  },
  revoke: async ({ locals, request }) => {
    const asked = await deviceId(locals, request);
    if (asked.refused) return asked.refused;
    try {
      await callApi(locals.token, `/api/devices/${encodeURIComponent(asked.id)}`, {
        method: "DELETE",
      });
    } catch (e) {
      return apiFailure(e);
    }
    return { revoked: asked.id };
  },
};
