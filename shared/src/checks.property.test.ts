import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_NAMES, openingHoursSchema } from "./api/fleet.ts";
import { checkpointDueAt } from "./checks.ts";
import { isOpenAt } from "./hours.ts";

/**
 * Inspection deadlines on any opening hours a fleet document may hold (day ranges that wrap,
 * overnight ranges, `24:00`, empty and full days) in time zones with odd offsets and daylight
 * saving: the deadline is the minute the interval's open minutes are used up, as counting them
 * one by one with isOpenAt says. `BULBCHECK_FUZZ_RUNS` sets the number of runs (default 150).
 */

const MINUTE = 60_000;
const ZONES = [
  "UTC",
  "Europe/Oslo",
  "America/New_York",
  "Asia/Kathmandu", // +05:45
  "Australia/Lord_Howe", // a 30-minute daylight-saving shift
  "America/St_Johns", // -03:30
];

const dayKey = fc.oneof(
  fc.constantFrom(...DAY_NAMES),
  fc
    .tuple(fc.constantFrom(...DAY_NAMES), fc.constantFrom(...DAY_NAMES))
    .map(([a, b]) => `${a}-${b}`),
);
const clock = fc
  .tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 15, 30, 45, 59))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const range = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(clock, clock).map(([from, to]) => `${from}-${to}`) },
  { weight: 1, arbitrary: fc.constant("closed") },
);
/** Hours as the fleet schema accepts them: whatever it lets through must work. */
const hours = fc
  .dictionary(dayKey, range, { minKeys: 1, maxKeys: 4 })
  .map((raw) => openingHoursSchema.safeParse(raw))
  .filter((parsed) => parsed.success)
  .map((parsed) => openingHoursSchema.parse(parsed.data));

/** The deadline by brute force: minute by minute, at most `horizon` minutes ahead. */
function countedDueAt(
  at: number,
  interval: number,
  open: Parameters<typeof isOpenAt>[0],
  zone: string,
  horizon: number,
): number {
  let counted = 0;
  const start = Math.ceil(at / MINUTE) * MINUTE;
  for (let t = start; t < start + horizon * MINUTE; t += MINUTE) {
    if (isOpenAt(open, zone, t) && ++counted === interval) return t + MINUTE;
  }
  return Number.POSITIVE_INFINITY;
}

describe("checkpointDueAt on any opening hours", () => {
  // Found by the property below: on the night the clocks go forward, a jump to an opening time
  // inside the skipped hour landed past it, and an open range across the change counted the
  // hour that never was.
  it.each([
    ["opening inside the skipped hour", { sun: "02:30-05:00" }, 60, "Europe/Oslo"],
    ["open across the change", { sun: "01:00-04:00" }, 150, "Europe/Oslo"],
    ["a half-hour change", { sun: "02:15-04:00" }, 141, "Australia/Lord_Howe"],
  ])("counts real open minutes when the clocks go forward: %s", (_, open, interval, zone) => {
    // Just before the change: Europe on 29 March 2026, Lord Howe on 4 October 2026.
    const at = Date.parse(zone === "Europe/Oslo" ? "2026-03-28T22:50:00Z" : "2026-10-03T14:40:00Z");
    const parsed = openingHoursSchema.parse(open);
    expect(checkpointDueAt(at, interval, parsed, zone)).toBe(
      countedDueAt(at, interval, parsed, zone, 14 * 24 * 60),
    );
  });

  it("never throws, is never earlier than the interval, and agrees with counting minutes", () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse("2026-03-20T00:00:00Z"),
          max: Date.parse("2026-11-10T00:00:00Z"),
        }),
        fc.integer({ min: 5, max: 600 }),
        hours,
        fc.constantFrom(...ZONES),
        (at, interval, open, zone) => {
          const due = checkpointDueAt(at, interval, open, zone);
          expect(Number.isNaN(due)).toBe(false);
          expect(due).toBeGreaterThanOrEqual(Math.ceil(at / MINUTE) * MINUTE + interval * MINUTE);
          // Within two weeks the two must agree; beyond, brute force is too slow to ask.
          const counted = countedDueAt(at, interval, open, zone, 14 * 24 * 60);
          if (Number.isFinite(counted)) expect(due).toBe(counted);
        },
      ),
      { numRuns: Number(process.env.BULBCHECK_FUZZ_RUNS ?? 150) },
    );
  }, 60_000);

  it("agrees with counting minutes when dates of the coming days have hours of their own", () => {
    const DAY = 24 * 60 * MINUTE;
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse("2026-03-20T00:00:00Z"),
          max: Date.parse("2026-11-10T00:00:00Z"),
        }),
        fc.integer({ min: 5, max: 900 }),
        hours,
        fc.array(
          fc.tuple(
            fc.integer({ min: -1, max: 4 }),
            fc.oneof(
              fc.constant("closed"),
              fc.constantFrom("00:00-24:00", "10:00-14:00", "06:15-06:45"),
            ),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        fc.constantFrom(...ZONES),
        (at, interval, weekly, dated, zone) => {
          const open = { ...weekly };
          for (const [offset, value] of dated)
            open[new Date(at + offset * DAY).toISOString().slice(0, 10)] = value;
          const parsed = openingHoursSchema.parse(open);
          const due = checkpointDueAt(at, interval, parsed, zone);
          const counted = countedDueAt(at, interval, parsed, zone, 14 * 24 * 60);
          if (Number.isFinite(counted)) expect(due).toBe(counted);
        },
      ),
      { numRuns: Number(process.env.BULBCHECK_FUZZ_RUNS ?? 100) },
    );
  }, 60_000);
});
