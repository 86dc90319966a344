import type { EscalationLevel, QuietHours, RuleMatch } from "@bulbcheck/shared";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/** A notification rule as stored: which defects, which quiet hours, which levels. */
export interface Rule {
  id: number;
  name: string;
  /** null: every site. */
  site: string | null;
  enabled: boolean;
  match: RuleMatch;
  quietHours: QuietHours | null;
  levels: EscalationLevel[];
  createdAt: number;
  updatedAt: number;
}

interface RuleRow {
  id: number;
  name: string;
  site_id: string | null;
  enabled: number;
  match: string;
  quiet_hours: string | null;
  levels: string;
  created_at: number;
  updated_at: number;
}

// The JSON columns are only ever written from values the shared schemas accepted.
function fromRow(row: RuleRow): Rule {
  return {
    id: row.id,
    name: row.name,
    site: row.site_id,
    enabled: row.enabled === 1,
    match: JSON.parse(row.match) as RuleMatch,
    quietHours: row.quiet_hours === null ? null : (JSON.parse(row.quiet_hours) as QuietHours),
    levels: JSON.parse(row.levels) as EscalationLevel[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type RuleFields = Omit<Rule, "id" | "createdAt" | "updatedAt">;

export function insertRule(db: Db, rule: RuleFields, now: number): number {
  const result = statement(
    db,
    `INSERT INTO notify_rules (name, site_id, enabled, match, quiet_hours, levels, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    rule.name,
    rule.site,
    rule.enabled ? 1 : 0,
    JSON.stringify(rule.match),
    rule.quietHours === null ? null : JSON.stringify(rule.quietHours),
    JSON.stringify(rule.levels),
    now,
    now,
  );
  return Number(result.lastInsertRowid);
}

export function updateRule(db: Db, id: number, rule: RuleFields, now: number): void {
  statement(
    db,
    `UPDATE notify_rules SET name = ?, enabled = ?, match = ?, quiet_hours = ?, levels = ?, updated_at = ?
     WHERE id = ?`,
  ).run(
    rule.name,
    rule.enabled ? 1 : 0,
    JSON.stringify(rule.match),
    rule.quietHours === null ? null : JSON.stringify(rule.quietHours),
    JSON.stringify(rule.levels),
    now,
    id,
  );
}

export function deleteRule(db: Db, id: number): void {
  statement(db, "DELETE FROM notify_rules WHERE id = ?").run(id);
}

export function getRule(db: Db, id: number): Rule | undefined {
  const row = statement<[number], RuleRow>(db, "SELECT * FROM notify_rules WHERE id = ?").get(id);
  return row && fromRow(row);
}

/** Every rule; or those of `sites` and the every-site ones. */
export function listRules(db: Db, sites: readonly string[] | null = null): Rule[] {
  if (sites === null)
    return statement<[], RuleRow>(db, "SELECT * FROM notify_rules ORDER BY site_id, name, id")
      .all()
      .map(fromRow);
  return statement<[string], RuleRow>(
    db,
    `SELECT * FROM notify_rules WHERE site_id IS NULL OR site_id IN (SELECT value FROM json_each(?))
     ORDER BY site_id, name, id`,
  )
    .all(JSON.stringify(sites))
    .map(fromRow);
}

/** The enabled rules that may apply to a defect of `site`. */
export function rulesOfSite(db: Db, site: string): Rule[] {
  return statement<[string], RuleRow>(
    db,
    "SELECT * FROM notify_rules WHERE enabled = 1 AND (site_id IS NULL OR site_id = ?) ORDER BY id",
  )
    .all(site)
    .map(fromRow);
}

/** The rules whose levels name `channel`. */
export function rulesUsingChannel(db: Db, channel: number): Rule[] {
  return statement<[number], RuleRow>(
    db,
    `SELECT * FROM notify_rules r WHERE EXISTS (
       SELECT 1 FROM json_each(r.levels) l, json_each(l.value, '$.channels') c WHERE c.value = ?)`,
  )
    .all(channel)
    .map(fromRow);
}

export function hasEnabledRules(db: Db): boolean {
  return statement(db, "SELECT 1 FROM notify_rules WHERE enabled = 1 LIMIT 1").get() !== undefined;
}
