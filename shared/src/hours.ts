import { DAY_NAMES, type OpeningHours } from "./api/fleet.ts";
import { wallClock } from "./wall-clock.ts";

/**
 * Opening hours in a site's time zone. A site with no hours is always open. Days not named are
 * closed. A range whose end is before its start runs past midnight into the next day.
 */

type Day = (typeof DAY_NAMES)[number];

interface LocalTime {
  day: number;
  minute: number;
}

/** Day of the week (0 = Monday) and minute of the day at `ms` in `timeZone`. */
export function localTime(ms: number, timeZone: string): LocalTime {
  const clock = wallClock(ms, timeZone);
  return { day: clock.weekday, minute: clock.hour * 60 + clock.minute };
}

interface Range {
  from: number;
  to: number;
}

/** The opening ranges of each weekday (0 = Monday), in minutes, with overnight parts split. */
export function weeklyRanges(hours: OpeningHours): Range[][] {
  const week: Range[][] = DAY_NAMES.map(() => []);
  for (const [key, value] of Object.entries(hours)) {
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
  const { day, minute } = localTime(ms, timeZone);
  return (weeklyRanges(hours)[day] ?? []).some((r) => minute >= r.from && minute < r.to);
}
