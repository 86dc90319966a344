import {
  assetParamsSchema,
  reportKeyQuerySchema,
  reportKeySchema,
  reportLabelsQuerySchema,
  reportLabelsSchema,
  reportTargetSchema,
  siteParamsSchema,
} from "../access.ts";
import { route } from "../route.ts";

/**
 * Signed QR report keys: managers print them and revoke them; a guest's phone shows what the code
 * names and nothing else.
 */
export const reportKeyRoutes = {
  getReportKey: route({
    method: "get",
    path: "/api/sites/:site/assets/:asset/report-key",
    summary: "The signed key an asset's QR code carries, and the report page it opens",
    access: "manager",
    params: assetParamsSchema,
    response: { status: 200, schema: reportKeySchema, description: "the key" },
    errors: [404],
  }),
  listReportLabels: route({
    method: "get",
    path: "/api/sites/:site/report-keys",
    summary:
      "The QR labels of a site (or of one zone): the key and link of every customer-visible asset in service",
    access: "manager",
    params: siteParamsSchema,
    query: reportLabelsQuerySchema,
    response: { status: 200, schema: reportLabelsSchema, description: "the labels" },
    errors: [404],
  }),
  revokeReportKey: route({
    method: "post",
    path: "/api/sites/:site/assets/:asset/report-key",
    summary:
      "Revoke the asset's QR codes: every code printed so far stops working; the answer is the new key",
    access: "manager",
    params: assetParamsSchema,
    response: { status: 200, schema: reportKeySchema, description: "the new key" },
    errors: [404],
  }),
  getReportTarget: route({
    method: "get",
    path: "/api/report-targets/:site/:asset",
    summary:
      "For the public report page: the asset a QR code names, given its key; 404 for a wrong or revoked key",
    access: "public",
    params: assetParamsSchema,
    query: reportKeyQuerySchema,
    response: { status: 200, schema: reportTargetSchema, description: "what the code names" },
    errors: [404],
  }),
};
