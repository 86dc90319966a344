import { deviceQuerySchema, roleIncludes } from "@bulbcheck/shared";
import { fail } from "@sveltejs/kit";
import { LIVE } from "$lib/live.svelte.ts";
import { apiFailure } from "$lib/server/actions.ts";
import { api, load as apiLoad, pageQuery } from "$lib/server/api.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, url, depends }) => {
  depends(LIVE);
  const query = pageQuery(url, deviceQuerySchema, ["site", "state"]);
  const client = api(locals.token);
  const devices = await apiLoad(client.listDevices({ query }));
  // The reasons are shown for the device asked about, or for the ones that had messages refused.
  const selected = url.searchParams.get("device");
  const detail = selected ? await apiLoad(client.getDevice({ params: { id: selected } })) : null;
  return {
    devices: devices.items,
    detail,
    filters: { site: query.site ?? "", state: query.state ?? "" },
    at: Date.now(),
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
      const answer = await api(locals.token).rotateDeviceSecret({ params: { id: asked.id } });
      return { rotated: { device: answer.device, secret: answer.secret } };
    } catch (e) {
      return apiFailure(e);
    }
  },
  revoke: async ({ locals, request }) => {
    const asked = await deviceId(locals, request);
    if (asked.refused) return asked.refused;
    try {
      await api(locals.token).revokeDevice({ params: { id: asked.id } });
    } catch (e) {
      return apiFailure(e);
    }
    return { revoked: asked.id };
  },
  restore: async ({ locals, request }) => {
    const asked = await deviceId(locals, request);
    if (asked.refused) return asked.refused;
    if (locals.user?.role !== "admin")
      return fail(403, { message: "Only an admin restores a revoked device." });
    try {
      const answer = await api(locals.token).restoreDevice({ params: { id: asked.id } });
      return { restored: { device: answer.device, secret: answer.secret } };
    } catch (e) {
      return apiFailure(e);
    }
  },
};
