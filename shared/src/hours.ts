import { DAY_NAMES, isDateKey, type OpeningHours } from "./api/fleet.ts";
import { wallClock } from "./wall-clock.ts";

/**
 * Opening hours in a site's time zone. A site with no hours is always open. Weekdays not named
 * are closed, unless no weekday is named: then every weekday is open around the clock. A range
 * whose end is before its start runs past midnight into the next day. A date (a holiday) has the
 * hours it names instead of its weekday's, the night of the day before included.
 */

type Day = (typeof DAY_NAMES)[number];

interface LocalTime {
  day: number;
  minute: number;
  /** The local date, `YYYY-MM-DD`. */
  date: string;
}

const two = (n: number) => String(n).padStart(2, "0");

/** Day of the week (0 = Monday), minute of the day and date at `ms` in `timeZone`. */
export function localTime(ms: number, timeZone: string): LocalTime {
  const clock = wallClock(ms, timeZone);
  return {
    day: clock.weekday,
    minute: clock.hour * 60 + clock.minute,
    date: `${clock.year}-${two(clock.month)}-${two(clock.day)}`,
  };
}

interface Range {
  from: number;
  to: number;
}

/** A site's hours as ranges of minutes: per weekday (0 = Monday), and per date named. */
export interface Schedule {
  week: Range[][];
  dates: ReadonlyMap<string, Range[]>;
}

export function scheduleOf(hours: OpeningHours): Schedule {
  const dates = new Map<string, Range[]>();
  for (const [key, value] of Object.entries(hours)) {
    if (!isDateKey(key)) continue;
    // The schema keeps a date's range within the date: no overnight part to split.
    const [from = "", to = ""] = value === "closed" ? [] : value.split("-");
    dates.set(key, value === "closed" ? [] : [{ from: minutes(from), to: minutes(to) }]);
  }
  return { week: weeklyRanges(hours), dates };
}

/** The ranges of the local day `at` falls on. */
export function rangesOn(schedule: Schedule, at: LocalTime): Range[] {
  return schedule.dates.get(at.date) ?? schedule.week[at.day] ?? [];
}

/** The opening ranges of each weekday (0 = Monday), in minutes, with overnight parts split. */
export function weeklyRanges(hours: OpeningHours): Range[][] {
  const weekly = Object.entries(hours).filter(([key]) => !isDateKey(key));
  if (weekly.length === 0) return DAY_NAMES.map(() => [{ from: 0, to: 24 * 60 }]);
  const week: Range[][] = DAY_NAMES.map(() => []);
  for (const [key, value] of weekly) {
    if (value === "closed") continue;
    const [fromText = "", toText = ""] = value.split("-");
    const from = minutes(fromText);
    const to = minutes(toText);
    for (const day of daysOf(key)) {
      if (to > from) week[day]?.push({ from, to });
      else {
        week[day]?.push({ from, to: 24 * 60 });
        week[(day + 1) % 7]?.push({ from: 0, to });
      }
    }
  }
  return week;
}

function minutes(hhmm: string): number {
  const [h = "0", m = "0"] = hhmm.split(":");
  return Number(h) * 60 + Number(m);
}

function daysOf(key: string): number[] {
  const [first, last = first] = key.split("-") as [Day, Day?];
  const start = DAY_NAMES.indexOf(first);
  const end = DAY_NAMES.indexOf(last as Day);
  const days: number[] = [];
  for (let d = start; ; d = (d + 1) % 7) {
    days.push(d);
    if (d === end || days.length === 7) break;
  }
  return days;
}

/** Whether the site is open at `ms`. `null` hours: open around the clock. */
export function isOpenAt(hours: OpeningHours | null, timeZone: string, ms: number): boolean {
  if (hours === null) return true;
  const local = localTime(ms, timeZone);
  return rangesOn(scheduleOf(hours), local).some(
    (r) => local.minute >= r.from && local.minute < r.to,
  );
}

/** A week as a form shows it: each weekday's range (`HH:MM-HH:MM`) or `closed`. */
export type WeekHours = Record<Day, string>;

/**
 * The weekdays of `hours` one by one; null when no weekday is named (open around the clock).
 * A day named by two keys shows the first one's range: a form has one range per day.
 */
export function weekHoursOf(hours: OpeningHours): WeekHours | null {
  const weekly = Object.entries(hours).filter(([key]) => !isDateKey(key));
  if (weekly.length === 0) return null;
  const week = Object.fromEntries(DAY_NAMES.map((d) => [d, ""])) as WeekHours;
  for (const [key, value] of weekly)
    for (const day of daysOf(key)) {
      const name = DAY_NAMES[day] as Day;
      week[name] ||= value;
    }
  for (const day of DAY_NAMES) week[day] ||= "closed";
  return week;
}

/** The dates of `hours` (holidays, closed days) with their ranges or `closed`, in date order. */
export function datedHoursOf(hours: OpeningHours): [string, string][] {
  return Object.entries(hours)
    .filter(([key]) => isDateKey(key))
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Opening hours from a form's week (null: around the clock) and dates, with runs of equal days
 * written as one key (`mon-fri`), as a person would write them.
 */
export function openingHoursOf(
  week: WeekHours | null,
  dates: readonly (readonly [string, string])[],
): OpeningHours {
  const hours: OpeningHours = {};
  if (week) {
    let start = 0;
    for (let d = 1; d <= DAY_NAMES.length; d++) {
      const first = DAY_NAMES[start] as Day;
      if (d < DAY_NAMES.length && week[DAY_NAMES[d] as Day] === week[first]) continue;
      const last = DAY_NAMES[d - 1] as Day;
      hours[first === last ? first : `${first}-${last}`] = week[first];
      start = d;
    }
  }
  for (const [date, value] of dates) hours[date] = value;
  return hours;
}
