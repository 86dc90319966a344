import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ASSET_CATEGORIES,
  FAULT_CATALOG,
  type Fault,
  isSystemFault,
  REPORTABLE_FAULTS,
  raiseSeverity,
  SEVERITIES,
  type Severity,
  SYSTEM_FAULTS,
  severityRank,
} from "./faults.ts";

/** The fault catalog table of docs/contract.md, read from the page people read. */
const CONTRACT_TABLE: readonly (readonly [string, string, string])[] = (() => {
  const page = readFileSync(new URL("../../docs/contract.md", import.meta.url), "utf8");
  const section = page.slice(page.indexOf("## Fault catalog"), page.indexOf("## MQTT"));
  const rows = section
    .split("\n")
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .filter(
      (cells) => cells.length === 5 && /^[a-z_]+$/.test(cells[1] ?? "") && cells[1] !== "fault",
    );
  return rows.map((cells) => [cells[1] ?? "", cells[2] ?? "", cells[3] ?? ""] as const);
})();

const CONTRACT_SYSTEM = ["device_offline", "inspection_overdue", "battery_low", "sensor_suspect"];

describe("FAULT_CATALOG", () => {
  it("has exactly the faults of the contract table, no more and no fewer", () => {
    expect(Object.keys(FAULT_CATALOG).sort()).toEqual(
      CONTRACT_TABLE.map(([fault]) => fault).sort(),
    );
  });

  it.each(CONTRACT_TABLE)("%s is %s with default severity %s", (fault, category, severity) => {
    const info = (
      FAULT_CATALOG as Readonly<Record<string, { category: string; severity: string }>>
    )[fault];
    expect(info).toMatchObject({ category, severity });
  });

  it("gives every fault a distinct, non-empty label", () => {
    const labels = Object.values(FAULT_CATALOG).map((info) => info.label);
    for (const label of labels) expect(label.trim()).not.toBe("");
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("lists the reportable faults (the non-system rows, in the table order)", () => {
    expect([...REPORTABLE_FAULTS]).toEqual(
      CONTRACT_TABLE.filter(([, category]) => category !== "system").map(([fault]) => fault),
    );
  });

  it("lists the system faults", () => {
    expect([...SYSTEM_FAULTS]).toEqual(CONTRACT_SYSTEM);
  });

  it("uses only the asset categories of the model, plus system", () => {
    expect([...ASSET_CATEGORIES]).toEqual([
      "lighting",
      "equipment",
      "cleanliness",
      "supplies",
      "signage",
      "other",
    ]);
    const allowed = new Set<string>([...ASSET_CATEGORIES, "system"]);
    for (const info of Object.values(FAULT_CATALOG)) expect(allowed.has(info.category)).toBe(true);
  });

  it("has the three severities of the model", () => {
    expect([...SEVERITIES].sort()).toEqual(["high", "low", "medium"]);
  });
});

describe("isSystemFault", () => {
  it.each(SYSTEM_FAULTS)("%s is a system fault", (fault) => {
    expect(isSystemFault(fault)).toBe(true);
  });

  it.each(REPORTABLE_FAULTS)("%s is not a system fault", (fault) => {
    expect(isSystemFault(fault)).toBe(false);
  });

  it("agrees with the catalog category for every fault", () => {
    for (const fault of Object.keys(FAULT_CATALOG) as Fault[]) {
      expect(isSystemFault(fault)).toBe(FAULT_CATALOG[fault].category === "system");
    }
  });
});

describe("raiseSeverity", () => {
  it.each([
    ["low", "medium"],
    ["medium", "high"],
    ["high", "high"],
  ] as const)("raises %s to %s", (from, to) => {
    expect(raiseSeverity(from)).toBe(to);
  });
});

describe("severityRank", () => {
  it("orders low < medium < high", () => {
    expect(severityRank("low")).toBeLessThan(severityRank("medium"));
    expect(severityRank("medium")).toBeLessThan(severityRank("high"));
  });

  it("gives each severity a distinct non-negative rank", () => {
    const ranks = SEVERITIES.map(severityRank);
    for (const rank of ranks) expect(rank).toBeGreaterThanOrEqual(0);
    expect(new Set(ranks).size).toBe(3);
  });

  it("sorts high first when sorting by descending rank", () => {
    const mixed: Severity[] = ["medium", "low", "high", "low", "high"];
    expect(mixed.sort((a, b) => severityRank(b) - severityRank(a))).toEqual([
      "high",
      "high",
      "medium",
      "low",
      "low",
    ]);
  });

  it("never lowers a severity when raised", () => {
    for (const severity of SEVERITIES) {
      expect(severityRank(raiseSeverity(severity))).toBeGreaterThanOrEqual(severityRank(severity));
    }
  });
});
