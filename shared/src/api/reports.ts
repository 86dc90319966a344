import { z } from "zod";
import { ASSET_CATEGORIES, REPORTABLE_FAULTS, SEVERITIES, SYSTEM_FAULTS } from "../faults.ts";
import { idSchema } from "../ids.ts";
import { DEFECT_SOURCES, DEFECT_STATUSES } from "../rules.ts";

/**
 * The daily bulb report: per site, for one local day, what failed, what is still open and for
 * how long, the inspections that were overdue, and who caught defects first.
 */

const iso = z.iso.datetime();

export const dailyReportQuerySchema = z.object({
  site: idSchema.optional(),
  /** The local day the report covers; yesterday in each site's time zone when absent. */
  date: z.iso.date().optional(),
});
export type DailyReportQuery = z.infer<typeof dailyReportQuerySchema>;

export const reportDefectSchema = z.object({
  id: z.number().int(),
  zone: z.string(),
  asset: z.string(),
  assetName: z.string(),
  fault: z.enum([...REPORTABLE_FAULTS, ...SYSTEM_FAULTS]),
  category: z.enum([...ASSET_CATEGORIES, "system"]),
  severity: z.enum(SEVERITIES),
  source: z.enum(DEFECT_SOURCES),
  firstReporter: z.string().nullable(),
  /** The state at the report's `asOf`. */
  status: z.enum(DEFECT_STATUSES),
  openedAt: iso,
  acknowledgedAt: iso.nullable(),
  resolvedAt: iso.nullable(),
  /** Hours open at `asOf` (or until resolved), one decimal. */
  openHours: z.number(),
});
export type ReportDefect = z.infer<typeof reportDefectSchema>;

export const siteDailyReportSchema = z.object({
  site: z.string(),
  name: z.string(),
  timezone: z.string(),
  date: z.iso.date(),
  /** The local day as UTC instants: [from, to). */
  from: iso,
  to: iso,
  /** The moment the report describes: the end of the day, or now for today. */
  asOf: iso,
  /** Defects opened during the day (inspection deadlines included). */
  failed: z.array(reportDefectSchema),
  /** Defects not resolved at `asOf`, oldest first. */
  stillOpen: z.array(reportDefectSchema),
  /** Inspections overdue at some time during the day. */
  overdueInspections: z.array(
    z.object({
      checkpoint: z.string(),
      name: z.string(),
      zone: z.string(),
      overdueSince: iso,
      checkedAt: iso.nullable(),
    }),
  ),
  /** Who reported the day's defects first. */
  firstFinders: z.object({
    sensor: z.number().int(),
    staff: z.number().int(),
    customer: z.number().int(),
    system: z.number().int(),
  }),
  /** Of the day's defects on customer-visible assets, the share found before a customer did. */
  caughtBeforeCustomers: z.number().min(0).max(1).nullable(),
  /** The people and devices who reported first most often, up to five. */
  firstReporters: z.array(z.object({ name: z.string(), count: z.number().int() })),
});
export type SiteDailyReport = z.infer<typeof siteDailyReportSchema>;

export const dailyReportSchema = z.object({
  generatedAt: iso,
  sites: z.array(siteDailyReportSchema),
  totals: z.object({
    failed: z.number().int(),
    stillOpen: z.number().int(),
    overdueInspections: z.number().int(),
  }),
});
export type DailyReport = z.infer<typeof dailyReportSchema>;
