import type { Me } from "@bulbcheck/shared";
import { staffLocale } from "@bulbcheck/shared/i18n";
import { error, type Handle, redirect } from "@sveltejs/kit";
import { ApiCallError, api } from "$lib/server/api.ts";
import { SESSION_COOKIE } from "$lib/server/config.ts";
import { speaking } from "$lib/server/locale.ts";
import { endSession, loginPath, remember, remembered } from "$lib/server/session.ts";

/** Who a session token is: null when the API does not know it (expired, ended, revoked). */
async function whoIs(token: string): Promise<Me | null> {
  const hit = remembered(token);
  if (hit) return hit;
  try {
    const me = await api(token).getMe();
    remember(token, me);
    return me;
  } catch (e) {
    if (e instanceof ApiCallError && e.status === 401) return null;
    // The API is down or failing: say so on the page rather than signing the user out.
    throw e;
  }
}

/** What anybody may open: the sign-in page, the QR report page and the app's static files. */
function isPublic(path: string): boolean {
  return (
    path === "/login" ||
    path.startsWith("/r/") ||
    path.startsWith("/_app/") ||
    path === "/favicon.svg" ||
    // The installable web app (issue 21): its manifest, icons, service worker and offline page.
    path === "/manifest.webmanifest" ||
    path.startsWith("/icons/") ||
    path === "/service-worker.js" ||
    path === "/offline" ||
    path === "/robots.txt"
  );
}

const HEADERS: Record<string, string> = {
  // The CSP itself comes from kit.csp in svelte.config.js (with hashes of SvelteKit's own
  // inline script); these cover what it does not, and older browsers.
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "cross-origin-opener-policy": "same-origin",
};

export const handle: Handle = async ({ event, resolve }) => {
  const token = event.cookies.get(SESSION_COOKIE) ?? "";
  let me: Me | null = null;
  if (token) {
    try {
      me = await whoIs(token);
    } catch {
      me = null;
      event.locals.apiDown = true;
    }
    if (!me && !event.locals.apiDown) endSession(event.cookies, token);
  }
  event.locals.user = me;
  event.locals.token = me ? token : "";
  event.locals.locale = staffLocale(me?.user?.locale, event.request.headers.get("accept-language"));

  const path = event.url.pathname;
  if (event.locals.apiDown && !isPublic(path)) {
    error(503, { message: "The Bulb Check API does not answer. Try again in a moment." });
  }
  if (!me && !isPublic(path)) {
    if (path === "/stream") return new Response("sign in first", { status: 401 });
    redirect(303, loginPath(event.url, token ? "expired" : undefined));
  }

  // Messages, dates and <html lang> follow locals.locale, which a page may still refine.
  const response = await speaking(event.locals, () =>
    resolve(event, {
      transformPageChunk: ({ html }) => html.replace("%lang%", event.locals.locale),
    }),
  );
  for (const [name, value] of Object.entries(HEADERS)) response.headers.set(name, value);
  // Pages for a signed-in user are theirs alone: no shared cache keeps them.
  if (me && !response.headers.has("cache-control")) {
    response.headers.set("cache-control", "private, no-store");
  }
  return response;
};
