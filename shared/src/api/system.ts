import { z } from "zod";

/**
 * `ok`: nothing is wrong. `degraded`: the node ingests and answers, but something needs an
 * operator (a disk filling up, a failing channel, a stale backup): HTTP 200, so that a load
 * balancer or a container runtime does not take a working node out. `fail`: the node cannot
 * take devices' messages (the database refuses writes, or the broker link is down): HTTP 503.
 */
export const healthStatusSchema = z.enum(["ok", "degraded", "fail"]);
export type HealthStatus = z.infer<typeof healthStatusSchema>;

/** What can be wrong (docs/api.md#health lists each, with what to do). */
export const healthConditionCodeSchema = z.enum([
  /** The database refuses writes (a full disk, an I/O error): fail. */
  "database_write",
  /** The API has lost its broker (the external broker's session): fail. */
  "broker_link",
  /** Free space on the data folder's disk is below BULBCHECK_DISK_MIN_FREE_MB. */
  "disk_low",
  /** A notification channel's deliveries have failed, with no success, for too long. */
  "channel_failing",
  /** The dashboard does not answer the composition root's probe. */
  "dashboard_down",
  /** The broker refused devices' connections at its connection limits recently. */
  "connections_refused",
  /** The last backup failed. */
  "backup_failed",
  /** The last good backup is older than BULBCHECK_BACKUP_MAX_AGE_HOURS. */
  "backup_stale",
  /** Messages wait longer than BULBCHECK_INGEST_MAX_WAIT_MS before their commit. */
  "ingest_backlog",
]);
export type HealthConditionCode = z.infer<typeof healthConditionCodeSchema>;

/**
 * One reason the node is not `ok`. The message is public (no addresses, URLs or channel names):
 * what an admin may see beyond it is in `GET /api/health/conditions`.
 */
export const healthReasonSchema = z.object({
  code: healthConditionCodeSchema,
  /** When it began (ISO-8601), as far as the node knows. */
  since: z.string(),
  /** What is wrong, for people. */
  message: z.string(),
});
export type HealthReason = z.infer<typeof healthReasonSchema>;

export const healthSchema = z.object({
  status: healthStatusSchema,
  /** Why the status is not `ok` (addition): empty when it is. */
  reasons: z.array(healthReasonSchema),
  /** The release's version, e.g. `0.1.0`. */
  version: z.string(),
  /** The commit it was built from: 12 hex digits (`-dirty` with changes not committed), or `dev`. */
  commit: z.string(),
  uptimeSeconds: z.number(),
  database: z.object({
    status: z.enum(["ok", "error"]),
    schemaVersion: z.number().int(),
    /** While the store refuses writes: SQLite's code, e.g. `SQLITE_FULL` for a full disk. */
    code: z.string().optional(),
    /** What is wrong and what it costs, for people. */
    reason: z.string().optional(),
    /** When the first write failed (ISO-8601). */
    since: z.string().optional(),
  }),
  broker: z.object({
    mode: z.enum(["embedded", "external"]),
    connected: z.boolean(),
    url: z.string().optional(),
    clients: z.number().int().optional(),
  }),
  ingest: z.object({
    messages: z.number().int(),
    batches: z.number().int(),
    stored: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.number().int(),
    /**
     * Rejected messages since the start by reason (addition): `bad_field:asset`, `out_of_scope`,
     * `unplaced_limit`, ... (docs/mqtt.md#why-a-message-is-rejected).
     */
    rejectedByReason: z.record(z.string(), z.number().int()),
  }),
});
export type Health = z.infer<typeof healthSchema>;

/** A condition as admins see it: the public reason with what to do and the particulars. */
export const healthConditionSchema = healthReasonSchema.extend({
  /** `fail` or `degraded`: what it does to the node's status. */
  severity: z.enum(["degraded", "fail"]),
  /** What to do about it. */
  action: z.string(),
  /** Particulars for admins: which channel and its last error, the free bytes, the backup file. */
  detail: z.string().optional(),
});
export type HealthCondition = z.infer<typeof healthConditionSchema>;

/** `GET /api/health/conditions` (admins): the monitor's latest evaluation. */
export const healthConditionsSchema = z.object({
  status: healthStatusSchema,
  /** When the conditions were evaluated (ISO-8601). */
  checkedAt: z.string(),
  conditions: z.array(healthConditionSchema),
});
export type HealthConditions = z.infer<typeof healthConditionsSchema>;

export const deviceSecretSchema = z.object({ device: z.string(), secret: z.string() });
export type DeviceSecret = z.infer<typeof deviceSecretSchema>;
export const deviceRevokedSchema = z.object({ device: z.string(), revoked: z.literal(true) });
