import { m } from "@bulbcheck/shared/i18n";
import { fail, redirect } from "@sveltejs/kit";
import { apiFailure } from "$lib/server/actions.ts";
import { ApiCallError, api, load as apiLoad } from "$lib/server/api.ts";
import { credentialsOf } from "$lib/server/device-credentials.ts";
import { requireRole } from "$lib/server/roles.ts";
import { entered, readDeviceForm, refusalOf } from "$lib/server/setup-form.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, params }) => {
  requireRole("manager");
  const client = api(locals.token);
  const [device, connection, site, sites] = await Promise.all([
    apiLoad(client.getDevice({ params: { id: params.device } })),
    apiLoad(client.getDeviceConnection({ params: { id: params.device } })),
    apiLoad(client.getSite({ params: { id: params.id } })),
    apiLoad(client.listSites()),
  ]);
  // The address names the site it was reached from; a moved device's page is under its new one.
  if (device.site !== params.id) redirect(303, `/setup/sites/${device.site}/devices/${device.id}`);
  return {
    device,
    connection,
    site: { id: site.id, name: site.name, timezone: site.timezone },
    assets: site.zones.flatMap((z) =>
      z.assets
        .filter((a) => !a.retired && !a.unplaced)
        .map((a) => ({ id: a.id, name: a.name, zone: z.name })),
    ),
    checkpoints: site.zones.flatMap((z) =>
      z.checkpoints
        .filter((c) => !c.retired)
        .map((c) => ({ id: c.id, name: c.name, zone: z.name })),
    ),
    otherSites: sites.items
      .filter((s) => s.id !== site.id)
      .map((s) => ({ id: s.id, name: s.name })),
  };
};

const secretOf = async (token: string, device: string, secret: string) =>
  credentialsOf(await api(token).getDeviceConnection({ params: { id: device } }), secret);

export const actions: Actions = {
  save: async ({ locals, params, request }) => {
    requireRole("manager");
    const form = await request.formData();
    const read = readDeviceForm(form, null);
    if (!read.ok)
      return fail(400, {
        message: m.setup_err_check_fields(),
        errors: read.errors,
        values: entered(form),
      });
    try {
      await api(locals.token).patchDevice({ params: { id: params.device }, body: read.value });
    } catch (e) {
      if (e instanceof ApiCallError && e.status === 400)
        return fail(400, { ...refusalOf(e), values: entered(form) });
      return apiFailure(e);
    }
    return { done: m.setup_dev_saved() };
  },
  rotate: async ({ locals, params }) => {
    requireRole("manager");
    try {
      const answer = await api(locals.token).rotateDeviceSecret({ params: { id: params.device } });
      return {
        done: m.setup_dev_rotated(),
        credentials: await secretOf(locals.token, answer.device, answer.secret),
      };
    } catch (e) {
      return apiFailure(e);
    }
  },
  revoke: async ({ locals, params }) => {
    requireRole("manager");
    try {
      await api(locals.token).revokeDevice({ params: { id: params.device } });
    } catch (e) {
      return apiFailure(e);
    }
    return {
      done: m.setup_dev_revoked(),
    };
  },
  unrevoke: async ({ locals, params }) => {
    requireRole("admin");
    try {
      const answer = await api(locals.token).restoreDevice({ params: { id: params.device } });
      return {
        done: m.setup_dev_unrevoked(),
        credentials: await secretOf(locals.token, answer.device, answer.secret),
      };
    } catch (e) {
      return apiFailure(e);
    }
  },
  move: async ({ locals, params, request }) => {
    requireRole("manager");
    const site = String((await request.formData()).get("site") ?? "");
    if (site === "") return fail(400, { message: m.setup_dev_choose_site() });
    try {
      // What it watched and served were this site's: at the new one it starts with none named.
      await api(locals.token).patchDevice({
        params: { id: params.device },
        body: { site, watches: [], serves: null },
      });
    } catch (e) {
      return apiFailure(e);
    }
    redirect(303, `/setup/sites/${site}/devices/${params.device}?moved=1`);
  },
  retire: async ({ locals, params }) => {
    requireRole("manager");
    try {
      await api(locals.token).patchDevice({
        params: { id: params.device },
        body: { retired: true },
      });
    } catch (e) {
      return apiFailure(e);
    }
    return {
      done: m.setup_dev_retired(),
    };
  },
  restore: async ({ locals, params }) => {
    requireRole("manager");
    try {
      await api(locals.token).patchDevice({
        params: { id: params.device },
        body: { retired: false },
      });
    } catch (e) {
      return apiFailure(e);
    }
    return { done: m.setup_dev_restored() };
  },
  delete: async ({ locals, params }) => {
    requireRole("manager");
    try {
      await api(locals.token).deleteDevice({ params: { id: params.device } });
    } catch (e) {
      return apiFailure(e);
    }
    redirect(303, `/setup/sites/${params.id}`);
  },
};
