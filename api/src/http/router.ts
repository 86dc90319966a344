import type { ApiRole } from "@bulbcheck/shared";
import type { Context, Hono } from "hono";
import { z } from "zod";
import type { Db } from "../store/database.ts";
import { ApiError, invalidInput } from "./api-error.ts";
import {
  type Access,
  authenticate,
  bearerToken,
  type Caller,
  callerKey,
  requireRole,
  type SessionPolicy,
} from "./auth.ts";
import { RateLimiter } from "./rate-limit.ts";

type Method = "get" | "post" | "put" | "patch" | "delete";
type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

/** One route: what it takes and answers, declared once for validation and for OpenAPI alike. */
export interface RouteSpec<P, Q, B> {
  method: Method;
  /** Hono syntax: `/api/defects/:id`. */
  path: string;
  summary: string;
  access: Access;
  /** For a public route: the role a caller who does send a token must have. */
  signedInRole?: ApiRole;
  params?: P;
  query?: Q;
  body?: B;
  /** Largest body accepted, in bytes. Default 64 KiB. */
  maxBodyBytes?: number;
  /** The success response; `null` for a stream or an empty body. */
  response: { status: number; schema: Schema | null; description: string; contentType?: string };
  /** Error statuses this route answers besides 400 / 401 / 403, for the document. */
  errors?: number[];
}

export interface RouteInput<P, Q, B> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  /** Undefined only on public routes called without a token. */
  caller: Caller | undefined;
  /** The bearer token the caller used. */
  token: string | undefined;
  c: Context;
}

export type Handler<P, Q, B> = (input: RouteInput<P, Q, B>) => Response | Promise<Response>;

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/**
 * Registers routes on a Hono app with their authentication, role check and validation, and keeps
 * their specs for the OpenAPI document. Handlers receive typed, validated input only.
 */
export interface RouterOptions {
  db: Db;
  now: () => number;
  sessions: SessionPolicy;
  /** Requests per minute per user or system token; 0 for no limit. */
  requestsPerMinute: number;
}

export class ApiRouter {
  readonly #app: Hono;
  readonly #options: RouterOptions;
  readonly #perCaller: RateLimiter | undefined;
  readonly specs: RouteSpec<Schema | undefined, Schema | undefined, Schema | undefined>[] = [];

  constructor(app: Hono, options: RouterOptions) {
    this.#app = app;
    this.#options = options;
    this.#perCaller =
      options.requestsPerMinute > 0
        ? new RateLimiter({ limit: options.requestsPerMinute, windowMs: 60_000 })
        : undefined;
  }

  route<
    P extends Schema | undefined = undefined,
    Q extends Schema | undefined = undefined,
    B extends Schema | undefined = undefined,
  >(spec: RouteSpec<P, Q, B>, handler: Handler<P, Q, B>): void {
    this.specs.push(spec);
    this.#app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      const { db, now, sessions } = this.#options;
      const token = bearerToken(c.req.header("authorization"), c.req.query("access_token"));
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
        ? parse(spec.body, await readJson(c, spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES), "body")
        : undefined;
      return handler({
        params: params as Out<P>,
        query: query as Out<Q>,
        body: body as Out<B>,
        caller,
        token,
        c,
      });
    });
  }
}

function withoutToken(query: Record<string, string>): Record<string, string> {
  const { access_token: _, ...rest } = query;
  return rest;
}

function parse(schema: Schema | undefined, value: unknown, where: "body" | "query" | "path") {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  if (where === "body" && value === undefined)
    throw new ApiError(400, "invalid_body", "the request needs a JSON body");
  throw invalidInput(where, result.error);
}

/**
 * Reads a JSON body within a size limit, counting bytes as they arrive so that a huge body is
 * refused without being buffered whole. An empty body is `undefined`, for the schema to judge.
 */
async function readJson(c: Context, limit: number): Promise<unknown> {
  const declared = Number(c.req.header("content-length"));
  if (declared > limit) throw tooLarge(limit);
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
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return undefined;
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type))
    throw new ApiError(415, "unsupported_media_type", "send the body as application/json");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : "";
    throw new ApiError(400, "bad_json", `the body is not valid JSON${detail}`);
  }
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, "too_large", `the body is larger than ${limit} bytes`);
}

/** Shapes shared by several routes' path parameters. */
export const idParam = z.object({ id: z.string().min(1).max(64) });
export const numericIdParam = z.object({ id: z.coerce.number().int().positive() });
