import { z } from "zod";
import { REPORT_CHANNELS } from "../evidence.ts";
import { ASSET_CATEGORIES, REPORTABLE_FAULTS, SEVERITIES, SYSTEM_FAULTS } from "../faults.ts";
import { idSchema } from "../ids.ts";
import { DEFECT_SOURCES, DEFECT_STATUSES, TEAM_ROLES } from "../rules.ts";
import { DEVICE_KINDS, SITE_LANGUAGES } from "./fleet.ts";
import { queryInt } from "./route.ts";

const iso = z.iso.datetime();
const isoOrNull = iso.nullable();

/**
 * The device a name came through (addition): the name is a claim (someone typed it on a button,
 * or a firmware was set up with it), shown as "kari via button elev-a-pad", never as a person
 * who signed in.
 */
export const relaySchema = z.object({ device: z.string(), kind: z.enum(DEVICE_KINDS) });

/**
 * Who works on a defect (addition): one user, or the team of a role at the defect's site
 * ("staff of Hotel Oslo"); `name` is what to show.
 */
export const assigneeViewSchema = z.union([
  z.object({ user: z.string(), name: z.string() }),
  z.object({ team: z.enum(TEAM_ROLES), name: z.string() }),
]);
export type AssigneeView = z.infer<typeof assigneeViewSchema>;

export const holdViewSchema = z.object({ reason: z.string(), since: iso, by: z.string() });

/** One source of reports on a defect (addition, docs/api.md#evidence). */
export const evidenceSchema = z.object({
  channel: z.enum(REPORT_CHANNELS),
  /** A device id, a username, `token:<name>`, or `QR code`. */
  reporter: z.string(),
  firstAt: iso,
  lastAt: iso,
  reports: z.number().int(),
});
export type EvidenceView = z.infer<typeof evidenceSchema>;

/** The round that checked and passed the asset shortly before a sensor saw the fault (addition). */
export const roundPassSchema = z.object({
  checkpoint: z.string(),
  checkpointName: z.string(),
  at: iso,
  staff: z.string().nullable(),
});

/** Of a `sensor_suspect` defect (addition): the sensor, what it said, and what a person saw. */
export const sensorSuspectSchema = z.object({
  device: z.string(),
  /** When the sensor last said `ok` of the asset. */
  okAt: iso,
  fault: z.enum(REPORTABLE_FAULTS),
  channel: z.enum(REPORT_CHANNELS),
  reporter: z.string(),
  /** The person's defect. */
  defect: z.number().int(),
});
export type SensorSuspectView = z.infer<typeof sensorSuspectSchema>;

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
  /** Additions of issue 20 (docs/api.md#defect-lifecycle). */
  assignee: assigneeViewSchema.nullable(),
  assignedAt: isoOrNull,
  assignedBy: z.string().nullable(),
  /** While `on_hold`: why, since when and by whom; `dueAt` is then the new due time. */
  hold: holdViewSchema.nullable(),
  /** What fixed it (`RESOLUTION_CAUSES` of its category), once resolved. */
  cause: z.string().nullable(),
  /** The earlier defect of this fault on this asset whose fix did not hold, or null. */
  recurrenceOf: z.number().int().nullable(),
  /** How often it was reopened after a resolve. */
  reopens: z.number().int(),
  /** Comments on its timeline. */
  comments: z.number().int(),
  /** Who reported it and how, one entry per source (addition, docs/api.md#evidence). */
  evidence: z.array(evidenceSchema),
  /** Two independent sources reported it: two channels, or two signed-in people. */
  confirmed: z.boolean(),
  /** A sensor saw it minutes after a round checked the asset and passed it; else null. */
  afterPassedRound: roundPassSchema.nullable(),
  /** Set on `sensor_suspect` defects: which sensor may be wrong, and why. */
  suspect: sensorSuspectSchema.nullable(),
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
  "assigned",
  "unassigned",
  "comment",
  "on_hold",
  "reopened",
  "undone",
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
  /**
   * Whose (addition): `me` for what is assigned to the caller or to their team, `none` for the
   * unassigned, or a username.
   */
  assignee: z.union([z.enum(["me", "none"]), z.string().min(1).max(64)]).optional(),
  /** Words in the asset's or zone's name or id (addition), at most 100 characters. */
  q: z.string().trim().min(1).max(100).optional(),
  /**
   * `newest` first (default), `oldest` first, by `severity` (high first, then newest), or by
   * `due` time (soonest first, addition).
   */
  sort: z.enum(["newest", "oldest", "severity", "due"]).default("newest"),
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
    /**
     * A customer's address, to be told once when it is fixed (addition, QR reports only, when
     * SMTP is set); kept until then, never shown.
     */
    email: z.email().max(254).optional(),
    /**
     * The language of the page the guest reported on (addition, issue 21), for the e-mail above;
     * without it, that e-mail is in the site's language.
     */
    language: z.enum(SITE_LANGUAGES).optional(),
  })
  .strict();
export type NewReport = z.infer<typeof newReportSchema>;

/** The answer to a report: the defect, and whether the report opened it or joined it. */
export const reportedDefectSchema = defectSchema.extend({
  change: z.enum(["opened", "merged"]),
  /** What a customer can quote: `D-` and the defect's id (addition). */
  reference: z.string(),
  /** When the defect this report joined was first reported, if it was open before; else null. */
  alreadyReportedAt: isoOrNull,
  /** Whether the e-mail address given is kept, to tell its owner once when it is fixed. */
  tellWhenFixed: z.boolean(),
});

export const defectActionSchema = z
  .object({ note: z.string().trim().max(280).optional() })
  .strict();

/** `POST /api/defects/{id}/resolve` (addition: `cause`, one of `RESOLUTION_CAUSES` of its category). */
export const resolveActionSchema = z
  .object({
    note: z.string().trim().max(280).optional(),
    cause: z.string().min(1).max(40).optional(),
  })
  .strict();
export type ResolveAction = z.infer<typeof resolveActionSchema>;
