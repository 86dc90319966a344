import type { AssetCategory, ReportableFault } from "@bulbcheck/shared";

/**
 * How a kind of asset fails: how often, with which faults, and which of those a sensor can see.
 * Rates are failures per asset per day, chosen so that a chain of a few hundred assets has a few
 * dozen defects a day, most of them dirt and empty dispensers, as facility teams report.
 */
export interface AssetProfile {
  failuresPerDay: number;
  faults: readonly (readonly [ReportableFault, number])[];
  /** Faults a sensor watching this asset reports by itself. */
  sensorSees: readonly ReportableFault[];
}

export const ASSET_KINDS = [
  "lamp",
  "button_light",
  "call_button",
  "door",
  "floor",
  "dispenser",
  "sign",
  "terminal",
  "mirror",
] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export const ASSET_PROFILES: Readonly<Record<AssetKind, AssetProfile>> = {
  lamp: {
    failuresPerDay: 0.02,
    faults: [
      ["bulb_out", 70],
      ["flicker", 30],
    ],
    sensorSees: ["bulb_out", "flicker"],
  },
  button_light: { failuresPerDay: 0.01, faults: [["bulb_out", 100]], sensorSees: ["bulb_out"] },
  call_button: {
    failuresPerDay: 0.008,
    faults: [
      ["button_dead", 80],
      ["broken", 20],
    ],
    sensorSees: [],
  },
  door: {
    failuresPerDay: 0.01,
    faults: [
      ["out_of_order", 60],
      ["broken", 40],
    ],
    sensorSees: ["out_of_order"],
  },
  floor: {
    failuresPerDay: 0.5,
    faults: [
      ["dirty", 85],
      ["spill", 15],
    ],
    sensorSees: [],
  },
  dispenser: {
    failuresPerDay: 0.4,
    faults: [
      ["supplies_empty", 90],
      ["broken", 10],
    ],
    sensorSees: ["supplies_empty"],
  },
  sign: {
    failuresPerDay: 0.01,
    faults: [
      ["signage", 80],
      ["other", 20],
    ],
    sensorSees: [],
  },
  terminal: {
    failuresPerDay: 0.02,
    faults: [
      ["out_of_order", 70],
      ["broken", 30],
    ],
    sensorSees: [],
  },
  mirror: {
    failuresPerDay: 0.05,
    faults: [
      ["dirty", 80],
      ["broken", 20],
    ],
    sensorSees: [],
  },
};

/** The kind assumed for an asset of a fleet file, which says only its category. */
export const KIND_OF_CATEGORY: Readonly<Record<AssetCategory, AssetKind>> = {
  lighting: "lamp",
  equipment: "terminal",
  cleanliness: "floor",
  supplies: "dispenser",
  signage: "sign",
  other: "sign",
};
