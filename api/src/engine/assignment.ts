import {
  type Actor,
  type Assignee,
  assign,
  type Defect,
  type WorkRefusal,
} from "@bulbcheck/shared";
import { type AssignmentRuleRow, assignmentRulesOf } from "../store/assignment-rule-store.ts";
import { addTimeline, getDefect, type StoredDefect, updateDefect } from "../store/defect-store.ts";
import { addNotices } from "../store/notice-store.ts";
import { getUser, teamMembers } from "../store/user-store.ts";
import type { EngineContext } from "./defect-engine.ts";

/** Who an assignee is, in words: a person's name, or "staff of Hotel Oslo". */
export function assigneeLabel(
  assignee: Assignee,
  names: { user: { name: string } | null; siteName: string },
): string {
  if ("user" in assignee) return names.user?.name ?? `user ${assignee.user}`;
  return `${assignee.team === "staff" ? "staff" : "managers"} of ${names.siteName}`;
}

/** The users an assignment tells: the person, or every member of the team. */
function recipientsOf(ctx: EngineContext, site: string, assignee: Assignee): number[] {
  if ("user" in assignee) return [assignee.user];
  return teamMembers(ctx.db, site, assignee.team).map((u) => u.id);
}

/** Whether a rule takes a new defect: its zone, categories and faults (empty lists match all). */
export function ruleMatches(
  rule: AssignmentRuleRow,
  defect: Pick<Defect, "site" | "zone" | "category" | "fault">,
): boolean {
  return (
    rule.site === defect.site &&
    (rule.zone === null || rule.zone === defect.zone) &&
    (rule.categories.length === 0 || rule.categories.includes(defect.category)) &&
    (rule.faults.length === 0 || rule.faults.includes(defect.fault))
  );
}

/** The rule that assigns a new defect: a zone's before a whole site's, then the oldest. */
export function ruleFor(
  rules: readonly AssignmentRuleRow[],
  defect: Pick<Defect, "site" | "zone" | "category" | "fault">,
): AssignmentRuleRow | undefined {
  const matching = rules.filter((r) => ruleMatches(r, defect));
  return matching.find((r) => r.zone !== null) ?? matching[0];
}

/** A new defect meets the assignment rules of its site (inside the caller's transaction). */
export function assignByRules(ctx: EngineContext, id: number, defect: Defect, at: number): void {
  const rule = ruleFor(assignmentRulesOf(ctx.db, defect.site), defect);
  if (!rule) return;
  const by = `assignment rule ${rule.id}`;
  const result = assign(defect, rule.assignee, { at, by });
  if (!result.ok) return;
  updateDefect(ctx.db, id, result.defect);
  const stored = getDefect(ctx.db, id) as StoredDefect;
  record(ctx, stored, rule.assignee, { at, by });
}

export type AssignResult =
  | { ok: true; defect: StoredDefect }
  | { ok: false; reason: "not_found" | WorkRefusal };

/** Assigns a defect (or unassigns it, with null): timeline, notices, and a change for boards. */
export function assignDefect(
  ctx: EngineContext,
  id: number,
  assignee: Assignee | null,
  actor: Actor,
  /** The user who assigns, if a user: not told of what they took themselves. */
  actorUser: number | null = null,
): AssignResult {
  const current = getDefect(ctx.db, id);
  if (!current) return { ok: false, reason: "not_found" };
  const result = assign(current, assignee, actor);
  if (!result.ok) return result;
  updateDefect(ctx.db, id, result.defect);
  const stored = getDefect(ctx.db, id) as StoredDefect;
  if (assignee === null)
    addTimeline(ctx.db, id, {
      at: actor.at,
      type: "unassigned",
      actor: actor.by,
      note: current.assignee
        ? assigneeLabel(current.assignee, {
            user: current.assigneeUser,
            siteName: current.siteName,
          })
        : null,
    });
  else record(ctx, stored, assignee, actor, actorUser);
  ctx.changes.push({ type: "defect", change: "assigned", defect: stored });
  return { ok: true, defect: stored };
}

function record(
  ctx: EngineContext,
  defect: StoredDefect,
  assignee: Assignee,
  actor: Actor,
  actorUser: number | null = null,
): void {
  const user = "user" in assignee ? getUser(ctx.db, assignee.user) : undefined;
  addTimeline(ctx.db, defect.id, {
    at: actor.at,
    type: "assigned",
    actor: actor.by,
    note: assigneeLabel(assignee, {
      user: user ? { name: user.display_name } : null,
      siteName: defect.siteName,
    }),
  });
  addNotices(ctx.db, {
    users: recipientsOf(ctx, defect.site, assignee).filter((u) => u !== actorUser),
    kind: "assigned",
    defect: defect.id,
    at: actor.at,
    by: actor.by,
  });
}
