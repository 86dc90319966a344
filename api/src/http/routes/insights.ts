import { type Insights, type insightRoutes, middleOf, spreadOf } from "@bulbcheck/shared";
import { messagesPerDay } from "../../store/event-day-store.ts";
import { evidenceCountsBySite } from "../../store/evidence-store.ts";
import {
  durationsBySite,
  openedCounts,
  recurrencesBetween,
  resolvedPerDay,
  siteInsights,
} from "../../store/insight-store.ts";
import type { ApiDeps } from "../deps.ts";
import type { Handlers } from "../router.ts";
import { siteFilter } from "../scope.ts";
import { iso } from "../views.ts";
import { addWeekHours, emptyWeekHours, zoneOffsets } from "./week-hours.ts";

const DAY = 86_400_000;
const HOUR = 3_600_000;

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const hours = (ms: number | null) => (ms === null ? null : Math.round((ms / HOUR) * 10) / 10);

export function insightHandlers(deps: ApiDeps): Handlers<typeof insightRoutes> {
  const { db } = deps;

  return {
    getInsights: ({ query, caller }) => {
      const now = deps.now();
      const today = Math.floor(now / DAY) * DAY;
      const from = today - (query.days - 1) * DAY;
      const site = siteFilter(caller, query.site);
      const counts = openedCounts(db, from, site);
      const opened = new Map(counts.perDay.map((r) => [r.day, r.n]));
      const resolved = new Map(resolvedPerDay(db, from, site).map((r) => [r.day, r.n]));
      const messages = new Map(messagesPerDay(db, from / DAY, site).map((m) => [m.day, m]));
      const perDay = Array.from({ length: query.days }, (_, i) => {
        const day = iso(from + i * DAY).slice(0, 10);
        const checked = messages.get(from / DAY + i);
        return {
          day,
          opened: opened.get(day) ?? 0,
          resolved: resolved.get(day) ?? 0,
          readings: checked?.readings ?? 0,
          checkins: checked?.checkins ?? 0,
        };
      });
      const sources = new Map(counts.bySource.map((r) => [r.key, r.n]));
      const sites = siteInsights(db, from, site);
      const evidence = evidenceCountsBySite(db, from, site);
      const durations = durationsBySite(db, from, site);
      const repeats = recurrencesBetween(db, site, from, now + 1);
      const repeatsBySite = new Map<string, number>();
      for (const r of repeats)
        repeatsBySite.set(r.site, (repeatsBySite.get(r.site) ?? 0) + r.repeats);
      const visible = sites.reduce((n, s) => n + s.visible, 0);
      const caught = sites.reduce((n, s) => n + s.visible_caught, 0);
      const perSite = sites.map((s) => ({
        site: s.site,
        name: s.name,
        opened: s.opened,
        meanHoursToAcknowledge: hours(s.ack_ms),
        meanHoursToResolve: hours(s.resolve_ms),
        minutesToAcknowledge: middleOf(durations.get(s.site)?.acknowledge ?? []),
        minutesToResolve: middleOf(durations.get(s.site)?.resolve ?? []),
        repeatFailures: repeatsBySite.get(s.site) ?? 0,
        caughtBeforeCustomers: share(s.visible_caught, s.visible),
        sensorSuspects: evidence.get(s.site)?.sensorSuspects ?? 0,
        afterPassedRound: evidence.get(s.site)?.afterPassedRound ?? 0,
      }));
      const whenOpened = emptyWeekHours();
      const zones = zoneOffsets();
      for (const s of sites)
        addWeekHours(whenOpened, durations.get(s.site)?.opened ?? [], s.timezone, zones);
      const body: Insights = {
        from: iso(from),
        to: iso(now),
        perDay,
        firstFinders: {
          sensor: sources.get("sensor") ?? 0,
          staff: sources.get("staff") ?? 0,
          customer: sources.get("customer") ?? 0,
        },
        caughtBeforeCustomers: share(caught, visible),
        byCategory: counts.byCategory.map((r) => ({
          category: r.key as Insights["byCategory"][number]["category"],
          count: r.n,
        })),
        sites: perSite,
        chain: {
          minutesToAcknowledge: middleOf([...durations.values()].flatMap((d) => d.acknowledge)),
          minutesToResolve: middleOf([...durations.values()].flatMap((d) => d.resolve)),
        },
        spread: spreads(perSite),
        whenOpened,
        repeatFailures: repeats,
      };
      return body;
    },
  };
}

type SiteRow = Insights["sites"][number];
const MEASURES: {
  measure: Insights["spread"][number]["measure"];
  of: (s: SiteRow) => number | null;
}[] = [
  { measure: "minutesToAcknowledge", of: (s) => s.minutesToAcknowledge?.median ?? null },
  { measure: "minutesToResolve", of: (s) => s.minutesToResolve?.median ?? null },
  { measure: "openedPerSite", of: (s) => s.opened },
  { measure: "caughtBeforeCustomers", of: (s) => s.caughtBeforeCustomers },
  { measure: "repeatFailures", of: (s) => s.repeatFailures },
];

/** Each measure's spread across the sites that have a value for it, two sites at least. */
function spreads(sites: readonly SiteRow[]): Insights["spread"] {
  const out: Insights["spread"] = [];
  for (const { measure, of } of MEASURES) {
    const values = sites.map((s) => ({ site: s.site, value: of(s) }));
    if (values.filter((v) => v.value !== null).length < 2) continue;
    const s = spreadOf(values);
    if (s) out.push({ measure, ...s });
  }
  return out;
}
