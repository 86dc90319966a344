import { fleetDocumentSchema, fleetResultSchema, MAX_FLEET_BYTES } from "../fleet.ts";
import { route } from "../route.ts";

export const fleetRoutes = {
  putFleet: route({
    method: "put",
    path: "/api/fleet",
    summary:
      "Create or update sites, zones, assets, checkpoints and devices, merged into what exists (a field left out keeps its value); new devices' secrets are in the answer, once. A manager may send a document of their own existing sites (403 otherwise)",
    access: "manager",
    body: fleetDocumentSchema,
    maxBodyBytes: MAX_FLEET_BYTES,
    response: {
      status: 200,
      schema: fleetResultSchema,
      description: "what was created and updated",
    },
    errors: [403, 409],
  }),
};
