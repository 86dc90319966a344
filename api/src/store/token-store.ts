import { createHash, randomBytes } from "node:crypto";
import type { ApiRole } from "@bulbcheck/shared";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

export type Role = ApiRole;

/** Bearer tokens are 256 random bits, so a fast hash at rest is enough: nothing to brute-force. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function generateToken(): string {
  return `bct_${randomBytes(32).toString("base64url")}`;
}

export interface TokenRow {
  id: number;
  name: string;
  role: Role;
  created_at: number;
  revoked_at: number | null;
}

export function insertToken(
  db: Db,
  token: { name: string; role: Role; plain: string; now: number },
): number {
  const result = statement(
    db,
    "INSERT INTO api_tokens (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)",
  ).run(token.name, token.role, hashToken(token.plain), token.now);
  return Number(result.lastInsertRowid);
}

export function findActiveToken(db: Db, plain: string): TokenRow | undefined {
  return statement<[string], TokenRow>(
    db,
    "SELECT id, name, role, created_at, revoked_at FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL",
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
      "SELECT count(*) AS n FROM api_tokens WHERE role = 'admin' AND revoked_at IS NULL",
    ).get()?.n ?? 0
  );
}

export function listTokens(db: Db): TokenRow[] {
  return statement<[], TokenRow>(
    db,
    "SELECT id, name, role, created_at, revoked_at FROM api_tokens ORDER BY id",
  ).all();
}

export function revokeToken(db: Db, id: number, now: number): boolean {
  return (
    statement(db, "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL").run(
      now,
      id,
    ).changes === 1
  );
}

export function revokeTokensNamed(db: Db, name: string, now: number): number {
  return statement(
    db,
    "UPDATE api_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL",
  ).run(now, name).changes;
}
