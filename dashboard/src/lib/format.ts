/** How long ago, in the largest unit that matters: "3 min", "5 h", "2 d". */
export function age(iso: string | null, now = Date.now()): string {
  if (!iso) return "—";
  const minutes = Math.max(0, Math.round((now - Date.parse(iso)) / 60_000));
  if (minutes < 1) return "now";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

export function dateTime(iso: string | null): string {
  if (!iso) return "—";
  return new Date(iso).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
}

export function percent(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)} %`;
}

/** `bulb_out` -> `bulb out` */
export function words(id: string): string {
  return id.replaceAll("_", " ");
}

export const STATUS_LABEL = {
  red: "Action needed",
  amber: "Open defects",
  green: "All fine",
} as const;
export const STATUS_ICON = { red: "▲", amber: "●", green: "✓" } as const;

/** "Button 2" before "Button 10": how people sort names with numbers in them. */
export const byName = new Intl.Collator("en", { numeric: true }).compare;
