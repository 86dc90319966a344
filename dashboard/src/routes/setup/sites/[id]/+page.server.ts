import type { FleetDocumentInput, RegistryKind } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { type ActionFailure, fail, redirect } from "@sveltejs/kit";
import { apiFailure } from "$lib/server/actions.ts";
import { ApiCallError, api, load as apiLoad } from "$lib/server/api.ts";
import { credentialsOf } from "$lib/server/device-credentials.ts";
import { requireRole } from "$lib/server/roles.ts";
import {
  entered,
  type FieldErrors,
  readAssetForm,
  readCheckpointForm,
  readDeviceForm,
  readSiteForm,
  readZoneForm,
  refusalOf,
  siteFormValues,
  siteValuesOf,
} from "$lib/server/setup-form.ts";
import { TIME_ZONES, timeZoneChoices } from "$lib/server/time-zones.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, params, url }) => {
  requireRole("manager");
  const client = api(locals.token);
  const [site, devices] = await Promise.all([
    apiLoad(client.getSite({ params: { id: params.id }, query: { include: "retired" } })),
    apiLoad(client.listDevices({ query: { site: params.id, include: "retired" } })),
  ]);
  return {
    site,
    devices: devices.items,
    values: siteFormValues(site),
    zones: timeZoneChoices(),
    created: url.searchParams.has("created"),
  };
};

type Failure = ActionFailure<{
  message: string;
  /** Which form the refusal is for, so that only it shows the fields entered. */
  formId: string;
  errors: FieldErrors;
  values: Record<string, unknown>;
}>;

/** A form's refusal, kept with what was entered. */
function refused(formId: string, form: FormData, errors: FieldErrors, message?: string): Failure {
  return fail(400, {
    message: message ?? m.setup_err_check_fields(),
    formId,
    errors,
    values: entered(form),
  });
}

/** An API refusal of a form: field errors for a 400, the API's words for the rest. */
function refusedByApi(
  formId: string,
  form: FormData,
  e: unknown,
): Failure | ReturnType<typeof apiFailure> {
  if (e instanceof ApiCallError && (e.status === 400 || e.status === 409)) {
    const { message, errors } = refusalOf(e);
    return fail(e.status, { message, formId, errors, values: entered(form) });
  }
  return apiFailure(e);
}

/** The site with what is retired in it: ids taken there stay taken. */
const withRetired = (token: string, id: string) =>
  apiLoad(api(token).getSite({ params: { id }, query: { include: "retired" } }));

const field = (form: FormData, key: string) => String(form.get(key) ?? "").trim();

/** "asset Lobby lamp": what a retire, restore or delete was about, by name. */
const THING: Record<RegistryKind, (inputs: { name: string }) => string> = {
  site: m.setup_thing_site,
  zone: m.setup_thing_zone,
  asset: m.setup_thing_asset,
  checkpoint: m.setup_thing_checkpoint,
  device: m.setup_thing_device,
};
const thingWords = (kind: RegistryKind, name: string) => (THING[kind] ?? THING.asset)({ name });

export const actions: Actions = {
  site: async ({ locals, params, request }) => {
    const user = requireRole("manager");
    const form = await request.formData();
    const read = readSiteForm(form, TIME_ZONES);
    if (!read.ok)
      return fail(400, {
        message: m.setup_err_check_fields(),
        formId: "site",
        errors: read.errors,
        values: siteValuesOf(form),
      });
    try {
      const client = api(locals.token);
      // Admins change a site by itself; managers send it as their site's fleet document, the
      // way they may change what is theirs (the API checks that it is).
      if (user.role === "admin")
        await client.patchSite({ params: { id: params.id }, body: read.value });
      else await client.putFleet({ body: { sites: [{ id: params.id, ...read.value }] } });
    } catch (e) {
      if (e instanceof ApiCallError && e.status === 400)
        return fail(400, { ...refusalOf(e), formId: "site", values: siteValuesOf(form) });
      return apiFailure(e);
    }
    return { done: m.setup_site_saved() };
  },

  addZone: async ({ locals, params, request }) => {
    requireRole("manager");
    const form = await request.formData();
    const site = await withRetired(locals.token, params.id);
    const read = readZoneForm(form, new Set(site.zones.map((z) => z.id)));
    if (!read.ok) return refused("add-zone", form, read.errors);
    return provision(
      "add-zone",
      form,
      locals.token,
      {
        sites: [{ id: params.id, zones: [read.value] }],
      },
      m.setup_zone_added({ name: read.value.name }),
    );
  },

  zone: async ({ locals, params, request }) => {
    requireRole("manager");
    const form = await request.formData();
    const zone = field(form, "zone");
    const read = readZoneForm(form, new Set());
    if (!read.ok) return refused(`zone-${zone}`, form, read.errors);
    try {
      await api(locals.token).patchZone({
        params: { site: params.id, zone },
        body: { name: read.value.name },
      });
    } catch (e) {
      return refusedByApi(`zone-${zone}`, form, e);
    }
    return { done: m.setup_zone_saved({ name: read.value.name }) };
  },

  addAsset: async ({ locals, params, request }) => {
    requireRole("manager");
    const form = await request.formData();
    const zone = field(form, "zone");
    const site = await withRetired(locals.token, params.id);
    const taken = new Set(site.zones.flatMap((z) => z.assets.map((a) => a.id)));
    const read = readAssetForm(form, taken);
    if (!read.ok) return refused(`add-asset-${zone}`, form, read.errors);
    return provision(
      `add-asset-${zone}`,
      form,
      locals.token,
      {
        sites: [
          {
            id: params.id,
            zones: [{ id: zone, assets: [{ ...read.value, id: read.value.id as string }] }],
          },
        ],
      },
      m.setup_asset_added({ name: read.value.name }),
    );
  },

  asset: async ({ locals, params, request }) => {
    requireRole("manager");
    const form = await request.formData();
    const asset = field(form, "asset");
    const read = readAssetForm(form, null);
    if (!read.ok) return refused(`asset-${asset}`, form, read.errors);
    const zone = field(form, "zone");
    try {
      await api(locals.token).patchAsset({
        params: { site: params.id, asset },
        body: { ...read.value, ...(zone ? { zone } : {}) },
      });
    } catch (e) {
      return refusedByApi(`asset-${asset}`, form, e);
    }
    return { done: m.setup_asset_saved({ name: read.value.name }) };
  },

  addCheckpoint: async ({ locals, params, request }) => {
    requireRole("manager");
    const form = await request.formData();
    const zone = field(form, "zone");
    const site = await withRetired(locals.token, params.id);
    const taken = new Set(site.zones.flatMap((z) => z.checkpoints.map((c) => c.id)));
    const read = readCheckpointForm(form, taken);
    if (!read.ok) return refused(`add-checkpoint-${zone}`, form, read.errors);
    return provision(
      `add-checkpoint-${zone}`,
      form,
      locals.token,
      {
        sites: [
          {
            id: params.id,
            zones: [{ id: zone, checkpoints: [{ ...read.value, id: read.value.id as string }] }],
          },
        ],
      },
      m.setup_checkpoint_added({ name: read.value.name }),
    );
  },

  checkpoint: async ({ locals, params, request }) => {
    requireRole("manager");
    const form = await request.formData();
    const checkpoint = field(form, "checkpoint");
    const read = readCheckpointForm(form, null);
    if (!read.ok) return refused(`checkpoint-${checkpoint}`, form, read.errors);
    try {
      await api(locals.token).patchCheckpoint({
        params: { site: params.id, checkpoint },
        body: read.value,
      });
    } catch (e) {
      return refusedByApi(`checkpoint-${checkpoint}`, form, e);
    }
    return { done: m.setup_checkpoint_saved({ name: read.value.name }) };
  },

  addDevice: async ({ locals, params, request }) => {
    requireRole("manager");
    const form = await request.formData();
    const client = api(locals.token);
    // Device ids are one namespace across every site: they are MQTT usernames.
    const devices = await apiLoad(client.listDevices({ query: { include: "retired" } }));
    const read = readDeviceForm(form, new Set(devices.items.map((d) => d.id)));
    if (!read.ok) return refused("add-device", form, read.errors);
    const device = read.value as typeof read.value & { id: string };
    try {
      const result = await client.putFleet({
        body: { sites: [{ id: params.id, devices: [device] }] },
      });
      const secret = result.secrets[device.id];
      if (!secret)
        return refused("add-device", form, {
          id: m.setup_device_id_exists({ id: device.id }),
        });
      const connection = await client.getDeviceConnection({ params: { id: device.id } });
      return {
        done: m.setup_device_added({ name: device.name ?? device.id }),
        credentials: credentialsOf(connection, secret),
      };
    } catch (e) {
      return refusedByApi("add-device", form, e);
    }
  },

  /** Retire or restore one thing of the site (or the site itself): `kind`, `target`. */
  retire: async (event) => setRetired(event, true),
  restore: async (event) => setRetired(event, false),

  /** Delete what has no history; the API says what it removed, or why not. */
  delete: async ({ locals, params, request }) => {
    requireRole("manager");
    const form = await request.formData();
    const kind = field(form, "kind") as RegistryKind;
    const target = field(form, "target");
    const thing = thingWords(kind, field(form, "label") || target);
    const client = api(locals.token);
    try {
      const site = params.id;
      const answer =
        kind === "site"
          ? await client.deleteSite({ params: { id: site } })
          : kind === "zone"
            ? await client.deleteZone({ params: { site, zone: target } })
            : kind === "asset"
              ? await client.deleteAsset({ params: { site, asset: target } })
              : kind === "checkpoint"
                ? await client.deleteCheckpoint({ params: { site, checkpoint: target } })
                : await client.deleteDevice({ params: { id: target } });
      if (kind === "site") redirect(303, "/setup");
      const r = answer.removed;
      const parts = [
        r.zones && m.setup_imp_n_zone({ count: r.zones }),
        r.assets && m.setup_imp_n_asset({ count: r.assets }),
        r.checkpoints && m.setup_imp_n_checkpoint({ count: r.checkpoints }),
        r.devices && m.setup_imp_n_device({ count: r.devices }),
      ].filter(Boolean);
      return {
        done: m.setup_deleted({ thing, parts: parts.join(", ") || m.setup_nothing_else() }),
      };
    } catch (e) {
      return apiFailure(e);
    }
  },
};

async function setRetired(
  { locals, params, request }: { locals: App.Locals; params: { id: string }; request: Request },
  retired: boolean,
) {
  requireRole("manager");
  const form = await request.formData();
  const kind = field(form, "kind") as RegistryKind;
  const target = field(form, "target");
  const thing = thingWords(kind, field(form, "label") || target);
  const client = api(locals.token);
  const site = params.id;
  const body = { retired };
  try {
    const answer =
      kind === "site"
        ? await client.patchSite({ params: { id: site }, body })
        : kind === "zone"
          ? await client.patchZone({ params: { site, zone: target }, body })
          : kind === "asset"
            ? await client.patchAsset({ params: { site, asset: target }, body })
            : kind === "checkpoint"
              ? await client.patchCheckpoint({ params: { site, checkpoint: target }, body })
              : await client.patchDevice({ params: { id: target }, body });
    if (kind === "site" && retired) redirect(303, "/setup");
    const closed = answer.closedDefects
      ? ` ${m.setup_retired_closed({ count: answer.closedDefects })}`
      : "";
    return {
      done: retired
        ? `${m.setup_retired_done({ thing })}${closed}`
        : m.setup_restored_done({ thing }),
    };
  } catch (e) {
    return apiFailure(e);
  }
}

async function provision(
  formId: string,
  form: FormData,
  token: string,
  body: FleetDocumentInput,
  done: string,
) {
  try {
    await api(token).putFleet({ body });
  } catch (e) {
    return refusedByApi(formId, form, e);
  }
  // The form stays open, empty, for the next one.
  return { done, opened: formId };
}
