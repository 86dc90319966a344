import type { AuditAction } from "@bulbcheck/shared";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

export interface AuditEntry {
  at: number;
  actor: string;
  /** `fleet.provision`, `defect.acknowledge`, `device.revoke`, `token.create`, ... */
  action: AuditAction;
  target: string;
  detail?: Record<string, unknown>;
  /** The site the change concerns, when it concerns one. */
  site?: string | undefined;
}

export function recordAudit(db: Db, entry: AuditEntry): void {
  statement(
    db,
    "INSERT INTO audit_log (at, actor, action, target, detail, site) VALUES (?, ?, ?, ?, ?, ?)",
  ).run(
    entry.at,
    entry.actor,
    entry.action,
    entry.target,
    JSON.stringify(entry.detail ?? {}),
    entry.site ?? null,
  );
}

export interface AuditRow {
  seq: number;
  at: number;
  actor: string;
  action: string;
  target: string;
  detail: string;
  site: string | null;
}

/** Newest first; `before` is the last seq of the previous page. */
export function listAudit(db: Db, limit: number, before?: number): AuditRow[] {
  return before === undefined
    ? statement<[number], AuditRow>(db, "SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?").all(
        limit,
      )
    : statement<[number, number], AuditRow>(
        db,
        "SELECT * FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?",
      ).all(before, limit);
}
