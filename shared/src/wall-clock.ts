/**
 * What a wall clock in a time zone shows at an instant: the one place that asks Intl, for the
 * opening hours, the inspection deadlines and the local days of the reports alike.
 */
export interface WallClock {
  /** 0 = Monday ... 6 = Sunday. */
  weekday: number;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAY: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

export function wallClock(ms: number, timeZone: string): WallClock {
  const out: WallClock = { weekday: 0, year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(timeZone).formatToParts(ms)) {
    if (part.type === "weekday") out.weekday = WEEKDAY[part.value] ?? 0;
    else if (part.type in out) out[part.type as keyof WallClock] = Number(part.value);
  }
  return out;
}
