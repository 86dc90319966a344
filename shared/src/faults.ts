/** The fault catalog (docs/contract.md): every part of Bulb Check takes faults, categories and severities from here. */

export const SEVERITIES = ["low", "medium", "high"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ASSET_CATEGORIES = [
  "lighting",
  "equipment",
  "cleanliness",
  "supplies",
  "signage",
  "other",
] as const;
export type AssetCategory = (typeof ASSET_CATEGORIES)[number];

/** Defect categories: an asset's category, or `system` for defects Bulb Check raises itself. */
export type DefectCategory = AssetCategory | "system";

export const REPORTABLE_FAULTS = [
  "bulb_out",
  "flicker",
  "button_dead",
  "out_of_order",
  "broken",
  "dirty",
  "spill",
  "supplies_empty",
  "signage",
  "other",
] as const;
export type ReportableFault = (typeof REPORTABLE_FAULTS)[number];

/**
 * `sensor_suspect` (addition, issue 20): a person reported a fault on an asset whose sensor said
 * `ok` just before: who checks the checker (docs/api.md#evidence).
 */
export const SYSTEM_FAULTS = [
  "device_offline",
  "inspection_overdue",
  "battery_low",
  "sensor_suspect",
] as const;
export type SystemFault = (typeof SYSTEM_FAULTS)[number];

export type Fault = ReportableFault | SystemFault;

export interface FaultInfo {
  category: DefectCategory;
  severity: Severity;
  label: string;
}

export const FAULT_CATALOG: Readonly<Record<Fault, FaultInfo>> = {
  bulb_out: { category: "lighting", severity: "medium", label: "Bulb out" },
  flicker: { category: "lighting", severity: "low", label: "Flickering" },
  button_dead: { category: "equipment", severity: "medium", label: "Button dead" },
  out_of_order: { category: "equipment", severity: "high", label: "Out of order" },
  broken: { category: "equipment", severity: "medium", label: "Broken" },
  dirty: { category: "cleanliness", severity: "medium", label: "Dirty" },
  spill: { category: "cleanliness", severity: "high", label: "Spill" },
  supplies_empty: { category: "supplies", severity: "medium", label: "Supplies empty" },
  signage: { category: "signage", severity: "low", label: "Sign wrong or missing" },
  other: { category: "other", severity: "low", label: "Something else" },
  device_offline: { category: "system", severity: "medium", label: "Device offline" },
  inspection_overdue: { category: "system", severity: "medium", label: "Inspection overdue" },
  battery_low: { category: "system", severity: "low", label: "Battery low" },
  sensor_suspect: { category: "system", severity: "medium", label: "Sensor may be wrong" },
};

const SYSTEM_SET: ReadonlySet<string> = new Set(SYSTEM_FAULTS);

export function isSystemFault(fault: Fault): fault is SystemFault {
  return SYSTEM_SET.has(fault);
}

/** One level up, capped at `high`: how a customer-visible asset raises a fault's severity. */
export function raiseSeverity(severity: Severity): Severity {
  return severity === "low" ? "medium" : "high";
}

/** A severity's rank: higher is more severe (low 0, medium 1, high 2); sort descending for high first. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
