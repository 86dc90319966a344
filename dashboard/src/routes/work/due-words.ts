import { m } from "@bulbcheck/shared/i18n";
import { duration } from "$lib/i18n.svelte.ts";

/** "due in 3 h", "overdue by 20 min": how a card says its due time at a glance. */
export function dueWords(dueAt: string, now: number): { text: string; overdue: boolean } {
  const ms = Date.parse(dueAt) - now;
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const span = minutes < 1 ? m.work_a_moment() : duration(minutes);
  return ms < 0
    ? { text: m.work_overdue_by({ span }), overdue: true }
    : { text: m.work_due_in({ span }), overdue: false };
}
