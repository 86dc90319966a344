import { m } from "@bulbcheck/shared/i18n";
import { fail, redirect } from "@sveltejs/kit";
import { apiFailure } from "$lib/server/actions.ts";
import { ApiCallError, api, load as apiLoad } from "$lib/server/api.ts";
import { requireRole } from "$lib/server/roles.ts";
import {
  chosenId,
  newSiteFormValues,
  readSiteForm,
  refusalOf,
  siteValuesOf,
} from "$lib/server/setup-form.ts";
import { TIME_ZONES, timeZoneChoices } from "$lib/server/time-zones.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = () => {
  requireRole("admin");
  return { values: newSiteFormValues(), zones: timeZoneChoices() };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole("admin");
    const form = await request.formData();
    const values = siteValuesOf(form);
    const sites = await apiLoad(api(locals.token).listSites({ query: { include: "retired" } }));
    const errors: Record<string, string> = {};
    const id = chosenId(form, new Set(sites.items.map((s) => s.id)), errors);
    const read = readSiteForm(form, TIME_ZONES);
    if (!read.ok || !id) {
      const all = { ...errors, ...(read.ok ? {} : read.errors) };
      return fail(400, { message: m.setup_err_check_fields(), errors: all, values });
    }
    try {
      await api(locals.token).putFleet({ body: { sites: [{ id, ...read.value }] } });
    } catch (e) {
      if (e instanceof ApiCallError && e.status === 400)
        return fail(400, { ...refusalOf(e), values });
      return apiFailure(e);
    }
    redirect(303, `/setup/sites/${id}?created=1`);
  },
};
