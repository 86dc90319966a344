import { ApiCallError, type ApiClient, createApiClient } from "@bulbcheck/shared";
import { error, redirect } from "@sveltejs/kit";
import type { z } from "zod";
import { getRequestEvent } from "$app/server";
import { clientAddress } from "./client.ts";
import { apiUrl } from "./config.ts";
import { badFilterWords, problemWords, type Unknown, unknownWords } from "./problem-words.ts";
import { endSession, loginPath } from "./session.ts";

export { ApiCallError };

/**
 * The Bulb Check API as the signed-in user (no token for sign-in and the public QR report),
 * through the contract's typed client: every route, its input and its answer are declared once
 * in `shared/`. The dashboard never touches the database: everything it shows comes through here.
 *
 * `address` is the browser's, for the API's per-address limits and its audit log (it believes
 * the dashboard's X-Forwarded-For: BULBCHECK_TRUST_PROXY); by default the address of the request
 * being served, so that no call counts as the dashboard's own (a wrong current password, say).
 */
export function api(token: string, address = requestAddress()): ApiClient {
  return createApiClient({
    baseUrl: apiUrl(),
    ...(token ? { token } : {}),
    ...(address ? { headers: { "x-forwarded-for": address } } : {}),
  });
}

/** The browser's address, when called while a request is served. */
function requestAddress(): string | undefined {
  try {
    return clientAddress(getRequestEvent());
  } catch {
    return undefined;
  }
}

/**
 * The session ended under the user (expired, signed out elsewhere, password changed, disabled):
 * forget it and send them to sign in again, back to where they were afterwards.
 */
export function sessionLost(): never {
  const event = getRequestEvent();
  endSession(event.cookies, event.locals.token);
  redirect(303, loginPath(event.url, "expired"));
}

/**
 * For load functions: an API failure becomes the page's error, in people's words
 * (problem-words.ts). With `unknown`, the thing the address names: when the API does not know
 * it (or the id cannot be one), the page is a 404 that says which ("There is no site …").
 */
export async function load<T>(call: Promise<T>, unknown?: Unknown): Promise<T> {
  try {
    return await call;
  } catch (e) {
    if (e instanceof ApiCallError) {
      if (e.status === 401) sessionLost();
      if (unknown && (e.status === 404 || e.code === "invalid_path"))
        error(404, { message: unknownWords(unknown), code: "not_found" });
      error(e.status, { message: problemWords(e), code: e.code });
    }
    throw e;
  }
}

/**
 * The page's own query string, read with the schema of the route it is passed to: a bad filter
 * in the address is a 400 that names it in words (the error page offers to clear the filters),
 * before any call. Empty values count as absent.
 */
export function pageQuery<S extends z.ZodType>(
  url: URL,
  schema: S,
  keys: readonly string[],
): z.output<S> {
  const given: Record<string, string> = {};
  for (const key of keys) {
    const value = url.searchParams.get(key);
    if (value) given[key] = value;
  }
  const parsed = schema.safeParse(given);
  if (parsed.success) return parsed.data;
  const [first] = parsed.error.issues;
  const key = String(first?.path[0] ?? "");
  error(400, {
    message:
      key in given
        ? badFilterWords(key, given[key] as string)
        : problemWords({ status: 400, code: "invalid_query" }),
    code: "invalid_query",
  });
}
