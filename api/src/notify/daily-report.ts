import {
  addDays,
  type DailyReport,
  localDate,
  localDayRange,
  type ReportDefect,
  type SiteDailyReport,
} from "@bulbcheck/shared";
import { iso, isoOrNull } from "../http/views.ts";
import type { Db } from "../store/database.ts";
import {
  defectsOpenDuring,
  defectsOpenedBetween,
  type StoredDefect,
} from "../store/defect-store.ts";
import { checkpointsOf, getSiteRow, listSiteRows, zonesOf } from "../store/registry-store.ts";

/**
 * The daily bulb report: for each site, its local day — what failed, what was still open at the
 * end of it (or now, for today), which inspections were overdue, and who caught defects first.
 * The report of a past day is the same whenever it is read: the e-mail and the page agree.
 */

const HOUR = 3_600_000;

function statusAt(d: StoredDefect, at: number): ReportDefect["status"] {
  if (d.resolvedAt !== null && d.resolvedAt <= at) return "resolved";
  if (d.acknowledgedAt !== null && d.acknowledgedAt <= at) return "acknowledged";
  return "open";
}

function reportDefect(d: StoredDefect, asOf: number): ReportDefect {
  const status = statusAt(d, asOf);
  const until = status === "resolved" && d.resolvedAt !== null ? d.resolvedAt : asOf;
  return {
    id: d.id,
    zone: d.zone,
    asset: d.asset,
    assetName: d.assetName,
    fault: d.fault,
    category: d.category,
    severity: d.severity,
    source: d.source,
    firstReporter: d.reporters[0] ?? null,
    status,
    openedAt: iso(d.openedAt),
    acknowledgedAt:
      d.acknowledgedAt !== null && d.acknowledgedAt <= asOf ? iso(d.acknowledgedAt) : null,
    resolvedAt: status === "resolved" ? isoOrNull(d.resolvedAt) : null,
    openHours: Math.round(((until - d.openedAt) / HOUR) * 10) / 10,
  };
}

/** One site's report for its local day `date` (yesterday there when undefined). */
export function siteDailyReport(
  db: Db,
  site: string,
  date: string | undefined,
  now: number,
): SiteDailyReport | undefined {
  const row = getSiteRow(db, site);
  if (!row) return undefined;
  const tz = row.timezone;
  const day = date ?? addDays(localDate(now, tz), -1);
  const { from, to } = localDayRange(day, tz);
  const asOf = Math.max(from, Math.min(now, to));
  const failed = defectsOpenedBetween(db, site, from, to);
  const stillOpen = defectsOpenDuring(db, site, asOf, asOf).filter(
    (d) => statusAt(d, asOf) !== "resolved",
  );
  const checkpoints = new Map(checkpointsOf(db, site).map((c) => [c.id, c]));
  const zones = new Map(zonesOf(db, site).map((z) => [z.id, z.name]));
  const overdue = defectsOpenDuring(db, site, from, Math.min(to, asOf + 1), "inspection_overdue");

  const firstFinders = { sensor: 0, staff: 0, customer: 0, system: 0 };
  const reporters = new Map<string, number>();
  let visible = 0;
  let caught = 0;
  for (const d of failed) {
    firstFinders[d.source]++;
    if (d.source !== "system") {
      const who = d.reporters[0];
      if (who) reporters.set(who, (reporters.get(who) ?? 0) + 1);
      if (d.customerVisible) {
        visible++;
        if (d.source !== "customer") caught++;
      }
    }
  }
  return {
    site,
    name: row.name,
    timezone: tz,
    date: day,
    from: iso(from),
    to: iso(to),
    asOf: iso(asOf),
    failed: failed.map((d) => reportDefect(d, asOf)),
    stillOpen: stillOpen.map((d) => reportDefect(d, asOf)),
    overdueInspections: overdue.map((d) => {
      const cp = checkpoints.get(d.asset);
      return {
        checkpoint: d.asset,
        name: cp?.name ?? d.asset,
        zone: zones.get(cp?.zone_id ?? d.zone) ?? d.zone,
        overdueSince: iso(d.openedAt),
        checkedAt: d.resolvedAt !== null && d.resolvedAt <= asOf ? iso(d.resolvedAt) : null,
      };
    }),
    firstFinders,
    caughtBeforeCustomers: visible > 0 ? caught / visible : null,
    firstReporters: [...reporters]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5)
      .map(([name, count]) => ({ name, count })),
  };
}

/** The report of `sites` (null: every site), each site for its own local `date`. */
export function dailyReport(
  db: Db,
  options: { sites: readonly string[] | null; date: string | undefined; now: number },
): DailyReport {
  const ids = options.sites ?? listSiteRows(db).map((s) => s.id);
  const sites = ids
    .map((id) => siteDailyReport(db, id, options.date, options.now))
    .filter((s): s is SiteDailyReport => s !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    generatedAt: iso(options.now),
    sites,
    totals: {
      failed: sites.reduce((n, s) => n + s.failed.length, 0),
      stillOpen: sites.reduce((n, s) => n + s.stillOpen.length, 0),
      overdueInspections: sites.reduce((n, s) => n + s.overdueInspections.length, 0),
    },
  };
}
