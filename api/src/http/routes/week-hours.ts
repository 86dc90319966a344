import { wallClock } from "@bulbcheck/shared";

/**
 * When defects are opened, by weekday and hour on each site's own clock (issue 21: a defect at
 * 23:30 UTC in Oslo belongs to 00:30 on the next local day).
 *
 * Asking Intl for every defect costs more than the rest of the insights together, so a zone's
 * offset from UTC is asked twice per UTC day: when it is the same at the day's start and end,
 * it holds all day (no zone changes its clocks twice in a day); on the day of a change, each
 * quarter hour is asked on its own (every offset in use is a whole number of quarter hours).
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SLOT = 15 * MINUTE;

/** 7 rows (Monday first) of 24 hours, zeros included. */
export type WeekHours = number[][];

export function emptyWeekHours(): WeekHours {
  return Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
}

/** How far `timeZone`'s clock is ahead of UTC at `ms` (a whole second), in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const c = wallClock(ms, timeZone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - ms;
}

/** Offsets of one zone: per UTC day when constant all day, else per quarter hour. */
class ZoneOffsets {
  private readonly days = new Map<number, number | null>();
  private readonly slots = new Map<number, number>();
  constructor(private readonly timeZone: string) {}

  get size(): number {
    return this.days.size + this.slots.size;
  }

  at(ms: number): number {
    const day = Math.floor(ms / DAY);
    let whole = this.days.get(day);
    if (whole === undefined) {
      const start = offsetAt(day * DAY, this.timeZone);
      const end = offsetAt((day + 1) * DAY - 1000, this.timeZone);
      whole = start === end ? start : null;
      this.days.set(day, whole);
    }
    if (whole !== null) return whole;
    const slot = Math.floor(ms / SLOT);
    let offset = this.slots.get(slot);
    if (offset === undefined) {
      offset = offsetAt(slot * SLOT, this.timeZone);
      this.slots.set(slot, offset);
    }
    return offset;
  }
}

/** Adds each instant in `opened` to `grid` at its weekday and hour in `timeZone`. */
export function addWeekHours(
  grid: WeekHours,
  opened: readonly number[],
  timeZone: string,
  zones: Map<string, ZoneOffsets> = new Map(),
): void {
  let offsets = zones.get(timeZone);
  if (!offsets) {
    offsets = new ZoneOffsets(timeZone);
    zones.set(timeZone, offsets);
  }
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

/**
 * Offsets kept between answers: a past day's offset does not change, so a busy insights page
 * asks Intl only for the days it has not seen. Bounded: forgotten all at once past a few years of
 * zone-days.
 */
const KEPT = new Map<string, ZoneOffsets>();
const KEEP_ZONE_DAYS = 20_000;
let keptDays = 0;

/** The offsets of every zone, shared by the sites of one answer and the answers after it. */
export function zoneOffsets(): Map<string, ZoneOffsets> {
  keptDays = 0;
  for (const zone of KEPT.values()) keptDays += zone.size;
  if (keptDays > KEEP_ZONE_DAYS) KEPT.clear();
  return KEPT;
}
