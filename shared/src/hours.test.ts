import { describe, expect, it } from "vitest";
import type { OpeningHours } from "./api/fleet.ts";
import {
  datedHoursOf,
  isOpenAt,
  localTime,
  openingHoursOf,
  weekHoursOf,
  weeklyRanges,
} from "./hours.ts";

const OSLO = "Europe/Oslo";
const HOTEL = { "mon-fri": "06:00-23:00", "sat-sun": "08:00-22:00" };

describe("localTime", () => {
  it("reads weekday and minute in the site's time zone, across daylight saving", () => {
    // 2026-11-23 is a Monday; Oslo is UTC+1 in winter, UTC+2 in summer.
    expect(localTime(Date.parse("2026-11-23T05:30:00Z"), OSLO)).toEqual({
      day: 0,
      minute: 6 * 60 + 30,
      date: "2026-11-23",
    });
    expect(localTime(Date.parse("2026-07-06T05:30:00Z"), OSLO)).toEqual({
      day: 0,
      minute: 7 * 60 + 30,
      date: "2026-07-06",
    });
    expect(localTime(Date.parse("2026-11-22T23:30:00Z"), OSLO)).toEqual({
      day: 0,
      minute: 30,
      date: "2026-11-23",
    });
    expect(localTime(Date.parse("2026-11-22T23:30:00Z"), "UTC")).toEqual({
      day: 6,
      minute: 23 * 60 + 30,
      date: "2026-11-22",
    });
  });
});

describe("isOpenAt", () => {
  it("is always open without hours", () => {
    expect(isOpenAt(null, OSLO, Date.parse("2026-11-23T02:00:00Z"))).toBe(true);
  });

  it.each([
    ["2026-11-23T04:59:00Z", false], // Monday 05:59 in Oslo
    ["2026-11-23T05:00:00Z", true], // Monday 06:00
    ["2026-11-23T21:59:00Z", true], // Monday 22:59
    ["2026-11-23T22:00:00Z", false], // Monday 23:00: the end is not open
    ["2026-11-28T06:30:00Z", false], // Saturday 07:30
    ["2026-11-28T07:00:00Z", true], // Saturday 08:00
  ])("follows the hotel's hours at %s: %s", (at, open) => {
    expect(isOpenAt(HOTEL, OSLO, Date.parse(at))).toBe(open);
  });

  it("treats days not named as closed, and closed as closed", () => {
    const store = { "mon-sat": "09:00-20:00", sun: "closed" } as const;
    expect(isOpenAt(store, "UTC", Date.parse("2026-11-29T12:00:00Z"))).toBe(false); // Sunday
    expect(isOpenAt({ "mon-fri": "09:00-17:00" }, "UTC", Date.parse("2026-11-28T12:00:00Z"))).toBe(
      false,
    );
  });

  it("runs a range past midnight into the next day, and wraps day ranges over the week", () => {
    const bar = { "fri-sun": "18:00-02:00" } as const;
    expect(isOpenAt(bar, "UTC", Date.parse("2026-11-28T01:00:00Z"))).toBe(true); // Saturday 01:00, from Friday
    expect(isOpenAt(bar, "UTC", Date.parse("2026-11-23T01:00:00Z"))).toBe(true); // Monday 01:00, from Sunday
    expect(isOpenAt(bar, "UTC", Date.parse("2026-11-24T01:00:00Z"))).toBe(false); // Tuesday 01:00
    expect(weeklyRanges({ "sat-mon": "10:00-12:00" }).map((d) => d.length)).toEqual([
      1, 0, 0, 0, 0, 1, 1,
    ]);
  });

  it("gives a date its own hours instead of its weekday's, in the site's zone", () => {
    const store = { "mon-sat": "09:00-20:00", "2026-12-24": "09:00-13:00", "2026-12-25": "closed" };
    // Thursday 24 December, 14:00 in Oslo (13:00 UTC): closed early on Christmas Eve.
    expect(isOpenAt(store, OSLO, Date.parse("2026-12-24T13:00:00Z"))).toBe(false);
    expect(isOpenAt(store, OSLO, Date.parse("2026-12-24T10:00:00Z"))).toBe(true);
    expect(isOpenAt(store, OSLO, Date.parse("2026-12-25T10:00:00Z"))).toBe(false);
    expect(isOpenAt(store, OSLO, Date.parse("2026-12-26T10:00:00Z"))).toBe(true);
  });

  it("keeps a site open around the clock but on the dates it names when no weekday is named", () => {
    const hotel = { "2026-12-25": "closed" };
    expect(isOpenAt(hotel, "UTC", Date.parse("2026-12-24T03:00:00Z"))).toBe(true);
    expect(isOpenAt(hotel, "UTC", Date.parse("2026-12-25T03:00:00Z"))).toBe(false);
  });

  it("takes 24:00 as the end of the day", () => {
    expect(isOpenAt({ "mon-sun": "00:00-24:00" }, "UTC", Date.parse("2026-11-23T23:59:00Z"))).toBe(
      true,
    );
  });
});

describe("opening hours as a form shows them", () => {
  it("spells each weekday out, and writes runs of equal days back as one key", () => {
    const hours = { "mon-fri": "07:00-22:00", sat: "09:00-18:00", "2026-12-25": "closed" };
    const week = weekHoursOf(hours);
    expect(week).toEqual({
      mon: "07:00-22:00",
      tue: "07:00-22:00",
      wed: "07:00-22:00",
      thu: "07:00-22:00",
      fri: "07:00-22:00",
      sat: "09:00-18:00",
      sun: "closed",
    });
    expect(datedHoursOf(hours)).toEqual([["2026-12-25", "closed"]]);
    expect(openingHoursOf(week, datedHoursOf(hours))).toEqual({
      "mon-fri": "07:00-22:00",
      sat: "09:00-18:00",
      sun: "closed",
      "2026-12-25": "closed",
    });
  });

  it("keeps around the clock as no weekday at all, and a range past midnight as it is", () => {
    expect(weekHoursOf({})).toBeNull();
    expect(weekHoursOf({ "2026-12-24": "08:00-14:00" })).toBeNull();
    expect(openingHoursOf(null, [["2026-12-24", "08:00-14:00"]])).toEqual({
      "2026-12-24": "08:00-14:00",
    });
    expect(weekHoursOf({ "fri-sat": "18:00-02:00" })?.sat).toBe("18:00-02:00");
  });

  it("means the same hours after a round trip through the form", () => {
    const weeks: OpeningHours[] = [
      { "sat-mon": "10:00-16:00", "tue-fri": "06:00-23:00" },
      { mon: "closed", "tue-sun": "00:00-24:00" },
      { "mon-sun": "08:00-20:00", "2027-01-01": "closed" },
    ];
    for (const hours of weeks) {
      const back = openingHoursOf(weekHoursOf(hours), datedHoursOf(hours));
      expect(weeklyRanges(back)).toEqual(weeklyRanges(hours));
    }
  });
});
