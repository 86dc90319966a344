import { dateOfDay, offsetsOf, startOfLocalDay } from "@bulbcheck/shared";
import type {
  InsightSite,
  InsightWindow,
  OpenedDefect,
  ResolvedSlot,
} from "../store/insight-store.ts";
import { SLOT_MS } from "../store/insight-store.ts";

/**
 * The insights' window in days on each site's own clock (issue 21): "the last 7 days" at an Oslo
 * hotel starts at midnight in Oslo, and a defect at 23:30 UTC belongs to the next day there. The
 * window ends on the latest site's today and starts `days - 1` days before it; each site's part of
 * it starts at that first day's midnight on its own clock.
 */
const DAY = 86_400_000;
const MINUTE = 60_000;

export interface SiteWindow extends InsightWindow {
  /** The first day as a day number (days since 1970-01-01), on the sites' clocks. */
  firstDay: number;
  /** The earliest instant any site's part starts at (the first UTC midnight without sites). */
  from: number;
}

export function siteWindow(sites: readonly InsightSite[], now: number, days: number): SiteWindow {
  const zones = new Set(sites.map((s) => s.timezone));
  let lastDay = Math.floor(now / DAY);
  if (zones.size > 0) {
    lastDay = Number.NEGATIVE_INFINITY;
    for (const zone of zones) lastDay = Math.max(lastDay, offsetsOf(zone).dayOf(now));
  }
  const firstDay = lastDay - (days - 1);
  // Once per zone, not per site: finding a local midnight asks Intl several times.
  const starts = new Map(
    [...zones].map((zone) => [zone, startOfLocalDay(dateOfDay(firstDay), zone)] as const),
  );
  const from = starts.size > 0 ? Math.min(...starts.values()) : firstDay * DAY;
  return { firstDay, from, starts };
}

export interface SiteTally {
  /** Minutes from opening to acknowledgement, and to resolution, of each defect that had one. */
  acknowledge: number[];
  resolve: number[];
  /** When each was opened (ms), for the hour-by-weekday grid. */
  openedAt: number[];
}

export interface WindowTally {
  /** By day number, each site's days its own. */
  openedPerDay: Map<number, number>;
  resolvedPerDay: Map<number, number>;
  bySource: Map<string, number>;
  byCategory: Map<string, number>;
  bySite: Map<string, SiteTally>;
}

/** Counts the window's defects and resolutions into each site's days, sources and categories. */
export function tallyWindow(
  sites: readonly InsightSite[],
  defects: readonly OpenedDefect[],
  resolved: readonly ResolvedSlot[],
): WindowTally {
  const zoneOf = new Map(sites.map((s) => [s.site, offsetsOf(s.timezone)] as const));
  const tally: WindowTally = {
    openedPerDay: new Map(),
    resolvedPerDay: new Map(),
    bySource: new Map(),
    byCategory: new Map(),
    bySite: new Map(),
  };
  for (const d of defects) {
    const zone = zoneOf.get(d.site);
    if (!zone) continue;
    let site = tally.bySite.get(d.site);
    if (!site) {
      site = { acknowledge: [], resolve: [], openedAt: [] };
      tally.bySite.set(d.site, site);
    }
    site.openedAt.push(d.opened);
    if (d.ack !== null) site.acknowledge.push(d.ack / MINUTE);
    if (d.resolve !== null) site.resolve.push(d.resolve / MINUTE);
    add(tally.openedPerDay, zone.dayOf(d.opened));
    add(tally.bySource, d.source);
    add(tally.byCategory, d.category);
  }
  for (const r of resolved)
    add(tally.resolvedPerDay, offsetsOf(r.timezone).dayOf(r.slot * SLOT_MS), r.n);
  return tally;
}

function add<K>(counts: Map<K, number>, key: K, n = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

/**
 * Counts, most first; ties by key descending, the order the response has always had them in.
 */
export function mostFirst(counts: Map<string, number>): { key: string; n: number }[] {
  return [...counts]
    .map(([key, n]) => ({ key, n }))
    .sort((a, b) => b.n - a.n || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
}
