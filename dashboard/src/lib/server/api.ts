import { error } from "@sveltejs/kit";
import { apiUrl } from "./config.ts";

export class ApiCallError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * One call to the Bulb Check API with a bearer token. The dashboard never touches the database:
 * everything it shows comes through here.
 */
export async function callApi<T>(
  token: string,
  path: string,
  init: { method?: string; body?: unknown; fetch?: typeof fetch } = {},
): Promise<T> {
  const doFetch = init.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${apiUrl()}${path}`, {
      method: init.method ?? "GET",
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      },
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
    throw new ApiCallError(response.status, code, message);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

/** For load functions: an API failure becomes the page's error, with the API's words. */
export async function load<T>(token: string, path: string, fetcher?: typeof fetch): Promise<T> {
  try {
    return await callApi<T>(token, path, fetcher ? { fetch: fetcher } : {});
  } catch (e) {
    if (e instanceof ApiCallError) error(e.status, { message: e.message, code: e.code });
    throw e;
  }
}
