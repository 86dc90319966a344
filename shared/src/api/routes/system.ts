import { route } from "../route.ts";
import { healthSchema } from "../system.ts";

export const systemRoutes = {
  getHealth: route({
    method: "get",
    path: "/api/health",
    summary: "Liveness: the database and the broker link. 503 when either is down",
    access: "public",
    response: { status: 200, schema: healthSchema, description: "all is well" },
    errors: [503],
  }),
};
