import { type NewUser, passwordSchema, type UserView, usernameSchema } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { fail, redirect } from "@sveltejs/kit";
import { apiFailure } from "$lib/server/actions.ts";
import { ApiCallError, api, load as apiLoad } from "$lib/server/api.ts";
import { contactFrom } from "$lib/server/contact-form.ts";
import { requireRole } from "$lib/server/roles.ts";
import { roleFrom, siteChoices, sitesEntered, sitesFrom } from "$lib/server/user-form.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals }) => {
  requireRole("admin");
  const [users, sites, lockouts] = await Promise.all([
    apiLoad(api(locals.token).listUsers()),
    siteChoices(locals.token),
    apiLoad(api(locals.token).listSignInLockouts()),
  ]);
  return {
    users: users.items,
    sites,
    lockouts: lockouts.items,
  };
};

export const actions: Actions = {
  create: async ({ locals, request }) => {
    requireRole("admin");
    const form = await request.formData();
    const username = String(form.get("username") ?? "").trim();
    const displayName = String(form.get("displayName") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const role = roleFrom(form);
    // A failed submit shows every field again as entered but the password.
    const contact = contactFrom(form);
    const again = {
      form: "create" as const,
      username,
      displayName,
      role: role ?? "staff",
      ...sitesEntered(form),
      ...contact.typed,
      field: undefined as "email" | "phone" | undefined,
    };
    const name = usernameSchema.safeParse(username);
    if (!name.success) {
      return fail(400, { ...again, message: m.admin_username_wrong() });
    }
    if (!role) return fail(400, { ...again, message: m.admin_choose_role() });
    const pw = passwordSchema.safeParse(password);
    if (!pw.success) {
      return fail(400, { ...again, message: m.admin_password_wrong() });
    }
    const sites = sitesFrom(form, role);
    if (sites !== null && !Array.isArray(sites))
      return fail(400, { ...again, message: sites.error });
    if (!contact.ok) return fail(400, { ...again, field: contact.field, message: contact.message });
    const body: NewUser = {
      username: name.data,
      role,
      sites,
      password,
      ...(displayName ? { displayName } : {}),
      ...(contact.email ? { email: contact.email } : {}),
      ...(contact.phone ? { phone: contact.phone } : {}),
    };
    let created: UserView;
    try {
      created = await api(locals.token).createUser({ body });
    } catch (e) {
      if (e instanceof ApiCallError && e.status === 409) {
        return fail(409, { ...again, message: m.admin_username_taken({ username: name.data }) });
      }
      const failure = apiFailure(e);
      return fail(failure.status, { ...again, message: failure.data.message });
    }
    redirect(303, `/admin/users/${created.id}?created=1`);
  },
  unlock: async ({ locals, request }) => {
    requireRole("admin");
    const id = String((await request.formData()).get("id") ?? "");
    try {
      const { username, addresses } = await api(locals.token).unlockUser({ params: { id } });
      return {
        form: "unlock" as const,
        done:
          addresses.length === 0
            ? m.admin_unlock_nothing({ name: username })
            : m.admin_unlocked({ name: username, addresses: addresses.join(", ") }),
      };
    } catch (e) {
      const failure = apiFailure(e);
      return fail(failure.status, { form: "unlock" as const, message: failure.data.message });
    }
  },
};
