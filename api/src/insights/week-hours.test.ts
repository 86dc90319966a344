import { Random, wallClock } from "@bulbcheck/shared";
import { describe, expect, it } from "vitest";
import { addWeekHours, emptyWeekHours } from "./week-hours.ts";

const cellOf = (grid: number[][]) => {
  for (const [d, hours] of grid.entries())
    for (const [h, n] of hours.entries()) if (n > 0) return { d, h, n };
  return null;
};

describe("hour by weekday on a site's clock", () => {
  it("counts 23:30 UTC in Oslo at 00 on the next day, in winter", () => {
    const grid = emptyWeekHours();
    // Monday 30 November 2026, 23:30 UTC.
    addWeekHours(grid, [Date.UTC(2026, 10, 30, 23, 30)], "Europe/Oslo");
    expect(cellOf(grid)).toEqual({ d: 1, h: 0, n: 1 });
  });

  it("follows the clock change on its day", () => {
    const grid = emptyWeekHours();
    // Sunday 29 March 2026: Oslo goes from +1 to +2 at 01:00 UTC.
    addWeekHours(grid, [Date.UTC(2026, 2, 29, 0, 30), Date.UTC(2026, 2, 29, 1, 30)], "Europe/Oslo");
    expect(grid[6]?.[1]).toBe(1);
    expect(grid[6]?.[3]).toBe(1);
  });

  it("agrees with the wall clock everywhere, half-hour zones and their changes included", () => {
    const zones = ["Europe/Oslo", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"];
    const random = new Random(7);
    const start = Date.UTC(2026, 0, 1);
    for (let n = 0; n < 2000; n++) {
      const zone = zones[n % zones.length] as string;
      const ms = Math.floor(start + random.next() * 365 * 86_400_000);
      const grid = emptyWeekHours();
      addWeekHours(grid, [ms], zone);
      const clock = wallClock(ms, zone);
      expect(cellOf(grid), `${zone} ${new Date(ms).toISOString()}`).toEqual({
        d: clock.weekday,
        h: clock.hour,
        n: 1,
      });
    }
  });
});
