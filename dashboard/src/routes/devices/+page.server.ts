import { deviceQuerySchema, roleIncludes } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { fail } from "@sveltejs/kit";
import { LIVE } from "$lib/live.svelte.ts";
import { apiFailure } from "$lib/server/actions.ts";
import { api, load as apiLoad, pageQuery } from "$lib/server/api.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, url, depends }) => {
  depends(LIVE);
  const query = pageQuery(url, deviceQuerySchema, ["site", "state"]);
  const client = api(locals.token);
  const sites = await apiLoad(client.listSites({ query: { include: "retired" } }));
  // A site in the address that is not one of the user's: say so, not "0 devices".
  const unknownSite =
    query.site && !sites.items.some((s) => s.id === query.site) ? query.site : null;
  const devices = unknownSite ? { items: [] } : await apiLoad(client.listDevices({ query }));
  // The reasons are shown for the device asked about, or for the ones that had messages refused.
  const selected = url.searchParams.get("device");
  const detail = selected
    ? await apiLoad(client.getDevice({ params: { id: selected } }), {
        kind: "device",
        id: selected,
      })
    : null;
  // The names of what the open device watches and serves, from its site.
  const place = detail
    ? await client.getSite({ params: { id: detail.site } }).catch(() => null)
    : null;
  const assetNames: Record<string, string> = {};
  for (const zone of place?.zones ?? []) {
    for (const a of zone.assets) assetNames[a.id] = a.name;
    for (const c of zone.checkpoints) assetNames[`checkpoint:${c.id}`] = c.name;
  }
  return {
    devices: devices.items,
    detail,
    assetNames,
    unknownSite,
    sites: sites.items
      .map((s) => ({ id: s.id, name: s.name, timezone: s.timezone }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    filters: { site: query.site ?? "", state: query.state ?? "" },
    at: Date.now(),
  };
};

/** Managers look after their sites' devices; the API checks the role and the site again. */
async function deviceId(locals: App.Locals, request: Request) {
  const id = String((await request.formData()).get("device") ?? "");
  if (!locals.user || !roleIncludes(locals.user.role, "manager")) {
    return { refused: fail(403, { message: m.devices_managers_only() }) };
  }
  if (id === "") return { refused: fail(400, { message: m.devices_which() }) };
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
    if (locals.user?.role !== "admin") return fail(403, { message: m.devices_admin_restores() });
    try {
      const answer = await api(locals.token).restoreDevice({ params: { id: asked.id } });
      return { restored: { device: answer.device, secret: answer.secret } };
    } catch (e) {
      return apiFailure(e);
    }
  },
};
