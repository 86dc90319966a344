import {
  defectActionSchema,
  defectPageSchema,
  defectQuerySchema,
  defectSchema,
  defectWithTimelineSchema,
  newReportSchema,
  reportedDefectSchema,
  resolveActionSchema,
} from "../defects.ts";
import { numericIdParam, route } from "../route.ts";

export const defectRoutes = {
  listDefects: route({
    method: "get",
    path: "/api/defects",
    summary: "Defects, newest first, filtered and paged by cursor",
    access: "viewer",
    query: defectQuerySchema,
    response: { status: 200, schema: defectPageSchema, description: "a page of defects" },
    errors: [404],
  }),
  getDefect: route({
    method: "get",
    path: "/api/defects/:id",
    summary: "One defect with its timeline: every report and state change",
    access: "viewer",
    params: numericIdParam,
    response: { status: 200, schema: defectWithTimelineSchema, description: "the defect" },
    errors: [404],
  }),
  reportDefect: route({
    method: "post",
    path: "/api/defects",
    summary:
      "Report a fault: signed in (staff and up, in their sites), or without signing in with the `reportKey` of the asset's QR code (then as a customer, limited per address: 429 with Retry-After). An asset nobody provisioned is created as unplaced, 409 `unplaced_limit` past the site's cap",
    access: "public",
    signedInRole: "staff",
    body: newReportSchema,
    response: {
      status: 201,
      schema: reportedDefectSchema,
      description: "the defect the report opened or was merged into",
    },
    errors: [401, 404, 409, 429],
  }),
  acknowledgeDefect: route({
    method: "post",
    path: "/api/defects/:id/ack",
    summary: "Acknowledge a defect",
    access: "staff",
    params: numericIdParam,
    body: defectActionSchema.optional(),
    response: { status: 200, schema: defectSchema, description: "the defect after the change" },
    errors: [404, 409],
  }),
  resolveDefect: route({
    method: "post",
    path: "/api/defects/:id/resolve",
    summary:
      "Resolve a defect, optionally with a note and a cause from its category's list (`RESOLUTION_CAUSES`); its resolver may undo it within a minute (`/reopen` with `undo`)",
    access: "staff",
    params: numericIdParam,
    body: resolveActionSchema.optional(),
    response: { status: 200, schema: defectSchema, description: "the defect after the change" },
    errors: [404, 409],
  }),
};
