import type { ReportDefect } from "@bulbcheck/shared";
import {
  formatDate,
  formatDateTime,
  isLocale,
  type Locale,
  m,
  zoneCity,
} from "@bulbcheck/shared/i18n";

/**
 * What every message the server writes for people shares (docs/notifications.md, "Languages"):
 * whose language it is in, and times on the site's clocks with the zone named.
 */

/** A stored language, or the fallback: old rows and unknown values read as the next choice. */
export function localeOr(value: unknown, fallback: Locale): Locale {
  return isLocale(value) ? value : fallback;
}

/**
 * The one language of a message about several sites: theirs when they share one, else English
 * (a regional report across Norway, Denmark and Sweden has no better common language).
 */
export function sharedLocale(languages: readonly unknown[]): Locale {
  const set = new Set(languages.map((l) => localeOr(l, "en")));
  const [only] = set;
  return set.size === 1 && only ? only : "en";
}

/** A moment on the site's wall clock, with the zone named: "23 Nov, 10:00 (Oslo time)". */
export function siteTime(when: string | number, timeZone: string, locale: Locale): string {
  return `${formatDateTime(when, locale, timeZone)} (${zoneLabel(timeZone, locale)})`;
}

/** A moment on the site's wall clock, without the zone (a list under one zone's heading). */
export function clockTime(when: string | number, timeZone: string, locale: Locale): string {
  return formatDateTime(when, locale, timeZone);
}

export function zoneLabel(timeZone: string, locale: Locale): string {
  return timeZone === "UTC" ? "UTC" : m.zone_time({ city: zoneCity(timeZone) }, { locale });
}

const SOURCE = {
  sensor: m.reports_source_sensor,
  staff: m.reports_source_staff,
  customer: m.reports_source_customer,
  system: m.reports_source_system,
} as const;

/** Who found a defect first, in words: "staff", "ansatte". */
export function sourceWords(source: ReportDefect["source"], locale: Locale): string {
  return SOURCE[source]({}, { locale });
}

const STATUS = {
  open: m.reports_status_open,
  acknowledged: m.reports_status_acknowledged,
  on_hold: m.reports_status_on_hold,
  resolved: m.reports_status_resolved,
} as const;

export function reportStatusWords(status: ReportDefect["status"], locale: Locale): string {
  return STATUS[status]({}, { locale });
}

/** A calendar day (`YYYY-MM-DD`, already the site's) in words: "Thu 26 Nov 2026". */
export function dayWords(day: string, locale: Locale): string {
  const ms = Date.parse(`${day}T12:00:00Z`);
  // Noon UTC of that date is the same date in UTC: the day itself, whatever its site's zone.
  return Number.isFinite(ms) ? formatDate(ms, locale, "UTC") : day;
}
