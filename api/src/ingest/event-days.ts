import { type DecodedMessage, offsetsOf, type ZoneOffsets } from "@bulbcheck/shared";
import type { EventDay } from "../store/event-day-store.ts";

/** The roll-up row a message counts into, on `day`: the site's calendar day it happened on. */
function eventDayOf(site: string, message: DecodedMessage, day: number): EventDay {
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

/**
 * A batch's counts by roll-up row, so that each row is written once per batch. Days are each
 * site's own (issue 21): a reading at 23:30 UTC in Oslo counts on the next day there.
 */
export class EventDayCounts {
  readonly #rows = new Map<string, EventDay & { n: number }>();
  readonly #zones = new Map<string, ZoneOffsets>();

  /** `zoneOf` names a site's time zone; it is asked once per site and batch. */
  constructor(private readonly zoneOf: (site: string) => string) {}

  add(site: string, message: DecodedMessage): void {
    let zone = this.#zones.get(site);
    if (!zone) {
      zone = offsetsOf(this.zoneOf(site));
      this.#zones.set(site, zone);
    }
    const row = eventDayOf(site, message, zone.dayOf(message.at));
    const key = `${row.day} ${row.site} ${row.kind} ${row.detail} ${row.source}`;
    const counted = this.#rows.get(key);
    if (counted) counted.n++;
    else this.#rows.set(key, { ...row, n: 1 });
  }

  rows(): Iterable<EventDay & { n: number }> {
    return this.#rows.values();
  }
}
