import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkpointDueAt, isBatteryLow, silentAfter } from "./checks.ts";
import { isOpenAt } from "./hours.ts";

const STORE = { "mon-fri": "10:00-20:00", sat: "10:00-18:00" } as const;
const STOCKHOLM = "Europe/Stockholm"; // UTC+1 in November

describe("checkpointDueAt", () => {
  it("adds the interval around the clock when the site has no hours", () => {
    const at = Date.parse("2026-11-23T08:00:00Z");
    expect(checkpointDueAt(at, 240, null, "UTC")).toBe(Date.parse("2026-11-23T12:00:00Z"));
  });

  it("counts only open minutes, in the site's time zone", () => {
    // Checked Monday 18:00 Stockholm; 4 open hours: 2 on Monday, then 2 from Tuesday 10:00.
    const checked = Date.parse("2026-11-23T17:00:00Z");
    expect(checkpointDueAt(checked, 240, STORE, STOCKHOLM)).toBe(
      Date.parse("2026-11-24T11:00:00Z"),
    );
  });

  it("skips a closed day: Saturday evening to Monday", () => {
    const checked = Date.parse("2026-11-28T16:30:00Z"); // Saturday 17:30 local
    // 30 open minutes left on Saturday, Sunday closed, 90 more from Monday 10:00.
    expect(checkpointDueAt(checked, 120, STORE, STOCKHOLM)).toBe(
      Date.parse("2026-11-30T10:30:00Z"),
    );
  });

  it("agrees with counting open minutes one by one, across time zones and daylight saving", () => {
    const MINUTE = 60_000;
    const slow = (at: number, interval: number, hours: typeof STORE, tz: string) => {
      let open = 0;
      for (let t = Math.ceil(at / MINUTE) * MINUTE; ; t += MINUTE) {
        if (isOpenAt(hours, tz, t) && ++open === interval) return t + MINUTE;
      }
    };
    fc.assert(
      fc.property(
        // Around the end of daylight saving in Europe (2026-10-25) and in ordinary weeks.
        fc.integer({
          min: Date.parse("2026-10-20T00:00:00Z"),
          max: Date.parse("2026-11-05T00:00:00Z"),
        }),
        fc.integer({ min: 5, max: 900 }),
        fc.constantFrom("Europe/Stockholm", "America/New_York", "Asia/Kolkata", "UTC"),
        (at, interval, tz) => {
          expect(checkpointDueAt(at, interval, STORE, tz)).toBe(slow(at, interval, STORE, tz));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is never due for a site that never opens", () => {
    expect(checkpointDueAt(0, 60, { "mon-sun": "closed" }, "UTC")).toBe(Number.POSITIVE_INFINITY);
  });

  it("skips a closed date, and counts a date's own hours", () => {
    // Thursday 2026-12-24 09:00 UTC: open 08-16 on weekdays, Christmas Eve 10-12, Christmas closed.
    const hours = { "mon-fri": "08:00-16:00", "2026-12-24": "10:00-12:00", "2026-12-25": "closed" };
    const eve = Date.parse("2026-12-24T09:00:00Z");
    // Two open hours on the 24th (10-12), the 25th closed, the rest from Monday the 28th at 08:00.
    expect(new Date(checkpointDueAt(eve, 4 * 60, hours, "UTC")).toISOString()).toBe(
      "2026-12-28T10:00:00.000Z",
    );
  });
});

describe("liveness", () => {
  it("calls a device silent after three intervals", () => {
    expect(silentAfter(1_000_000, 60)).toBe(1_180_000);
  });

  it("calls a battery low below 15 %", () => {
    expect([14.9, 15, null, undefined].map(isBatteryLow)).toEqual([true, false, false, false]);
  });
});
