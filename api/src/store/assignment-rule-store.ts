import type { Assignee, DefectCategory, Fault, TeamRole } from "@bulbcheck/shared";
import { cacheOf } from "./cache.ts";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/** A rule that assigns new defects (migration 015), as read. */
export interface AssignmentRuleRow {
  id: number;
  site: string;
  zone: string | null;
  categories: DefectCategory[];
  faults: Fault[];
  assignee: Assignee;
  /** The assigned user's username and name, for a rule naming a user. */
  user: { username: string; name: string } | null;
  createdAt: number;
  createdBy: string;
}

interface Row {
  id: number;
  site_id: string;
  zone_id: string | null;
  categories: string;
  faults: string;
  assignee_user: number | null;
  assignee_team: string | null;
  created_at: number;
  created_by: string;
  username: string | null;
  display_name: string | null;
}

function fromRow(row: Row): AssignmentRuleRow {
  return {
    id: row.id,
    site: row.site_id,
    zone: row.zone_id,
    // Written only from validated rules.
    categories: JSON.parse(row.categories) as DefectCategory[],
    faults: JSON.parse(row.faults) as Fault[],
    assignee:
      row.assignee_user !== null
        ? { user: row.assignee_user }
        : { team: row.assignee_team as TeamRole },
    user:
      row.username === null
        ? null
        : { username: row.username, name: row.display_name ?? row.username },
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

const SELECT = `SELECT r.*, u.username, u.display_name FROM assignment_rules r
  LEFT JOIN users u ON u.id = r.assignee_user`;

export function listAssignmentRules(db: Db, sites: readonly string[] | null): AssignmentRuleRow[] {
  const rows = statement<[], Row>(db, `${SELECT} ORDER BY r.site_id, r.id`).all().map(fromRow);
  return sites === null ? rows : rows.filter((r) => sites.includes(r.site));
}

export function getAssignmentRule(db: Db, id: number): AssignmentRuleRow | undefined {
  const row = statement<[number], Row>(db, `${SELECT} WHERE r.id = ?`).get(id);
  return row && fromRow(row);
}

export function insertAssignmentRule(db: Db, rule: Omit<AssignmentRuleRow, "id" | "user">): number {
  const result = statement(
    db,
    `INSERT INTO assignment_rules (site_id, zone_id, categories, faults, assignee_user, assignee_team, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    rule.site,
    rule.zone,
    JSON.stringify(rule.categories),
    JSON.stringify(rule.faults),
    "user" in rule.assignee ? rule.assignee.user : null,
    "team" in rule.assignee ? rule.assignee.team : null,
    rule.createdAt,
    rule.createdBy,
  );
  cacheOf(db).assignmentRules = undefined;
  return Number(result.lastInsertRowid);
}

export function deleteAssignmentRule(db: Db, id: number): boolean {
  cacheOf(db).assignmentRules = undefined;
  return statement(db, "DELETE FROM assignment_rules WHERE id = ?").run(id).changes > 0;
}

/** A site's rules, from memory after the first call: asked on every defect opened. */
export function assignmentRulesOf(db: Db, site: string): readonly AssignmentRuleRow[] {
  const cache = cacheOf(db);
  if (!cache.assignmentRules) {
    const bySite = new Map<string, AssignmentRuleRow[]>();
    for (const rule of statement<[], Row>(db, `${SELECT} ORDER BY r.id`).all().map(fromRow)) {
      const list = bySite.get(rule.site) ?? [];
      list.push(rule);
      bySite.set(rule.site, list);
    }
    cache.assignmentRules = bySite;
  }
  return cache.assignmentRules.get(site) ?? [];
}
