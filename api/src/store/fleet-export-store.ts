import type {
  AssetCategory,
  DeviceKind,
  FleetDevice,
  FleetDocument,
  FleetSite,
  FleetZone,
  OpeningHours,
  SiteLanguage,
} from "@bulbcheck/shared";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/**
 * The registry as a fleet document with every field, retired objects marked: what `GET
 * /api/fleet` and the CSV export answer, and what an import's preview compares its rows with.
 * Five wide reads (one per table, checkpoints with their assets), put together here.
 */
export interface RegistryDocument {
  document: FleetDocument;
  /** Assets only ever met in an event (`site/asset`): in the registry, never provisioned. */
  unplaced: Set<string>;
  /** Devices whose secret was revoked. */
  revoked: Set<string>;
}

interface SiteRow {
  id: string;
  name: string;
  address: string | null;
  timezone: string;
  hours: string;
  language: SiteLanguage;
  demo: number;
  retired_at: number | null;
}
interface ZoneRow {
  site_id: string;
  id: string;
  name: string;
  retired_at: number | null;
}
interface AssetRow extends ZoneRow {
  zone_id: string;
  category: AssetCategory;
  customer_visible: number;
  unplaced: number;
}
interface CheckpointRow extends ZoneRow {
  zone_id: string;
  interval_minutes: number;
  assets: string;
}
interface DeviceRow {
  site_id: string;
  id: string;
  kind: DeviceKind;
  name: string | null;
  interval_seconds: number;
  watches: string;
  serves: string | null;
  secret_hash: string | null;
  retired_at: number | null;
}

// One statement per shape, every value bound: a site's read searches by site (its primary key's
// first column), the whole registry's reads each table once.
function rows<R>(db: Db, sql: string, site: string | undefined, order: string): R[] {
  return site === undefined
    ? statement<[], R>(db, `${sql} ORDER BY ${order}`).all()
    : statement<[string], R>(db, `${sql} WHERE t.site_id = ? ORDER BY ${order}`).all(site);
}

/** The whole registry, or one site's (an unknown or removed site: no sites). */
export function readRegistry(
  db: Db,
  options: { site?: string | undefined } = {},
): RegistryDocument {
  const { site } = options;
  const sites =
    site === undefined
      ? statement<[], SiteRow>(
          db,
          "SELECT id, name, address, timezone, hours, language, demo, retired_at FROM sites WHERE removing_since IS NULL ORDER BY id",
        ).all()
      : statement<[string], SiteRow>(
          db,
          "SELECT id, name, address, timezone, hours, language, demo, retired_at FROM sites WHERE removing_since IS NULL AND id = ?",
        ).all(site);
  const zones = rows<ZoneRow>(
    db,
    "SELECT t.site_id, t.id, t.name, t.retired_at FROM zones t",
    site,
    "t.site_id, t.id",
  );
  const assets = rows<AssetRow>(
    db,
    "SELECT t.site_id, t.id, t.zone_id, t.name, t.category, t.customer_visible, t.unplaced, t.retired_at FROM assets t",
    site,
    "t.site_id, t.zone_id, t.id",
  );
  const checkpoints = rows<CheckpointRow>(
    db,
    `SELECT t.site_id, t.id, t.zone_id, t.name, t.interval_minutes, t.retired_at,
       (SELECT json_group_array(asset_id) FROM checkpoint_assets ca
        WHERE ca.site_id = t.site_id AND ca.checkpoint_id = t.id) AS assets
     FROM checkpoints t`,
    site,
    "t.site_id, t.zone_id, t.id",
  );
  const devices = rows<DeviceRow>(
    db,
    "SELECT t.site_id, t.id, t.kind, t.name, t.interval_seconds, t.watches, t.serves, t.secret_hash, t.retired_at FROM devices t",
    site,
    "t.site_id, t.id",
  );

  const bySite = new Map<string, { site: FleetSite; zones: Map<string, FleetZone> }>();
  for (const row of sites) {
    bySite.set(row.id, {
      site: {
        id: row.id,
        name: row.name,
        address: row.address,
        timezone: row.timezone,
        hours: JSON.parse(row.hours) as OpeningHours,
        language: row.language,
        demo: row.demo === 1,
        retired: row.retired_at !== null,
        zones: [],
        devices: [],
      },
      zones: new Map(),
    });
  }
  for (const row of zones) {
    const entry = bySite.get(row.site_id);
    if (!entry) continue;
    const zone: FleetZone = {
      id: row.id,
      name: row.name,
      retired: row.retired_at !== null,
      assets: [],
      checkpoints: [],
    };
    entry.zones.set(row.id, zone);
    entry.site.zones.push(zone);
  }
  const unplaced = new Set<string>();
  for (const row of assets) {
    const zone = bySite.get(row.site_id)?.zones.get(row.zone_id);
    if (!zone) continue;
    if (row.unplaced === 1) unplaced.add(`${row.site_id}/${row.id}`);
    zone.assets.push({
      id: row.id,
      name: row.name,
      category: row.category,
      customerVisible: row.customer_visible === 1,
      retired: row.retired_at !== null,
    });
  }
  for (const row of checkpoints) {
    bySite
      .get(row.site_id)
      ?.zones.get(row.zone_id)
      ?.checkpoints.push({
        id: row.id,
        name: row.name,
        intervalMinutes: row.interval_minutes,
        assets: (JSON.parse(row.assets) as string[]).sort(),
        retired: row.retired_at !== null,
      });
  }
  const revoked = new Set<string>();
  for (const row of devices) {
    const entry = bySite.get(row.site_id);
    if (!entry) continue;
    if (row.secret_hash === null) revoked.add(row.id);
    const device: FleetDevice = {
      id: row.id,
      kind: row.kind,
      ...(row.name === null ? {} : { name: row.name }),
      intervalSeconds: row.interval_seconds,
      watches: JSON.parse(row.watches) as string[],
      ...(row.kind === "button"
        ? { serves: row.serves === null ? null : (JSON.parse(row.serves) as string[]) }
        : {}),
      retired: row.retired_at !== null,
    };
    entry.site.devices.push(device);
  }
  return { document: { sites: [...bySite.values()].map((e) => e.site) }, unplaced, revoked };
}
