import type {
  FleetAsset,
  FleetCheckpoint,
  FleetDevice,
  FleetDocument,
  FleetSite,
  FleetZone,
} from "@bulbcheck/shared";

/**
 * The registry as it is, as a fleet document with every field, indexed the ways an import looks
 * objects up: sites by id, what is in a site by (site, id), devices by their global id.
 */
export interface RegistryIndex {
  sites: Map<string, FleetSite>;
  zones: Map<string, FleetZone>;
  assets: Map<string, { asset: FleetAsset; zone: string }>;
  checkpoints: Map<string, { checkpoint: FleetCheckpoint; zone: string }>;
  devices: Map<string, { device: FleetDevice; site: string }>;
}

/** The key of an object within its site. */
export const inSite = (site: string, id: string): string => `${site}\u0000${id}`;

export function indexRegistry(current: FleetDocument): RegistryIndex {
  const index: RegistryIndex = {
    sites: new Map(),
    zones: new Map(),
    assets: new Map(),
    checkpoints: new Map(),
    devices: new Map(),
  };
  for (const site of current.sites) {
    index.sites.set(site.id, site);
    for (const zone of site.zones) {
      index.zones.set(inSite(site.id, zone.id), zone);
      for (const asset of zone.assets)
        index.assets.set(inSite(site.id, asset.id), { asset, zone: zone.id });
      for (const checkpoint of zone.checkpoints)
        index.checkpoints.set(inSite(site.id, checkpoint.id), { checkpoint, zone: zone.id });
    }
    for (const device of site.devices) index.devices.set(device.id, { device, site: site.id });
  }
  return index;
}
