import type { DeliveryState } from "@bulbcheck/shared";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/** One message to one channel, and where its sending stands. */
export interface DeliveryRow {
  id: number;
  key: string;
  purpose: "step" | "test" | "report";
  channel_id: number;
  site_id: string | null;
  defect_id: number | null;
  rule_id: number | null;
  level: number | null;
  summary: string;
  /** JSON: what the summary speaks of (migration 021); null for a delivery queued before. */
  summary_params: string | null;
  /** JSON of a Notice (api/src/notify/notice.ts). */
  message: string;
  state: DeliveryState;
  attempts: number;
  max_attempts: number | null;
  next_attempt_at: number | null;
  give_up_at: number;
  attempt_id: string | null;
  last_status: number | null;
  last_error: string | null;
  /** The first bytes of the last refusal's answer: for admins' eyes only. */
  last_answer: string | null;
  created_at: number;
  sent_at: number | null;
}

export interface AttemptRow {
  n: number;
  at: number;
  duration_ms: number;
  status: number | null;
  outcome: "sent" | "retry" | "failed" | "interrupted";
  error: string | null;
  answer: string | null;
}

export interface NewDelivery {
  key: string;
  purpose: DeliveryRow["purpose"];
  channel: number;
  site: string | null;
  defect?: number | null;
  rule?: number | null;
  level?: number | null;
  /** In English; `summaryParams` says the same for words in the reader's language. */
  summary: string;
  summaryParams: Readonly<Record<string, string | number>>;
  message: string;
  maxAttempts?: number | null;
  giveUpAt: number;
}

/**
 * Adds a delivery, due at once. Its key is unique: a second delivery of the same step to the
 * same channel is refused by the database, and this answers undefined.
 */
export function insertDelivery(db: Db, d: NewDelivery, now: number): number | undefined {
  const result = statement(
    db,
    `INSERT OR IGNORE INTO notify_deliveries (key, purpose, channel_id, site_id, defect_id, rule_id, level,
       summary, summary_params, message, state, max_attempts, next_attempt_at, give_up_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)`,
  ).run(
    d.key,
    d.purpose,
    d.channel,
    d.site,
    d.defect ?? null,
    d.rule ?? null,
    d.level ?? null,
    d.summary,
    JSON.stringify(d.summaryParams),
    d.message,
    d.maxAttempts ?? null,
    now,
    d.giveUpAt,
    now,
  );
  return result.changes === 1 ? Number(result.lastInsertRowid) : undefined;
}

export function dueDeliveries(db: Db, now: number, limit: number): DeliveryRow[] {
  return statement<[number, number], DeliveryRow>(
    db,
    `SELECT * FROM notify_deliveries WHERE state = 'pending' AND next_attempt_at <= ?
     ORDER BY next_attempt_at, id LIMIT ?`,
  ).all(now, limit);
}

/** The earliest time a pending delivery is due, if any. */
export function nextDeliveryAt(db: Db): number | undefined {
  return (
    statement<[], { at: number | null }>(
      db,
      "SELECT min(next_attempt_at) AS at FROM notify_deliveries WHERE state = 'pending'",
    ).get()?.at ?? undefined
  );
}

/**
 * Marks a pending delivery as being sent by the attempt `attemptId`, before anything leaves:
 * after a crash, a delivery found `sending` is known to have been maybe sent.
 */
export function claimDelivery(db: Db, id: number, attemptId: string): boolean {
  return (
    statement(
      db,
      `UPDATE notify_deliveries SET state = 'sending', attempt_id = ?, attempts = attempts + 1
       WHERE id = ? AND state = 'pending'`,
    ).run(attemptId, id).changes === 1
  );
}

export interface AttemptResult {
  id: number;
  attemptId: string;
  at: number;
  durationMs: number;
  status: number | null;
  outcome: AttemptRow["outcome"];
  error: string | null;
  /** The first bytes of a refusal's answer. */
  answer?: string | null | undefined;
  /** What the delivery becomes. */
  state: DeliveryState;
  nextAttemptAt: number | null;
}

/**
 * Records how an attempt ended, if it is still the attempt in flight: one the stop or a restart
 * already settled has no say any more. Runs inside the caller's transaction.
 */
export function finishAttempt(db: Db, r: AttemptResult): boolean {
  const updated = statement(
    db,
    `UPDATE notify_deliveries SET state = @state, attempt_id = NULL, next_attempt_at = @next,
       last_status = @status, last_error = @error, last_answer = @answer,
       sent_at = CASE WHEN @state = 'sent' THEN @at ELSE sent_at END
     WHERE id = @id AND attempt_id = @attemptId AND state = 'sending'`,
  ).run({
    id: r.id,
    attemptId: r.attemptId,
    state: r.state,
    next: r.nextAttemptAt,
    status: r.status,
    error: r.error,
    answer: r.answer ?? null,
    at: r.at,
  });
  if (updated.changes !== 1) return false;
  statement(
    db,
    `INSERT INTO notify_attempts (delivery_id, n, at, duration_ms, status, outcome, error, answer)
     VALUES (?, (SELECT attempts FROM notify_deliveries WHERE id = ?), ?, ?, ?, ?, ?, ?)`,
  ).run(r.id, r.id, r.at, r.durationMs, r.status, r.outcome, r.error, r.answer ?? null);
  return true;
}

/** Deliveries marked as being sent: after a crash, the attempts it interrupted. */
export function deliveriesInFlight(db: Db): DeliveryRow[] {
  return statement<[], DeliveryRow>(
    db,
    "SELECT * FROM notify_deliveries WHERE state = 'sending' ORDER BY id",
  ).all();
}

export function getDelivery(db: Db, id: number): DeliveryRow | undefined {
  return statement<[number], DeliveryRow>(db, "SELECT * FROM notify_deliveries WHERE id = ?").get(
    id,
  );
}

export function getDeliveryByKey(db: Db, key: string): DeliveryRow | undefined {
  return statement<[string], DeliveryRow>(db, "SELECT * FROM notify_deliveries WHERE key = ?").get(
    key,
  );
}

export function attemptsOf(db: Db, id: number): AttemptRow[] {
  return statement<[number], AttemptRow>(
    db,
    `SELECT n, at, duration_ms, status, outcome, error, answer FROM notify_attempts
     WHERE delivery_id = ? ORDER BY seq`,
  ).all(id);
}

export function deliveriesOfDefect(db: Db, defect: number): DeliveryRow[] {
  return statement<[number], DeliveryRow>(
    db,
    "SELECT * FROM notify_deliveries WHERE defect_id = ? ORDER BY id",
  ).all(defect);
}

/**
 * Newest first. `sites`: null for every delivery; else those of these sites only (tests and
 * all-site reports, which belong to no site, left out).
 */
export function listDeliveries(
  db: Db,
  q: {
    sites: readonly string[] | null;
    state?: DeliveryState | undefined;
    channel?: number | undefined;
    before?: number | undefined;
    limit: number;
  },
): DeliveryRow[] {
  // Filters from fixed fragments; every value bound.
  const where: string[] = [];
  const values: Record<string, string | number> = { limit: q.limit };
  if (q.sites !== null) {
    where.push("site_id IN (SELECT value FROM json_each(@sites))");
    values.sites = JSON.stringify(q.sites);
  }
  if (q.state) {
    where.push("state = @state");
    values.state = q.state;
  }
  if (q.channel !== undefined) {
    where.push("channel_id = @channel");
    values.channel = q.channel;
  }
  if (q.before !== undefined) {
    where.push("id < @before");
    values.before = q.before;
  }
  return statement<[Record<string, string | number>], DeliveryRow>(
    db,
    `SELECT * FROM notify_deliveries${where.length ? ` WHERE ${where.join(" AND ")}` : ""}
     ORDER BY id DESC LIMIT @limit`,
  ).all(values);
}

/** Sends a failed or uncertain delivery again, from now on, with a new give-up time. */
export function retryDelivery(db: Db, id: number, now: number, giveUpAt: number): boolean {
  return (
    statement(
      db,
      `UPDATE notify_deliveries SET state = 'pending', next_attempt_at = ?, give_up_at = ?,
         max_attempts = CASE WHEN max_attempts IS NULL THEN NULL ELSE attempts + 1 END
       WHERE id = ? AND state IN ('failed', 'uncertain')`,
    ).run(now, giveUpAt, id).changes === 1
  );
}
