import type { CallInput, ResultOf, RouteContract } from "./route.ts";
import { MULTIPART_BODY_TYPE, pathOf } from "./route.ts";
import { type ApiRoutes, apiRoutes } from "./routes/index.ts";

/** A refusal of the API, as its `{ error: { code, message } }` body said, or no answer at all. */
export class ApiCallError extends Error {
  readonly status: number;
  readonly code: string;
  /** Seconds to wait, from a 429's or 503's Retry-After; null otherwise. */
  readonly retryAfter: number | null;
  /** The fields at fault, for a 400. */
  readonly issues: readonly { path: string; message: string }[];
  /** What else the error said, for its route's schema to read (an import's `rows`). */
  readonly detail: Readonly<Record<string, unknown>>;

  constructor(
    status: number,
    code: string,
    message: string,
    extra: {
      retryAfter?: number | null;
      issues?: readonly { path: string; message: string }[];
      detail?: Record<string, unknown>;
    } = {},
  ) {
    super(message);
    this.name = "ApiCallError";
    this.status = status;
    this.code = code;
    this.retryAfter = extra.retryAfter ?? null;
    this.issues = extra.issues ?? [];
    this.detail = extra.detail ?? {};
  }
}

export interface ApiClientOptions {
  /** Where the API is, without `/api`: `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer`; none for sign-in and the public QR report. */
  token?: string;
  fetch?: typeof fetch;
  /** Sent with every call. */
  headers?: Record<string, string>;
}

export interface CallOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

type Args<R> =
  Record<string, never> extends CallInput<R>
    ? [input?: CallInput<R>, options?: CallOptions]
    : [input: CallInput<R>, options?: CallOptions];

/**
 * One method per route of the contract, named as in `apiRoutes`: it takes the route's params,
 * query and body as their schemas take them and resolves to the answer its schema declares (the
 * `Response` itself for a stream); a refusal rejects with an `ApiCallError`.
 */
export type ApiClient = {
  [K in keyof ApiRoutes]: (...args: Args<ApiRoutes[K]>) => Promise<ResultOf<ApiRoutes[K]>>;
};

/**
 * The typed client of the REST API.
 *
 * @example
 * const api = createApiClient({ baseUrl: "http://127.0.0.1:8080", token });
 * const { items } = await api.listDefects({ query: { site: "hotel-oslo", status: "open" } });
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const client: Record<string, (input?: RawInput, call?: CallOptions) => Promise<unknown>> = {};
  for (const [name, contract] of Object.entries(apiRoutes)) {
    client[name] = (input = {}, call = {}) => callRoute(options, contract, input, call);
  }
  return client as unknown as ApiClient;
}

interface RawInput {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const one of Array.isArray(value) ? value : [value]) search.append(key, String(one));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

async function callRoute(
  options: ApiClientOptions,
  contract: RouteContract,
  input: RawInput,
  call: CallOptions,
): Promise<unknown> {
  const base = options.baseUrl.replace(/\/+$/, "");
  const url = `${base}${pathOf(contract, input.params)}${queryString(input.query)}`;
  const headers: Record<string, string> = { ...options.headers, ...call.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const multipart = contract.bodyType === MULTIPART_BODY_TYPE;
  // A form's type carries its boundary: fetch sets it from the FormData.
  if (input.body !== undefined && !multipart)
    headers["content-type"] = contract.bodyType
      ? `${contract.bodyType}; charset=utf-8`
      : "application/json";
  if (contract.response.contentType) headers.accept = contract.response.contentType;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: contract.method.toUpperCase(),
      headers,
      ...(input.body === undefined ? {} : { body: bodyOf(contract, input.body) }),
      ...(call.signal ? { signal: call.signal } : {}),
    });
  } catch (error) {
    if (call.signal?.aborted) throw error;
    throw new ApiCallError(
      503,
      "api_unreachable",
      `the Bulb Check API at ${base} does not answer (${networkReason(error)})`,
    );
  }
  if (!response.ok) throw await refusal(response);
  if (contract.response.contentType) return response;
  const text = await response.text();
  if (contract.response.schema === null || text === "") return undefined;
  return JSON.parse(text) as unknown;
}

function bodyOf(contract: RouteContract, body: unknown): NonNullable<RequestInit["body"]> {
  if (contract.bodyType === MULTIPART_BODY_TYPE) {
    const form = new FormData();
    for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
      if (value === undefined || value === null) continue;
      if (value instanceof Blob)
        form.append(name, value, value instanceof File ? value.name : name);
      else form.append(name, String(value));
    }
    return form;
  }
  return contract.bodyType ? String(body) : JSON.stringify(body);
}

/** `ECONNREFUSED` rather than fetch's "fetch failed": what went wrong on the network. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === "string") return cause.code;
  if (typeof cause?.message === "string") return cause.message;
  return error instanceof Error ? error.message : String(error);
}

async function refusal(response: Response): Promise<ApiCallError> {
  const text = await response.text();
  let code = "error";
  let message = text || response.statusText;
  let issues: { path: string; message: string }[] | undefined;
  let detail: Record<string, unknown> | undefined;
  try {
    const body = JSON.parse(text) as {
      error: {
        code: string;
        message: string;
        issues?: { path: string; message: string }[];
        [more: string]: unknown;
      };
    };
    ({ code, message, issues, ...detail } = body.error);
  } catch {
    // Not an API error body (a proxy's page, say): its text is the message.
  }
  const retry = Number(response.headers.get("retry-after"));
  return new ApiCallError(response.status, code, message, {
    retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null,
    ...(issues ? { issues } : {}),
    ...(detail ? { detail } : {}),
  });
}
