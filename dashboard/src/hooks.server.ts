import type { ApiRole } from "@bulbcheck/shared";
import type { Handle } from "@sveltejs/kit";
import { callApi } from "$lib/server/api.ts";
import { dashboardToken, SESSION_COOKIE } from "$lib/server/config.ts";

/** Who a token is, remembered briefly so that every page view does not ask the API again. */
const known = new Map<string, { name: string; role: ApiRole; until: number }>();
const REMEMBER_MS = 30_000;

async function whoIs(token: string): Promise<{ name: string; role: ApiRole } | null> {
  const now = Date.now();
  const hit = known.get(token);
  if (hit && hit.until > now) return { name: hit.name, role: hit.role };
  try {
    const me = await callApi<{ name: string; role: ApiRole }>(token, "/api/me");
    if (known.size > 1000) known.clear();
    known.set(token, { ...me, until: now + REMEMBER_MS });
    return me;
  } catch {
    known.delete(token);
    return null;
  }
}

export const handle: Handle = async ({ event, resolve }) => {
  const own = event.cookies.get(SESSION_COOKIE);
  const user = own ? await whoIs(own) : null;
  if (own && !user) event.cookies.delete(SESSION_COOKIE, { path: "/" });
  event.locals.user = user;
  event.locals.token = user && own ? own : dashboardToken();
  const response = await resolve(event);
  response.headers.set("x-frame-options", "DENY");
  response.headers.set("referrer-policy", "same-origin");
  response.headers.set("x-content-type-options", "nosniff");
  return response;
};
