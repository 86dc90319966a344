/**
 * The language of the request being rendered. Paraglide's messages ask `getLocale()`; on the
 * server many requests render at once, so the answer is kept per request (AsyncLocalStorage),
 * never in a module variable another request could change.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { BASE_LOCALE, type Locale, overwriteGetLocale } from "@bulbcheck/shared/i18n";

const requests = new AsyncLocalStorage<{ locale: Locale }>();
overwriteGetLocale(() => requests.getStore()?.locale ?? BASE_LOCALE);

/** Runs `render` speaking `locals.locale` (read when asked, so a load may still change it). */
export function speaking<T>(locals: { locale: Locale }, render: () => T): T {
  return requests.run(locals, render);
}
