import { z } from "zod";

export const healthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
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

export const deviceSecretSchema = z.object({ device: z.string(), secret: z.string() });
export type DeviceSecret = z.infer<typeof deviceSecretSchema>;
export const deviceRevokedSchema = z.object({ device: z.string(), revoked: z.literal(true) });
