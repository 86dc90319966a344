/**
 * The page's language in the browser, and the formatting every page uses. The server renders
 * in `page.data.locale` (the root layout's, or a QR page's own); the browser reads the same
 * value, so what hydrates is what was rendered, and a page in another language re-renders.
 */
import {
  BASE_LOCALE,
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatPercent,
  formatTime,
  getLocale,
  type Locale,
  overwriteGetLocale,
} from "@bulbcheck/shared/i18n";
import { browser } from "$app/environment";
import { page } from "$app/state";

/** Called once by the root layout, before anything renders in the browser. */
export function followPageLocale(): void {
  if (!browser) return;
  overwriteGetLocale(() => (page.data.locale as Locale | undefined) ?? BASE_LOCALE);
}

export const locale = (): Locale => getLocale() as Locale;

/** A moment on the site's clocks, in the page's language: "3 Dec, 14:02". */
export const dateTimeAt = (when: string | number | null | undefined, timeZone: string) =>
  formatDateTime(when, locale(), timeZone);
export const timeAt = (when: string | number | null | undefined, timeZone: string) =>
  formatTime(when, locale(), timeZone);
export const dateAt = (when: string | number | null | undefined, timeZone: string) =>
  formatDate(when, locale(), timeZone);
export const duration = (minutes: number | null | undefined) => formatDuration(minutes, locale());
export const number = (value: number | null | undefined, digits = 0) =>
  formatNumber(value, locale(), digits);
export const percentOf = (share: number | null | undefined) => formatPercent(share, locale());
