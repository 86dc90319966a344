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

/**
 * The version and commit the serving process runs, for the footer: its composition root tells
 * `startDashboard`, which passes them as the API's address is passed. `dev` when not told.
 */
export function buildInfo(): { version: string; commit: string } {
  return { version: env.BULBCHECK_VERSION ?? "dev", commit: env.BULBCHECK_COMMIT ?? "dev" };
}
