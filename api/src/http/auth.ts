import type { Db } from "../store/database.ts";
import { findActiveToken, type Role } from "../store/token-store.ts";
import { ApiError } from "./api-error.ts";

/** Who is calling, as their bearer token says. */
export interface Caller {
  tokenId: number;
  name: string;
  role: Role;
}

export type Access = Role | "public";

const RANK: Record<Role, number> = { viewer: 1, staff: 2, admin: 3 };

export function mayAccess(caller: Caller, needed: Role): boolean {
  return RANK[caller.role] >= RANK[needed];
}

/**
 * The caller behind a request. The token comes from `Authorization: Bearer`, or, for the event
 * stream only, from `access_token` in the query, since browsers' EventSource cannot set headers.
 */
export function authenticate(
  db: Db,
  header: string | undefined,
  queryToken: string | undefined,
): Caller {
  let token: string | undefined;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1])
      throw new ApiError(401, "unauthorized", "the Authorization header must be: Bearer <token>");
    token = match[1];
  } else token = queryToken;
  if (!token) throw new ApiError(401, "unauthorized", "this route needs a bearer token");
  const row = findActiveToken(db, token);
  if (!row) throw new ApiError(401, "unauthorized", "the token is unknown or revoked");
  return { tokenId: row.id, name: row.name, role: row.role };
}

export function requireRole(caller: Caller, needed: Role): void {
  if (!mayAccess(caller, needed))
    throw new ApiError(
      403,
      "forbidden",
      `this needs the ${needed} role; the token has ${caller.role}`,
    );
}
