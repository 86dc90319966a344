import { dateOfDay, offsetsOf, startOfLocalDay } from "@bulbcheck/shared";
import type { InsightSite, OpenedDefect, ResolvedSlot } from "../../store/insight-store.ts";
import { SLOT_MS } from "../../store/insight-store.ts";

/**
 * The insights' window in days on each site's own clock (issue 21): "the last 7 days" at an Oslo
 * hotel starts at midnight in Oslo, and a defect at 23:30 UTC belongs to the next day there. The
 * window ends on the latest site's today and starts `days - 1` days before it; each site's part of
 * it starts at that first day's midnight on its own clock.
 */
const DAY = 86_400_000;
const MINUTE = 60_000;

export interface SiteWindow {
  /** Day numbers (days since 1970-01-01), on the sites' clocks. */
  firstDay: number;
  lastDay: number;
  /** The earliest instant any site's part starts at: what the store reads from. */
  from: number;
  /** Each site's own start. */
  fromOf: Map<string, number>;
}

export function siteWindow(sites: readonly InsightSite[], now: number, days: number): SiteWindow {
  const lastDay = sites.reduce(
    (last, s) => Math.max(last, offsetsOf(s.timezone).dayOf(now)),
    sites.length === 0 ? Math.floor(now / DAY) : Number.NEGATIVE_INFINITY,
  );
  const firstDay = lastDay - (days - 1);
  // Once per zone, not per site: finding a local midnight asks Intl several times.
  const startOf = new Map<string, number>();
  const fromOf = new Map<string, number>();
  for (const s of sites) {
    let start = startOf.get(s.timezone);
    if (start === undefined) {
      start = startOfLocalDay(dateOfDay(firstDay), s.timezone);
      startOf.set(s.timezone, start);
    }
    fromOf.set(s.site, start);
  }
  const from = Math.min(firstDay * DAY, ...fromOf.values());
  return { firstDay, lastDay, from, fromOf };
}

export interface SiteTally {
  opened: number;
  /** Minutes from opening to acknowledgement, and to resolution, of each defect that had one. */
  acknowledge: number[];
  resolve: number[];
  /** When each was opened (ms), for the hour-by-weekday grid. */
  openedAt: number[];
  /** Defects on customer-visible assets not raised by the system, and those of them a sensor or staff found. */
  visible: number;
  visibleCaught: number;
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
  window: SiteWindow,
  defects: readonly OpenedDefect[],
  resolved: readonly ResolvedSlot[],
  visibleAssets: ReadonlySet<string>,
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
    const from = window.fromOf.get(d.site);
    if (!zone || from === undefined || d.opened < from) continue;
    let site = tally.bySite.get(d.site);
    if (!site) {
      site = {
        opened: 0,
        acknowledge: [],
        resolve: [],
        openedAt: [],
        visible: 0,
        visibleCaught: 0,
      };
      tally.bySite.set(d.site, site);
    }
    site.opened++;
    site.openedAt.push(d.opened);
    if (d.ack !== null) site.acknowledge.push(d.ack / MINUTE);
    if (d.resolve !== null) site.resolve.push(d.resolve / MINUTE);
    if (d.source !== "system" && visibleAssets.has(`${d.site} ${d.asset}`)) {
      site.visible++;
      if (d.source === "sensor" || d.source === "staff") site.visibleCaught++;
    }
    add(tally.openedPerDay, zone.dayOf(d.opened));
    add(tally.bySource, d.source);
    add(tally.byCategory, d.category);
  }
  for (const r of resolved) {
    const zone = zoneOf.get(r.site);
    const from = window.fromOf.get(r.site);
    const at = r.slot * SLOT_MS;
    if (!zone || from === undefined || at < from) continue;
    add(tally.resolvedPerDay, zone.dayOf(at), r.n);
  }
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
