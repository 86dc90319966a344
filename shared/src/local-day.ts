/**
 * Calendar days in a site's time zone: the daily report covers a local day, and is sent at a
 * local hour, whatever the server's own zone. Daylight-saving changes make some local days 23 or
 * 25 hours long; these helpers find their real bounds rather than assume 24 hours.
 */

import { wallClock } from "./wall-clock.ts";

/** How far `timeZone`'s wall clock is ahead of UTC at `ms`, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const p = wallClock(ms, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The local calendar date (`YYYY-MM-DD`) at `ms` in `timeZone`. */
export function localDate(ms: number, timeZone: string): string {
  const p = wallClock(ms, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The local hour (0-23) at `ms` in `timeZone`. */
export function localHour(ms: number, timeZone: string): number {
  return wallClock(ms, timeZone).hour;
}

/** `date` (`YYYY-MM-DD`) moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The first instant of the local day `date` in `timeZone`: local midnight, or the first moment
 * after it where a clock change skips midnight itself.
 */
export function startOfLocalDay(date: string, timeZone: string): number {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const wallMidnight = Date.UTC(y, m - 1, d);
  // Two rounds settle the offset on either side of a change; then step to the day's first hour.
  let t = wallMidnight - offsetAt(wallMidnight, timeZone);
  t = wallMidnight - offsetAt(t, timeZone);
  while (localDate(t, timeZone) < date) t += 15 * 60_000;
  while (localDate(t - 15 * 60_000, timeZone) === date) t -= 15 * 60_000;
  return t;
}

/** The local day `date` as UTC instants: `[from, to)`. */
export function localDayRange(date: string, timeZone: string): { from: number; to: number } {
  return { from: startOfLocalDay(date, timeZone), to: startOfLocalDay(addDays(date, 1), timeZone) };
}
