import { z } from "zod";
import { ASSET_CATEGORIES, REPORTABLE_FAULTS, SEVERITIES, SYSTEM_FAULTS } from "../faults.ts";
import { idSchema } from "../ids.ts";
import { DEFECT_SOURCES, DEFECT_STATUSES } from "../rules.ts";
import { DEVICE_KINDS } from "./fleet.ts";
import { queryInt } from "./route.ts";

const iso = z.iso.datetime();
const isoOrNull = iso.nullable();

/**
 * The device a name came through (addition): the name is a claim (someone typed it on a button,
 * or a firmware was set up with it), shown as "kari via button elev-a-pad", never as a person
 * who signed in.
 */
export const relaySchema = z.object({ device: z.string(), kind: z.enum(DEVICE_KINDS) });

export const defectSchema = z.object({
  id: z.number().int(),
  site: z.string(),
  zone: z.string(),
  asset: z.string(),
  assetName: z.string(),
  customerVisible: z.boolean(),
  fault: z.enum([...REPORTABLE_FAULTS, ...SYSTEM_FAULTS]),
  category: z.enum([...ASSET_CATEGORIES, "system"]),
  severity: z.enum(SEVERITIES),
  status: z.enum(DEFECT_STATUSES),
  source: z.enum(DEFECT_SOURCES),
  reports: z.number().int(),
  reporters: z.array(z.string()),
  firstSeenAt: iso,
  lastSeenAt: iso,
  openedAt: iso,
  dueAt: iso,
  overdue: z.boolean(),
  acknowledgedAt: isoOrNull,
  acknowledgedBy: z.string().nullable(),
  resolvedAt: isoOrNull,
  resolvedBy: z.string().nullable(),
  /** Set when `resolvedBy` is a name a device sent (addition). */
  resolvedVia: relaySchema.nullable(),
});
export type DefectView = z.infer<typeof defectSchema>;

/** `notified` and `escalated`: an escalation level was sent, with whom in the note (docs/notifications.md). */
export const TIMELINE_TYPES = [
  "opened",
  "report",
  "acknowledged",
  "resolved",
  "notified",
  "escalated",
  "photo",
] as const;

export const timelineEntrySchema = z.object({
  at: iso,
  type: z.enum(TIMELINE_TYPES),
  /** Who: a signed-in person's name, a token's, a device's id, or a name a device sent. */
  actor: z.string(),
  source: z.enum(DEFECT_SOURCES).nullable(),
  note: z.string().nullable(),
  event: z.number().int().nullable(),
  /** Set when `actor` is a name a device sent: the device it came through (addition). */
  via: relaySchema.nullable(),
  /** On a `photo` entry: the photo's id (addition); its caption is the note. */
  photo: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const defectWithTimelineSchema = defectSchema.extend({
  timeline: z.array(timelineEntrySchema),
});
export type DefectWithTimeline = z.infer<typeof defectWithTimelineSchema>;

/** Query of `GET /api/defects`; every filter optional, repeated filters not supported. */
export const defectQuerySchema = z.object({
  site: idSchema.optional(),
  /** One asset's defects (an addition to the contract); with `site`, since asset ids are per site. */
  asset: idSchema.optional(),
  status: z.enum([...DEFECT_STATUSES, "unresolved"]).optional(),
  severity: z.enum(SEVERITIES).optional(),
  category: z.enum([...ASSET_CATEGORIES, "system"]).optional(),
  source: z.enum(DEFECT_SOURCES).optional(),
  /** `newest` first (default), `oldest` first, or by `severity` (high first, then newest). */
  sort: z.enum(["newest", "oldest", "severity"]).default("newest"),
  limit: queryInt().min(1).max(500).default(50),
  cursor: z.string().max(200).optional(),
});
export type DefectQuery = z.infer<typeof defectQuerySchema>;

export const defectPageSchema = z.object({
  items: z.array(defectSchema),
  nextCursor: z.string().nullable(),
});
export type DefectPage = z.infer<typeof defectPageSchema>;

/**
 * `POST /api/defects`: a report from a phone or the dashboard. Only what a reporter may say:
 * ids, status and times are the system's.
 */
export const newReportSchema = z
  .object({
    site: idSchema,
    asset: idSchema,
    fault: z.enum(REPORTABLE_FAULTS),
    source: z.enum(["staff", "customer"]).default("staff"),
    note: z.string().trim().max(280).optional(),
    reporter: z.string().trim().min(1).max(64).optional(),
    /** The signed key of the asset's QR code: lets a report in without signing in. */
    reportKey: z.string().min(1).max(100).optional(),
  })
  .strict();
export type NewReport = z.infer<typeof newReportSchema>;

/** The answer to a report: the defect, and whether the report opened it or joined it. */
export const reportedDefectSchema = defectSchema.extend({ change: z.enum(["opened", "merged"]) });

export const defectActionSchema = z
  .object({ note: z.string().trim().max(280).optional() })
  .strict();
