import { z } from "zod";
import type { ApiRole } from "./access.ts";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** Bodies taken as text rather than JSON. */
export const TEXT_BODY_TYPES = ["text/csv"] as const;
export type TextBodyType = (typeof TEXT_BODY_TYPES)[number];
/** A body of named parts, files among them (a photo): the schema takes an object of its fields. */
export const MULTIPART_BODY_TYPE = "multipart/form-data";
export type BodyType = TextBodyType | typeof MULTIPART_BODY_TYPE;

/** Who may call a route: anyone (`public`), or a caller with at least this role. */
export type Access = ApiRole | "public";

/** The answer a route gives when it succeeds. */
export interface RouteResponse {
  status: 200 | 201 | 202 | 204;
  /** The body's schema; `null` for an empty body, or for a stream when `contentType` is set. */
  schema: z.ZodType | null;
  description: string;
  /** For a body that is not JSON (an event stream). */
  contentType?: string;
}

/**
 * One REST route as callers see it: method, path, who may call it, what it takes and what it
 * answers. The API implements it, the OpenAPI document is generated from it, and the typed client
 * calls it: the route is declared here once.
 */
interface RouteFields {
  /** Hono syntax: `/api/defects/:id`. */
  path: `/api/${string}`;
  summary: string;
  access: Access;
  /** For a public route: the role a caller who does send a token must have. */
  signedInRole?: ApiRole;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /**
   * The body's media type when it is not JSON: the body schema then takes its text (a CSV
   * import), or for multipart/form-data an object of its fields, each its first value, a string
   * or a `File` (a photo). JSON unless said.
   */
  bodyType?: BodyType;
  /** Largest body accepted, in bytes; 64 KiB unless said. */
  maxBodyBytes?: number;
  /** What a 413 says first when the body is larger (`a photo may be at most 10 MB`). */
  tooLargeText?: string;
  response: RouteResponse;
  /** Statuses a handler may answer besides the ones every route of its kind may (`errorStatuses`). */
  errors?: readonly number[];
}

export type RouteContract = RouteFields &
  (
    | {
        method: "get";
        /**
         * The token may also come as `?access_token=`: only for a GET that a browser opens where
         * it cannot send a header (`EventSource`). A token in a URL ends up in logs and
         * histories, so no other route takes one, and no route that changes state can.
         */
        tokenInQuery?: true;
      }
    | { method: Exclude<HttpMethod, "get">; tokenInQuery?: never }
  );

/** Declares a route, keeping its literal types (method, path, schemas) for server and client. */
export function route<const R extends RouteContract>(contract: R): R {
  // The types refuse a token in the query for any other method; so does this, for plain JS.
  const { method, path, tokenInQuery } = contract as RouteFields & {
    method: HttpMethod;
    tokenInQuery?: boolean;
  };
  if (tokenInQuery && method !== "get")
    throw new Error(`${method.toUpperCase()} ${path}: only a GET may take ?access_token=`);
  return contract;
}

export type RouteGroup = Record<string, RouteContract>;

type Part<R, K extends "params" | "query" | "body"> = R extends { [P in K]: infer S }
  ? S extends z.ZodType
    ? S
    : undefined
  : undefined;

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler receives, validated. */
export type ParamsOf<R> = Parsed<Part<R, "params">>;
export type QueryOf<R> = Parsed<Part<R, "query">>;
export type BodyOf<R> = Parsed<Part<R, "body">>;

/** What a handler returns: the body as the schema takes it, nothing, or a stream's Response. */
export type ReplyOf<R extends RouteContract> = R["response"]["schema"] extends infer S extends
  z.ZodType
  ? z.input<S>
  : R["response"]["contentType"] extends string
    ? Response
    : // biome-ignore lint/suspicious/noConfusingVoidType: it is a handler's return type: nothing to return
      void;

/** What a client receives on success. */
export type ResultOf<R extends RouteContract> = R["response"]["schema"] extends infer S extends
  z.ZodType
  ? z.output<S>
  : R["response"]["contentType"] extends string
    ? Response
    : undefined;

type Field<K extends string, S> = S extends z.ZodType
  ? Record<string, never> extends z.input<S>
    ? { [P in K]?: z.input<S> }
    : { [P in K]: z.input<S> }
  : { [P in K]?: never };

/** What a client sends: `params`, `query` and `body`, each required when the route needs it. */
export type CallInput<R> = Field<"params", Part<R, "params">> &
  Field<"query", Part<R, "query">> &
  Field<"body", Part<R, "body">>;

/**
 * The statuses a route may answer when it fails: what it declares, and what every route of its
 * kind may (bad input, no or wrong token, a body too large or not JSON, too many requests, the
 * store or a part of the system down).
 */
export function errorStatuses(contract: RouteContract): number[] {
  // Any caller may send a token, even to a public route, and an unknown one is refused (401);
  // whoever is known is counted against the per-caller request limit (429); the store may refuse
  // to write, a full disk say (503).
  const statuses = new Set<number>([401, 429, 503, ...(contract.errors ?? [])]);
  if (contract.params || contract.query || contract.body) statuses.add(400);
  if (contract.access !== "public" || contract.signedInRole) statuses.add(403);
  if (contract.body) {
    statuses.add(413);
    statuses.add(415);
  }
  return [...statuses].sort((a, b) => a - b);
}

/** `/api/defects/:id` with `{ id: 7 }` -> `/api/defects/7`, each value URL-encoded. */
export function pathOf(contract: RouteContract, params: Record<string, unknown> = {}): string {
  return contract.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === "")
      throw new Error(`${contract.method.toUpperCase()} ${contract.path}: no value for :${name}`);
    return encodeURIComponent(String(value));
  });
}

/** Path parameters shared by several routes. */
export const idParam = z.object({ id: z.string().min(1).max(64) });
export const numericIdParam = z.object({ id: z.coerce.number<number | string>().int().positive() });

/** A whole number in a query string, where every value arrives as text. */
export const queryInt = () => z.coerce.number<number | string>().int();
