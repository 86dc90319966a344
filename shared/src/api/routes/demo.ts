import { demoStateSchema } from "../demo.ts";
import { route } from "../route.ts";

/** The simulated demo chain: what of it is there, and its removal. */
export const demoRoutes = {
  getDemo: route({
    method: "get",
    path: "/api/demo",
    summary: "The demo chain's sites that are there, and how its last removal went (addition)",
    access: "admin",
    response: { status: 200, schema: demoStateSchema, description: "the demo chain" },
  }),
  removeDemo: route({
    method: "delete",
    path: "/api/demo",
    summary:
      "Remove the demo chain (addition): its sites leave every listing and its devices are revoked at once, the demo simulator's token with them; their history is deleted behind in small batches (follow it on GET /api/demo). Sites not marked demo are not touched. 409 when there is no demo chain or a removal is under way",
    access: "admin",
    response: { status: 202, schema: demoStateSchema, description: "the removal has started" },
    errors: [409],
  }),
};
