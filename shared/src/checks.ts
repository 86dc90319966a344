import type { OpeningHours } from "./api/fleet.ts";
import { localTime, rangesOn, scheduleOf } from "./hours.ts";

/**
 * Who checks the checkers: when a checkpoint's next check is due, and when a device counts as
 * silent. Pure functions of stored times, so that a restart or a clock jump finds every deadline
 * from the database alone.
 */

const MINUTE = 60_000;
/** A checkpoint's due time is searched this far ahead at most (a site closed for a month). */
const HORIZON_MS = 31 * 24 * 60 * MINUTE;

/**
 * The instant a checkpoint checked at `checkedAt` is due again: once the site has been open for
 * `intervalMinutes` since then. Hours when the site is closed do not count. Minute precision.
 * A site that never opens within a month is never due (`Infinity`).
 */
export function checkpointDueAt(
  checkedAt: number,
  intervalMinutes: number,
  hours: OpeningHours | null,
  timeZone: string,
): number {
  const start = Math.ceil(checkedAt / MINUTE) * MINUTE;
  if (hours === null) return start + intervalMinutes * MINUTE;
  const schedule = scheduleOf(hours);
  let needed = intervalMinutes;
  // Jumps from range edge to range edge, reading the local time again after every jump.
  for (let t = start; t < start + HORIZON_MS; ) {
    const local = localTime(t, timeZone);
    const { day, minute } = local;
    const ranges = rangesOn(schedule, local);
    const current = ranges.find((r) => minute >= r.from && minute < r.to);
    const next = ranges.filter((r) => r.from > minute).sort((a, b) => a.from - b.from)[0];
    let step = current
      ? Math.min(current.to - minute, needed)
      : (next ? next.from : 24 * 60) - minute;
    // A jump assumes the wall clock moves with real time. Across a daylight-saving change it
    // does not (a jump to an opening time inside a skipped hour lands past it; an open range
    // that loses an hour is an hour shorter): there, go minute by minute.
    if (step > 1 && !clockKeepsPace(t, { day, minute }, step, timeZone)) step = 1;
    t += step * MINUTE;
    if (current) {
      needed -= step;
      if (needed === 0) return t;
    }
  }
  return Number.POSITIVE_INFINITY;
}

/** Whether the wall clock `minutes` after `t` reads `minutes` later than it does at `t`. */
function clockKeepsPace(
  t: number,
  from: { day: number; minute: number },
  minutes: number,
  timeZone: string,
): boolean {
  const to = localTime(t + minutes * MINUTE, timeZone);
  const ahead = from.minute + minutes;
  return (
    to.minute === ahead % (24 * 60) && to.day === (from.day + Math.floor(ahead / (24 * 60))) % 7
  );
}

/** Three silent intervals make a device offline. */
export const SILENT_INTERVALS = 3;

/** Below this share of charge a device's battery is a defect. */
export const BATTERY_LOW_PERCENT = 15;

/** When a device heard last at `lastSeenAt` counts as silent. */
export function silentAfter(lastSeenAt: number, intervalSeconds: number): number {
  return lastSeenAt + SILENT_INTERVALS * intervalSeconds * 1000;
}

export function isBatteryLow(battery: number | null | undefined): boolean {
  return battery !== null && battery !== undefined && battery < BATTERY_LOW_PERCENT;
}
