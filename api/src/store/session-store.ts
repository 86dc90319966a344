import type { Db } from "./database.ts";
import { statement } from "./statements.ts";
import { hashToken, revokeTokensOfUser } from "./token-store.ts";
import type { UserRow } from "./user-store.ts";

export interface SessionRow {
  token_hash: string;
  user_id: number;
  created_at: number;
  expires_at: number;
}

export function insertSession(
  db: Db,
  session: { plain: string; userId: number; now: number; expiresAt: number },
): void {
  statement(
    db,
    "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
  ).run(hashToken(session.plain), session.userId, session.now, session.expiresAt);
}

/** A live session with its user: not ended, not expired, and the user not disabled. */
export function findLiveSession(
  db: Db,
  plain: string,
  now: number,
): { session: SessionRow; user: UserRow } | undefined {
  const row = statement<
    [string, number],
    UserRow & { token_hash: string; session_created_at: number; expires_at: number }
  >(
    db,
    `SELECT u.*, s.token_hash, s.created_at AS session_created_at, s.expires_at
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = ? AND s.ended_at IS NULL AND s.expires_at > ? AND u.disabled_at IS NULL`,
  ).get(hashToken(plain), now);
  if (!row) return undefined;
  const { token_hash, session_created_at, expires_at, ...user } = row;
  return {
    session: { token_hash, user_id: user.id, created_at: session_created_at, expires_at },
    user,
  };
}

export function extendSession(db: Db, tokenHash: string, expiresAt: number): void {
  statement(db, "UPDATE sessions SET expires_at = ? WHERE token_hash = ?").run(
    expiresAt,
    tokenHash,
  );
}

export function endSession(db: Db, tokenHash: string, now: number): void {
  statement(db, "UPDATE sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL").run(
    now,
    tokenHash,
  );
}

/** Ends every session of a user but `keep` (the one changing the password, say). */
export function endSessionsOfUser(db: Db, userId: number, now: number, keep?: string): number {
  return statement(
    db,
    "UPDATE sessions SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL AND token_hash <> ?",
  ).run(now, userId, keep ?? "").changes;
}

/**
 * Shuts a user out for good: every session but `keep` ends and every personal token is revoked,
 * so that nothing comes back when the account is enabled again (a password change, disabling).
 */
export function endAccessOfUser(
  db: Db,
  userId: number,
  now: number,
  keep?: string,
): { sessions: number; tokens: number } {
  return {
    sessions: endSessionsOfUser(db, userId, now, keep),
    tokens: revokeTokensOfUser(db, userId, now),
  };
}

/** Sessions long over are of no use to anyone; the audit log keeps the sign-ins. */
export function deleteSessionsEndedBefore(db: Db, before: number): number {
  return statement(db, "DELETE FROM sessions WHERE coalesce(ended_at, expires_at) < ?").run(before)
    .changes;
}
