import { route } from "../route.ts";
import { healthConditionsSchema, healthSchema } from "../system.ts";

export const systemRoutes = {
  getHealth: route({
    method: "get",
    path: "/api/health",
    summary:
      "Health: ok, degraded (200, with its reasons) or fail (503: the database cannot commit, or the broker link is down)",
    access: "public",
    response: { status: 200, schema: healthSchema, description: "ok or degraded" },
    errors: [503],
  }),
  getHealthConditions: route({
    method: "get",
    path: "/api/health/conditions",
    summary: "The health conditions now, with what to do and the particulars (admins)",
    access: "admin",
    response: { status: 200, schema: healthConditionsSchema, description: "the conditions" },
  }),
};
