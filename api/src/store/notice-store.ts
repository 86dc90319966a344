import type { NoticeKind } from "@bulbcheck/shared";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

export type { NoticeKind };

export interface NoticeRow {
  id: number;
  user_id: number;
  kind: NoticeKind;
  defect_id: number;
  at: number;
  by: string;
  read_at: number | null;
}

/**
 * Tells users in-app of a defect (in the caller's transaction, with the change it is about).
 * `mailed`: the notice is not to be e-mailed by the notice mailer (it is in-app only, or a channel
 * mailed the person already), with why. `once`: users who have a notice of this kind about this
 * defect already are not told again (two rules naming the same people).
 */
export function addNotices(
  db: Db,
  notice: {
    users: readonly number[];
    kind: NoticeKind;
    defect: number;
    at: number;
    by: string;
    mailed?: string | undefined;
    once?: boolean | undefined;
  },
): number[] {
  const insert = statement(
    db,
    `INSERT INTO user_notices (user_id, kind, defect_id, at, by, mailed_at, mail_result)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const told = notice.once
    ? new Set(
        statement<[number, string], { user_id: number }>(
          db,
          "SELECT user_id FROM user_notices WHERE defect_id = ? AND kind = ?",
        )
          .all(notice.defect, notice.kind)
          .map((r) => r.user_id),
      )
    : new Set<number>();
  const added: number[] = [];
  for (const user of new Set(notice.users)) {
    if (told.has(user)) continue;
    insert.run(
      user,
      notice.kind,
      notice.defect,
      notice.at,
      notice.by,
      notice.mailed === undefined ? null : notice.at,
      notice.mailed ?? null,
    );
    added.push(user);
  }
  return added;
}

/** A notice waiting for its e-mail, with what the mailer needs of its user. */
export interface NoticeToMail extends NoticeRow {
  mail_attempts: number;
  email: string | null;
  display_name: string;
  disabled_at: number | null;
  /** Their own language (migration 019); null: not chosen. */
  locale: string | null;
}

/**
 * Notices whose e-mail is due, past id `after`: not settled, and not waiting for a retry later
 * than `now`. Read through the partial index of unsettled notices.
 */
export function noticesToMail(db: Db, now: number, limit: number, after = 0): NoticeToMail[] {
  return statement<[number, number, number], NoticeToMail>(
    db,
    `SELECT n.*, u.email, u.display_name, u.disabled_at, u.locale FROM user_notices n JOIN users u ON u.id = n.user_id
     WHERE n.mailed_at IS NULL AND n.id > ? AND (n.mail_next_at IS NULL OR n.mail_next_at <= ?)
     ORDER BY n.id LIMIT ?`,
  ).all(after, now, limit);
}

/** Settles a notice's e-mail: sent, nothing to send, or given up; with the outcome in words. */
export function settleNoticeMail(
  db: Db,
  id: number,
  outcome: { at: number; attempts: number; result: string },
): void {
  statement(
    db,
    "UPDATE user_notices SET mailed_at = ?, mail_attempts = ?, mail_next_at = NULL, mail_result = ? WHERE id = ?",
  ).run(outcome.at, outcome.attempts, outcome.result.slice(0, 300), id);
}

/** A notice's e-mail failed in a way that may pass: try again at `nextAt`. */
export function retryNoticeMail(
  db: Db,
  id: number,
  retry: { nextAt: number; attempts: number; result: string },
): void {
  statement(
    db,
    "UPDATE user_notices SET mail_next_at = ?, mail_attempts = ?, mail_result = ? WHERE id = ?",
  ).run(retry.nextAt, retry.attempts, retry.result.slice(0, 300), id);
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
