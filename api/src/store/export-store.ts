import type { Db } from "./database.ts";
import type { DefectRow } from "./defect-store.ts";
import { statement } from "./statements.ts";

/**
 * The reads an export makes, each a bounded step that ends on a cursor, so that a year's export
 * is many short reads between which the writer commits, never one long one that holds it.
 * Every step uses an index: defects by (site, opened_at), inspections by (site, at), events and
 * the audit log by their sequence.
 */

/** The sites an export may read, in id order: all but those being removed with the demo. */
export function exportableSites(db: Db, within: readonly string[] | null): string[] {
  const rows = statement<[string | null, string | null], { id: string }>(
    db,
    `SELECT id FROM sites
      WHERE removing_since IS NULL AND (? IS NULL OR id IN (SELECT value FROM json_each(?)))
      ORDER BY id`,
  ).all(...jsonList(within));
  return rows.map((r) => r.id);
}

/** A defect as stored, with its asset's name: what the defects export writes. */
export type DefectExportRow = Pick<
  DefectRow,
  | "id"
  | "site_id"
  | "zone_id"
  | "asset_id"
  | "asset_name"
  | "fault"
  | "category"
  | "severity"
  | "status"
  | "source"
  | "reports"
  | "reporters"
  | "first_seen_at"
  | "last_seen_at"
  | "opened_at"
  | "due_at"
  | "acknowledged_at"
  | "acknowledged_by"
  | "resolved_at"
  | "resolved_by"
  | "cause"
  | "recurrence_of"
  | "reopens"
> & {
  /** The assigned user's username, or the team's role. */
  assignee: string | null;
};

/** A position in a list ordered by (time, id). */
export interface TimeCursor {
  at: number;
  id: number;
}

export function defectsOpenedIn(
  db: Db,
  site: string,
  range: { from: number; to: number },
  after: TimeCursor | undefined,
  limit: number,
): DefectExportRow[] {
  const start = after ?? { at: range.from, id: -1 };
  return statement<[string, number, number, number, number], DefectExportRow>(
    db,
    `SELECT d.id, d.site_id, d.zone_id, d.asset_id, a.name AS asset_name, d.fault, d.category,
            d.severity, d.status, d.source, d.reports, d.reporters, d.first_seen_at,
            d.last_seen_at, d.opened_at, d.due_at, d.acknowledged_at, d.acknowledged_by,
            d.resolved_at, d.resolved_by, coalesce(u.username, d.assignee_team) AS assignee, d.cause,
            d.recurrence_of, d.reopens
       FROM defects d
       LEFT JOIN assets a ON a.site_id = d.site_id AND a.id = d.asset_id
       LEFT JOIN users u ON u.id = d.assignee_user
      WHERE d.site_id = ? AND (d.opened_at, d.id) > (?, ?) AND d.opened_at < ?
      ORDER BY d.opened_at, d.id
      LIMIT ?`,
  ).all(site, start.at, start.id, range.to, limit);
}

export interface TimelineExportRow {
  defect_id: number;
  seq: number;
  at: number;
  type: string;
  actor: string;
  source: string | null;
  event_seq: number | null;
  note: string | null;
}

/** The steps of these defects, by defect in the given order and then in their own order. */
export function timelinesOf(db: Db, defects: readonly number[]): TimelineExportRow[] {
  return statement<[string], TimelineExportRow>(
    db,
    `SELECT t.defect_id, t.seq, t.at, t.type, t.actor, t.source, t.event_seq, t.note
       FROM json_each(?) AS d
       JOIN defect_timeline t ON t.defect_id = d.value
      ORDER BY d.key, t.seq`,
  ).all(JSON.stringify(defects));
}

export interface InspectionExportRow {
  seq: number;
  at: number;
  site_id: string;
  checkpoint_id: string;
  checkpoint_name: string | null;
  device_id: string;
  staff: string | null;
  result: string;
  on_time: number;
}

export function inspectionsIn(
  db: Db,
  site: string,
  range: { from: number; to: number },
  after: TimeCursor | undefined,
  limit: number,
): InspectionExportRow[] {
  const start = after ?? { at: range.from, id: -1 };
  return statement<[string, number, number, number, number], InspectionExportRow>(
    db,
    `SELECT i.seq, i.at, i.site_id, i.checkpoint_id, c.name AS checkpoint_name, i.device_id,
            i.staff, i.result, i.on_time
       FROM inspections i
       LEFT JOIN checkpoints c ON c.site_id = i.site_id AND c.id = i.checkpoint_id
      WHERE i.site_id = ? AND (i.at, i.seq) > (?, ?) AND i.at < ?
      ORDER BY i.at, i.seq
      LIMIT ?`,
  ).all(site, start.at, start.id, range.to, limit);
}

export interface EventExportRow {
  seq: number;
  at: number;
  received_at: number;
  site_id: string;
  device_id: string;
  kind: string;
  asset_id: string | null;
  event_id: string | null;
  payload: string;
}

/** Events with seq in (after, upTo] that happened in the range at one of the sites. */
export function eventsIn(
  db: Db,
  sites: readonly string[],
  range: { from: number; to: number },
  after: number,
  upTo: number,
): EventExportRow[] {
  return statement<[number, number, number, number, string], EventExportRow>(
    db,
    `SELECT seq, at, received_at, site_id, device_id, kind, asset_id, event_id, payload
       FROM events
      WHERE seq > ? AND seq <= ? AND at >= ? AND at < ?
        AND site_id IN (SELECT value FROM json_each(?))
      ORDER BY seq`,
  ).all(after, upTo, range.from, range.to, JSON.stringify(sites));
}

export interface AuditExportRow {
  seq: number;
  at: number;
  actor: string;
  action: string;
  target: string;
  site: string | null;
  detail: string;
}

/**
 * Audit entries with seq in (after, upTo] in the range; with `sites`, only entries about those sites (a
 * change of the whole system concerns no site, and is for whoever sees them all).
 */
export function auditIn(
  db: Db,
  sites: readonly string[] | null,
  range: { from: number; to: number },
  after: number,
  upTo: number,
  limit: number,
): AuditExportRow[] {
  return statement<
    [number, number, number, number, string | null, string | null, number],
    AuditExportRow
  >(
    db,
    `SELECT seq, at, actor, action, target, site, detail
       FROM audit_log
      WHERE seq > ? AND seq <= ? AND at >= ? AND at < ?
        AND (? IS NULL OR site IN (SELECT value FROM json_each(?)))
      ORDER BY seq
      LIMIT ?`,
  ).all(after, upTo, range.from, range.to, ...jsonList(sites), limit);
}

function jsonList(list: readonly string[] | null): [string | null, string | null] {
  const json = list === null ? null : JSON.stringify(list);
  return [json, json];
}
