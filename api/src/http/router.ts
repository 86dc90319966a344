import {
  type BodyOf,
  type BodyType,
  errorStatuses,
  MULTIPART_BODY_TYPE,
  type ParamsOf,
  type QueryOf,
  type ReplyOf,
  type RouteContract,
  type RouteGroup,
} from "@bulbcheck/shared";
import type { Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import type { Db } from "../store/database.ts";
import { ApiError, invalidInput } from "./api-error.ts";
import {
  authenticate,
  bearerToken,
  type Caller,
  callerKey,
  requireRole,
  type SessionPolicy,
} from "./auth.ts";
import { RateLimiter } from "./rate-limit.ts";
import { ResponseMismatch, responseMismatch } from "./response-check.ts";

interface Input<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** Undefined only on public routes called without a token. */
  caller: Caller | undefined;
  /** The bearer token the caller used. */
  token: string | undefined;
  c: Context;
}

/** What a handler receives: its route's validated params, query and body, and who is calling. */
export type RouteInput<R extends RouteContract> = Input<ParamsOf<R>, QueryOf<R>, BodyOf<R>>;

/** A success body sent with another status than the route's own (health's 503, say). */
export class Reply<T> {
  readonly status: number;
  readonly body: T;

  constructor(status: number, body: T) {
    this.status = status;
    this.body = body;
  }
}

type Result<R extends RouteContract> = ReplyOf<R> | Reply<ReplyOf<R>>;

export type Handler<R extends RouteContract> = (
  input: RouteInput<R>,
) => Result<R> | Promise<Result<R>>;

/** A handler for every route of a group: the compiler says which one is missing. */
export type Handlers<G extends RouteGroup> = { [K in keyof G]: Handler<G[K]> };

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export interface RouterOptions {
  db: Db;
  now: () => number;
  sessions: SessionPolicy;
  /** Requests per minute per user or system token; 0 for no limit. */
  requestsPerMinute: number;
  /**
   * Check every answer against its route's declaration: the body against the response schema
   * (no field missing, wrong or undeclared) and a refusal's status against the statuses the
   * route declares. Tests turn this on; a mismatch is a 500 that names it.
   */
  checkResponses: boolean;
}

/**
 * Serves the routes of the contract on a Hono app: authentication, the role check, the
 * per-caller limit and validation before the handler, which receives typed, validated input
 * only and returns the body its route declares.
 */
export class ApiRouter {
  readonly #app: Hono;
  readonly #options: RouterOptions;
  readonly #perCaller: RateLimiter | undefined;

  constructor(app: Hono, options: RouterOptions) {
    this.#app = app;
    this.#options = options;
    this.#perCaller =
      options.requestsPerMinute > 0
        ? new RateLimiter({ limit: options.requestsPerMinute, windowMs: 60_000 })
        : undefined;
  }

  implement<G extends RouteGroup>(routes: G, handlers: Handlers<G>): void {
    for (const name of Object.keys(routes) as (keyof G & string)[]) {
      this.#serve(routes[name] as RouteContract, handlers[name] as Handler<RouteContract>);
    }
  }

  #serve(spec: RouteContract, handler: Handler<RouteContract>): void {
    const declared = new Set(errorStatuses(spec));
    this.#app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      const { db, now, sessions, checkResponses } = this.#options;
      const queryToken = c.req.query("access_token");
      if (queryToken !== undefined && !spec.tokenInQuery)
        throw new ApiError(
          401,
          "token_in_query",
          "send the token as Authorization: Bearer; only the event stream takes ?access_token=",
        );
      const token = bearerToken(c.req.header("authorization"), queryToken);
      // A public route still knows a caller who sends a token (a signed-in reporter, say).
      let caller: Caller | undefined;
      if (spec.access !== "public" || token !== undefined) {
        caller = authenticate(db, token, { now: now(), sessions });
        this.#perCaller?.take(callerKey(caller), now(), "requests for this user or token");
        const needed = spec.access === "public" ? spec.signedInRole : spec.access;
        if (needed) requireRole(caller, needed);
      }
      const params = parse(spec.params, c.req.param(), "path");
      const query = parse(spec.query, withoutToken(c.req.query()), "query");
      const body = spec.body
        ? parse(spec.body, await readBody(c, spec), "body", spec.bodyType)
        : undefined;
      let result: unknown;
      try {
        result = await handler({
          params,
          query,
          body,
          caller,
          token,
          c,
        } as RouteInput<RouteContract>);
      } catch (error) {
        if (checkResponses && error instanceof ApiError && !declared.has(error.status))
          throw new ResponseMismatch(
            spec,
            `answered ${error.status} ${error.code}, a status the route does not declare`,
          );
        throw error;
      }
      const reply: Reply<unknown> =
        result instanceof Reply ? result : new Reply(spec.response.status, result);
      if (checkResponses) {
        const problem =
          reply.status === spec.response.status || declared.has(reply.status)
            ? responseMismatch(spec.response.schema, reply.body)
            : `answered ${reply.status}, a status the route does not declare`;
        if (problem) throw new ResponseMismatch(spec, problem);
      }
      if (reply.body instanceof Response) return reply.body;
      if (spec.response.schema === null) return c.body(null, reply.status as 204);
      return c.json(reply.body as object, reply.status as ContentfulStatusCode);
    });
  }
}

function withoutToken(query: Record<string, string>): Record<string, string> {
  const { access_token: _, ...rest } = query;
  return rest;
}

function parse(
  schema: z.ZodType | undefined,
  value: unknown,
  where: "body" | "query" | "path",
  bodyType?: BodyType,
) {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  if (where === "body" && value === undefined)
    throw new ApiError(400, "invalid_body", `the request needs a ${bodyType ?? "JSON"} body`);
  throw invalidInput(where, result.error);
}

/**
 * Reads a body within a size limit, counting bytes as they arrive so that a huge body is refused
 * without being buffered whole: JSON, the text of a route that takes another type (a CSV), or the
 * fields of a multipart form (a photo). An empty body is `undefined`, for the schema to judge.
 */
async function readBody(c: Context, spec: RouteContract): Promise<unknown> {
  const { bodyType, tooLargeText } = spec;
  const limit = spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const declared = Number(c.req.header("content-length"));
  if (declared > limit) throw tooLarge(limit, tooLargeText);
  const reader = c.req.raw.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw tooLarge(limit, tooLargeText);
      }
      chunks.push(value);
    }
  }
  const type = c.req.header("content-type") ?? "";
  if (bodyType === MULTIPART_BODY_TYPE) return formFields(Buffer.concat(chunks), size, type);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return undefined;
  if (bodyType) {
    if (type.split(";")[0]?.trim().toLowerCase() !== bodyType)
      throw new ApiError(415, "unsupported_media_type", `send the body as ${bodyType}`);
    return text;
  }
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type))
    throw new ApiError(415, "unsupported_media_type", "send the body as application/json");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : "";
    throw new ApiError(400, "bad_json", `the body is not valid JSON${detail}`);
  }
}

/** A multipart body's fields, each its first value (a string, or a `File`), read from `bytes`. */
async function formFields(bytes: Buffer, size: number, type: string): Promise<unknown> {
  if (size === 0) return undefined;
  if (type.split(";")[0]?.trim().toLowerCase() !== MULTIPART_BODY_TYPE)
    throw new ApiError(415, "unsupported_media_type", `send the body as ${MULTIPART_BODY_TYPE}`);
  let form: FormData;
  try {
    // The bytes are counted and bounded already; the platform's parser splits them.
    form = await new Response(new Uint8Array(bytes), {
      headers: { "content-type": type },
    }).formData();
  } catch {
    throw new ApiError(
      400,
      "bad_multipart",
      "the body is not a valid multipart/form-data form (a boundary missing or cut off)",
    );
  }
  const fields: Record<string, string | File> = {};
  for (const [name, value] of form.entries()) if (!(name in fields)) fields[name] = value;
  return fields;
}

function tooLarge(limit: number, text: string | undefined): ApiError {
  const said = `the body is larger than ${limit} bytes`;
  return new ApiError(413, "too_large", text ? `${text}: ${said}` : said);
}
