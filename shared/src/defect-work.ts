import {
  type Actor,
  type Assignee,
  DEFAULT_DUE_POLICY,
  type Defect,
  type DuePolicy,
  dueAtOf,
  isUnresolved,
} from "./rules.ts";

/**
 * Working on a defect as a team (issue 20) as pure functions: assigning, holding, reopening and
 * undoing a resolve. Times are epoch milliseconds, passed in; docs/api.md#defect-lifecycle draws
 * the states.
 */

export type WorkRefusal =
  | "already_resolved"
  | "not_resolved"
  | "already_on_hold"
  | "already_assigned"
  | "due_in_past"
  | "undo_expired"
  | "undo_by_other";

export type WorkResult = { ok: true; defect: Defect } | { ok: false; reason: WorkRefusal };

/** How long after a resolve its resolver may take it back as if it had not happened. */
export const UNDO_WINDOW_MS = 60_000;

/** The default of `BULBCHECK_RECURRENCE_DAYS`: a fault back within this many days is a fix that did not hold. */
export const DEFAULT_RECURRENCE_DAYS = 7;

const DAY = 86_400_000;

export function sameAssignee(a: Assignee | null, b: Assignee | null): boolean {
  if (a === null || b === null) return a === b;
  if ("user" in a) return "user" in b && a.user === b.user;
  return "team" in b && a.team === b.team;
}

/** Assigns (or, with null, unassigns) an unresolved defect; the same assignee again is refused. */
export function assign(defect: Defect, assignee: Assignee | null, { at, by }: Actor): WorkResult {
  if (!isUnresolved(defect)) return { ok: false, reason: "already_resolved" };
  if (sameAssignee(defect.assignee, assignee)) return { ok: false, reason: "already_assigned" };
  return {
    ok: true,
    defect: {
      ...defect,
      assignee,
      assignedAt: assignee === null ? null : at,
      assignedBy: assignee === null ? null : by,
    },
  };
}

/**
 * Puts an unresolved defect on hold ("waiting for parts") until a new due time: it stays open on
 * the boards, but is overdue only after that time.
 */
export function hold(
  defect: Defect,
  { reason, dueAt }: { reason: string; dueAt: number },
  { at, by }: Actor,
): WorkResult {
  if (!isUnresolved(defect)) return { ok: false, reason: "already_resolved" };
  if (defect.status === "on_hold" && defect.hold?.reason === reason && defect.dueAt === dueAt)
    return { ok: false, reason: "already_on_hold" };
  if (dueAt <= at) return { ok: false, reason: "due_in_past" };
  return {
    ok: true,
    defect: { ...defect, status: "on_hold", hold: { reason, since: at, by }, dueAt },
  };
}

/**
 * Reopens a resolved defect (the fix did not hold, or it was resolved by mistake): open again,
 * due again as a new defect of its severity would be, its acknowledgement and hold forgotten.
 */
export function reopen(
  defect: Defect,
  { at }: Actor,
  policy: DuePolicy = DEFAULT_DUE_POLICY,
): WorkResult {
  if (isUnresolved(defect)) return { ok: false, reason: "not_resolved" };
  return {
    ok: true,
    defect: {
      ...cleared(defect),
      status: "open",
      acknowledgedAt: null,
      acknowledgedBy: null,
      hold: null,
      dueAt: dueAtOf(at, defect.severity, policy),
      reopens: defect.reopens + 1,
    },
  };
}

/**
 * Takes a resolve back, within {@link UNDO_WINDOW_MS} and only by who resolved: the defect is as
 * it was before, with its due time and hold.
 */
export function undoResolve(defect: Defect, { at, by }: Actor): WorkResult {
  if (isUnresolved(defect) || defect.resolvedAt === null)
    return { ok: false, reason: "not_resolved" };
  if (defect.resolvedBy !== by) return { ok: false, reason: "undo_by_other" };
  if (at - defect.resolvedAt > UNDO_WINDOW_MS) return { ok: false, reason: "undo_expired" };
  return { ok: true, defect: { ...cleared(defect), status: defect.resolvedFrom ?? "open" } };
}

function cleared(defect: Defect): Defect {
  return {
    ...defect,
    resolvedAt: null,
    resolvedBy: null,
    resolvedVia: null,
    resolvedFrom: null,
    cause: null,
  };
}

/**
 * Whether a new defect repeats an earlier one whose fix did not hold: the same fault on the same
 * asset, resolved no more than `days` before the new one opened.
 */
export function isRecurrence(
  previous: Pick<Defect, "status" | "resolvedAt"> | undefined,
  openedAt: number,
  days: number = DEFAULT_RECURRENCE_DAYS,
): boolean {
  if (previous?.status !== "resolved" || previous.resolvedAt === null) return false;
  return openedAt >= previous.resolvedAt && openedAt - previous.resolvedAt <= days * DAY;
}
