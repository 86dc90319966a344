import type { DefectStatus, Severity } from "@bulbcheck/shared";
import type { Rule } from "../store/rule-store.ts";
import { sendableAt } from "./rules.ts";

/**
 * Escalation as pure step planning: given where an escalation stands, its rule and the defect
 * now, what to do. Level 0 goes out `delayMinutes` after the defect opened; each later level
 * `delayMinutes` after the level before, if nobody acknowledged the defect in between.
 */

const MINUTE = 60_000;

/** When the first level of `rule` is due for a defect opened at `openedAt`. */
export function firstStepAt(rule: Rule, openedAt: number): number {
  return openedAt + (rule.levels[0]?.delayMinutes ?? 0) * MINUTE;
}

export type StepPlan =
  /** Nothing more to send: the defect is taken care of, or the rule is gone. */
  | { kind: "stop"; reason: string }
  /** Quiet hours: the same level, later. */
  | { kind: "hold"; until: number }
  /** Notify `level` now; then the next level at `next.at`, or nothing more. */
  | { kind: "notify"; level: number; next: { level: number; at: number } | null };

export interface StepInput {
  nextLevel: number;
  /** The rule as it is now; undefined when it was deleted. */
  rule: Rule | undefined;
  defect: { status: DefectStatus; severity: Severity };
  timeZone: string;
  now: number;
}

export function planStep({ nextLevel, rule, defect, timeZone, now }: StepInput): StepPlan {
  if (defect.status === "acknowledged") return { kind: "stop", reason: "acknowledged" };
  // Somebody is on it and said what it waits for: escalating would only be noise.
  if (defect.status === "on_hold") return { kind: "stop", reason: "on hold" };
  if (defect.status === "resolved") return { kind: "stop", reason: "resolved" };
  if (!rule) return { kind: "stop", reason: "rule deleted" };
  if (!rule.enabled) return { kind: "stop", reason: "rule disabled" };
  const level = rule.levels[nextLevel];
  if (!level) return { kind: "stop", reason: "no further level" };
  const at = sendableAt(rule.quietHours, defect.severity, timeZone, now);
  if (at > now) return { kind: "hold", until: at };
  const following = rule.levels[nextLevel + 1];
  return {
    kind: "notify",
    level: nextLevel,
    next: following ? { level: nextLevel + 1, at: now + following.delayMinutes * MINUTE } : null,
  };
}
