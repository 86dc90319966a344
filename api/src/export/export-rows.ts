import type { ExportDataset, ExportRow } from "@bulbcheck/shared";
import type { Db } from "../store/database.ts";
import {
  auditIn,
  defectsOpenedIn,
  eventsIn,
  inspectionsIn,
  type TimeCursor,
  timelinesOf,
} from "../store/export-store.ts";
import { lastSeq, lastSeqWrittenBefore } from "../store/written-logs.ts";

/** What an export reads: its range [from, to) and the sites it may show. */
export interface ExportScope {
  from: number;
  to: number;
  sites: readonly string[];
  /** Every site the system has is in scope: entries that concern no site belong too. */
  allSites: boolean;
}

/**
 * Rows read at a time. Each read is one short indexed step (well under a millisecond per 100
 * rows), and the stream awaits its reader between steps, so ingestion commits in between.
 */
const BATCH = 500;
/** Events are read in windows of their sequence; the time filter may keep few of each. */
const EVENT_WINDOW = 5_000;
/**
 * How far ahead of our clock a device's own time may be and still be trusted
 * (DEFAULT_MAX_CLOCK_AHEAD_MS), with room to spare: an event that happened at `from` was received
 * no earlier than this before it.
 */
const RECEIVED_BEFORE_HAPPENED_MS = 60 * 60_000;

export type RowBatches<D extends ExportDataset> = Generator<ExportRow<D>[], void, void>;

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

export function* defectRows(db: Db, scope: ExportScope): RowBatches<"defects"> {
  for (const site of scope.sites) {
    let after: TimeCursor | undefined;
    for (;;) {
      const rows = defectsOpenedIn(db, site, scope, after, BATCH);
      if (rows.length === 0) break;
      yield rows.map((d) => ({
        id: d.id,
        site: d.site_id,
        zone: d.zone_id,
        asset: d.asset_id,
        asset_name: d.asset_name,
        fault: d.fault,
        category: d.category,
        severity: d.severity,
        status: d.status,
        source: d.source,
        reports: d.reports,
        reporters: (JSON.parse(d.reporters) as string[]).join("; "),
        first_seen_at: iso(d.first_seen_at),
        last_seen_at: iso(d.last_seen_at),
        opened_at: iso(d.opened_at),
        due_at: iso(d.due_at),
        acknowledged_at: isoOrNull(d.acknowledged_at),
        acknowledged_by: d.acknowledged_by,
        resolved_at: isoOrNull(d.resolved_at),
        resolved_by: d.resolved_by,
        assignee: d.assignee,
        cause: d.cause,
        recurrence_of: d.recurrence_of,
        reopens: d.reopens,
      }));
      const last = rows[rows.length - 1] as (typeof rows)[number];
      after = { at: last.opened_at, id: last.id };
    }
  }
}

export function* timelineRows(db: Db, scope: ExportScope): RowBatches<"timeline"> {
  for (const site of scope.sites) {
    let after: TimeCursor | undefined;
    for (;;) {
      const defects = defectsOpenedIn(db, site, scope, after, BATCH);
      if (defects.length === 0) break;
      const byId = new Map(defects.map((d) => [d.id, d]));
      yield timelinesOf(
        db,
        defects.map((d) => d.id),
      ).map((t) => {
        const defect = byId.get(t.defect_id) as (typeof defects)[number];
        return {
          defect: t.defect_id,
          site: defect.site_id,
          asset: defect.asset_id,
          fault: defect.fault,
          seq: t.seq,
          at: iso(t.at),
          type: t.type,
          actor: t.actor,
          source: t.source,
          event_seq: t.event_seq,
          note: t.note,
        };
      });
      const last = defects[defects.length - 1] as (typeof defects)[number];
      after = { at: last.opened_at, id: last.id };
    }
  }
}

export function* inspectionRows(db: Db, scope: ExportScope): RowBatches<"inspections"> {
  for (const site of scope.sites) {
    let after: TimeCursor | undefined;
    for (;;) {
      const rows = inspectionsIn(db, site, scope, after, BATCH);
      if (rows.length === 0) break;
      yield rows.map((i) => ({
        seq: i.seq,
        at: iso(i.at),
        site: i.site_id,
        checkpoint: i.checkpoint_id,
        checkpoint_name: i.checkpoint_name,
        device: i.device_id,
        staff: i.staff,
        result: i.result,
        on_time: i.on_time === 1,
      }));
      const last = rows[rows.length - 1] as (typeof rows)[number];
      after = { at: last.at, id: last.seq };
    }
  }
}

export function* eventRows(db: Db, scope: ExportScope): RowBatches<"events"> {
  if (scope.sites.length === 0) return;
  // Up to the last event when the export began: it ends, and later events wait for the next.
  const end = lastSeq(db, "events");
  let after = lastSeqWrittenBefore(db, "events", scope.from - RECEIVED_BEFORE_HAPPENED_MS);
  while (after < end) {
    const upTo = Math.min(after + EVENT_WINDOW, end);
    const rows = eventsIn(db, scope.sites, scope, after, upTo);
    after = upTo;
    if (rows.length === 0) continue;
    yield rows.map((e) => ({
      seq: e.seq,
      at: iso(e.at),
      received_at: iso(e.received_at),
      site: e.site_id,
      device: e.device_id,
      kind: e.kind,
      asset: e.asset_id,
      event_id: e.event_id,
      payload: e.payload,
    }));
  }
}

export function* auditRows(db: Db, scope: ExportScope): RowBatches<"audit"> {
  const sites = scope.allSites ? null : scope.sites;
  let after = lastSeqWrittenBefore(db, "audit_log", scope.from);
  const upTo = lastSeqWrittenBefore(db, "audit_log", scope.to);
  for (;;) {
    const rows = auditIn(db, sites, scope, after, upTo, BATCH);
    if (rows.length === 0) break;
    yield rows.map((a) => ({
      seq: a.seq,
      at: iso(a.at),
      actor: a.actor,
      action: a.action,
      target: a.target,
      site: a.site,
      detail: a.detail,
    }));
    after = (rows[rows.length - 1] as (typeof rows)[number]).seq;
  }
}

export const EXPORT_ROWS: {
  [D in ExportDataset]: (db: Db, scope: ExportScope) => RowBatches<D>;
} = {
  defects: defectRows,
  timeline: timelineRows,
  events: eventRows,
  inspections: inspectionRows,
  audit: auditRows,
};
