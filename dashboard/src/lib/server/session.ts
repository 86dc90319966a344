import type { Me } from "@bulbcheck/shared";
import type { Cookies } from "@sveltejs/kit";
import { SESSION_COOKIE } from "./config.ts";

/**
 * Who a session token is, remembered briefly so that every page view does not ask the API again.
 * An entry goes at once when the API answers 401 for its token, or on sign-out.
 */
const known = new Map<string, { me: Me; until: number }>();
const REMEMBER_MS = 15_000;
const MAX_ENTRIES = 1000;

export function remembered(token: string, now = Date.now()): Me | undefined {
  const hit = known.get(token);
  if (hit && hit.until > now) return hit.me;
  if (hit) known.delete(token);
  return undefined;
}

export function remember(token: string, me: Me, now = Date.now()): void {
  if (known.size >= MAX_ENTRIES) known.clear();
  known.set(token, { me, until: now + REMEMBER_MS });
}

export function forget(token: string): void {
  known.delete(token);
}

/** Sets the session cookie until the session's own end; Secure when the page came over https. */
export function startSession(cookies: Cookies, url: URL, token: string, expiresAt: string): void {
  const seconds = Math.floor((Date.parse(expiresAt) - Date.now()) / 1000);
  cookies.set(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: url.protocol === "https:",
    maxAge: Math.max(60, seconds),
  });
}

/**
 * A wall screen signed in with a system token: the token does not expire, so the cookie lasts
 * as long as browsers keep one (400 days); revoking the token signs the screen out.
 */
export function startScreen(cookies: Cookies, url: URL, token: string): void {
  cookies.set(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: url.protocol === "https:",
    maxAge: 400 * 24 * 3600,
  });
}

export function endSession(cookies: Cookies, token: string): void {
  if (token) forget(token);
  cookies.delete(SESSION_COOKIE, { path: "/" });
}

/**
 * The sign-in page, with the way back to `url`. A form action's `?/name` and SvelteKit's own
 * parameters are not part of the way back.
 */
export function loginPath(url: URL, reason?: "expired"): string {
  const params = new URLSearchParams(url.search);
  for (const key of [...params.keys()]) {
    if (key.startsWith("/") || key.startsWith("x-sveltekit")) params.delete(key);
  }
  const search = params.toString();
  const next = `${url.pathname}${search ? `?${search}` : ""}`;
  const query = new URLSearchParams();
  if (next !== "/") query.set("next", next);
  if (reason) query.set("reason", reason);
  const q = query.toString();
  return `/login${q ? `?${q}` : ""}`;
}
