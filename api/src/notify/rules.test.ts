import type { QuietHours } from "@bulbcheck/shared";
import { describe, expect, it } from "vitest";
import type { Rule } from "../store/rule-store.ts";
import {
  inQuietHours,
  type MatchableDefect,
  quietHoursEnd,
  ruleMatches,
  rulesFor,
  sendableAt,
} from "./rules.ts";

/** Rule matching and quiet hours: pure, with times on a site's wall clock. */

const DEFECT: MatchableDefect = {
  site: "oslo",
  severity: "high",
  category: "lighting",
  source: "sensor",
  customerVisible: true,
};

function rule(fields: Partial<Rule>): Rule {
  return {
    id: 1,
    name: "r",
    site: null,
    enabled: true,
    match: {},
    quietHours: null,
    levels: [{ name: "Staff", delayMinutes: 0, channels: [1] }],
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}

describe("rule matching", () => {
  it("takes every defect when the filter names nothing", () => {
    expect(ruleMatches({}, DEFECT)).toBe(true);
    expect(ruleMatches({ severities: [], categories: [], sources: [] }, DEFECT)).toBe(true);
  });

  it("filters by severity, category, source and customer visibility", () => {
    expect(ruleMatches({ severities: ["high"] }, DEFECT)).toBe(true);
    expect(ruleMatches({ severities: ["low", "medium"] }, DEFECT)).toBe(false);
    expect(ruleMatches({ categories: ["lighting", "supplies"] }, DEFECT)).toBe(true);
    expect(ruleMatches({ categories: ["cleanliness"] }, DEFECT)).toBe(false);
    expect(ruleMatches({ sources: ["customer"] }, DEFECT)).toBe(false);
    expect(ruleMatches({ sources: ["sensor", "staff"] }, DEFECT)).toBe(true);
    expect(ruleMatches({ customerVisible: true }, DEFECT)).toBe(true);
    expect(ruleMatches({ customerVisible: false }, DEFECT)).toBe(false);
    expect(ruleMatches({ customerVisible: null }, DEFECT)).toBe(true);
    expect(
      ruleMatches(
        { customerVisible: false },
        { ...DEFECT, customerVisible: false, source: "staff" },
      ),
    ).toBe(true);
  });

  it("needs every named filter to pass", () => {
    expect(ruleMatches({ severities: ["high"], sources: ["customer"] }, DEFECT)).toBe(false);
    expect(
      ruleMatches(
        { severities: ["high"], categories: ["lighting"], customerVisible: true },
        DEFECT,
      ),
    ).toBe(true);
  });

  it("takes the site's enabled rules and the every-site ones, never another site's", () => {
    const rules = [
      rule({ id: 1, site: null }),
      rule({ id: 2, site: "oslo" }),
      rule({ id: 3, site: "bergen" }),
      rule({ id: 4, site: "oslo", enabled: false }),
      rule({ id: 5, site: "oslo", match: { severities: ["low"] } }),
    ];
    expect(rulesFor(rules, DEFECT).map((r) => r.id)).toEqual([1, 2]);
  });
});

describe("quiet hours in the site's time zone", () => {
  const NIGHT: QuietHours = { from: "22:00", to: "07:00", except: [] };
  const LUNCH: QuietHours = { from: "12:00", to: "13:00", except: [] };
  const OSLO = "Europe/Oslo";
  // Oslo is UTC+1 in November.
  const at = (local: string) => Date.parse(`${local}+01:00`);

  it("runs across midnight", () => {
    expect(inQuietHours(NIGHT, OSLO, at("2026-11-23T21:59:00"))).toBe(false);
    expect(inQuietHours(NIGHT, OSLO, at("2026-11-23T22:00:00"))).toBe(true);
    expect(inQuietHours(NIGHT, OSLO, at("2026-11-24T00:30:00"))).toBe(true);
    expect(inQuietHours(NIGHT, OSLO, at("2026-11-24T06:59:00"))).toBe(true);
    expect(inQuietHours(NIGHT, OSLO, at("2026-11-24T07:00:00"))).toBe(false);
  });

  it("reads the site's clock, not the server's or UTC's", () => {
    // 21:30 UTC is 22:30 in Oslo (quiet) and 16:30 in New York (not).
    const t = Date.parse("2026-11-23T21:30:00Z");
    expect(inQuietHours(NIGHT, OSLO, t)).toBe(true);
    expect(inQuietHours(NIGHT, "America/New_York", t)).toBe(false);
  });

  it("ends at the local time named, across midnight and within a day", () => {
    expect(quietHoursEnd(NIGHT, OSLO, at("2026-11-23T23:10:30"))).toBe(at("2026-11-24T07:00:00"));
    expect(quietHoursEnd(NIGHT, OSLO, at("2026-11-24T03:00:00"))).toBe(at("2026-11-24T07:00:00"));
    expect(quietHoursEnd(LUNCH, OSLO, at("2026-11-24T12:30:00"))).toBe(at("2026-11-24T13:00:00"));
    const outside = at("2026-11-24T09:00:00");
    expect(quietHoursEnd(NIGHT, OSLO, outside)).toBe(outside);
  });

  it("ends at 07:00 local on the night the clocks go back (a 25-hour day)", () => {
    // 2026-10-25: Oslo goes from UTC+2 to UTC+1 at 03:00; 07:00 local is 06:00 UTC.
    expect(quietHoursEnd(NIGHT, OSLO, Date.parse("2026-10-24T21:00:00Z"))).toBe(
      Date.parse("2026-10-25T06:00:00Z"),
    );
  });

  it("lets the severities in `except` through", () => {
    const quiet = { ...NIGHT, except: ["high" as const] };
    const t = at("2026-11-23T23:00:00");
    expect(sendableAt(quiet, "high", OSLO, t)).toBe(t);
    expect(sendableAt(quiet, "medium", OSLO, t)).toBe(at("2026-11-24T07:00:00"));
    expect(sendableAt(null, "low", OSLO, t)).toBe(t);
  });
});
