import type { DecodedMessage } from "@bulbcheck/shared";
import type { EventDay } from "../store/event-day-store.ts";

const DAY = 86_400_000;

export function eventDayOf(site: string, message: DecodedMessage): EventDay {
  const day = Math.floor(message.at / DAY);
  const base = { day, site, kind: message.kind };
  switch (message.kind) {
    case "health": {
      const p = message.payload;
      return { ...base, detail: p.state === "fault" ? p.fault : "", source: "sensor" };
    }
    case "report":
      return { ...base, detail: message.payload.fault, source: message.payload.source };
    case "checkin":
      return { ...base, detail: message.payload.result, source: "staff" };
    case "resolve":
      return { ...base, detail: message.payload.fault ?? "", source: "staff" };
    case "status":
      return { ...base, detail: message.payload, source: "system" };
  }
}

/** A batch's counts by roll-up row, so that each row is written once per batch. */
export class EventDayCounts {
  readonly #rows = new Map<string, EventDay & { n: number }>();

  add(row: EventDay): void {
    const key = `${row.day} ${row.site} ${row.kind} ${row.detail} ${row.source}`;
    const counted = this.#rows.get(key);
    if (counted) counted.n++;
    else this.#rows.set(key, { ...row, n: 1 });
  }

  rows(): Iterable<EventDay & { n: number }> {
    return this.#rows.values();
  }
}
