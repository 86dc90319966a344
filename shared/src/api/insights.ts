import { z } from "zod";
import { ASSET_CATEGORIES } from "../faults.ts";
import { idSchema } from "../ids.ts";
import { DEFECT_SOURCES } from "../rules.ts";
import { queryInt } from "./route.ts";

export const insightsQuerySchema = z.object({
  /** Days back from today on the latest site's clock, today included (each site's own days). */
  days: queryInt().min(1).max(365).default(30),
  site: idSchema.optional(),
});
export type InsightsQuery = z.infer<typeof insightsQuerySchema>;

const hours = z.number().nullable();

/** Minutes: the median and the 90th percentile, and of how many defects (addition). */
const middle = z
  .object({ median: z.number(), p90: z.number(), count: z.number().int() })
  .nullable();

/** How one measure spreads across the sites (addition): see shared/src/stats.ts `spreadOf`. */
const spread = z.object({
  measure: z.enum([
    "minutesToAcknowledge",
    "minutesToResolve",
    "openedPerSite",
    "caughtBeforeCustomers",
    "repeatFailures",
  ]),
  q1: z.number(),
  median: z.number(),
  q3: z.number(),
  iqr: z.number(),
  cv: z.number().nullable(),
  /** The sites far below and far above the rest (outside 1.5 IQR of the quartiles). */
  low: z.array(z.string()),
  high: z.array(z.string()),
});

export const insightsSchema = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  /** One entry per day of the window (each site's own days), oldest first, zeros included. */
  perDay: z.array(
    z.object({
      day: z.iso.date(),
      opened: z.number().int(),
      resolved: z.number().int(),
      /**
       * The checking done that day (addition): sensor health messages, and staff check-ins.
       * From the daily roll-ups, so the same after retention deletes the messages themselves.
       */
      readings: z.number().int(),
      checkins: z.number().int(),
    }),
  ),
  /** Who reported each defect first (system defects left out). */
  firstFinders: z.object(
    Object.fromEntries(
      DEFECT_SOURCES.filter((s) => s !== "system").map((s) => [s, z.number().int()]),
    ) as Record<"sensor" | "staff" | "customer", z.ZodNumber>,
  ),
  /** Of the defects on customer-visible assets, the share found by sensors or staff first. */
  caughtBeforeCustomers: z.number().min(0).max(1).nullable(),
  byCategory: z.array(
    z.object({ category: z.enum([...ASSET_CATEGORIES, "system"]), count: z.number().int() }),
  ),
  sites: z.array(
    z.object({
      site: z.string(),
      name: z.string(),
      opened: z.number().int(),
      /** Mean hours from opening to acknowledgement, and to resolution, of defects opened in the window. */
      meanHoursToAcknowledge: hours,
      meanHoursToResolve: hours,
      caughtBeforeCustomers: z.number().min(0).max(1).nullable(),
      /** Addition (issue 21): median and 90th percentile in minutes; the means stay for old callers. */
      minutesToAcknowledge: middle,
      minutesToResolve: middle,
      /** Repeat failures at the site in the window (addition). */
      repeatFailures: z.number().int(),
      /** `sensor_suspect` defects opened in the window: a person contradicted a sensor (addition). */
      sensorSuspects: z.number().int(),
      /** Defects a sensor saw minutes after a round passed the asset (addition). */
      afterPassedRound: z.number().int(),
    }),
  ),
  /** The whole chain's (or the caller's sites') medians and percentiles, in minutes (addition). */
  chain: z.object({ minutesToAcknowledge: middle, minutesToResolve: middle }),
  /** Per measure, how far apart the sites are (addition); only measures with values at two or more sites. */
  spread: z.array(spread),
  /**
   * When defects were opened (addition): 7 rows, Monday first, of 24 hours, each defect counted
   * at the weekday and hour of its own site's clock (not UTC).
   */
  whenOpened: z.array(z.array(z.number().int()).length(24)).length(7),
  /**
   * Repeat failures (addition): per asset, the defects opened in the window whose earlier fix
   * did not hold (`recurrenceOf`), most first, at most 50.
   */
  repeatFailures: z.array(
    z.object({
      site: z.string(),
      asset: z.string(),
      assetName: z.string(),
      repeats: z.number().int(),
    }),
  ),
});
export type Insights = z.infer<typeof insightsSchema>;
