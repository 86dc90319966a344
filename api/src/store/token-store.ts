import { createHash, randomBytes } from "node:crypto";
import type { ApiRole } from "@bulbcheck/shared";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

export type Role = ApiRole;

/** Bearer tokens are 256 random bits, so a fast hash at rest is enough: nothing to brute-force. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 256 random bits; `bct_` marks an API token, `bcs_` a session (auth.ts tells them apart). */
export function generateToken(prefix: "bct_" | "bcs_" = "bct_"): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

export interface TokenRow {
  id: number;
  name: string;
  /** A personal token's role and sites are its user's, read at each use. */
  role: Role;
  sites: string | null;
  user_id: number | null;
  /** The owner's username and display name, for a personal token. */
  owner: string | null;
  owner_name: string | null;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export function insertToken(
  db: Db,
  token: {
    name: string;
    role: Role;
    plain: string;
    now: number;
    sites?: string | null;
    userId?: number | null;
  },
): number {
  const result = statement(
    db,
    "INSERT INTO api_tokens (name, role, token_hash, created_at, sites, user_id) VALUES (?, ?, ?, ?, ?, ?)",
  ).run(
    token.name,
    token.role,
    hashToken(token.plain),
    token.now,
    token.sites ?? null,
    token.userId ?? null,
  );
  return Number(result.lastInsertRowid);
}

/** A token joined with its owner: the owner's role and sites rule a personal token. */
const TOKEN_COLUMNS = `t.id, t.name, coalesce(u.role, t.role) AS role,
  CASE WHEN t.user_id IS NULL THEN t.sites ELSE u.sites END AS sites,
  t.user_id, u.username AS owner, u.display_name AS owner_name, t.created_at, t.last_used_at, t.revoked_at
  FROM api_tokens t LEFT JOIN users u ON u.id = t.user_id`;

/** An active token: not revoked, and its owner (if any) not disabled. */
export function findActiveToken(db: Db, plain: string): TokenRow | undefined {
  return statement<[string], TokenRow>(
    db,
    `SELECT ${TOKEN_COLUMNS}
     WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.disabled_at IS NULL`,
  ).get(hashToken(plain));
}

export function tokenExists(db: Db, plain: string): boolean {
  return (
    statement<[string]>(db, "SELECT 1 FROM api_tokens WHERE token_hash = ?").get(
      hashToken(plain),
    ) !== undefined
  );
}

export function countActiveAdminTokens(db: Db): number {
  return (
    statement<[], { n: number }>(
      db,
      "SELECT count(*) AS n FROM api_tokens WHERE role = 'admin' AND user_id IS NULL AND revoked_at IS NULL",
    ).get()?.n ?? 0
  );
}

export function listTokens(db: Db): TokenRow[] {
  return statement<[], TokenRow>(db, `SELECT ${TOKEN_COLUMNS} ORDER BY t.id`).all();
}

export function listTokensOfUser(db: Db, userId: number): TokenRow[] {
  return statement<[number], TokenRow>(
    db,
    `SELECT ${TOKEN_COLUMNS} WHERE t.user_id = ? ORDER BY t.id`,
  ).all(userId);
}

/** Revokes a token; `userId` limits it to that user's own tokens. */
export function revokeToken(db: Db, id: number, now: number, userId?: number): boolean {
  return (
    statement(
      db,
      "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL AND (? IS NULL OR user_id = ?)",
    ).run(now, id, userId ?? null, userId ?? null).changes === 1
  );
}

/** Revokes every personal token of a user that is not revoked yet. */
export function revokeTokensOfUser(db: Db, userId: number, now: number): number {
  return statement(
    db,
    "UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
  ).run(now, userId).changes;
}

/** Marks a token used; at most once a minute, so that reading does not mean writing. */
export function touchToken(db: Db, id: number, now: number): void {
  statement(
    db,
    "UPDATE api_tokens SET last_used_at = ? WHERE id = ? AND coalesce(last_used_at, 0) < ?",
  ).run(now, id, now - 60_000);
}

export function revokeTokensNamed(db: Db, name: string, now: number): number {
  return statement(
    db,
    "UPDATE api_tokens SET revoked_at = ? WHERE name = ? AND user_id IS NULL AND revoked_at IS NULL",
  ).run(now, name).changes;
}
