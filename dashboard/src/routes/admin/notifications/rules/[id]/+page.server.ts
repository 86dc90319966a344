import type { RulePatch } from "@bulbcheck/shared";
import { fail, redirect } from "@sveltejs/kit";
import { apiFailure } from "$lib/server/actions.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import { ruleFrom } from "$lib/server/notify-form.ts";
import { requireRole } from "$lib/server/roles.ts";
import type { Actions, PageServerLoad } from "./$types";

/** One rule, to change: the API answers 404 for another site's, as for one that does not exist. */
export const load: PageServerLoad = async ({ locals, params }) => {
  const user = requireRole("manager");
  const client = api(locals.token);
  const [rule, channels, sites] = await Promise.all([
    apiLoad(client.getRule({ params: { id: params.id } })),
    apiLoad(client.listChannels()),
    apiLoad(client.listSites()),
  ]);
  // The rule's site by name.
  const siteName =
    rule.site === null ? null : (sites.items.find((s) => s.id === rule.site)?.name ?? rule.site);
  return { rule, siteName, channels: channels.items, admin: user.role === "admin" };
};

export const actions: Actions = {
  default: async ({ locals, params, request }) => {
    requireRole("manager");
    const form = await request.formData();
    const parsed = ruleFrom(form);
    if ("error" in parsed) return fail(400, { message: parsed.error });
    // The site stays: a rule moves by being made anew.
    const body: RulePatch = {
      name: parsed.name,
      enabled: form.get("enabled") === "on",
      match: parsed.match,
      quietHours: parsed.quietHours,
      levels: parsed.levels,
    };
    try {
      await api(locals.token).updateRule({ params: { id: params.id }, body });
    } catch (e) {
      return apiFailure(e);
    }
    redirect(303, "/admin/notifications");
  },
};
