import { m } from "@bulbcheck/shared/i18n";
import { dateTimeAt } from "./i18n.svelte.ts";

/**
 * A moment on the node's clock, for admin pages about the whole node (users, tokens, audit):
 * in UTC and saying so, in the page's language ("3 Dec, 14:02 UTC"); "—" when there is none.
 */
export function utcTime(when: string | number | null | undefined): string {
  if (when === null || when === undefined || when === "") return m.none_dash();
  return m.admin_utc_time({ time: dateTimeAt(when, "UTC") });
}
