import { describe, expect, it } from "vitest";
import { localDate } from "./local-day.ts";
import { Random } from "./random.ts";
import { dateOfDay, offsetsOf } from "./zone-offsets.ts";

describe("a site's calendar day from kept offsets", () => {
  it("puts 23:30 UTC in Oslo on the next day, and 22:30 on the same", () => {
    const oslo = offsetsOf("Europe/Oslo");
    expect(dateOfDay(oslo.dayOf(Date.UTC(2026, 10, 30, 23, 30)))).toBe("2026-12-01");
    expect(dateOfDay(oslo.dayOf(Date.UTC(2026, 10, 30, 22, 30)))).toBe("2026-11-30");
  });

  it("agrees with Intl's local date everywhere, half-hour zones and clock changes included", () => {
    const zones = ["Europe/Oslo", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"];
    const random = new Random(11);
    const start = Date.UTC(2026, 0, 1);
    for (let n = 0; n < 3000; n++) {
      const zone = zones[n % zones.length] as string;
      // Whole and quarter hours, where a wrong offset moves the day.
      const ms = Math.floor(start + random.next() * 365 * 86_400_000);
      const near = ms - (ms % 3_600_000) + Math.floor(random.next() * 4) * 900_000;
      expect(
        dateOfDay(offsetsOf(zone).dayOf(near)),
        `${zone} ${new Date(near).toISOString()}`,
      ).toBe(localDate(near, zone));
    }
  });
});
