import {
  dateOfDay,
  type Insights,
  type insightRoutes,
  middleOf,
  spreadOf,
} from "@bulbcheck/shared";
import { mostFirst, siteWindow, tallyWindow } from "../../insights/insight-window.ts";
import { addWeekHours, emptyWeekHours } from "../../insights/week-hours.ts";
import { messagesPerDay } from "../../store/event-day-store.ts";
import {
  defectsOpenedIn,
  evidenceCountsIn,
  insightSites,
  recurrencesIn,
  resolvedIn,
  visibleCaught,
} from "../../store/insight-store.ts";
import type { ApiDeps } from "../deps.ts";
import type { Handlers } from "../router.ts";
import { siteFilter } from "../scope.ts";
import { iso } from "../views.ts";

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const meanHours = (minutes: readonly number[]) =>
  minutes.length === 0
    ? null
    : Math.round((minutes.reduce((a, b) => a + b, 0) / minutes.length / 60) * 10) / 10;

export function insightHandlers(deps: ApiDeps): Handlers<typeof insightRoutes> {
  const { db } = deps;

  return {
    getInsights: ({ query, caller }) => {
      const now = deps.now();
      const scope = siteFilter(caller, query.site);
      const sites = insightSites(db, scope);
      const window = siteWindow(sites, now, query.days);
      const tally = tallyWindow(
        sites,
        defectsOpenedIn(db, window, scope),
        resolvedIn(db, window, scope),
      );
      const visibleBySite = visibleCaught(db, window, scope);
      const messages = new Map(messagesPerDay(db, window.firstDay, scope).map((m) => [m.day, m]));
      const perDay = Array.from({ length: query.days }, (_, i) => {
        const day = window.firstDay + i;
        const checked = messages.get(day);
        return {
          day: dateOfDay(day),
          opened: tally.openedPerDay.get(day) ?? 0,
          resolved: tally.resolvedPerDay.get(day) ?? 0,
          readings: checked?.readings ?? 0,
          checkins: checked?.checkins ?? 0,
        };
      });
      const evidence = evidenceCountsIn(db, window, scope);
      const repeats = recurrencesIn(db, window, scope);
      const repeatsBySite = new Map<string, number>();
      for (const r of repeats)
        repeatsBySite.set(r.site, (repeatsBySite.get(r.site) ?? 0) + r.repeats);
      let visible = 0;
      let caught = 0;
      const whenOpened = emptyWeekHours();
      const perSite = sites.map((s) => {
        const t = tally.bySite.get(s.site);
        const seen = visibleBySite.get(s.site);
        visible += seen?.visible ?? 0;
        caught += seen?.caught ?? 0;
        addWeekHours(whenOpened, t?.openedAt ?? [], s.timezone);
        return {
          site: s.site,
          name: s.name,
          opened: t?.openedAt.length ?? 0,
          meanHoursToAcknowledge: meanHours(t?.acknowledge ?? []),
          meanHoursToResolve: meanHours(t?.resolve ?? []),
          minutesToAcknowledge: middleOf(t?.acknowledge ?? []),
          minutesToResolve: middleOf(t?.resolve ?? []),
          repeatFailures: repeatsBySite.get(s.site) ?? 0,
          caughtBeforeCustomers: share(seen?.caught ?? 0, seen?.visible ?? 0),
          sensorSuspects: evidence.get(s.site)?.sensorSuspects ?? 0,
          afterPassedRound: evidence.get(s.site)?.afterPassedRound ?? 0,
        };
      });
      const all = [...tally.bySite.values()];
      const body: Insights = {
        from: iso(window.from),
        to: iso(now),
        perDay,
        firstFinders: {
          sensor: tally.bySource.get("sensor") ?? 0,
          staff: tally.bySource.get("staff") ?? 0,
          customer: tally.bySource.get("customer") ?? 0,
        },
        caughtBeforeCustomers: share(caught, visible),
        byCategory: mostFirst(tally.byCategory).map((r) => ({
          category: r.key as Insights["byCategory"][number]["category"],
          count: r.n,
        })),
        sites: perSite,
        chain: {
          minutesToAcknowledge: middleOf(all.flatMap((t) => t.acknowledge)),
          minutesToResolve: middleOf(all.flatMap((t) => t.resolve)),
        },
        spread: spreads(perSite),
        whenOpened,
        // The fifty assets that repeat most: the per-site counts are of all of them.
        repeatFailures: repeats.slice(0, 50),
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
