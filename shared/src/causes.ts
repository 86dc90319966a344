import type { DefectCategory } from "./faults.ts";

/**
 * What fixed a defect, asked when it is resolved: a short list per category, so that the
 * insights can say which fixes hold. `other` is in every list; a note says the rest.
 */
export const RESOLUTION_CAUSES = {
  lighting: ["bulb_replaced", "fitting_repaired", "power_restored", "false_alarm", "other"],
  equipment: ["repaired", "part_replaced", "restarted", "contractor", "false_alarm", "other"],
  cleanliness: ["cleaned", "spill_removed", "false_alarm", "other"],
  supplies: ["refilled", "dispenser_repaired", "false_alarm", "other"],
  signage: ["sign_replaced", "sign_corrected", "false_alarm", "other"],
  other: ["fixed", "false_alarm", "other"],
  system: ["device_fixed", "battery_replaced", "inspection_done", "sensor_checked", "other"],
} as const satisfies Record<DefectCategory, readonly string[]>;

export type ResolutionCause = (typeof RESOLUTION_CAUSES)[DefectCategory][number];

export const CAUSE_LABELS: Readonly<Record<ResolutionCause, string>> = {
  bulb_replaced: "Bulb replaced",
  fitting_repaired: "Fitting repaired",
  power_restored: "Power restored",
  false_alarm: "False alarm: nothing was wrong",
  other: "Something else (say in the note)",
  repaired: "Repaired",
  part_replaced: "Part replaced",
  restarted: "Restarted",
  contractor: "Fixed by a contractor",
  cleaned: "Cleaned",
  spill_removed: "Spill removed",
  refilled: "Refilled",
  dispenser_repaired: "Dispenser repaired",
  sign_replaced: "Sign replaced",
  sign_corrected: "Sign corrected",
  fixed: "Fixed",
  device_fixed: "Device fixed or replaced",
  battery_replaced: "Battery replaced",
  inspection_done: "Inspection done",
  sensor_checked: "Sensor checked",
};

export function causesOf(category: DefectCategory): readonly ResolutionCause[] {
  return RESOLUTION_CAUSES[category];
}

export function isCauseOf(category: DefectCategory, cause: string): cause is ResolutionCause {
  return (RESOLUTION_CAUSES[category] as readonly string[]).includes(cause);
}
