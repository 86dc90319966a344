import type { FleetDocument } from "@bulbcheck/shared";
import type { RegistryDocument } from "../store/fleet-export-store.ts";
import { UNPLACED_ZONE } from "../store/registry-store.ts";

/**
 * What an export holds of the registry: what was provisioned. Not an asset only ever met in an
 * event (it was never placed; the `unplaced` zone goes with the last of them), nor a revoked
 * device (imported elsewhere, it would get a new secret and work again).
 */
export function exportableFleet(registry: RegistryDocument): FleetDocument {
  const { unplaced, revoked } = registry;
  return {
    sites: registry.document.sites.map((site) => ({
      ...site,
      zones: site.zones.flatMap((zone) => {
        const assets = zone.assets.filter((a) => !unplaced.has(`${site.id}/${a.id}`));
        if (zone.id === UNPLACED_ZONE && assets.length === 0 && zone.checkpoints.length === 0)
          return [];
        return [{ ...zone, assets }];
      }),
      devices: site.devices.filter((d) => !revoked.has(d.id)),
    })),
  };
}
