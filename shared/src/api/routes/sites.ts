import { includeRetiredSchema, siteDetailSchema, sitesResponseSchema } from "../registry.ts";
import { idParam, route } from "../route.ts";

export const siteRoutes = {
  listSites: route({
    method: "get",
    path: "/api/sites",
    summary: "Every site with its status and open defects, worst first",
    access: "viewer",
    query: includeRetiredSchema,
    response: { status: 200, schema: sitesResponseSchema, description: "the sites" },
  }),
  getSite: route({
    method: "get",
    path: "/api/sites/:id",
    summary: "One site: its zones, assets and their current state, and its checkpoints",
    access: "viewer",
    params: idParam,
    query: includeRetiredSchema,
    response: { status: 200, schema: siteDetailSchema, description: "the site" },
    errors: [404],
  }),
};
