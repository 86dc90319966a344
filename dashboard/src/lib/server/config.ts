import { env } from "$env/dynamic/private";

/**
 * Where the API is, from the environment: `pnpm start` sets it. The dashboard has no token of
 * its own: every call it makes carries the signed-in user's session token.
 */
export function apiUrl(): string {
  return (env.BULBCHECK_API_URL ?? "http://127.0.0.1:8080").replace(/\/+$/, "");
}

/** The cookie that holds the session token: httpOnly, so no script in the page can read it. */
export const SESSION_COOKIE = "bulbcheck_session";
