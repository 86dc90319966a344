import type { Me, SessionView } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { fail, redirect } from "@sveltejs/kit";
import { ApiCallError, api } from "$lib/server/api.ts";
import { clientAddress } from "$lib/server/client.ts";
import { safeNext } from "$lib/server/next-path.ts";
import { problemWords } from "$lib/server/problem-words.ts";
import { endSession, forget, startScreen, startSession } from "$lib/server/session.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = ({ url, locals }) => {
  const next = safeNext(url.searchParams.get("next"), url);
  if (locals.user) redirect(303, next);
  return { next, expired: url.searchParams.get("reason") === "expired" };
};

/** How long to wait, rounded up to whole minutes. */
const minutes = (seconds: number | null): number => Math.max(1, Math.ceil((seconds ?? 60) / 60));

export const actions: Actions = {
  login: async (event) => {
    const form = await event.request.formData();
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const next = safeNext(String(form.get("next") ?? "/"), event.url);
    if (username === "" || password === "") {
      return fail(400, { username, message: m.account_login_missing() });
    }
    let session: SessionView;
    // Signing in over a session (another person at a shared screen, say) ends that one: the
    // API does, given its token. A token it no longer knows is no reason to refuse the sign-in.
    const over = event.locals.token.startsWith("bcs_") ? event.locals.token : "";
    const signIn = (token: string) =>
      api(token, clientAddress(event)).signIn({ body: { username, password } });
    try {
      try {
        session = await signIn(over);
      } catch (e) {
        if (
          !(over && e instanceof ApiCallError && e.status === 401 && e.code !== "bad_credentials")
        )
          throw e;
        session = await signIn("");
      }
    } catch (e) {
      if (e instanceof ApiCallError) {
        if (e.status === 401 || e.status === 400) {
          return fail(401, { username, message: m.account_login_wrong() });
        }
        if (e.status === 429 && (e.retryAfter ?? 60) <= 5) {
          // Not a lockout: too many sign-ins were being checked at that moment.
          return fail(429, {
            username,
            message: m.account_login_busy(),
          });
        }
        if (e.status === 429) {
          return fail(429, {
            username,
            message: m.account_login_locked({ count: minutes(e.retryAfter) }),
          });
        }
        if (e.status === 403) return fail(403, { username, message: problemWords(e) });
        return fail(503, { username, message: m.account_login_unavailable() });
      }
      throw e;
    }
    if (over) forget(over);
    startSession(event.cookies, event.url, session.token, session.expiresAt);
    redirect(303, next);
  },
  /** A wall screen signs in with a system token an admin made for it (Tokens page). */
  screen: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const token = String(form.get("token") ?? "").trim();
    if (!token.startsWith("bct_")) {
      return fail(400, { screen: true, message: m.account_login_paste_token() });
    }
    let me: Me;
    try {
      me = await api(token).getMe();
    } catch (e) {
      if (e instanceof ApiCallError && e.status === 401) {
        return fail(401, { screen: true, message: m.account_login_token_unknown() });
      }
      throw e;
    }
    // A screen on a wall is seen by anyone passing: it gets a token that can only look.
    if (me.user !== null || me.role !== "viewer") {
      return fail(403, {
        screen: true,
        message: m.account_login_viewer_only(),
      });
    }
    startScreen(cookies, url, token);
    redirect(303, "/board?kiosk=1");
  },
  logout: async ({ cookies, locals }) => {
    if (locals.token) {
      try {
        await api(locals.token).signOut();
      } catch {
        // Already ended, or the API is away: the cookie goes all the same.
      }
    }
    endSession(cookies, locals.token);
    redirect(303, "/login");
  },
};
