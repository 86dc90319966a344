import {
  type Actor,
  hold,
  reopen,
  undoResolve,
  type WorkRefusal,
  type WorkResult,
} from "@bulbcheck/shared";
import {
  addComment,
  addTimeline,
  findUnresolved,
  getDefect,
  type StoredDefect,
  updateDefect,
} from "../store/defect-store.ts";
import type { Change } from "./change-feed.ts";
import type { EngineContext } from "./defect-engine.ts";

/**
 * Working on a defect beyond acknowledge and resolve (issue 20): comments, holds, reopening and
 * undoing a resolve. Each runs inside the caller's transaction and appends its change for boards.
 */

export type WorkOutcome =
  | { ok: true; defect: StoredDefect }
  | { ok: false; reason: "not_found" | "open_duplicate" | WorkRefusal; other?: number };

export function commentOn(ctx: EngineContext, id: number, actor: Actor, text: string): WorkOutcome {
  if (!getDefect(ctx.db, id)) return { ok: false, reason: "not_found" };
  addComment(ctx.db, id, { at: actor.at, actor: actor.by, text });
  const defect = getDefect(ctx.db, id) as StoredDefect;
  ctx.changes.push({ type: "defect", change: "commented", defect });
  return { ok: true, defect };
}

export function holdDefect(
  ctx: EngineContext,
  id: number,
  actor: Actor,
  what: { reason: string; dueAt: number },
): WorkOutcome {
  return apply(ctx, id, "held", (current) => hold(current, what, actor), {
    at: actor.at,
    type: "on_hold",
    actor: actor.by,
    note: what.reason,
  });
}

/**
 * Reopens a resolved defect, or with `undo` takes its resolve back. Refused while the same
 * fault is unresolved on the asset again: that newer defect is the one to work on.
 */
export function reopenDefect(
  ctx: EngineContext,
  id: number,
  actor: Actor,
  how: { undo: boolean; note: string | null },
): WorkOutcome {
  const current = getDefect(ctx.db, id);
  if (!current) return { ok: false, reason: "not_found" };
  const again = findUnresolved(ctx.db, current.site, current.asset, current.fault);
  if (again && again.id !== id) return { ok: false, reason: "open_duplicate", other: again.id };
  return apply(
    ctx,
    id,
    "reopened",
    (defect) => (how.undo ? undoResolve(defect, actor) : reopen(defect, actor, ctx.duePolicy)),
    { at: actor.at, type: how.undo ? "undone" : "reopened", actor: actor.by, note: how.note },
  );
}

type DefectChange = Extract<Change, { type: "defect" }>["change"];

function apply(
  ctx: EngineContext,
  id: number,
  change: DefectChange,
  rule: (current: StoredDefect) => WorkResult,
  entry: Parameters<typeof addTimeline>[2],
): WorkOutcome {
  const current = getDefect(ctx.db, id);
  if (!current) return { ok: false, reason: "not_found" };
  const result = rule(current);
  if (!result.ok) return result;
  updateDefect(ctx.db, id, result.defect);
  addTimeline(ctx.db, id, entry);
  const defect = getDefect(ctx.db, id) as StoredDefect;
  ctx.changes.push({ type: "defect", change, defect });
  return { ok: true, defect };
}
