/**
 * The time zones a site may be in, as the site form lists them: the Nordic ones first (the
 * chains this is for), then every zone this server's Node knows, by name.
 */
const FIRST = [
  "Europe/Oslo",
  "Europe/Stockholm",
  "Europe/Copenhagen",
  "Europe/Helsinki",
  "Atlantic/Reykjavik",
  "Atlantic/Faroe",
  "Europe/London",
  "Europe/Berlin",
  "UTC",
];

const ALL = [...new Set([...FIRST, ...Intl.supportedValuesOf("timeZone"), "UTC"])];

export const TIME_ZONES: ReadonlySet<string> = new Set(ALL);

/** For the form's select: the Nordic group, then the rest by region. */
export function timeZoneChoices(): { first: string[]; rest: string[] } {
  const first = new Set(FIRST);
  return { first: FIRST, rest: ALL.filter((z) => !first.has(z)).sort() };
}
