import { siteParamsSchema } from "../access.ts";
import {
  assignActionSchema,
  assignableSchema,
  assignmentRuleSchema,
  assignmentRulesSchema,
  bulkActionSchema,
  bulkResultSchema,
  commentSchema,
  commentViewSchema,
  holdActionSchema,
  newAssignmentRuleSchema,
  noticesReadSchema,
  noticesSchema,
  reopenActionSchema,
} from "../defect-work.ts";
import { defectSchema } from "../defects.ts";
import { numericIdParam, route } from "../route.ts";

const changed = {
  status: 200,
  schema: defectSchema,
  description: "the defect after the change",
} as const;

/** Working on defects as a team (issue 20): docs/api.md#defect-lifecycle. */
export const defectWorkRoutes = {
  assignDefect: route({
    method: "post",
    path: "/api/defects/:id/assign",
    summary:
      "Assign a defect to a user who may see its site or to a role's team at its site, or unassign it (`assignee: null`). Managers assign anyone; staff may only take it themselves. The assignee is told (in-app, and by e-mail when SMTP is set)",
    access: "staff",
    params: numericIdParam,
    body: assignActionSchema,
    response: changed,
    errors: [400, 403, 404, 409],
  }),
  commentDefect: route({
    method: "post",
    path: "/api/defects/:id/comments",
    summary: "Add a comment to a defect's timeline (up to 2,000 characters)",
    access: "staff",
    params: numericIdParam,
    body: commentSchema,
    response: { status: 201, schema: commentViewSchema, description: "the comment" },
    errors: [404],
  }),
  holdDefect: route({
    method: "post",
    path: "/api/defects/:id/hold",
    summary:
      "Put an unresolved defect on hold (waiting for parts) with a reason and a new due time; acknowledging it takes it off hold",
    access: "staff",
    params: numericIdParam,
    body: holdActionSchema,
    response: changed,
    errors: [400, 404, 409],
  }),
  reopenDefect: route({
    method: "post",
    path: "/api/defects/:id/reopen",
    summary:
      "Reopen a resolved defect; with `undo`, its resolver takes the resolve back within a minute and it is as it was. 409 `open_duplicate` when the same fault is open on the asset again",
    access: "staff",
    params: numericIdParam,
    body: reopenActionSchema.optional(),
    response: changed,
    errors: [404, 409],
  }),
  bulkDefects: route({
    method: "post",
    path: "/api/defects/bulk",
    summary:
      "Acknowledge, assign, put on hold or resolve up to 500 defects in one request; each is changed and audited on its own, and the answer says per defect whether it was",
    access: "staff",
    body: bulkActionSchema,
    response: { status: 200, schema: bulkResultSchema, description: "per defect, the outcome" },
    errors: [400],
  }),
  listAssignable: route({
    method: "get",
    path: "/api/sites/:site/assignable",
    summary:
      "Who a defect of this site can be assigned to: its staff and managers, and their teams",
    access: "staff",
    params: siteParamsSchema,
    response: { status: 200, schema: assignableSchema, description: "users and teams" },
    errors: [404],
  }),
  listAssignmentRules: route({
    method: "get",
    path: "/api/assignment-rules",
    summary: "Rules that assign new defects by site, zone, category and fault",
    access: "manager",
    response: { status: 200, schema: assignmentRulesSchema, description: "the rules" },
  }),
  createAssignmentRule: route({
    method: "post",
    path: "/api/assignment-rules",
    summary: "Assign new defects of a site (and zone, categories, faults) to a user or a team",
    access: "manager",
    body: newAssignmentRuleSchema,
    response: { status: 201, schema: assignmentRuleSchema, description: "the new rule" },
    errors: [400, 404],
  }),
  deleteAssignmentRule: route({
    method: "delete",
    path: "/api/assignment-rules/:id",
    summary: "Delete an assignment rule; defects it assigned stay assigned",
    access: "manager",
    params: numericIdParam,
    response: { status: 204, schema: null, description: "deleted" },
    errors: [404],
  }),
  listMyNotices: route({
    method: "get",
    path: "/api/me/notices",
    summary:
      "Your in-app notices, newest first: defects assigned to you or your team, or escalated to you",
    access: "viewer",
    response: {
      status: 200,
      schema: noticesSchema,
      description: "the notices and how many are unread",
    },
  }),
  readMyNotices: route({
    method: "post",
    path: "/api/me/notices/read",
    summary: "Mark notices read: these ids, or all when none are named",
    access: "viewer",
    body: noticesReadSchema,
    response: { status: 204, schema: null, description: "marked" },
  }),
};
