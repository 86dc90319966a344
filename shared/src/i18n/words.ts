/**
 * The contract's names in people's words: faults, severities, statuses and categories. The
 * catalogues hold the words (messages/{locale}/common.json); this maps ids to them, typed, so a
 * new fault without words is a type error rather than a raw id on a screen.
 */
import type { AssetCategory, Fault, Severity } from "../faults.ts";
import type { Locale } from "./locale.ts";
import { m } from "./paraglide/messages.js";

type Words = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

const FAULT: Readonly<Record<Fault, Words>> = {
  bulb_out: m.fault_bulb_out,
  flicker: m.fault_flicker,
  button_dead: m.fault_button_dead,
  out_of_order: m.fault_out_of_order,
  broken: m.fault_broken,
  dirty: m.fault_dirty,
  spill: m.fault_spill,
  supplies_empty: m.fault_supplies_empty,
  signage: m.fault_signage,
  other: m.fault_other,
  device_offline: m.fault_device_offline,
  inspection_overdue: m.fault_inspection_overdue,
  battery_low: m.fault_battery_low,
  sensor_suspect: m.fault_sensor_suspect,
};

const SEVERITY: Readonly<Record<Severity, Words>> = {
  low: m.severity_low,
  medium: m.severity_medium,
  high: m.severity_high,
};

export type BoardStatus = "red" | "amber" | "green" | "unknown";
const STATUS: Readonly<Record<BoardStatus, Words>> = {
  red: m.status_red,
  amber: m.status_amber,
  green: m.status_green,
  unknown: m.status_unknown,
};

const CATEGORY: Readonly<Record<AssetCategory | "system", Words>> = {
  lighting: m.category_lighting,
  equipment: m.category_equipment,
  cleanliness: m.category_cleanliness,
  supplies: m.category_supplies,
  signage: m.category_signage,
  other: m.category_other,
  system: m.category_system,
};

const options = (locale?: Locale) => (locale ? { locale } : undefined);

/** A fault's name; an id the catalogue does not know (a newer device's) shows as its words. */
export function faultWords(fault: string, locale?: Locale): string {
  const words = FAULT[fault as Fault];
  return words ? words({}, options(locale)) : fault.replaceAll("_", " ");
}

export function severityWords(severity: Severity, locale?: Locale): string {
  return SEVERITY[severity]({}, options(locale));
}

export function statusWords(status: BoardStatus, locale?: Locale): string {
  return STATUS[status]({}, options(locale));
}

export function categoryWords(category: AssetCategory | "system", locale?: Locale): string {
  return CATEGORY[category]({}, options(locale));
}

/**
 * Who did it, for a notice or its e-mail. A notice stores `by` as text: a person's name as it
 * is, and the notifier's own two forms ("rule “Lights”", "assignment rule 3") put into words.
 */
export function byWords(by: string, locale?: Locale): string {
  const rule = /^rule “(.*)”$/s.exec(by);
  if (rule) return m.email_by_rule({ name: rule[1] ?? "" }, options(locale));
  const assignment = /^assignment rule (\d+)$/.exec(by);
  if (assignment) return m.email_by_assignment_rule({ id: assignment[1] ?? "" }, options(locale));
  return by;
}

/** Severity and status as icons beside their words: never colour alone. */
export const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  high: "▲",
  medium: "◆",
  low: "●",
};
export const STATUS_ICON: Readonly<Record<BoardStatus, string>> = {
  red: "▲",
  amber: "●",
  green: "✓",
  unknown: "?",
};
