import { passwordSchema, type UserPatch } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { error, fail } from "@sveltejs/kit";
import { apiFailure } from "$lib/server/actions.ts";
import { api, load as apiLoad } from "$lib/server/api.ts";
import { contactFrom } from "$lib/server/contact-form.ts";
import { requireRole } from "$lib/server/roles.ts";
import { roleFrom, siteChoices, sitesFrom } from "$lib/server/user-form.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, params, url }) => {
  requireRole("admin");
  const [users, sites, lockouts] = await Promise.all([
    apiLoad(api(locals.token).listUsers()),
    siteChoices(locals.token),
    apiLoad(api(locals.token).listSignInLockouts()),
  ]);
  const user = users.items.find((u) => String(u.id) === params.id);
  if (!user) error(404, { message: m.admin_no_such_user({ id: params.id }) });
  return {
    account: user,
    lockouts: lockouts.items.filter((l) => l.username === user.username),
    self: locals.user?.user?.id === user.id,
    created: url.searchParams.has("created"),
    sites,
  };
};

async function patch(
  token: string,
  id: string,
  body: UserPatch,
  which: string,
  done: string,
  extra: Record<string, unknown> = {},
) {
  try {
    await api(token).updateUser({ params: { id }, body });
  } catch (e) {
    const failure = apiFailure(e);
    return fail(failure.status, { form: which, message: failure.data.message, ...extra });
  }
  return { form: which, done };
}

export const actions: Actions = {
  access: async ({ locals, params, request }) => {
    requireRole("admin");
    const form = await request.formData();
    const role = roleFrom(form);
    if (!role) return fail(400, { form: "access", message: m.admin_choose_role() });
    const sites = sitesFrom(form, role);
    if (sites !== null && !Array.isArray(sites)) {
      return fail(400, { form: "access", message: sites.error });
    }
    const displayName = String(form.get("displayName") ?? "").trim();
    if (displayName === "" || displayName.length > 80) {
      return fail(400, { form: "access", message: m.admin_display_name_wrong() });
    }
    return patch(locals.token, params.id, { displayName, role, sites }, "access", m.admin_saved());
  },
  // Where they are told of what is assigned to them (issue 20).
  contact: async ({ locals, params, request }) => {
    requireRole("admin");
    const read = contactFrom(await request.formData());
    if (!read.ok) {
      return fail(400, {
        form: "contact",
        field: read.field,
        message: read.message,
        typed: read.typed,
      });
    }
    return patch(
      locals.token,
      params.id,
      { email: read.email, phone: read.phone },
      "contact",
      m.admin_saved(),
      { typed: read.typed },
    );
  },
  password: async ({ locals, params, request }) => {
    requireRole("admin");
    const form = await request.formData();
    const password = passwordSchema.safeParse(String(form.get("password") ?? ""));
    if (!password.success) {
      return fail(400, {
        form: "password",
        message: m.admin_password_wrong(),
      });
    }
    return patch(
      locals.token,
      params.id,
      { password: password.data },
      "password",
      m.admin_password_set(),
    );
  },
  disable: async ({ locals, params }) => {
    requireRole("admin");
    return patch(locals.token, params.id, { disabled: true }, "state", m.admin_disabled_done());
  },
  unlock: async ({ locals, params }) => {
    requireRole("admin");
    try {
      const { addresses } = await api(locals.token).unlockUser({ params: { id: params.id } });
      return {
        form: "sign-in",
        done:
          addresses.length === 0
            ? m.admin_unlock_nothing_self()
            : m.admin_unlocked_self({ addresses: addresses.join(", ") }),
      };
    } catch (e) {
      const failure = apiFailure(e);
      return fail(failure.status, { form: "sign-in", message: failure.data.message });
    }
  },
  enable: async ({ locals, params }) => {
    requireRole("admin");
    return patch(locals.token, params.id, { disabled: false }, "state", m.admin_enabled_done());
  },
};
