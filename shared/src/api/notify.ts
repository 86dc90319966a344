import { z } from "zod";
import { ASSET_CATEGORIES, SEVERITIES } from "../faults.ts";
import { idSchema } from "../ids.ts";
import { DEFECT_SOURCES } from "../rules.ts";
import { isTimeZone } from "./fleet.ts";
import { queryInt } from "./route.ts";

/**
 * Notifications (docs/notifications.md): channels say where a message goes, rules say which
 * defects notify whom and how they escalate, report subscriptions send the daily bulb report.
 */

const iso = z.iso.datetime();
const name = z.string().trim().min(1).max(80);

/**
 * `in_app` (addition): the in-app notice list of a defect's site managers (docs/notifications.md,
 * "In-app"). Bulb Check makes the one channel of that kind itself; it cannot be created.
 */
export const CHANNEL_KINDS = ["webhook", "slack", "teams", "email", "in_app"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** Only http(s): a webhook is a POST to a web address, nothing else. */
const webUrl = z
  .url({ protocol: /^https?$/, error: "an http:// or https:// URL" })
  .max(2000, "at most 2000 characters");
const recipients = z
  .array(z.email("an e-mail address").max(254))
  .min(1, "at least one address")
  .max(20, "at most 20 addresses");

export const newChannelSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("webhook"), name, url: webUrl }).strict(),
  z.object({ kind: z.literal("slack"), name, url: webUrl }).strict(),
  z.object({ kind: z.literal("teams"), name, url: webUrl }).strict(),
  z.object({ kind: z.literal("email"), name, to: recipients }).strict(),
]);
export type NewChannel = z.infer<typeof newChannelSchema>;

/** A change to a channel: its kind stays; `url` fits web channels, `to` e-mail ones. */
export const channelPatchSchema = z
  .object({
    name: name.optional(),
    url: webUrl.optional(),
    to: recipients.optional(),
    enabled: z.boolean().optional(),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, "name at least one field to change");
export type ChannelPatch = z.infer<typeof channelPatchSchema>;

export const channelViewSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(CHANNEL_KINDS),
  enabled: z.boolean(),
  /** The URL or the addresses; null for callers other than admins (a Slack URL is a secret). */
  target: z.string().nullable(),
  /** Webhooks are signed with a secret of their own. */
  signed: z.boolean(),
  createdAt: iso,
  updatedAt: iso,
});
export type ChannelView = z.infer<typeof channelViewSchema>;
export const channelsResponseSchema = z.object({ items: z.array(channelViewSchema) });
/** The answer to creating a webhook channel, or to rotating or reading its secret. */
export const channelSecretSchema = z.object({ channel: z.number().int(), secret: z.string() });
export const createdChannelSchema = channelViewSchema.extend({ secret: z.string().nullable() });

const hhmm = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "HH:MM, 00:00 to 23:59");

/** Which defects a rule takes: every field left out (or empty) takes them all. */
export const ruleMatchSchema = z
  .object({
    severities: z.array(z.enum(SEVERITIES)).max(3).optional(),
    categories: z
      .array(z.enum([...ASSET_CATEGORIES, "system"]))
      .max(7)
      .optional(),
    sources: z.array(z.enum(DEFECT_SOURCES)).max(4).optional(),
    /** true: only customer-visible assets; false: only the others; absent or null: both. */
    customerVisible: z.boolean().nullable().optional(),
  })
  .strict();
export type RuleMatch = z.infer<typeof ruleMatchSchema>;

/**
 * Quiet hours in the site's time zone: a step due inside them waits for their end. `from` after
 * `to` runs across midnight (22:00-07:00). Severities in `except` are sent all the same.
 */
export const quietHoursSchema = z
  .object({
    from: hhmm,
    to: hhmm,
    except: z.array(z.enum(SEVERITIES)).max(3).default([]),
  })
  .strict()
  .refine((q) => q.from !== q.to, { message: "from and to must differ", path: ["to"] });
export type QuietHours = z.infer<typeof quietHoursSchema>;

/**
 * One escalation level: whom to notify, and how long to wait first: after the defect opened for
 * the first level, after the level before for the others.
 */
export const escalationLevelSchema = z
  .object({
    name: z.string().trim().min(1).max(60),
    delayMinutes: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60),
    channels: z.array(z.number().int().positive()).min(1, "at least one channel").max(10),
  })
  .strict();
export type EscalationLevel = z.infer<typeof escalationLevelSchema>;

export const newRuleSchema = z
  .object({
    name,
    /** The site the rule is for; null: every site (admins only). */
    site: idSchema.nullable(),
    enabled: z.boolean().default(true),
    match: ruleMatchSchema.default({}),
    quietHours: quietHoursSchema.nullable().default(null),
    levels: z.array(escalationLevelSchema).min(1, "at least one level").max(5),
  })
  .strict();
export type NewRule = z.infer<typeof newRuleSchema>;

export const rulePatchSchema = z
  .object({
    name: name.optional(),
    enabled: z.boolean().optional(),
    match: ruleMatchSchema.optional(),
    quietHours: quietHoursSchema.nullable().optional(),
    levels: z.array(escalationLevelSchema).min(1).max(5).optional(),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, "name at least one field to change");
export type RulePatch = z.infer<typeof rulePatchSchema>;

export const ruleViewSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  site: z.string().nullable(),
  enabled: z.boolean(),
  match: ruleMatchSchema,
  quietHours: quietHoursSchema.nullable(),
  levels: z.array(escalationLevelSchema),
  createdAt: iso,
  updatedAt: iso,
});
export type RuleView = z.infer<typeof ruleViewSchema>;
export const rulesResponseSchema = z.object({ items: z.array(ruleViewSchema) });
export const ruleQuerySchema = z.object({ site: idSchema.optional() });

const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, "an IANA time zone such as Europe/Oslo");

/** The daily bulb report, sent each morning at `hour` in `timezone` to its channels. */
export const newReportSubscriptionSchema = z
  .object({
    name,
    /** The sites the report covers; null: every site (admins only). */
    sites: z.array(idSchema).min(1).max(1000).nullable(),
    hour: z.number().int().min(0).max(23).default(7),
    timezone: timeZone,
    channels: z.array(z.number().int().positive()).min(1, "at least one channel").max(10),
    enabled: z.boolean().default(true),
  })
  .strict();
export type NewReportSubscription = z.infer<typeof newReportSubscriptionSchema>;

export const reportSubscriptionPatchSchema = z
  .object({
    name: name.optional(),
    hour: z.number().int().min(0).max(23).optional(),
    timezone: timeZone.optional(),
    channels: z.array(z.number().int().positive()).min(1).max(10).optional(),
    enabled: z.boolean().optional(),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, "name at least one field to change");

export const reportSubscriptionViewSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  sites: z.array(z.string()).nullable(),
  hour: z.number().int(),
  timezone: z.string(),
  channels: z.array(z.number().int()),
  enabled: z.boolean(),
  /** The last report date sent (the day it covers is the one before), local to `timezone`. */
  lastSentFor: z.iso.date().nullable(),
  createdAt: iso,
});
export type ReportSubscriptionView = z.infer<typeof reportSubscriptionViewSchema>;
export const reportSubscriptionsResponseSchema = z.object({
  items: z.array(reportSubscriptionViewSchema),
});

export const DELIVERY_STATES = ["pending", "sending", "sent", "failed", "uncertain"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];
export const DELIVERY_PURPOSES = ["step", "test", "report"] as const;

export const deliveryAttemptSchema = z.object({
  n: z.number().int(),
  at: iso,
  durationMs: z.number().int(),
  /** The HTTP status, or the SMTP reply code; null when no answer came. */
  status: z.number().int().nullable(),
  outcome: z.enum(["sent", "retry", "failed", "interrupted"]),
  /** What went wrong, in words; for callers other than admins with URLs cut to their host. */
  error: z.string().nullable(),
  /** The first bytes of the receiver's answer to a refusal: admins only, null for others. */
  answer: z.string().nullable(),
});
export type DeliveryAttempt = z.infer<typeof deliveryAttemptSchema>;

export const deliveryViewSchema = z.object({
  id: z.number().int(),
  /** Unique per step, channel and purpose: also the webhook's idempotency key. */
  key: z.string(),
  purpose: z.enum(DELIVERY_PURPOSES),
  channel: z.object({ id: z.number().int(), name: z.string(), kind: z.enum(CHANNEL_KINDS) }),
  site: z.string().nullable(),
  defect: z.number().int().nullable(),
  rule: z.number().int().nullable(),
  level: z.number().int().nullable(),
  /** In English, for a log or a script; a page writes its words from `purpose` and `summaryParams`. */
  summary: z.string(),
  /**
   * What the summary speaks of (addition), by `purpose`: a step's `level`, `levelName`, `rule`
   * and `defect`; a report's `day` and `subscription`; a test's `channel`. Null for a delivery
   * queued before it was kept.
   */
  summaryParams: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  state: z.enum(DELIVERY_STATES),
  attempts: z.number().int(),
  nextAttemptAt: iso.nullable(),
  lastStatus: z.number().int().nullable(),
  /** As an attempt's `error`. */
  lastError: z.string().nullable(),
  /** As an attempt's `answer`: admins only. */
  lastAnswer: z.string().nullable(),
  createdAt: iso,
  sentAt: iso.nullable(),
});
export type DeliveryView = z.infer<typeof deliveryViewSchema>;
export type SummaryParams = NonNullable<DeliveryView["summaryParams"]>;
export const deliveryWithLogSchema = deliveryViewSchema.extend({
  log: z.array(deliveryAttemptSchema),
});
export type DeliveryWithLog = z.infer<typeof deliveryWithLogSchema>;

export const deliveryQuerySchema = z.object({
  site: idSchema.optional(),
  state: z.enum(DELIVERY_STATES).optional(),
  channel: queryInt().positive().optional(),
  limit: queryInt().min(1).max(500).default(100),
  /** The id of the last delivery of the previous page. */
  before: queryInt().positive().optional(),
});
export const deliveryPageSchema = z.object({ items: z.array(deliveryViewSchema) });
