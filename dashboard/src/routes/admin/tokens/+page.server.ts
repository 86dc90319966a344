import type { NewToken } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { fail } from "@sveltejs/kit";
import { apiFailure } from "$lib/server/actions.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import { requireRole } from "$lib/server/roles.ts";
import { roleFrom, siteChoices, sitesFrom } from "$lib/server/user-form.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals }) => {
  requireRole("admin");
  const [tokens, sites, users] = await Promise.all([
    apiLoad(api(locals.token).listTokens()),
    siteChoices(locals.token),
    apiLoad(api(locals.token).listUsers()),
  ]);
  return {
    tokens: tokens.items,
    sites,
    // Owners by name: a personal token says whose it is.
    people: Object.fromEntries(users.items.map((u) => [u.username, u.displayName])),
  };
};

export const actions: Actions = {
  create: async ({ locals, request }) => {
    requireRole("admin");
    const form = await request.formData();
    const name = String(form.get("name") ?? "").trim();
    const role = roleFrom(form);
    if (name === "" || name.length > 80) {
      return fail(400, { message: m.admin_name_the_token() });
    }
    if (!role) return fail(400, { message: m.admin_choose_role() });
    const sites = sitesFrom(form, role);
    if (sites !== null && !Array.isArray(sites)) return fail(400, { message: sites.error });
    const body: NewToken = { name, role, sites };
    try {
      const created = await api(locals.token).createToken({ body });
      return { created: { name: created.name, token: created.token } };
    } catch (e) {
      return apiFailure(e);
    }
  },
  revoke: async ({ locals, request }) => {
    requireRole("admin");
    const form = await request.formData();
    const id = Number(form.get("id"));
    if (!Number.isInteger(id)) return fail(400, { message: m.admin_which_token() });
    try {
      await api(locals.token).revokeToken({ params: { id } });
    } catch (e) {
      return apiFailure(e);
    }
    return { done: m.admin_token_revoked() };
  },
};
