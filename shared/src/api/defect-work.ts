import { z } from "zod";
import { ASSET_CATEGORIES, REPORTABLE_FAULTS, SYSTEM_FAULTS } from "../faults.ts";
import { idSchema } from "../ids.ts";
import { TEAM_ROLES } from "../rules.ts";
import { usernameSchema } from "./access.ts";
import { assigneeViewSchema, defectSchema } from "./defects.ts";

/**
 * Working on defects as a team (issue 20, additions to the contract): assign, comment, hold,
 * reopen, in bulk. docs/api.md#defect-lifecycle.
 */

/** Who to assign: a user by username, a role's team at the defect's site, or null to unassign. */
export const assigneeInputSchema = z
  .union([
    z.object({ user: usernameSchema }).strict(),
    z.object({ team: z.enum(TEAM_ROLES) }).strict(),
  ])
  .nullable();
export type AssigneeInput = z.infer<typeof assigneeInputSchema>;

const note = z.string().trim().max(280);

/** `POST /api/defects/{id}/assign`. Staff may only take a defect themselves (`{ user: <own username> }`). */
export const assignActionSchema = z
  .object({ assignee: assigneeInputSchema, note: note.optional() })
  .strict();
export type AssignAction = z.infer<typeof assignActionSchema>;

/** The longest comment: a few paragraphs, not a report. */
export const MAX_COMMENT_CHARS = 2000;

/** `POST /api/defects/{id}/comments`: people's text, kept as written and escaped where shown. */
export const commentSchema = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, "write something")
      .max(MAX_COMMENT_CHARS, `at most ${MAX_COMMENT_CHARS} characters`),
  })
  .strict();

/** A comment as the timeline shows it, also the answer to posting one. */
export const commentViewSchema = z.object({
  defect: z.number().int(),
  at: z.iso.datetime(),
  actor: z.string(),
  text: z.string(),
});

/** `POST /api/defects/{id}/hold`: why it waits, and the new due time (in the future). */
export const holdActionSchema = z
  .object({
    reason: z.string().trim().min(1, "say what it waits for").max(280),
    dueAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type HoldAction = z.infer<typeof holdActionSchema>;

/**
 * `POST /api/defects/{id}/reopen`: a resolved defect is open again. With `undo`, its resolver
 * takes the resolve back within `UNDO_WINDOW_MS` and it is as it was before.
 */
export const reopenActionSchema = z
  .object({ note: note.optional(), undo: z.boolean().optional() })
  .strict();
export type ReopenAction = z.infer<typeof reopenActionSchema>;

export const BULK_ACTIONS = ["acknowledge", "assign", "hold", "resolve"] as const;
export type BulkActionName = (typeof BULK_ACTIONS)[number];

/** The most defects one bulk request may change. */
export const MAX_BULK_DEFECTS = 500;

/** `POST /api/defects/bulk`: one action on many defects, each changed and audited on its own. */
export const bulkActionSchema = z.discriminatedUnion("action", [
  z
    .object({
      action: z.literal("acknowledge"),
      ids: z.array(z.number().int().positive()).min(1).max(MAX_BULK_DEFECTS),
      note: note.optional(),
    })
    .strict(),
  z
    .object({
      action: z.literal("assign"),
      ids: z.array(z.number().int().positive()).min(1).max(MAX_BULK_DEFECTS),
      assignee: assigneeInputSchema,
      note: note.optional(),
    })
    .strict(),
  z
    .object({
      action: z.literal("hold"),
      ids: z.array(z.number().int().positive()).min(1).max(MAX_BULK_DEFECTS),
      reason: holdActionSchema.shape.reason,
      dueAt: holdActionSchema.shape.dueAt,
    })
    .strict(),
  z
    .object({
      action: z.literal("resolve"),
      ids: z.array(z.number().int().positive()).min(1).max(MAX_BULK_DEFECTS),
      note: note.optional(),
      cause: z.string().min(1).max(40).optional(),
    })
    .strict(),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;

/** Per defect, in the order asked: changed, or why not (the same codes as the single routes). */
export const bulkResultSchema = z.object({
  changed: z.number().int(),
  results: z.array(
    z.union([
      z.object({ id: z.number().int(), ok: z.literal(true), defect: defectSchema }),
      z.object({
        id: z.number().int(),
        ok: z.literal(false),
        error: z.object({ code: z.string(), message: z.string() }),
      }),
    ]),
  ),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;

/** People a defect of a site can be assigned to: its users who work on defects, and its teams. */
export const assignableSchema = z.object({
  users: z.array(z.object({ username: z.string(), name: z.string(), role: z.enum(TEAM_ROLES) })),
  teams: z.array(z.object({ team: z.enum(TEAM_ROLES), name: z.string(), members: z.number() })),
});
export type Assignable = z.infer<typeof assignableSchema>;

/**
 * An assignment rule (addition): new defects matching it are assigned as it says when nobody
 * assigned them yet. Empty lists match everything; the most specific matching rule wins (a zone
 * before a site before every site), then the oldest.
 */
export const newAssignmentRuleSchema = z
  .object({
    site: idSchema,
    zone: idSchema.nullable().default(null),
    categories: z
      .array(z.enum([...ASSET_CATEGORIES, "system"]))
      .max(7)
      .default([]),
    faults: z
      .array(z.enum([...REPORTABLE_FAULTS, ...SYSTEM_FAULTS]))
      .max(20)
      .default([]),
    assignee: z.union([
      z.object({ user: usernameSchema }).strict(),
      z.object({ team: z.enum(TEAM_ROLES) }).strict(),
    ]),
  })
  .strict();
export type NewAssignmentRule = z.infer<typeof newAssignmentRuleSchema>;

export const assignmentRuleSchema = z.object({
  id: z.number().int(),
  site: z.string(),
  zone: z.string().nullable(),
  categories: z.array(z.string()),
  faults: z.array(z.string()),
  assignee: assigneeViewSchema,
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
});
export type AssignmentRuleView = z.infer<typeof assignmentRuleSchema>;
export const assignmentRulesSchema = z.object({ items: z.array(assignmentRuleSchema) });

/**
 * `attention` (addition): a notification rule's first level named the user (the default rule tells
 * a site's managers of new high-severity and customer-reported defects); `escalated`: a later level.
 */
export const NOTICE_KINDS = ["assigned", "escalated", "attention"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** An in-app notice for one user (addition): a defect assigned to them or their team, or escalated to them. */
export const noticeSchema = z.object({
  id: z.number().int(),
  kind: z.enum(NOTICE_KINDS),
  at: z.iso.datetime(),
  defect: defectSchema,
  by: z.string(),
  readAt: z.iso.datetime().nullable(),
});
export type NoticeView = z.infer<typeof noticeSchema>;
export const noticesSchema = z.object({ items: z.array(noticeSchema), unread: z.number().int() });
export const noticesReadSchema = z
  .object({ ids: z.array(z.number().int().positive()).max(500).optional() })
  .strict();
