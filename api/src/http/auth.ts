import { type ApiRole, roleIncludes } from "@bulbcheck/shared";
import type { Db } from "../store/database.ts";
import { extendSession, findLiveSession } from "../store/session-store.ts";
import { findActiveToken, touchToken } from "../store/token-store.ts";
import { scopeFromColumn } from "../store/user-store.ts";
import { ApiError } from "./api-error.ts";

/** Who is calling: a signed-in user (session or personal token) or a system token. */
export interface Caller {
  /** What people see: the user's display name, or the token's name. */
  name: string;
  /** Who the audit log names: the username, or `token:<name>`. */
  actor: string;
  role: ApiRole;
  /** The sites the caller may see; null is every site. */
  sites: ReadonlySet<string> | null;
  via: "session" | "token";
  user: { id: number; username: string } | null;
  /** The token's id, for a token caller. */
  tokenId: number | undefined;
  /** The session's stored hash, for a session caller. */
  sessionHash: string | undefined;
}

export type Access = ApiRole | "public";

/** How long sign-ins last: `idleMs` after the last use, never more than `maxMs` after sign-in. */
export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

export const SESSION_PREFIX = "bcs_" as const;

/**
 * The token a request carries, from `Authorization: Bearer`, else from `?access_token=` where
 * its route takes one (the router passes it for `tokenInQuery` routes only).
 */
export function bearerToken(
  header: string | undefined,
  queryToken: string | undefined,
): string | undefined {
  if (header === undefined) return queryToken || undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1])
    throw new ApiError(401, "unauthorized", "the Authorization header must be: Bearer <token>");
  return match[1];
}

/**
 * The caller behind a token: a session (`bcs_…`, renewed as it is used) or an API token.
 */
export function authenticate(
  db: Db,
  token: string | undefined,
  { now, sessions }: { now: number; sessions: SessionPolicy },
): Caller {
  if (!token) throw new ApiError(401, "unauthorized", "this route needs a bearer token");
  const caller = identify(db, token, { now, sessions });
  if (!caller)
    throw new ApiError(
      401,
      "unauthorized",
      token.startsWith(SESSION_PREFIX)
        ? "the session has ended or expired; sign in again"
        : "the token is unknown or revoked",
    );
  return caller;
}

function identify(
  db: Db,
  token: string,
  { now, sessions }: { now: number; sessions: SessionPolicy },
): Caller | undefined {
  if (token.startsWith(SESSION_PREFIX)) {
    const live = findLiveSession(db, token, now);
    if (!live) return undefined;
    const { session, user } = live;
    // Sliding expiry, written at most once a minute.
    const renewed = Math.min(now + sessions.idleMs, session.created_at + sessions.maxMs);
    if (renewed - session.expires_at > 60_000) extendSession(db, session.token_hash, renewed);
    return {
      name: user.display_name,
      actor: user.username,
      role: user.role,
      sites: scopeOf(user.role, user.sites),
      via: "session",
      user: { id: user.id, username: user.username },
      tokenId: undefined,
      sessionHash: session.token_hash,
    };
  }
  const row = findActiveToken(db, token);
  if (!row) return undefined;
  touchToken(db, row.id, now);
  return {
    // A personal token acts as its user, under the user's name.
    name: row.owner_name ?? row.name,
    actor: row.owner ?? `token:${row.name}`,
    role: row.role,
    sites: scopeOf(row.role, row.sites),
    via: "token",
    user: row.user_id === null ? null : { id: row.user_id, username: row.owner ?? "" },
    tokenId: row.id,
    sessionHash: undefined,
  };
}

/** Whether a caller found earlier still holds: for long-lived requests such as the stream. */
export function stillValid(
  db: Db,
  caller: Caller,
  token: string,
  options: { now: number; sessions: SessionPolicy },
): boolean {
  const again = identify(db, token, options);
  return again !== undefined && again.role === caller.role && sameScope(again.sites, caller.sites);
}

function sameScope(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === null || b === null) return a === b;
  return a.size === b.size && [...a].every((site) => b.has(site));
}

/** Admins see every site whatever is stored. */
function scopeOf(role: ApiRole, column: string | null): ReadonlySet<string> | null {
  const sites = role === "admin" ? null : scopeFromColumn(column);
  return sites === null ? null : new Set(sites);
}

export function requireRole(caller: Caller, needed: ApiRole): void {
  if (!roleIncludes(caller.role, needed))
    throw new ApiError(
      403,
      "forbidden",
      `this needs the ${needed} role; ${caller.via === "session" ? "you have" : "the token has"} ${caller.role}`,
    );
}

/** A key for per-caller limits: the same for all of a user's sessions and tokens. */
export function callerKey(caller: Caller): string {
  return caller.user ? `user:${caller.user.id}` : `token:${caller.tokenId}`;
}
