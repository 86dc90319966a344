import { generateSecret, hashSecret } from "@bulbcheck/broker";
import { fleetDocumentSchema, fleetResultSchema } from "@bulbcheck/shared";
import { transact } from "../../store/database.ts";
import { deviceExists, upsertFleet } from "../../store/registry-store.ts";
import type { ApiDeps } from "../deps.ts";
import type { ApiRouter } from "../router.ts";

/** A fleet document of a large chain (thousands of assets) fits well within this. */
const MAX_FLEET_BYTES = 16 * 1024 * 1024;

export function fleetRoutes(router: ApiRouter, deps: ApiDeps): void {
  const { db } = deps;

  router.route(
    {
      method: "put",
      path: "/api/fleet",
      summary:
        "Create or update sites, zones, assets, checkpoints and devices; new devices' secrets are in the answer, once",
      access: "admin",
      body: fleetDocumentSchema,
      maxBodyBytes: MAX_FLEET_BYTES,
      response: {
        status: 200,
        schema: fleetResultSchema,
        description: "what was created and updated",
      },
    },
    async ({ body, c }) => {
      const secrets: Record<string, string> = {};
      const hashes = new Map<string, string>();
      // Hashing is the slow part and is async: it is done before the (synchronous) transaction.
      for (const site of body.sites) {
        for (const device of site.devices) {
          if (deviceExists(db, device.id)) continue;
          const secret = generateSecret();
          secrets[device.id] = secret;
          hashes.set(device.id, await hashSecret(secret));
        }
      }
      const counts = transact(db, () => upsertFleet(db, body, hashes, deps.now()));
      deps.logger.info(
        { sites: body.sites.length, newDevices: counts.created.devices.length },
        "fleet provisioned",
      );
      return c.json({ ...counts, secrets });
    },
  );
}
