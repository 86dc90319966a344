import { offsetsOf } from "@bulbcheck/shared";

/**
 * When defects are opened, by weekday and hour on each site's own clock (issue 21: a defect at
 * 23:30 UTC in Oslo belongs to 00:30 on the next local day).
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 7 rows (Monday first) of 24 hours, zeros included. */
export type WeekHours = number[][];

export function emptyWeekHours(): WeekHours {
  return Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
}

/** Adds each instant in `opened` to `grid` at its weekday and hour in `timeZone`. */
export function addWeekHours(grid: WeekHours, opened: readonly number[], timeZone: string): void {
  const offsets = offsetsOf(timeZone);
  for (const ms of opened) {
    const local = ms + offsets.at(ms);
    const days = Math.floor(local / DAY);
    // 1 January 1970 was a Thursday: Monday first, it is day 3.
    const weekday = (((days + 3) % 7) + 7) % 7;
    const hour = Math.floor((local - days * DAY) / HOUR);
    const row = grid[weekday];
    if (row) row[hour] = (row[hour] ?? 0) + 1;
  }
}
