import { resolve } from "node:path";
import { type BrokerConfig, readConfig as readBrokerConfig } from "@bulbcheck/broker";
import { DEFAULT_RECURRENCE_DAYS } from "@bulbcheck/shared";
import { z } from "zod";
import { type AccessPolicy, DEFAULT_ACCESS_POLICY } from "./http/deps.ts";
import { AddressRanges, LOOPBACK_RANGES, parseRange } from "./net/ip.ts";
import type { SmtpSettings } from "./notify/mailer.ts";
import { DEFAULT_RETENTION, type RetentionPolicy } from "./retention/retention.ts";

/**
 * The system's settings, read once from the environment (README: "Settings"). Every variable is
 * optional; a wrong one stops the start with a message naming it.
 */
const port = z.coerce.number().int().min(0).max(65_535);

/**
 * A list of addresses and ranges, separated by commas or spaces; each checked, the words given
 * allowed as they are, and `off` (alone) for an empty list.
 */
function addressList(options: { words: readonly string[]; off: boolean }) {
  return z.string().transform((text, ctx) => {
    const entries = text.split(/[\s,]+/).filter((entry) => entry !== "");
    if (options.off && entries.length === 1 && entries[0] === "off") return [];
    for (const entry of entries) {
      if (options.words.includes(entry)) continue;
      if (!parseRange(entry))
        ctx.addIssue({
          code: "custom",
          message: `"${entry}" is not an IP address, a range such as 10.0.0.0/8, or ${[...options.words, ...(options.off ? ["off"] : [])].join(" or ")}`,
        });
    }
    return entries;
  });
}

/** The ranges a checked address list names: `loopback` is 127.0.0.0/8 and ::1. */
export function addressRanges(entries: readonly string[]): AddressRanges {
  return AddressRanges.parse(
    entries.flatMap((entry) => (entry === "loopback" ? [...LOOPBACK_RANGES] : [entry])),
  );
}

/** The system's settings, by variable: README's "Settings" table lists each (a test checks). */
export const systemSettingsSchema = z.object({
  BULBCHECK_API_HOST: z.string().min(1).default("127.0.0.1"),
  BULBCHECK_API_PORT: port.default(8080),
  BULBCHECK_ADMIN_TOKEN: z
    .string()
    .min(16, "use at least 16 characters; a short admin token can be guessed")
    .optional(),
  BULBCHECK_ADMIN_USER: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._@-]{1,63}$/, "2 to 64 of a-z, 0-9, . _ @ -")
    .default("admin"),
  BULBCHECK_ADMIN_PASSWORD: z.string().min(10, "use at least 10 characters").max(200).optional(),
  /** A sign-in lasts this long after its last use (and at most 30 days). */
  BULBCHECK_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(DEFAULT_ACCESS_POLICY.sessions.idleMs / 3_600_000),
  /** API requests per minute per user or token; 0 for no limit. */
  BULBCHECK_RATE_LIMIT: z.coerce
    .number()
    .int()
    .min(0)
    .default(DEFAULT_ACCESS_POLICY.requestsPerMinute),
  /**
   * The proxies whose X-Forwarded-For is believed: addresses and ranges (`10.0.0.2`,
   * `10.0.0.0/24`), `loopback` for this machine, or `off` for none.
   */
  BULBCHECK_TRUST_PROXY: addressList({ words: ["loopback"], off: true }).default(["loopback"]),
  /**
   * Addresses and ranges webhooks may go to although they are loopback, private, link-local or
   * otherwise not public (docs/notifications.md); none by default.
   */
  BULBCHECK_WEBHOOK_ALLOW: addressList({ words: ["loopback"], off: false }).optional(),
  /**
   * Who may read `/metrics` without a token: addresses and ranges, `loopback`; none by default
   * (an admin token always may). A Prometheus on another machine is listed here, or sends a token.
   */
  BULBCHECK_METRICS_ALLOW: addressList({ words: ["loopback"], off: false }).optional(),
  /**
   * Raw messages (events, heartbeats, refused messages) are kept this many days; their daily
   * counts, the defects and their timelines stay (docs/operations.md#retention).
   */
  BULBCHECK_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(36_500)
    .default(DEFAULT_RETENTION.eventDays),
  /** Check-ins, the audit log and the delivery log are kept this many days. */
  BULBCHECK_AUDIT_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(36_500)
    .default(DEFAULT_RETENTION.recordDays),
  /**
   * A fault back on the same asset within this many days of its resolve opens a defect linked
   * to the old one and flagged "fix did not hold" (docs/api.md#defect-lifecycle).
   */
  BULBCHECK_RECURRENCE_DAYS: z.coerce
    .number()
    .int()
    .min(0)
    .max(365)
    .default(DEFAULT_RECURRENCE_DAYS),
  /** `full` (default): an fsync per commit, so that a power loss loses nothing acknowledged. */
  BULBCHECK_DB_SYNC: z.enum(["normal", "full"], { error: "normal or full" }).default("full"),
  /**
   * Scheduled backups go here, checked, and the copy before a migration too; unset: no scheduled
   * backups (`bulbcheck backup` and the pre-migration copy then use `<data folder>/backups`).
   */
  BULBCHECK_BACKUP_DIR: z.string().min(1).optional(),
  /** Hours between scheduled backups, from the last good one; at most a week. */
  BULBCHECK_BACKUP_HOURS: z.coerce.number().positive().max(168).default(24),
  /** Scheduled copies kept in the backup folder; older ones go once a new one is good. */
  BULBCHECK_BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(7),
  /** Ingest from this broker instead of running the embedded one. */
  BULBCHECK_MQTT_URL: z
    .url({ protocol: /^(mqtts?|wss?|tcp)$/, error: "an mqtt://, mqtts://, ws:// or wss:// URL" })
    .optional(),
  BULBCHECK_MQTT_USERNAME: z.string().min(1).optional(),
  BULBCHECK_MQTT_PASSWORD: z.string().min(1).optional(),
  BULBCHECK_MQTT_CLIENT_ID: z.string().min(1).max(64).default("bulbcheck-ingester"),
  /** E-mail notifications: the SMTP server as a URL, or by host and port (docs/notifications.md). */
  BULBCHECK_SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "an smtp:// or smtps:// URL" })
    .optional(),
  BULBCHECK_SMTP_HOST: z.string().min(1).optional(),
  BULBCHECK_SMTP_PORT: port.optional(),
  BULBCHECK_SMTP_SECURE: z
    .enum(["0", "1"], { error: "0 (STARTTLS when offered) or 1 (TLS)" })
    .optional(),
  BULBCHECK_SMTP_USER: z.string().min(1).optional(),
  BULBCHECK_SMTP_PASS: z.string().min(1).optional(),
  BULBCHECK_MAIL_FROM: z
    .string()
    .regex(
      /^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/,
      "an address, or Name <address>",
    )
    .optional(),
  /** Health (docs/api.md#health): below this many MB free on the data folder's disk, degraded; 0: not checked. */
  BULBCHECK_DISK_MIN_FREE_MB: z.coerce.number().int().min(0).default(1024),
  /** Health: a notification channel failing, with no success, for this many minutes: degraded. */
  BULBCHECK_CHANNEL_FAILED_MINUTES: z.coerce.number().positive().default(30),
  /**
   * Health: the last good backup older than this many hours: degraded; 0: not checked. Default:
   * twice BULBCHECK_BACKUP_HOURS while scheduled backups are on (one missed), else not checked.
   */
  BULBCHECK_BACKUP_MAX_AGE_HOURS: z.coerce.number().min(0).optional(),
  /** Health: a device's message waiting longer than this (ms) for its commit: degraded. */
  BULBCHECK_INGEST_MAX_WAIT_MS: z.coerce.number().int().positive().default(2000),
  /** The dashboard's address as people reach it, for links in notifications and QR codes. */
  BULBCHECK_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "an http:// or https:// URL" })
    .optional(),
});

/** Health thresholds (HealthLimits without the fixed look-back). */
export interface HealthSettings {
  diskMinFreeBytes: number;
  channelFailedMs: number;
  backupMaxAgeMs: number;
  ingestMaxWaitMs: number;
}

export function healthSettings(e: z.infer<typeof systemSettingsSchema>): HealthSettings {
  return {
    diskMinFreeBytes: e.BULBCHECK_DISK_MIN_FREE_MB * 1024 * 1024,
    channelFailedMs: e.BULBCHECK_CHANNEL_FAILED_MINUTES * 60_000,
    backupMaxAgeMs:
      (e.BULBCHECK_BACKUP_MAX_AGE_HOURS ??
        (e.BULBCHECK_BACKUP_DIR === undefined ? 0 : 2 * e.BULBCHECK_BACKUP_HOURS)) * 3_600_000,
    ingestMaxWaitMs: e.BULBCHECK_INGEST_MAX_WAIT_MS,
  };
}

/** The thresholds when no setting is given. */
export const DEFAULT_HEALTH_SETTINGS: HealthSettings = healthSettings(
  systemSettingsSchema.parse({}),
);

export interface SystemConfig {
  /** The embedded broker's settings; also where the data folder and log level come from. */
  broker: BrokerConfig;
  dataDir: string;
  databaseFile: string;
  /** SQLite's synchronous setting: what a power loss may cost (docs/reliability.md). */
  databaseSync: "normal" | "full";
  /**
   * Where copies go (BULBCHECK_BACKUP_DIR, else `<data folder>/backups`), and the schedule: only
   * when BULBCHECK_BACKUP_DIR is set.
   */
  backup: {
    dir: string;
    schedule: { everyMs: number; keep: number } | undefined;
  };
  apiHost: string;
  apiPort: number;
  adminToken: string | undefined;
  /** The first admin user; the password only when set in the environment. */
  adminUser: { username: string; password: string | undefined };
  access: AccessPolicy;
  /** Who may read `/metrics` without a token (BULBCHECK_METRICS_ALLOW). */
  metricsAllow: AddressRanges;
  retention: RetentionPolicy;
  external:
    | {
        url: string;
        username?: string | undefined;
        password?: string | undefined;
        clientId: string;
      }
    | undefined;
  /**
   * Notifications: the SMTP server (none: e-mail deliveries wait), the dashboard's address, and
   * the addresses webhooks may go to although they are not public.
   */
  notify: {
    smtp: SmtpSettings | undefined;
    publicUrl: string | undefined;
    webhookAllow: AddressRanges;
  };
  /** When `/api/health` says degraded. */
  health: HealthSettings;
  /** Days within which a fault's return is a fix that did not hold; 0 turns it off. */
  recurrenceDays: number;
}

export function readSystemConfig(env: NodeJS.ProcessEnv = process.env): SystemConfig {
  const broker = readBrokerConfig(env);
  const parsed = systemSettingsSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`invalid settings in the environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    notify: {
      smtp: smtpSettings(e),
      publicUrl: e.BULBCHECK_PUBLIC_URL?.replace(/\/+$/, ""),
      webhookAllow: addressRanges(e.BULBCHECK_WEBHOOK_ALLOW ?? []),
    },
    health: healthSettings(e),
    recurrenceDays: e.BULBCHECK_RECURRENCE_DAYS,
    broker,
    dataDir: broker.dataDir,
    databaseFile: resolve(broker.dataDir, "bulbcheck.db"),
    databaseSync: e.BULBCHECK_DB_SYNC,
    retention: {
      eventDays: e.BULBCHECK_RETENTION_DAYS,
      recordDays: e.BULBCHECK_AUDIT_RETENTION_DAYS,
    },
    backup: {
      dir: resolve(e.BULBCHECK_BACKUP_DIR ?? resolve(broker.dataDir, "backups")),
      schedule: e.BULBCHECK_BACKUP_DIR
        ? { everyMs: e.BULBCHECK_BACKUP_HOURS * 3_600_000, keep: e.BULBCHECK_BACKUP_KEEP }
        : undefined,
    },
    apiHost: e.BULBCHECK_API_HOST,
    apiPort: e.BULBCHECK_API_PORT,
    adminToken: e.BULBCHECK_ADMIN_TOKEN,
    adminUser: { username: e.BULBCHECK_ADMIN_USER, password: e.BULBCHECK_ADMIN_PASSWORD },
    access: {
      ...DEFAULT_ACCESS_POLICY,
      sessions: {
        ...DEFAULT_ACCESS_POLICY.sessions,
        idleMs: e.BULBCHECK_SESSION_HOURS * 3_600_000,
      },
      requestsPerMinute: e.BULBCHECK_RATE_LIMIT,
      trustedProxies: addressRanges(e.BULBCHECK_TRUST_PROXY),
    },
    metricsAllow: addressRanges(e.BULBCHECK_METRICS_ALLOW ?? []),
    external: e.BULBCHECK_MQTT_URL
      ? {
          url: e.BULBCHECK_MQTT_URL,
          username: e.BULBCHECK_MQTT_USERNAME,
          password: e.BULBCHECK_MQTT_PASSWORD,
          clientId: e.BULBCHECK_MQTT_CLIENT_ID,
        }
      : undefined,
  };
}

/** SMTP settings, checked together: a server needs a From address, and a URL excludes a host. */
function smtpSettings(e: z.infer<typeof systemSettingsSchema>): SmtpSettings | undefined {
  if (!e.BULBCHECK_SMTP_URL && !e.BULBCHECK_SMTP_HOST) return undefined;
  const problems: string[] = [];
  if (e.BULBCHECK_SMTP_URL && e.BULBCHECK_SMTP_HOST)
    problems.push(
      "  BULBCHECK_SMTP_HOST: set either BULBCHECK_SMTP_URL or BULBCHECK_SMTP_HOST, not both",
    );
  if (!e.BULBCHECK_MAIL_FROM)
    problems.push("  BULBCHECK_MAIL_FROM: needed with an SMTP server: the From of every e-mail");
  if (problems.length > 0)
    throw new Error(`invalid settings in the environment:\n${problems.join("\n")}`);
  const from = e.BULBCHECK_MAIL_FROM as string;
  if (e.BULBCHECK_SMTP_URL) return { url: e.BULBCHECK_SMTP_URL, from };
  const port = e.BULBCHECK_SMTP_PORT ?? 587;
  return {
    host: e.BULBCHECK_SMTP_HOST,
    port,
    secure: e.BULBCHECK_SMTP_SECURE ? e.BULBCHECK_SMTP_SECURE === "1" : port === 465,
    user: e.BULBCHECK_SMTP_USER,
    pass: e.BULBCHECK_SMTP_PASS,
    from,
  };
}
