import { generateSecret, hashSecret } from "@bulbcheck/broker";
import type { FleetDocument, fleetRoutes } from "@bulbcheck/shared";
import { recordAudit } from "../../store/audit-store.ts";
import { type Db, transact } from "../../store/database.ts";
import {
  checkpointExists,
  deviceExists,
  getAsset,
  upsertFleet,
} from "../../store/registry-store.ts";
import { deviceSecretKey } from "../../store/server-key-store.ts";
import { sitesBeingRemoved } from "../../store/site-removal-store.ts";
import { ApiError, formatPath } from "../api-error.ts";
import type { ApiDeps } from "../deps.ts";
import type { Handlers } from "../router.ts";

export function fleetHandlers(deps: ApiDeps): Handlers<typeof fleetRoutes> {
  const { db } = deps;

  return {
    putFleet: async ({ body, caller }) => {
      const removing = sitesBeingRemoved(
        db,
        body.sites.map((s) => s.id),
      );
      if (removing.length > 0)
        throw new ApiError(
          409,
          "site_being_removed",
          `${removing.join(", ")}: being removed with the demo chain; provision it again once that is done (GET /api/demo)`,
        );
      const missing = unknownReferences(db, body);
      if (missing.length > 0) {
        const [first] = missing;
        throw new ApiError(
          400,
          "invalid_body",
          `${first?.path}: ${first?.message}${missing.length > 1 ? ` (and ${missing.length - 1} more)` : ""}`,
          missing,
        );
      }
      const secrets: Record<string, string> = {};
      const hashes = new Map<string, string>();
      const key = deviceSecretKey(db);
      for (const site of body.sites) {
        for (const device of site.devices) {
          if (deviceExists(db, device.id)) continue;
          const secret = generateSecret();
          secrets[device.id] = secret;
          hashes.set(device.id, hashSecret(key, secret));
        }
      }
      const counts = transact(db, () => {
        const result = upsertFleet(db, body, hashes, deps.now());
        recordAudit(db, {
          at: deps.now(),
          actor: caller?.actor ?? "api",
          action: "fleet.provision",
          target: body.sites.map((s) => s.id).join(", "),
          detail: { created: result.created, updated: result.updated },
        });
        return result;
      });
      // A device under another site keeps the topics it was allowed at connect: its connection
      // closes, and it connects again as the registry has it now (ingestion refuses its old
      // site's topics meanwhile).
      for (const device of counts.moved) deps.broker.disconnect(device);
      deps.logger.info(
        {
          sites: body.sites.length,
          newDevices: counts.created.devices.length,
          movedDevices: counts.moved,
        },
        "fleet provisioned",
      );
      return { created: counts.created, updated: counts.updated, secrets };
    },
  };
}

/**
 * Assets named by checkpoints and devices, and checkpoints named by buttons, that neither the
 * document nor the registry has at that site.
 */
function unknownReferences(db: Db, fleet: FleetDocument): { path: string; message: string }[] {
  const missing: { path: string; message: string }[] = [];
  fleet.sites.forEach((site, s) => {
    const inDocument = new Set(site.zones.flatMap((z) => z.assets.map((a) => a.id)));
    const checkpoints = new Set(site.zones.flatMap((z) => z.checkpoints.map((c) => c.id)));
    const known = (asset: string) =>
      inDocument.has(asset) || getAsset(db, site.id, asset) !== undefined;
    const check = (asset: string, path: (string | number)[]) => {
      if (!known(asset))
        missing.push({ path: formatPath(path), message: `unknown asset ${asset}` });
    };
    site.zones.forEach((zone, z) => {
      zone.checkpoints.forEach((cp, c) => {
        cp.assets.forEach((a, i) => {
          check(a, ["sites", s, "zones", z, "checkpoints", c, "assets", i]);
        });
      });
    });
    site.devices.forEach((device, d) => {
      device.watches.forEach((a, i) => {
        check(a, ["sites", s, "devices", d, "watches", i]);
      });
      device.serves?.forEach((c, i) => {
        if (!checkpoints.has(c) && !checkpointExists(db, site.id, c))
          missing.push({
            path: formatPath(["sites", s, "devices", d, "serves", i]),
            message: `unknown checkpoint ${c}`,
          });
      });
    });
  });
  return missing;
}
