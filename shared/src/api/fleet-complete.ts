import type {
  FleetAsset,
  FleetCheckpoint,
  FleetDevice,
  FleetDocument,
  FleetSite,
  FleetZone,
  OpeningHours,
  SiteLanguage,
} from "./fleet.ts";

/**
 * What a new object of a fleet document must say, and what it gets when it says nothing else.
 * A document merges into what exists (a field left out keeps its value), so only a new object
 * needs these; the server checks them against what is provisioned, and the simulator, whose
 * documents create everything, completes its own with {@link completeFleet}.
 */

/** The fields each kind of object must have when it is created. */
export const REQUIRED_WHEN_NEW = {
  site: ["name"],
  zone: ["name"],
  asset: ["name", "category"],
  checkpoint: ["name", "intervalMinutes"],
  device: ["kind", "intervalSeconds"],
} as const;

export type FleetObjectKind = keyof typeof REQUIRED_WHEN_NEW;

/** The required fields `object` lacks to be created, e.g. `["category"]`. */
export function missingWhenNew(kind: FleetObjectKind, object: object): string[] {
  const fields = REQUIRED_WHEN_NEW[kind] as readonly string[];
  return fields.filter((f) => (object as Record<string, unknown>)[f] === undefined);
}

export const NEW_SITE_DEFAULTS = {
  timezone: "UTC",
  hours: {} as OpeningHours,
  language: "en" as SiteLanguage,
};

type Complete<T, K extends keyof T> = Omit<T, K> & Required<Pick<T, K>>;

export type CompleteAsset = Complete<FleetAsset, "name" | "category" | "customerVisible">;
export type CompleteCheckpoint = Complete<FleetCheckpoint, "name" | "intervalMinutes" | "assets">;
export type CompleteZone = Omit<FleetZone, "assets" | "checkpoints" | "name"> & {
  name: string;
  assets: CompleteAsset[];
  checkpoints: CompleteCheckpoint[];
};
export type CompleteDevice = Complete<FleetDevice, "kind" | "intervalSeconds" | "watches">;
export type CompleteSite = Omit<
  FleetSite,
  "zones" | "devices" | "name" | "timezone" | "hours" | "language"
> & {
  name: string;
  timezone: string;
  hours: OpeningHours;
  language: SiteLanguage;
  zones: CompleteZone[];
  devices: CompleteDevice[];
};
export interface CompleteFleet {
  sites: CompleteSite[];
}

/**
 * A document that creates everything it names, with every default applied; throws naming the
 * first object that lacks a required field.
 */
export function completeFleet(doc: FleetDocument): CompleteFleet {
  const need = <T extends object>(kind: FleetObjectKind, id: string, object: T): T => {
    const missing = missingWhenNew(kind, object);
    if (missing.length > 0) throw new Error(`${kind} ${id}: ${missing.join(", ")} required`);
    return object;
  };
  return {
    sites: doc.sites.map((site) => ({
      ...NEW_SITE_DEFAULTS,
      ...need("site", site.id, site),
      name: site.name ?? "",
      timezone: site.timezone ?? NEW_SITE_DEFAULTS.timezone,
      hours: site.hours ?? NEW_SITE_DEFAULTS.hours,
      language: site.language ?? NEW_SITE_DEFAULTS.language,
      zones: site.zones.map((zone) => ({
        ...need("zone", zone.id, zone),
        name: zone.name ?? "",
        assets: zone.assets.map((asset) => ({
          ...need("asset", asset.id, asset),
          name: asset.name ?? "",
          category: asset.category ?? "other",
          customerVisible: asset.customerVisible ?? false,
        })),
        checkpoints: zone.checkpoints.map((cp) => ({
          ...need("checkpoint", cp.id, cp),
          name: cp.name ?? "",
          intervalMinutes: cp.intervalMinutes ?? 0,
          assets: cp.assets ?? [],
        })),
      })),
      devices: site.devices.map((device) => ({
        ...need("device", device.id, device),
        kind: device.kind ?? "sensor",
        intervalSeconds: device.intervalSeconds ?? 0,
        watches: device.watches ?? [],
      })),
    })),
  };
}
