import { localDate, localHour } from "@bulbcheck/shared";

/**
 * When defects are opened, by weekday and hour on each site's own clock (issue 21: a defect at
 * 23:30 UTC in Oslo belongs to the next local hour, and perhaps the next local day).
 *
 * Every zone's offset from UTC is a whole number of quarter hours, so the weekday and hour are the
 * same all through a quarter hour: one Intl lookup per zone and quarter hour, not per defect.
 */
const SLOT = 15 * 60_000;

/** 7 rows (Monday first) of 24 hours, zeros included. */
export type WeekHours = number[][];

export function emptyWeekHours(): WeekHours {
  return Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
}

/** Adds each instant in `opened` to `grid` at its weekday and hour in `timeZone`. */
export function addWeekHours(grid: WeekHours, opened: readonly number[], timeZone: string): void {
  const slots = new Map<number, { weekday: number; hour: number }>();
  for (const ms of opened) {
    const slot = Math.floor(ms / SLOT);
    let at = slots.get(slot);
    if (!at) {
      const start = slot * SLOT;
      // getUTCDay of the local date: 0 = Sunday, so shift to Monday first.
      const weekday = (new Date(`${localDate(start, timeZone)}T00:00:00Z`).getUTCDay() + 6) % 7;
      at = { weekday, hour: localHour(start, timeZone) };
      slots.set(slot, at);
    }
    const row = grid[at.weekday];
    if (row) row[at.hour] = (row[at.hour] ?? 0) + 1;
  }
}
