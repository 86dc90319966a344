import { z } from "zod";
import { queryInt } from "./route.ts";
import { REGISTRY_KINDS } from "./setup.ts";

export const auditQuerySchema = z.object({
  limit: queryInt().min(1).max(500).default(100),
  /** The `seq` of the last entry of the previous page. */
  before: queryInt().positive().optional(),
});

/**
 * Every action the audit log records, by its code (`action` of an entry). The log keeps codes,
 * not sentences: the dashboard says each in the reader's language, and a script matches on them.
 */
export const AUDIT_ACTIONS = [
  "fleet.provision",
  "fleet.import",
  ...REGISTRY_KINDS.flatMap((kind) =>
    (["update", "retire", "restore", "delete"] as const).map(
      (change) => `${kind}.${change}` as const,
    ),
  ),
  "asset.revoke_report_key",
  "device.rotate_secret",
  "device.revoke",
  "device.restore",
  "defect.report",
  "defect.acknowledge",
  "defect.resolve",
  "defect.assign",
  "defect.hold",
  "defect.reopen",
  "defect.comment",
  "defect.photo",
  "assignment_rule.create",
  "assignment_rule.delete",
  "rule.create",
  "rule.update",
  "rule.delete",
  "report.subscribe",
  "report.update",
  "report.unsubscribe",
  "channel.create",
  "channel.update",
  "channel.delete",
  "channel.read_secret",
  "channel.rotate_secret",
  "channel.test",
  "delivery.retry",
  "notify.default_attention",
  "user.create",
  "user.update",
  "user.disable",
  "user.unlock",
  "user.contact",
  "user.language",
  "user.change_password",
  "session.sign_in",
  "session.sign_out",
  "session.lockout",
  "token.create",
  "token.revoke",
  "demo.remove",
  "demo.removed",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  actor: z.string(),
  /** One of {@link AUDIT_ACTIONS}; a string, so that a newer server's codes still parse. */
  action: z.string(),
  target: z.string(),
  /** The site the change concerns, when it concerns one. */
  site: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({ items: z.array(auditEntrySchema) });
