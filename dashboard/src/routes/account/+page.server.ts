import { passwordSchema } from "@bulbcheck/shared";
import { isLocale, LOCALE_NAMES, localeOfAcceptLanguage, m } from "@bulbcheck/shared/i18n";
import { fail } from "@sveltejs/kit";
import { apiFailure } from "$lib/server/actions.ts";
import { ApiCallError, api, load as apiLoad } from "$lib/server/api.ts";
import { contactFrom } from "$lib/server/contact-form.ts";
import { remember } from "$lib/server/session.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, request }) => {
  // A system token has no account of its own (the dashboard signs in people, so this is rare).
  const tokens = locals.user?.user
    ? await apiLoad(api(locals.token).listMyTokens())
    : { items: [] };
  return {
    tokens: tokens.items,
    browserLocale: localeOfAcceptLanguage(request.headers.get("accept-language")) ?? "en",
  };
};

export const actions: Actions = {
  // Their language (issue 21): "" is their browser's. The next page renders in it.
  language: async ({ locals, request }) => {
    const chosen = String((await request.formData()).get("locale") ?? "");
    if (chosen !== "" && !isLocale(chosen)) {
      return fail(400, { form: "language", message: m.account_language_unknown() });
    }
    const locale = chosen === "" ? null : chosen;
    let me: Awaited<ReturnType<ReturnType<typeof api>["changeMyLanguage"]>>;
    try {
      me = await api(locals.token).changeMyLanguage({ body: { locale } });
    } catch (e) {
      return withForm("language", e);
    }
    remember(locals.token, me);
    const now = locale ?? localeOfAcceptLanguage(request.headers.get("accept-language")) ?? "en";
    locals.locale = now;
    return { form: "language", done: m.account_language_saved({ language: LOCALE_NAMES[now] }) };
  },
  // Where they are told of what is assigned to them (issue 20).
  contact: async ({ locals, request }) => {
    const read = contactFrom(await request.formData());
    if (!read.ok) {
      return fail(400, {
        form: "contact",
        field: read.field,
        message: read.message,
        typed: read.typed,
      });
    }
    try {
      await api(locals.token).changeMyContact({ body: { email: read.email, phone: read.phone } });
    } catch (e) {
      if (e instanceof ApiCallError && e.status === 409) {
        return fail(409, {
          form: "contact",
          field: "email",
          message: m.account_contact_taken(),
          typed: read.typed,
        });
      }
      return withForm("contact", e);
    }
    return { form: "contact", done: m.account_saved() };
  },
  password: async ({ locals, request }) => {
    const form = await request.formData();
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    const again = String(form.get("confirmPassword") ?? "");
    const checked = passwordSchema.safeParse(newPassword);
    if (currentPassword === "") {
      return fail(400, { form: "password", message: m.account_password_enter_current() });
    }
    if (!checked.success) {
      return fail(400, {
        form: "password",
        message:
          newPassword.length < 10 ? m.account_password_too_short() : m.account_password_too_long(),
      });
    }
    if (again !== newPassword) {
      return fail(400, { form: "password", message: m.account_password_differ() });
    }
    try {
      await api(locals.token).changePassword({ body: { currentPassword, newPassword } });
    } catch (e) {
      if (e instanceof ApiCallError && e.code === "wrong_password") {
        return fail(400, { form: "password", message: m.account_password_wrong() });
      }
      return withForm("password", e);
    }
    return {
      form: "password",
      done: m.account_password_changed(),
    };
  },
  createToken: async ({ locals, request }) => {
    const form = await request.formData();
    const name = String(form.get("name") ?? "").trim();
    if (name === "" || name.length > 80) {
      return fail(400, { form: "token", message: m.account_token_name_missing() });
    }
    try {
      const created = await api(locals.token).createMyToken({ body: { name } });
      return { form: "token", created: { name: created.name, token: created.token } };
    } catch (e) {
      return withForm("token", e);
    }
  },
  revokeToken: async ({ locals, request }) => {
    const form = await request.formData();
    const id = Number(form.get("id"));
    if (!Number.isInteger(id))
      return fail(400, { form: "token", message: m.account_token_which() });
    try {
      await api(locals.token).revokeMyToken({ params: { id } });
    } catch (e) {
      return withForm("token", e);
    }
    return { form: "token", done: m.account_token_revoked() };
  },
};

/** An API failure, marked with the form it belongs to so the page shows it there. */
function withForm(which: "password" | "token" | "contact" | "language", e: unknown) {
  const failure = apiFailure(e);
  return fail(failure.status, { form: which, message: failure.data.message });
}
