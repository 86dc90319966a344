import { error, redirect } from "@sveltejs/kit";
import { getRequestEvent } from "$app/server";
import { apiUrl } from "./config.ts";
import { endSession, loginPath } from "./session.ts";

export class ApiCallError extends Error {
  readonly status: number;
  readonly code: string;
  /** Seconds to wait, from a 429's Retry-After; null otherwise. */
  readonly retryAfter: number | null;

  constructor(status: number, code: string, message: string, retryAfter: number | null = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  fetch?: typeof fetch;
  /** The browser's address, for the API's per-address rate limits (it trusts loopback). */
  clientAddress?: string;
}

/**
 * One call to the Bulb Check API, with the signed-in user's token (none when `token` is empty:
 * sign-in and the public QR report). The dashboard never touches the database: everything it
 * shows comes through here.
 */
export async function callApi<T>(token: string, path: string, init: CallOptions = {}): Promise<T> {
  const doFetch = init.fetch ?? fetch;
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.clientAddress) headers["x-forwarded-for"] = init.clientAddress;
  let response: Response;
  try {
    response = await doFetch(`${apiUrl()}${path}`, {
      method: init.method ?? "GET",
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    throw new ApiCallError(
      503,
      "api_unreachable",
      `the Bulb Check API at ${apiUrl()} does not answer`,
    );
  }
  const text = await response.text();
  if (!response.ok) {
    let code = "error";
    let message = text || response.statusText;
    try {
      const body = JSON.parse(text) as { error: { code: string; message: string } };
      code = body.error.code;
      message = body.error.message;
    } catch {
      // not an API error body
    }
    const retry = Number(response.headers.get("retry-after"));
    throw new ApiCallError(
      response.status,
      code,
      message,
      Number.isFinite(retry) && retry > 0 ? retry : null,
    );
  }
  return (text ? JSON.parse(text) : undefined) as T;
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

/** For load functions: an API failure becomes the page's error, with the API's words. */
export async function load<T>(token: string, path: string, fetcher?: typeof fetch): Promise<T> {
  try {
    return await callApi<T>(token, path, fetcher ? { fetch: fetcher } : {});
  } catch (e) {
    if (e instanceof ApiCallError) {
      if (e.status === 401) sessionLost();
      error(e.status, { message: e.message, code: e.code });
    }
    throw e;
  }
}
