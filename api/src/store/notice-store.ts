import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

export type NoticeKind = "assigned" | "escalated";

export interface NoticeRow {
  id: number;
  user_id: number;
  kind: NoticeKind;
  defect_id: number;
  at: number;
  by: string;
  read_at: number | null;
}

/** Tells users in-app of a defect (in the caller's transaction, with the change it is about). */
export function addNotices(
  db: Db,
  notice: { users: readonly number[]; kind: NoticeKind; defect: number; at: number; by: string },
): void {
  const insert = statement(
    db,
    "INSERT INTO user_notices (user_id, kind, defect_id, at, by) VALUES (?, ?, ?, ?, ?)",
  );
  for (const user of new Set(notice.users))
    insert.run(user, notice.kind, notice.defect, notice.at, notice.by);
}

/** A user's newest notices. */
export function noticesOf(db: Db, user: number, limit: number): NoticeRow[] {
  return statement<[number, number], NoticeRow>(
    db,
    "SELECT * FROM user_notices WHERE user_id = ? ORDER BY id DESC LIMIT ?",
  ).all(user, limit);
}

export function unreadNotices(db: Db, user: number): number {
  return (
    statement<[number], { n: number }>(
      db,
      "SELECT count(*) AS n FROM user_notices WHERE user_id = ? AND read_at IS NULL",
    ).get(user)?.n ?? 0
  );
}

/** Marks a user's notices read: these ids, or all of them. */
export function markNoticesRead(
  db: Db,
  user: number,
  at: number,
  ids: readonly number[] | undefined,
): void {
  if (ids === undefined) {
    statement(db, "UPDATE user_notices SET read_at = ? WHERE user_id = ? AND read_at IS NULL").run(
      at,
      user,
    );
    return;
  }
  statement(
    db,
    `UPDATE user_notices SET read_at = ? WHERE user_id = ? AND read_at IS NULL
       AND id IN (SELECT value FROM json_each(?))`,
  ).run(at, user, JSON.stringify(ids));
}
