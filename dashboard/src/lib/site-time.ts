/**
 * A site's wall clock for forms: a `datetime-local` field says a time as the site's clocks show
 * it (a manager in Oslo sets a due time for a hotel in Helsinki), so the page converts in the
 * site's time zone, not the browser's or the server's.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** `YYYY-MM-DDTHH:mm` as a `datetime-local` field takes it, at `ms` on the site's clocks. */
export function wallTimeOf(ms: number, timeZone: string): string {
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a `datetime-local` value means on the site's clocks, or null for a value that is
 * no time. A time a clock change skips is taken as the first one after it.
 */
export function instantOfWallTime(wall: string, timeZone: string): number | null {
  const m = WALL.exec(wall.trim().slice(0, 16));
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) return null;
  const offset = (ms: number) => {
    const shown = wallTimeOf(ms, timeZone);
    const [, sy, smo, sd, sh, smi] = (WALL.exec(shown) ?? []).map(Number);
    return Date.UTC(sy ?? 0, (smo ?? 1) - 1, sd ?? 1, sh ?? 0, smi ?? 0) - ms;
  };
  // Two rounds settle the offset on either side of a clock change.
  let t = asUtc - offset(asUtc);
  t = asUtc - offset(t);
  return t;
}

/** "Europe/Oslo" said for people: "Oslo time". */
export function zoneWords(timeZone: string): string {
  if (timeZone === "UTC") return "UTC";
  const city = timeZone.split("/").at(-1) ?? timeZone;
  return `${city.replaceAll("_", " ")} time`;
}
