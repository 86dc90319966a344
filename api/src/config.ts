import { resolve } from "node:path";
import { type BrokerConfig, readConfig as readBrokerConfig } from "@bulbcheck/broker";
import { z } from "zod";
import { type AccessPolicy, DEFAULT_ACCESS_POLICY } from "./http/deps.ts";
import type { SmtpSettings } from "./notify/mailer.ts";

/**
 * The system's settings, read once from the environment (README: "Settings"). Every variable is
 * optional; a wrong one stops the start with a message naming it.
 */
const port = z.coerce.number().int().min(0).max(65_535);

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
  /** `loopback`: take the client address from X-Forwarded-For on requests from this machine. */
  BULBCHECK_TRUST_PROXY: z.enum(["loopback", "off"]).default("loopback"),
  /** `full` (default): an fsync per commit, so that a power loss loses nothing acknowledged. */
  BULBCHECK_DB_SYNC: z.enum(["normal", "full"], { error: "normal or full" }).default("full"),
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
  /** The dashboard's address as people reach it, for links in notifications. */
  BULBCHECK_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "an http:// or https:// URL" })
    .optional(),
});

export interface SystemConfig {
  /** The embedded broker's settings; also where the data folder and log level come from. */
  broker: BrokerConfig;
  dataDir: string;
  databaseFile: string;
  /** SQLite's synchronous setting: what a power loss may cost (docs/reliability.md). */
  databaseSync: "normal" | "full";
  apiHost: string;
  apiPort: number;
  adminToken: string | undefined;
  /** The first admin user; the password only when set in the environment. */
  adminUser: { username: string; password: string | undefined };
  access: AccessPolicy;
  external:
    | {
        url: string;
        username?: string | undefined;
        password?: string | undefined;
        clientId: string;
      }
    | undefined;
  /** Notifications: the SMTP server (none: e-mail deliveries wait) and the dashboard's address. */
  notify: { smtp: SmtpSettings | undefined; publicUrl: string | undefined };
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
    },
    broker,
    dataDir: broker.dataDir,
    databaseFile: resolve(broker.dataDir, "bulbcheck.db"),
    databaseSync: e.BULBCHECK_DB_SYNC,
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
      trustLoopbackProxy: e.BULBCHECK_TRUST_PROXY === "loopback",
    },
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
