import { env } from "$env/dynamic/private";

/**
 * Where the API is and the dashboard's own token, from the environment: `pnpm start` sets both.
 * The dashboard's token reads boards for everybody; actions need the user's own token.
 */
export function apiUrl(): string {
  return (env.BULBCHECK_API_URL ?? "http://127.0.0.1:8080").replace(/\/+$/, "");
}

export function dashboardToken(): string {
  return env.BULBCHECK_DASHBOARD_TOKEN ?? "";
}

export const SESSION_COOKIE = "bulbcheck_token";
