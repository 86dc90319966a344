import { deviceScope, type ScopeSite } from "@bulbcheck/shared";
import { cacheOf, type RegisteredDevice } from "./cache.ts";
import type { Db } from "./database.ts";
import { checkpointExists, getDevice, isProvisionedAsset } from "./registry-store.ts";
import { statement } from "./statements.ts";

/**
 * A device as ingestion checks what it says: its site and revocation as the registry has them
 * now (not as they were when it connected), and its scope. Read once per device and kept until
 * a fleet document, a rotation, a revocation or a restore changes it.
 */
export function registeredDevice(db: Db, id: string): RegisteredDevice | undefined {
  const cache = cacheOf(db).devices;
  const cached = cache.get(id);
  if (cached) return cached;
  const row = getDevice(db, id);
  if (!row) return undefined;
  const serves = row.serves === null ? null : (JSON.parse(row.serves) as string[]);
  const scope = deviceScope(
    { kind: row.kind, watches: JSON.parse(row.watches) as string[], serves },
    (checkpoint) => checkpointAssets(db, row.site_id, checkpoint),
  );
  const device = {
    id: row.id,
    site: row.site_id,
    kind: row.kind,
    revoked: row.secret_hash === null,
    retired: row.retired_at !== null,
    scope,
  };
  cache.set(id, device);
  return device;
}

function checkpointAssets(db: Db, site: string, checkpoint: string): string[] {
  return statement<[string, string], { asset_id: string }>(
    db,
    "SELECT asset_id FROM checkpoint_assets WHERE site_id = ? AND checkpoint_id = ?",
  )
    .all(site, checkpoint)
    .map((r) => r.asset_id);
}

/** The site as a default scope asks about it: what is provisioned there. */
export function scopeSite(db: Db, site: string): ScopeSite {
  return {
    provisionsAsset: (asset) => isProvisionedAsset(db, site, asset),
    hasCheckpoint: (checkpoint) => checkpointExists(db, site, checkpoint),
  };
}
