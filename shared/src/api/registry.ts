import { z } from "zod";
import { ASSET_CATEGORIES, SEVERITIES } from "../faults.ts";
import { idSchema } from "../ids.ts";
import { DEFECT_STATUSES } from "../rules.ts";
import { DEVICE_KINDS, openingHoursSchema, SITE_LANGUAGES } from "./fleet.ts";

const iso = z.iso.datetime();

export const SITE_STATUSES = ["red", "amber", "green"] as const;

const bySeverity = z.object(
  Object.fromEntries(SEVERITIES.map((s) => [s, z.number().int()])) as Record<
    (typeof SEVERITIES)[number],
    z.ZodNumber
  >,
);

export const siteSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  timezone: z.string(),
  /** A site of the simulated demo chain (addition). */
  demo: z.boolean(),
  /** The language of its QR page, labels and reports (addition). */
  language: z.enum(SITE_LANGUAGES),
  /** Retired sites are listed only with `?include=retired` (addition). */
  retired: z.boolean(),
  status: z.enum(SITE_STATUSES),
  openDefects: z.number().int(),
  /** Of those, the ones nobody has acknowledged yet: status `open` (addition). */
  unacknowledged: z.number().int(),
  bySeverity,
  overdue: z.number().int(),
  oldestOpenedAt: iso.nullable(),
  devices: z.number().int(),
  offlineDevices: z.number().int(),
  /** Checkpoints, and how many were checked within their interval. */
  inspections: z.object({ checkpoints: z.number().int(), onTime: z.number().int() }),
  /**
   * Addition (issue 21): its worst unresolved defects by name, at most three: high before
   * medium before low, overdue first, then the oldest. What a tile says is wrong.
   */
  worst: z.array(
    z.object({
      id: z.number().int(),
      fault: z.string(),
      severity: z.enum(SEVERITIES),
      status: z.enum(DEFECT_STATUSES),
      asset: z.string(),
      zone: z.string(),
      openedAt: iso,
      overdue: z.boolean(),
    }),
  ),
});
export type SiteSummary = z.infer<typeof siteSummarySchema>;

export const sitesResponseSchema = z.object({ items: z.array(siteSummarySchema) });

/** `?include=retired` (addition): retired objects are listed too, marked `retired: true`. */
export const includeRetiredSchema = z.object({ include: z.literal("retired").optional() });

/** `unknown`: the sensor watching it is offline, so "no defect" means nothing. */
export const ASSET_STATES = ["ok", "defect", "unknown"] as const;

export const assetViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.enum(ASSET_CATEGORIES),
  customerVisible: z.boolean(),
  unplaced: z.boolean(),
  retired: z.boolean(),
  state: z.enum(ASSET_STATES),
  openDefects: z.array(
    z.object({
      id: z.number().int(),
      fault: z.string(),
      severity: z.enum(SEVERITIES),
      status: z.enum(DEFECT_STATUSES),
    }),
  ),
});

export const complianceDaySchema = z.object({
  day: z.iso.date(),
  /** Check-ins, those made before their checkpoint was due, and deadlines missed. */
  checks: z.number().int(),
  onTime: z.number().int(),
  missed: z.number().int(),
  /** On-time checks over due checks (on time + missed); null on a day with none. */
  share: z.number().min(0).max(1).nullable(),
});

export const siteDetailSchema = siteSummarySchema.extend({
  /** Inspection compliance per day on the site's clock, the last 14 days, oldest first. */
  compliance: z.array(complianceDaySchema),
  hours: openingHoursSchema.nullable(),
  zones: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      retired: z.boolean(),
      assets: z.array(assetViewSchema),
      checkpoints: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          intervalMinutes: z.number().int(),
          assets: z.array(z.string()),
          lastCheckedAt: iso.nullable(),
          retired: z.boolean(),
        }),
      ),
    }),
  ),
});
export type SiteDetail = z.infer<typeof siteDetailSchema>;

/**
 * What a refusal speaks of, beside its `reason` (addition): ids and numbers, by name (`device`,
 * `asset`, `site`, `limit`, ...; docs/api.md#refusal-words-addition).
 */
export const refusalParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type RefusalParams = z.infer<typeof refusalParamsSchema>;

export const rejectedEventSchema = z.object({
  at: iso,
  topic: z.string(),
  reason: z.string(),
  /** In English, for a log or a script; a page writes its words from `reason` and `params`. */
  message: z.string(),
  /** What `reason` speaks of (addition); null for a refusal recorded before it was kept. */
  params: refusalParamsSchema.nullable(),
  payload: z.string(),
  size: z.number().int(),
  /** The copy is capped; this says whether the payload was longer. */
  truncated: z.boolean(),
});

export const deviceViewSchema = z.object({
  id: z.string(),
  site: z.string(),
  kind: z.enum(DEVICE_KINDS),
  name: z.string().nullable(),
  intervalSeconds: z.number().int(),
  watches: z.array(z.string()),
  /** The checkpoints a button serves; null when none were named (every checkpoint of its site). */
  serves: z.array(z.string()).nullable(),
  online: z.boolean(),
  revoked: z.boolean(),
  /** Retired devices are listed only with `?include=retired` (addition). */
  retired: z.boolean(),
  lastSeenAt: iso.nullable(),
  battery: z.number().nullable(),
  events: z.number().int(),
  rejected: z.number().int(),
});
export type DeviceView = z.infer<typeof deviceViewSchema>;

export const deviceDetailSchema = deviceViewSchema.extend({
  /** The newest rejected payloads first. */
  lastRejections: z.array(rejectedEventSchema),
});
export type DeviceDetail = z.infer<typeof deviceDetailSchema>;

export const deviceQuerySchema = z.object({
  site: idSchema.optional(),
  state: z.enum(["online", "offline"]).optional(),
  include: z.literal("retired").optional(),
});

export const devicesResponseSchema = z.object({ items: z.array(deviceViewSchema) });
