import { wallClock } from "./wall-clock.ts";

/**
 * A zone's offset from UTC at many instants, cheaply: asking Intl for every defect or event costs
 * more than the rest of an insights answer or an ingest batch together. So a zone's offset is
 * asked twice per UTC day: when it is the same at the day's start and end, it holds all day (no
 * zone changes its clocks twice in a day); on the day of a change, each quarter hour is asked on
 * its own (every offset in use is a whole number of quarter hours).
 */
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Every zone's offset from UTC is a whole number of quarter hours. */
export const QUARTER_HOUR_MS = 15 * MINUTE;
const SLOT = QUARTER_HOUR_MS;
const KEEP_DAYS = 20_000;

/** How far `timeZone`'s clock is ahead of UTC at `ms` (a whole second), in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const c = wallClock(ms, timeZone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - ms;
}

export class ZoneOffsets {
  private readonly days = new Map<number, number | null>();
  private readonly slots = new Map<number, number>();
  constructor(readonly timeZone: string) {}

  /** How far the zone's clock is ahead of UTC at `ms`, in ms. */
  at(ms: number): number {
    const day = Math.floor(ms / DAY);
    let whole = this.days.get(day);
    if (whole === undefined) {
      if (this.days.size >= KEEP_DAYS) this.forget();
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

  /** Bounded: forgotten all at once past some fifty years of days. */
  private forget(): void {
    this.days.clear();
    this.slots.clear();
  }

  /**
   * The local calendar day at `ms` as a day number (days since 1970-01-01 on the zone's clock):
   * what the daily roll-ups and the insights' days count in.
   */
  dayOf(ms: number): number {
    return Math.floor((ms + this.at(ms)) / DAY);
  }
}

/**
 * Offsets kept between calls, one set per zone (there are a few hundred zones): a past day's
 * offset does not change, so a busy insights page or ingester asks Intl only for the days it has
 * not seen.
 */
const KEPT = new Map<string, ZoneOffsets>();

/** The kept offsets of `timeZone`. */
export function offsetsOf(timeZone: string): ZoneOffsets {
  let offsets = KEPT.get(timeZone);
  if (!offsets) {
    offsets = new ZoneOffsets(timeZone);
    KEPT.set(timeZone, offsets);
  }
  return offsets;
}

/** The ISO date (`YYYY-MM-DD`) of a day number. */
export const dateOfDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
