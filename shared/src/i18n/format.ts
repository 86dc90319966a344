/**
 * Dates, times and numbers as people read them, through `Intl`: in the reader's language and
 * the site's time zone, the same on the server and in the browser (both are told the zone, so
 * neither falls back to its own clock's).
 */
import type { Locale } from "./locale.ts";

/** English as Nordic staff read it: 24-hour clock, day before month. */
const INTL_TAG: Readonly<Record<Locale, string>> = {
  en: "en-GB",
  nb: "nb-NO",
  da: "da-DK",
  sv: "sv-SE",
};

export function intlTag(locale: Locale): string {
  return INTL_TAG[locale];
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `d|${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_TAG[locale], { timeZone, ...options });
    cache.set(key, f);
  }
  return f;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions) {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(INTL_TAG[locale], options);
    cache.set(key, f);
  }
  return f;
}

type When = string | number | Date | null | undefined;

function instant(when: When): number | null {
  if (when === null || when === undefined) return null;
  const ms =
    typeof when === "number" ? when : when instanceof Date ? when.getTime() : Date.parse(when);
  return Number.isFinite(ms) ? ms : null;
}

const NONE = "—";

/** "3 Dec, 14:02" (en), "3. des., 14:02" (nb): a moment on the site's clocks. */
export function formatDateTime(when: When, locale: Locale, timeZone: string): string {
  const ms = instant(when);
  if (ms === null) return NONE;
  return dateFormat(locale, timeZone, {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(ms);
}

/** "14:02": the time of day on the site's clocks. */
export function formatTime(when: When, locale: Locale, timeZone: string): string {
  const ms = instant(when);
  if (ms === null) return NONE;
  return dateFormat(locale, timeZone, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(ms);
}

/** "Thu 3 Dec 2026" (en): a day on the site's calendar. */
export function formatDate(when: When, locale: Locale, timeZone: string): string {
  const ms = instant(when);
  if (ms === null) return NONE;
  return dateFormat(locale, timeZone, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(ms);
}

/** A calendar day given as `YYYY-MM-DD` (already local to its site): "3 Dec". */
export function formatDay(day: string, locale: Locale): string {
  const ms = Date.parse(`${day}T12:00:00Z`);
  if (!Number.isFinite(ms)) return day;
  return dateFormat(locale, "UTC", { day: "numeric", month: "short" }).format(ms);
}

/** The weekday names Monday first, short: for a week's axis. */
export function weekdayNames(locale: Locale): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    dateFormat(locale, "UTC", { weekday: "short" }).format(Date.UTC(2024, 0, 1 + i, 12)),
  );
}

export function formatNumber(value: number | null | undefined, locale: Locale, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NONE;
  return numberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(
    value,
  );
}

/** A share from 0 to 1: "87 %" in every one of our languages' own spacing. */
export function formatPercent(share: number | null | undefined, locale: Locale): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return NONE;
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
}

function unit(value: number, name: "minute" | "hour" | "day", locale: Locale): string {
  return numberFormat(locale, {
    style: "unit",
    unit: name,
    unitDisplay: "short",
    maximumFractionDigits: 0,
  }).format(value);
}

/**
 * A length of time, readable at a glance and never more than a few percent off: "3 min",
 * "1 h 20 min" (not "1 h" for 80 minutes), "14 h", "2 d 5 h", "12 d" (and in nb, da, sv).
 */
export function formatDuration(minutes: number | null | undefined, locale: Locale): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return NONE;
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return unit(m, "minute", locale);
  if (m < 10 * 60) {
    const rest = m % 60;
    const hours = unit(Math.floor(m / 60), "hour", locale);
    return rest === 0 ? hours : `${hours} ${unit(rest, "minute", locale)}`;
  }
  const hours = Math.round(m / 60);
  if (hours < 48) return unit(hours, "hour", locale);
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  if (days >= 7 || rest === 0) return unit(Math.round(hours / 24), "day", locale);
  return `${unit(days, "day", locale)} ${unit(rest, "hour", locale)}`;
}

/** How long since `when`, as `formatDuration`; null for under a minute (say "now" in words). */
export function ageMinutes(when: When, now: number): number | null {
  const ms = instant(when);
  if (ms === null) return null;
  return Math.max(0, Math.round((now - ms) / 60_000));
}

/** "Oslo" for Europe/Oslo, in the reader's language where Intl knows the city's zone name. */
export function zoneCity(timeZone: string): string {
  if (timeZone === "UTC") return "UTC";
  return (timeZone.split("/").at(-1) ?? timeZone).replaceAll("_", " ");
}
