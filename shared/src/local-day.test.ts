import { describe, expect, it } from "vitest";
import { addDays, localDate, localDayRange, localHour, startOfLocalDay } from "./local-day.ts";

describe("local days", () => {
  it("names the local date, which may differ from UTC's", () => {
    const at = Date.parse("2026-11-23T23:30:00Z");
    expect(localDate(at, "UTC")).toBe("2026-11-23");
    expect(localDate(at, "Europe/Oslo")).toBe("2026-11-24");
    expect(localDate(at, "America/New_York")).toBe("2026-11-23");
    expect(localHour(at, "Europe/Oslo")).toBe(0);
  });

  it("finds local midnight", () => {
    expect(startOfLocalDay("2026-11-24", "Europe/Oslo")).toBe(Date.parse("2026-11-23T23:00:00Z"));
    expect(startOfLocalDay("2026-07-01", "Europe/Oslo")).toBe(Date.parse("2026-06-30T22:00:00Z"));
    expect(startOfLocalDay("2026-11-24", "Asia/Kolkata")).toBe(Date.parse("2026-11-23T18:30:00Z"));
  });

  it("knows days of 23 and 25 hours where the clocks change", () => {
    const spring = localDayRange("2026-03-29", "Europe/Oslo");
    expect((spring.to - spring.from) / 3_600_000).toBe(23);
    const autumn = localDayRange("2026-10-25", "Europe/Oslo");
    expect((autumn.to - autumn.from) / 3_600_000).toBe(25);
  });

  it("starts a day whose midnight a clock change skips at its first real minute", () => {
    // Chile moved to summer time at 00:00 on 2026-09-06: that day starts at 01:00 local.
    const from = startOfLocalDay("2026-09-06", "America/Santiago");
    expect(localDate(from, "America/Santiago")).toBe("2026-09-06");
    expect(localDate(from - 1, "America/Santiago")).toBe("2026-09-05");
  });

  it("adds calendar days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});
