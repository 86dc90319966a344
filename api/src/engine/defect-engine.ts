import {
  type Actor,
  type AssetRef,
  acknowledge,
  applyReport,
  DEFAULT_DUE_POLICY,
  DEFAULT_RECURRENCE_DAYS,
  type Defect,
  type DuePolicy,
  type Fault,
  isClearedByHealthOk,
  isClearedByResolve,
  isRecurrence,
  isRefresh,
  isSystemFault,
  type Report,
  refreshDefect,
  resolve,
  type SystemFault,
} from "@bulbcheck/shared";
import type { Db } from "../store/database.ts";
import {
  addTimeline,
  findUnresolved,
  getDefect,
  hasUnresolved,
  insertDefect,
  lastResolvedOf,
  type StoredDefect,
  unresolvedOfAsset,
  updateDefect,
  updateLastSeen,
} from "../store/defect-store.ts";
import { assignByRules } from "./assignment.ts";
import type { Change } from "./change-feed.ts";

/**
 * The defect engine: the pure rules of `shared/` applied to the store. Every function runs inside
 * the caller's transaction and appends what it changed to `changes`, which the caller publishes
 * once the transaction has committed.
 */
export interface EngineContext {
  db: Db;
  duePolicy: DuePolicy;
  changes: Change[];
  /** Days within which a fault back on an asset is a fix that did not hold; 0 for never. */
  recurrenceDays?: number | undefined;
}

export function engineContext(
  db: Db,
  duePolicy: DuePolicy = DEFAULT_DUE_POLICY,
  recurrenceDays: number = DEFAULT_RECURRENCE_DAYS,
): EngineContext {
  return { db, duePolicy, changes: [], recurrenceDays };
}

export interface ReportDetails {
  eventSeq?: number | null;
  note?: string | null;
  /** What fixed it, for a resolve: one of its category's causes (checked by the caller). */
  cause?: string | null;
}

/** A fault reported on an asset: opens a defect, or adds the report to the unresolved one. */
export function reportFault(
  ctx: EngineContext,
  asset: AssetRef,
  report: Report,
  details: ReportDetails = {},
): StoredDefect {
  const current = findUnresolved(ctx.db, asset.site, asset.asset, report.fault);
  if (current && isRefresh(current, report)) {
    // A heartbeat repeating a known fault: seen again, no new report, nothing for boards to redraw.
    const refreshed = refreshDefect(current, report.at);
    if (refreshed.lastSeenAt !== current.lastSeenAt)
      updateLastSeen(ctx.db, current.id, refreshed.lastSeenAt);
    return { ...current, ...refreshed };
  }
  const { change, defect } = applyReport(current, asset, report, ctx.duePolicy);
  let stored: StoredDefect;
  if (current && change === "merged") {
    updateDefect(ctx.db, current.id, defect);
    stored = { ...current, ...defect };
  } else {
    const opened = { ...defect, recurrenceOf: recurrenceOf(ctx, defect) };
    const id = insertDefect(ctx.db, opened);
    addTimeline(ctx.db, id, {
      at: report.at,
      type: "opened",
      actor: report.reporter,
      source: report.source,
      note:
        opened.recurrenceOf === null ? null : `fix of defect ${opened.recurrenceOf} did not hold`,
    });
    assignByRules(ctx, id, opened, report.at);
    stored = getDefect(ctx.db, id) as StoredDefect;
  }
  addTimeline(ctx.db, stored.id, {
    at: report.at,
    type: "report",
    actor: report.reporter,
    source: report.source,
    eventSeq: details.eventSeq ?? null,
    note: details.note ?? null,
  });
  ctx.changes.push({ type: "defect", change, defect: stored });
  return stored;
}

/**
 * The earlier defect a new one repeats: the same fault on the same asset resolved within the
 * recurrence window. People's faults only: a device going offline again is its own defect.
 */
function recurrenceOf(ctx: EngineContext, defect: Defect): number | null {
  const days = ctx.recurrenceDays ?? DEFAULT_RECURRENCE_DAYS;
  if (days <= 0 || isSystemFault(defect.fault)) return null;
  const previous = lastResolvedOf(ctx.db, defect.site, defect.asset, defect.fault);
  return previous && isRecurrence(previous, defect.openedAt, days) ? previous.id : null;
}

/** Who raises system defects, on their timelines. */
export const SYSTEM_ACTOR = "bulbcheck";

/**
 * Raises a system defect (`device_offline`, `inspection_overdue`, `battery_low`) unless one is
 * already unresolved for that asset: a system condition is one defect until its cause goes away,
 * however often it is noticed.
 */
export function raiseSystemDefect(
  ctx: EngineContext,
  asset: AssetRef,
  fault: SystemFault,
  at: number,
): StoredDefect | undefined {
  if (findUnresolved(ctx.db, asset.site, asset.asset, fault)) return undefined;
  return reportFault(ctx, asset, { fault, source: "system", reporter: SYSTEM_ACTOR, at });
}

/** The cause of a system defect went away: it resolves itself. */
export function clearSystemDefect(
  ctx: EngineContext,
  site: string,
  asset: string,
  fault: SystemFault,
  at: number,
): void {
  if (!hasUnresolved(ctx.db, site, asset)) return;
  const open = findUnresolved(ctx.db, site, asset, fault);
  if (open) resolveDefect(ctx, open.id, { at, by: SYSTEM_ACTOR });
}

export type ActionResult =
  | { ok: true; defect: StoredDefect }
  | { ok: false; reason: "not_found" | "already_acknowledged" | "already_resolved" };

export function acknowledgeDefect(
  ctx: EngineContext,
  id: number,
  actor: Actor,
  details: ReportDetails = {},
): ActionResult {
  return transition(ctx, id, actor, details, "acknowledged");
}

export function resolveDefect(
  ctx: EngineContext,
  id: number,
  actor: Actor,
  details: ReportDetails = {},
): ActionResult {
  return transition(ctx, id, actor, details, "resolved");
}

function transition(
  ctx: EngineContext,
  id: number,
  actor: Actor,
  details: ReportDetails,
  to: "acknowledged" | "resolved",
): ActionResult {
  const current = getDefect(ctx.db, id);
  if (!current) return { ok: false, reason: "not_found" };
  const result =
    to === "acknowledged"
      ? acknowledge(current, actor)
      : resolve(current, actor, details.cause ?? null);
  if (!result.ok) return result;
  updateDefect(ctx.db, id, result.defect);
  addTimeline(ctx.db, id, {
    at: actor.at,
    type: to,
    actor: actor.by,
    eventSeq: details.eventSeq ?? null,
    note: details.note ?? null,
    via: actor.via ?? null,
  });
  const defect: StoredDefect = { ...current, ...result.defect };
  ctx.changes.push({ type: "defect", change: to, defect });
  return { ok: true, defect };
}

/** A sensor says the asset is fine again: what sensors raised on it is resolved. */
export function clearSensorDefects(
  ctx: EngineContext,
  site: string,
  asset: string,
  actor: Actor,
  eventSeq: number,
): number {
  return resolveWhere(ctx, site, asset, actor, eventSeq, isClearedByHealthOk);
}

/** Staff say the asset is fixed: its unresolved defects (of one fault, if named) are resolved. */
export function clearAssetDefects(
  ctx: EngineContext,
  target: { site: string; asset: string; fault?: Fault | undefined },
  actor: Actor,
  eventSeq: number,
): number {
  return resolveWhere(ctx, target.site, target.asset, actor, eventSeq, (d) =>
    isClearedByResolve(d, target),
  );
}

function resolveWhere(
  ctx: EngineContext,
  site: string,
  asset: string,
  actor: Actor,
  eventSeq: number,
  clears: (defect: StoredDefect) => boolean,
): number {
  // Most heartbeats are "ok" on an asset with nothing open: that costs no query.
  if (!hasUnresolved(ctx.db, site, asset)) return 0;
  let resolved = 0;
  for (const defect of unresolvedOfAsset(ctx.db, site, asset)) {
    if (!clears(defect)) continue;
    if (resolveDefect(ctx, defect.id, actor, { eventSeq }).ok) resolved++;
  }
  return resolved;
}
