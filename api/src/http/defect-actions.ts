import {
  type Assignee,
  type AssigneeInput,
  type AuditAction,
  causesOf,
  isCauseOf,
  roleIncludes,
  TEAM_ROLES,
} from "@bulbcheck/shared";
import { assignDefect } from "../engine/assignment.ts";
import {
  acknowledgeDefect,
  type EngineContext,
  engineContext,
  resolveDefect,
} from "../engine/defect-engine.ts";
import { holdDefect, reopenDefect } from "../engine/defect-work.ts";
import { recordAudit } from "../store/audit-store.ts";
import type { Db } from "../store/database.ts";
import { getDefect, type StoredDefect } from "../store/defect-store.ts";
import { findUserByUsername } from "../store/user-store.ts";
import { ApiError, notFound } from "./api-error.ts";
import type { Caller } from "./auth.ts";
import type { ApiDeps } from "./deps.ts";
import { requireSite } from "./scope.ts";

/**
 * One person's action on one defect, as the single routes and `POST /api/defects/bulk` both run
 * it: checked (scope, role, cause), applied by the engine, audited, in the caller's transaction.
 * Expected refusals are `ApiError`s, so that bulk can report each and go on.
 */
export type DefectAction =
  | { kind: "acknowledge"; note?: string | undefined }
  | { kind: "resolve"; note?: string | undefined; cause?: string | undefined }
  | { kind: "assign"; assignee: AssigneeInput }
  | { kind: "hold"; reason: string; dueAt: number }
  | { kind: "reopen"; note?: string | undefined; undo: boolean };

const AUDIT_ACTIONS: Record<DefectAction["kind"], AuditAction> = {
  acknowledge: "defect.acknowledge",
  resolve: "defect.resolve",
  assign: "defect.assign",
  hold: "defect.hold",
  reopen: "defect.reopen",
};

const REFUSALS: Record<string, { status: 400 | 403 | 404 | 409; say: string }> = {
  already_acknowledged: { status: 409, say: "is acknowledged already" },
  already_resolved: { status: 409, say: "is resolved already" },
  not_resolved: { status: 409, say: "is not resolved: there is nothing to reopen" },
  already_on_hold: { status: 409, say: "is on hold already, for that reason and until then" },
  already_assigned: { status: 409, say: "is assigned so already" },
  due_in_past: { status: 400, say: "cannot be due in the past: choose a later time" },
  undo_expired: {
    status: 409,
    say: "was resolved more than a minute ago: reopen it instead of undoing",
  },
  undo_by_other: { status: 409, say: "was resolved by somebody else: reopen it instead" },
};

export function runDefectAction(
  deps: ApiDeps,
  caller: Caller | undefined,
  id: number,
  action: DefectAction,
  ctx: EngineContext = engineContext(deps.db, deps.duePolicy, deps.recurrenceDays),
): StoredDefect {
  const { db } = deps;
  const existing = getDefect(db, id);
  if (!existing) throw notFound(`defect ${id}`);
  requireSite(caller, existing.site, `defect ${id}`);
  const at = deps.now();
  const actor = { at, by: caller?.name ?? "api" };
  let outcome:
    | { ok: true; defect: StoredDefect }
    | { ok: false; reason: string; other?: number | undefined };
  let detail: Record<string, unknown> = {};
  switch (action.kind) {
    case "acknowledge":
      outcome = acknowledgeDefect(ctx, id, actor, { note: action.note ?? null });
      if (action.note) detail = { note: action.note };
      break;
    case "resolve": {
      if (action.cause !== undefined && !isCauseOf(existing.category, action.cause))
        throw new ApiError(
          400,
          "invalid_cause",
          `cause: ${action.cause} is not a cause of ${existing.category} defects; one of ${causesOf(existing.category).join(", ")}`,
          [{ path: "cause", message: `one of ${causesOf(existing.category).join(", ")}` }],
        );
      outcome = resolveDefect(ctx, id, actor, {
        note: action.note ?? null,
        cause: action.cause ?? null,
      });
      detail = { ...(action.note ? { note: action.note } : {}), cause: action.cause ?? null };
      break;
    }
    case "assign": {
      const assignee = assigneeOf(db, caller, existing, action.assignee);
      outcome = assignDefect(ctx, id, assignee, actor, caller?.user?.id ?? null);
      detail = { assignee: action.assignee };
      break;
    }
    case "hold":
      outcome = holdDefect(ctx, id, actor, { reason: action.reason, dueAt: action.dueAt });
      detail = { reason: action.reason, dueAt: new Date(action.dueAt).toISOString() };
      break;
    case "reopen":
      outcome = reopenDefect(ctx, id, actor, { undo: action.undo, note: action.note ?? null });
      detail = { undo: action.undo, ...(action.note ? { note: action.note } : {}) };
      break;
  }
  if (!outcome.ok) {
    if (outcome.reason === "not_found") throw notFound(`defect ${id}`);
    if (outcome.reason === "open_duplicate")
      throw new ApiError(
        409,
        "open_duplicate",
        `defect ${id} cannot be reopened: the same fault is open on this asset again as defect ${outcome.other}; work on that one`,
      );
    const refusal = REFUSALS[outcome.reason] ?? { status: 409, say: outcome.reason };
    throw new ApiError(refusal.status, outcome.reason, `defect ${id} ${refusal.say}`);
  }
  recordAudit(db, {
    at,
    actor: caller?.actor ?? "api",
    site: existing.site,
    action: AUDIT_ACTIONS[action.kind],
    target: `defect ${id}`,
    detail,
  });
  return outcome.defect;
}

/**
 * Who an assignment names, checked: a user who may see the site and works on defects, or a
 * team; staff may only take a defect themselves, or give back what they hold.
 */
function assigneeOf(
  db: Db,
  caller: Caller | undefined,
  defect: StoredDefect,
  input: AssigneeInput,
): Assignee | null {
  const manages = caller !== undefined && roleIncludes(caller.role, "manager");
  const me = caller?.user ?? null;
  if (input === null) {
    const mine =
      defect.assignee !== null && "user" in defect.assignee && defect.assignee.user === me?.id;
    if (!manages && !mine)
      throw new ApiError(403, "forbidden", "only a manager can unassign what somebody else holds");
    return null;
  }
  if ("team" in input) {
    if (!manages) throw new ApiError(403, "forbidden", "only a manager can assign to a team");
    return { team: input.team };
  }
  const user = findUserByUsername(db, input.user);
  if (!manages && user?.id !== me?.id)
    throw new ApiError(
      403,
      "forbidden",
      "staff can take a defect themselves (assign it to your own username); a manager assigns others",
    );
  const sees =
    user !== undefined &&
    (user.sites === null || (JSON.parse(user.sites) as string[]).includes(defect.site));
  if (!user || user.disabled_at !== null || !sees)
    throw new ApiError(400, "invalid_assignee", `no user ${input.user} can see ${defect.site}`, [
      { path: "assignee.user", message: `no user ${input.user} can see ${defect.site}` },
    ]);
  if (!(TEAM_ROLES as readonly string[]).includes(user.role) && user.role !== "admin")
    throw new ApiError(
      400,
      "invalid_assignee",
      `${input.user} is a viewer and cannot work on defects: give them the staff role first`,
      [{ path: "assignee.user", message: "a viewer cannot work on defects" }],
    );
  return { user: user.id };
}
