import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/** Where one rule's escalation of one defect stands. */
export interface EscalationRow {
  defect_id: number;
  rule_id: number;
  site_id: string;
  next_level: number;
  next_at: number | null;
  state: "active" | "done" | "stopped";
  reason: string | null;
  created_at: number;
}

/** Starts an escalation; a second start of the same (defect, rule) is ignored. */
export function startEscalation(
  db: Db,
  e: { defect: number; rule: number; site: string; at: number },
  now: number,
): void {
  statement(
    db,
    `INSERT OR IGNORE INTO notify_escalations (defect_id, rule_id, site_id, next_level, next_at, state, created_at)
     VALUES (?, ?, ?, 0, ?, 'active', ?)`,
  ).run(e.defect, e.rule, e.site, e.at, now);
}

export function dueEscalations(db: Db, now: number, limit: number): EscalationRow[] {
  return statement<[number, number], EscalationRow>(
    db,
    `SELECT * FROM notify_escalations WHERE state = 'active' AND next_at <= ?
     ORDER BY next_at LIMIT ?`,
  ).all(now, limit);
}

export function escalationsOf(db: Db, defect: number): EscalationRow[] {
  return statement<[number], EscalationRow>(
    db,
    "SELECT * FROM notify_escalations WHERE defect_id = ? ORDER BY rule_id",
  ).all(defect);
}

export function scheduleEscalation(
  db: Db,
  key: { defect: number; rule: number },
  next: { level: number; at: number },
): void {
  statement(
    db,
    "UPDATE notify_escalations SET next_level = ?, next_at = ? WHERE defect_id = ? AND rule_id = ?",
  ).run(next.level, next.at, key.defect, key.rule);
}

export function endEscalation(
  db: Db,
  key: { defect: number; rule: number },
  state: "done" | "stopped",
  reason: string,
): void {
  statement(
    db,
    `UPDATE notify_escalations SET state = ?, reason = ?, next_at = NULL
     WHERE defect_id = ? AND rule_id = ?`,
  ).run(state, reason, key.defect, key.rule);
}

/** Stops at once every escalation whose defect someone acknowledged or resolved. */
export function stopHandledEscalations(db: Db): number {
  return statement(
    db,
    `UPDATE notify_escalations SET state = 'stopped', next_at = NULL,
       reason = (SELECT d.status FROM defects d WHERE d.id = defect_id)
     WHERE state = 'active' AND next_at IS NOT NULL
       AND EXISTS (SELECT 1 FROM defects d WHERE d.id = defect_id AND d.status <> 'open')`,
  ).run().changes;
}

/** The defect id the notifier has planned escalations up to. */
export function lastPlannedDefect(db: Db): number {
  return (
    statement<[], { value: number }>(
      db,
      "SELECT value FROM notify_state WHERE name = 'last_defect'",
    ).get()?.value ?? 0
  );
}

export function setLastPlannedDefect(db: Db, id: number): void {
  statement(
    db,
    `INSERT INTO notify_state (name, value) VALUES ('last_defect', ?)
     ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
  ).run(id);
}

/** Defects opened after `afterId`, oldest first. */
export function defectIdsAfter(db: Db, afterId: number, limit: number): number[] {
  return statement<[number, number], { id: number }>(
    db,
    "SELECT id FROM defects WHERE id > ? ORDER BY id LIMIT ?",
  )
    .all(afterId, limit)
    .map((r) => r.id);
}

export function newestDefectId(db: Db): number {
  return (
    statement<[], { id: number | null }>(db, "SELECT max(id) AS id FROM defects").get()?.id ?? 0
  );
}

/** Whether the default attention rule was made once already (deleting it must not bring it back). */
export function notifyStateValue(db: Db, name: string): number | undefined {
  return statement<[string], { value: number }>(
    db,
    "SELECT value FROM notify_state WHERE name = ?",
  ).get(name)?.value;
}

export function setNotifyStateValue(db: Db, name: string, value: number): void {
  statement(
    db,
    `INSERT INTO notify_state (name, value) VALUES (?, ?)
     ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
  ).run(name, value);
}
