import {
  type DefectCategory,
  type DefectSource,
  localTime,
  type QuietHours,
  type RuleMatch,
  type Severity,
} from "@bulbcheck/shared";
import type { Rule } from "../store/rule-store.ts";

/**
 * Which rules a defect falls under, and quiet hours in a site's time zone. Pure: the notifier
 * asks, the store remembers.
 */

/** What a rule looks at in a defect. */
export interface MatchableDefect {
  site: string;
  severity: Severity;
  category: DefectCategory;
  source: DefectSource;
  customerVisible: boolean;
}

/** Whether a defect passes a rule's filter: a filter left out (or empty) passes everything. */
export function ruleMatches(match: RuleMatch, defect: MatchableDefect): boolean {
  const allows = <T>(list: readonly T[] | undefined, value: T) =>
    list === undefined || list.length === 0 || list.includes(value);
  return (
    allows(match.severities, defect.severity) &&
    allows(match.categories, defect.category) &&
    allows(match.sources, defect.source) &&
    (match.customerVisible === undefined ||
      match.customerVisible === null ||
      match.customerVisible === defect.customerVisible)
  );
}

/**
 * The rules a defect notifies under: enabled, for its site or for every site, and matching.
 * Site rules add to the every-site rules; they do not replace them, so that a site's own rule
 * cannot silence what the organisation as a whole asked to hear.
 */
export function rulesFor(rules: readonly Rule[], defect: MatchableDefect): Rule[] {
  return rules.filter(
    (rule) =>
      rule.enabled &&
      (rule.site === null || rule.site === defect.site) &&
      ruleMatches(rule.match, defect),
  );
}

const MINUTE = 60_000;

function minuteOf(hhmm: string): number {
  const [h = "0", m = "0"] = hhmm.split(":");
  return Number(h) * 60 + Number(m);
}

function quietAtMinute(quiet: QuietHours, minute: number): boolean {
  const from = minuteOf(quiet.from);
  const to = minuteOf(quiet.to);
  // 22:00-07:00 runs across midnight: quiet late in the evening and early in the morning.
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** Whether `ms` falls inside the quiet hours, read on the wall clock of `timeZone`. */
export function inQuietHours(quiet: QuietHours, timeZone: string, ms: number): boolean {
  return quietAtMinute(quiet, localTime(ms, timeZone).minute);
}

/**
 * The first minute at or after `ms` that is not quiet in `timeZone`. Found by the wall clock, so
 * that a night on which the clocks change still ends at the local time it names.
 */
export function quietHoursEnd(quiet: QuietHours, timeZone: string, ms: number): number {
  let t = Math.floor(ms / MINUTE) * MINUTE;
  if (!inQuietHours(quiet, timeZone, t)) return ms;
  // Jump to where the wall clock should read `to`, then check: a clock change shifts it by up
  // to an hour either way, which the minute-by-minute walk after the jump corrects.
  const now = localTime(t, timeZone).minute;
  const ahead = (minuteOf(quiet.to) - now + 1440) % 1440;
  const jumped = t + Math.max(0, ahead - 90) * MINUTE;
  t = Math.max(jumped, t);
  for (let i = 0; i < 3 * 1440 && inQuietHours(quiet, timeZone, t); i++) t += MINUTE;
  return t;
}

/**
 * When a step for a defect of `severity` may go out at `ms`: `ms` itself, or the end of the quiet
 * hours it falls in. Severities in `except` pass through quiet hours.
 */
export function sendableAt(
  quiet: QuietHours | null,
  severity: Severity,
  timeZone: string,
  ms: number,
): number {
  if (!quiet || quiet.except.includes(severity)) return ms;
  return quietHoursEnd(quiet, timeZone, ms);
}
