import { fail, redirect } from "@sveltejs/kit";
import { ApiCallError, callApi } from "$lib/server/api.ts";
import { SESSION_COOKIE } from "$lib/server/config.ts";
import type { Actions, PageServerLoad } from "./$types";

/** Only paths on this site: a `next` that leads elsewhere is ignored. */
function safeNext(value: string | null): string {
  return value?.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export const load: PageServerLoad = ({ url }) => ({ next: safeNext(url.searchParams.get("next")) });

export const actions: Actions = {
  login: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const token = String(form.get("token") ?? "").trim();
    const next = safeNext(String(form.get("next") ?? "/"));
    if (token === "") return fail(400, { message: "Enter your API token." });
    try {
      await callApi(token, "/api/me");
    } catch (e) {
      if (e instanceof ApiCallError && e.status === 401)
        return fail(401, { message: "That token is unknown or revoked. Ask an admin for one." });
      return fail(503, { message: e instanceof Error ? e.message : "The API does not answer." });
    }
    cookies.set(SESSION_COOKIE, token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: url.protocol === "https:",
      maxAge: 60 * 60 * 24 * 30,
    });
    redirect(303, next);
  },
  logout: async ({ cookies }) => {
    cookies.delete(SESSION_COOKIE, { path: "/" });
    redirect(303, "/");
  },
};
