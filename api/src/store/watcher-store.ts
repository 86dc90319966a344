import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/**
 * Customers waiting to be told, once, that a defect they reported is fixed (migration 017): an
 * address is kept only until its e-mail is sent or given up, and goes with its defect.
 */

/** Addresses kept per defect, at most: a printed code must not become a mailing list. */
export const MAX_WATCHERS_PER_DEFECT = 20;

export interface WatcherRow {
  id: number;
  defect_id: number;
  email: string;
  language: string | null;
  created_at: number;
  attempts: number;
  next_attempt_at: number | null;
  last_error: string | null;
}

/** Keeps an address for a defect; false when the defect has as many as it may keep. */
export function addWatcher(
  db: Db,
  watcher: { defect: number; email: string; language: string | null; at: number },
): boolean {
  const count =
    statement<[number], { n: number }>(
      db,
      "SELECT count(*) AS n FROM defect_watchers WHERE defect_id = ?",
    ).get(watcher.defect)?.n ?? 0;
  if (count >= MAX_WATCHERS_PER_DEFECT) return false;
  statement(
    db,
    `INSERT INTO defect_watchers (defect_id, email, language, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (defect_id, email) DO NOTHING`,
  ).run(watcher.defect, watcher.email.toLowerCase(), watcher.language, watcher.at);
  return true;
}

/**
 * Addresses whose defect was resolved at least `settledMs` ago (past the resolver's undo) and
 * whose next try is due: with the defect's id, resolved time and names for the message.
 */
export function dueWatchers(
  db: Db,
  now: number,
  settledMs: number,
  limit: number,
): (WatcherRow & { resolved_at: number })[] {
  return statement<
    [{ now: number; settled: number; limit: number }],
    WatcherRow & { resolved_at: number }
  >(
    db,
    `SELECT w.*, d.resolved_at FROM defect_watchers w JOIN defects d ON d.id = w.defect_id
     WHERE d.status = 'resolved' AND d.resolved_at <= @settled
       AND (w.next_attempt_at IS NULL OR w.next_attempt_at <= @now)
     ORDER BY w.id LIMIT @limit`,
  ).all({ now, settled: now - settledMs, limit });
}

/** Told, or given up on: the address is not kept. */
export function forgetWatcher(db: Db, id: number): void {
  statement(db, "DELETE FROM defect_watchers WHERE id = ?").run(id);
}

export function retryWatcher(
  db: Db,
  id: number,
  retry: { attempts: number; nextAttemptAt: number; error: string | null },
): void {
  statement(
    db,
    "UPDATE defect_watchers SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
  ).run(retry.attempts, retry.nextAttemptAt, retry.error, id);
}

export function watchersOf(db: Db, defect: number): WatcherRow[] {
  return statement<[number], WatcherRow>(
    db,
    "SELECT * FROM defect_watchers WHERE defect_id = ? ORDER BY id",
  ).all(defect);
}
