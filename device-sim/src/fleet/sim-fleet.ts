import {
  type AssetCategory,
  completeFleet,
  coversAsset,
  coversCheckpoint,
  deviceScope,
  type FleetDocumentInput,
  fleetDocumentSchema,
  type OpeningHours,
  type ScopeSite,
} from "@bulbcheck/shared";
import { type AssetKind, KIND_OF_CATEGORY } from "./asset-profiles.ts";

/** The fleet as the simulator plays it: who watches what, who walks which checkpoint. */
export interface SimAsset {
  site: string;
  id: string;
  zone: string;
  kind: AssetKind;
  category: AssetCategory;
  customerVisible: boolean;
  /** The sensor watching it, if any. */
  sensor: string | undefined;
}

export interface SimSensor {
  id: string;
  site: string;
  intervalMs: number;
  watches: string[];
}

export interface SimButton {
  id: string;
  site: string;
  role: "staff" | "customer";
  intervalMs: number;
  /** The assets it may resolve and the checkpoints it may check in at: its scope, as the server has it. */
  resolves: ReadonlySet<string>;
  checksIn: ReadonlySet<string>;
}

export interface SimCheckpoint {
  site: string;
  id: string;
  intervalMs: number;
  assets: string[];
  /** The staff pad its check-ins are made on. */
  pad: string | undefined;
}

export interface SimSite {
  id: string;
  name: string;
  timezone: string;
  hours: OpeningHours | null;
  assets: SimAsset[];
  sensors: SimSensor[];
  buttons: SimButton[];
  checkpoints: SimCheckpoint[];
}

export interface SimFleet {
  document: FleetDocumentInput;
  sites: SimSite[];
}

/**
 * Derives the simulation's view of a fleet document. Sensors watch the assets they name;
 * buttons whose id says `feedback` are customers', the others staff pads; a checkpoint `x-check`
 * is checked in on the pad `x-pad` when there is one that serves it, else on the site's pads that
 * serve it in turn. A fix is said on a pad whose scope has the asset.
 */
export function simFleetFrom(
  document: FleetDocumentInput,
  kinds: ReadonlyMap<string, AssetKind> = new Map(),
): SimFleet {
  const parsed = completeFleet(fleetDocumentSchema.parse(document));
  const sites = parsed.sites.map((site): SimSite => {
    const sensors = site.devices
      .filter((d) => d.kind === "sensor")
      .map((d) => ({
        id: d.id,
        site: site.id,
        intervalMs: d.intervalSeconds * 1000,
        watches: d.watches,
      }));
    const watchedBy = new Map<string, string>();
    for (const sensor of sensors)
      for (const asset of sensor.watches) watchedBy.set(asset, sensor.id);
    const assetIds = site.zones.flatMap((z) => z.assets.map((a) => a.id));
    const checkpointList = site.zones.flatMap((z) => z.checkpoints);
    // What the document provisions at the site; the server knows no more for a new fleet.
    const provisioned: ScopeSite = {
      provisionsAsset: (asset) => assetIds.includes(asset),
      hasCheckpoint: (checkpoint) => checkpointList.some((c) => c.id === checkpoint),
    };
    const assetsOf = (checkpoint: string) =>
      checkpointList.find((c) => c.id === checkpoint)?.assets ?? [];
    const buttons = site.devices
      .filter((d) => d.kind === "button")
      .map((d): SimButton => {
        const scope = deviceScope(d, assetsOf);
        return {
          id: d.id,
          site: site.id,
          role: d.id.includes("feedback") ? "customer" : "staff",
          intervalMs: d.intervalSeconds * 1000,
          resolves: new Set(assetIds.filter((a) => coversAsset(scope, a, provisioned))),
          checksIn: new Set(
            checkpointList.map((c) => c.id).filter((c) => coversCheckpoint(scope, c, provisioned)),
          ),
        };
      });
    const pads = buttons.filter((b) => b.role === "staff");
    const assets = site.zones.flatMap((zone) =>
      zone.assets.map(
        (a): SimAsset => ({
          site: site.id,
          id: a.id,
          zone: zone.id,
          kind: kinds.get(`${site.id}/${a.id}`) ?? KIND_OF_CATEGORY[a.category],
          category: a.category,
          customerVisible: a.customerVisible,
          sensor: watchedBy.get(a.id),
        }),
      ),
    );
    let turn = 0;
    const checkpoints = site.zones.flatMap((zone) =>
      zone.checkpoints.map((cp): SimCheckpoint => {
        const own = cp.id.endsWith("-check")
          ? `${site.id}-${cp.id.slice(0, -"-check".length)}-pad`
          : undefined;
        const serving = pads.filter((p) => p.checksIn.has(cp.id)).map((p) => p.id);
        const pad =
          own && serving.includes(own) ? own : serving[turn++ % Math.max(serving.length, 1)];
        return {
          site: site.id,
          id: cp.id,
          intervalMs: cp.intervalMinutes * 60_000,
          assets: cp.assets,
          pad,
        };
      }),
    );
    return {
      id: site.id,
      name: site.name,
      timezone: site.timezone,
      hours: Object.keys(site.hours).length === 0 ? null : site.hours,
      assets,
      sensors,
      buttons,
      checkpoints,
    };
  });
  return { document, sites };
}
