import { describe, expect, it } from "vitest";
import type { Rule } from "../store/rule-store.ts";
import { firstStepAt, planStep } from "./escalation.ts";

/** Escalation step planning with an injected clock. */

const MIN = 60_000;
const T0 = Date.parse("2026-11-23T10:00:00Z");

const RULE: Rule = {
  id: 1,
  name: "Lights",
  site: "oslo",
  enabled: true,
  match: {},
  quietHours: { from: "22:00", to: "07:00", except: ["high"] },
  levels: [
    { name: "Staff", delayMinutes: 5, channels: [1] },
    { name: "Site manager", delayMinutes: 30, channels: [2] },
    { name: "Regional manager", delayMinutes: 120, channels: [3] },
  ],
  createdAt: 0,
  updatedAt: 0,
};
const OPEN = { status: "open" as const, severity: "medium" as const };

describe("escalation steps", () => {
  it("notifies the first level its delay after the defect opened", () => {
    expect(firstStepAt(RULE, T0)).toBe(T0 + 5 * MIN);
  });

  it("climbs a level each time the delay passes without an acknowledgement", () => {
    const first = planStep({ nextLevel: 0, rule: RULE, defect: OPEN, timeZone: "UTC", now: T0 });
    expect(first).toEqual({ kind: "notify", level: 0, next: { level: 1, at: T0 + 30 * MIN } });
    const second = planStep({
      nextLevel: 1,
      rule: RULE,
      defect: OPEN,
      timeZone: "UTC",
      now: T0 + 30 * MIN,
    });
    expect(second).toEqual({
      kind: "notify",
      level: 1,
      next: { level: 2, at: T0 + 150 * MIN },
    });
    const last = planStep({ nextLevel: 2, rule: RULE, defect: OPEN, timeZone: "UTC", now: T0 });
    expect(last).toEqual({ kind: "notify", level: 2, next: null });
  });

  it("stops once the defect is acknowledged or resolved, or the rule is gone", () => {
    const input = { nextLevel: 1, rule: RULE, timeZone: "UTC", now: T0 };
    expect(planStep({ ...input, defect: { ...OPEN, status: "acknowledged" } })).toEqual({
      kind: "stop",
      reason: "acknowledged",
    });
    expect(planStep({ ...input, defect: { ...OPEN, status: "resolved" } }).kind).toBe("stop");
    expect(planStep({ ...input, rule: undefined, defect: OPEN })).toEqual({
      kind: "stop",
      reason: "rule deleted",
    });
    expect(planStep({ ...input, rule: { ...RULE, enabled: false }, defect: OPEN }).kind).toBe(
      "stop",
    );
    expect(planStep({ ...input, nextLevel: 3, defect: OPEN }).kind).toBe("stop");
  });

  it("holds a step in quiet hours until they end, in the site's zone, unless the severity is exempt", () => {
    const night = Date.parse("2026-11-23T23:30:00+01:00");
    const input = { nextLevel: 0, rule: RULE, timeZone: "Europe/Oslo", now: night };
    expect(planStep({ ...input, defect: OPEN })).toEqual({
      kind: "hold",
      until: Date.parse("2026-11-24T07:00:00+01:00"),
    });
    expect(planStep({ ...input, defect: { ...OPEN, severity: "high" } }).kind).toBe("notify");
    // The same instant is 17:30 in New York: not quiet there.
    expect(planStep({ ...input, timeZone: "America/New_York", defect: OPEN }).kind).toBe("notify");
  });
});
