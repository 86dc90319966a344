import { z } from "zod";
import { queryInt } from "./route.ts";

export const auditQuerySchema = z.object({
  limit: queryInt().min(1).max(500).default(100),
  /** The `seq` of the last entry of the previous page. */
  before: queryInt().positive().optional(),
});

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  /** The site the change concerns, when it concerns one. */
  site: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({ items: z.array(auditEntrySchema) });
