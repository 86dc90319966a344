import { type FleetDocument, NEW_SITE_DEFAULTS, type RegistryKind } from "@bulbcheck/shared";
import { cacheOf } from "./cache.ts";
import type { Db } from "./database.ts";
import { scheduleCheckpoint } from "./registry-store.ts";
import { statement } from "./statements.ts";

/**
 * Writing a fleet document into the registry, merged into what is there: a field the document
 * leaves out keeps its stored value, an object it does not name is left as it is
 * (docs/api.md#fleet-merge-rules). Each object is read, merged and written whole.
 */

export interface UpsertCounts {
  created: {
    sites: string[];
    zones: number;
    assets: number;
    checkpoints: number;
    devices: string[];
  };
  updated: { sites: number; zones: number; assets: number; checkpoints: number; devices: number };
  /** Devices the document put under another site than they were: their connections must close. */
  moved: string[];
  /** Objects whose `retired` the document set, for the caller to retire or restore. */
  retirements: Retirement[];
}

export interface Retirement {
  kind: RegistryKind;
  site: string;
  id: string;
  retired: boolean;
}

interface SiteFields {
  name: string;
  address: string | null;
  timezone: string;
  hours: string;
  language: string;
}

/**
 * Upserts a fleet document. New devices get `secretHashes[id]`; existing devices keep their
 * secret. Whatever a new object must say (`missingWhenNew`) the caller has checked. Runs inside
 * the caller's transaction.
 */
export function upsertFleet(
  db: Db,
  fleet: FleetDocument,
  secretHashes: ReadonlyMap<string, string>,
  now: number,
): UpsertCounts {
  // Assets may move zone or change visibility, devices site or scope, checkpoints their assets:
  // what was cached of them is stale.
  const cache = cacheOf(db);
  cache.assets.clear();
  cache.devices.clear();
  const counts: UpsertCounts = {
    created: { sites: [], zones: 0, assets: 0, checkpoints: 0, devices: [] },
    updated: { sites: 0, zones: 0, assets: 0, checkpoints: 0, devices: 0 },
    moved: [],
    retirements: [],
  };
  const retire = (kind: RegistryKind, site: string, id: string, retired: boolean | undefined) => {
    if (retired !== undefined) counts.retirements.push({ kind, site, id, retired });
  };
  for (const site of fleet.sites) {
    const before = statement<[string], SiteFields>(
      db,
      "SELECT name, address, timezone, hours, language FROM sites WHERE id = ?",
    ).get(site.id);
    const merged: SiteFields = {
      name: site.name ?? before?.name ?? site.id,
      address: site.address !== undefined ? site.address : (before?.address ?? null),
      timezone: site.timezone ?? before?.timezone ?? NEW_SITE_DEFAULTS.timezone,
      hours:
        site.hours !== undefined
          ? JSON.stringify(site.hours)
          : (before?.hours ?? JSON.stringify(NEW_SITE_DEFAULTS.hours)),
      language: site.language ?? before?.language ?? NEW_SITE_DEFAULTS.language,
    };
    if (before) counts.updated.sites++;
    else counts.created.sites.push(site.id);
    // `demo` is kept as it is when the document does not say.
    statement(
      db,
      `INSERT INTO sites (id, name, address, timezone, hours, language, demo, created_at, updated_at)
       VALUES (@id, @name, @address, @timezone, @hours, @language, @demo, @now, @now)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address,
         timezone = excluded.timezone, hours = excluded.hours, language = excluded.language,
         demo = coalesce(@demoGiven, demo), updated_at = excluded.updated_at`,
    ).run({
      id: site.id,
      ...merged,
      demo: site.demo ? 1 : 0,
      demoGiven: site.demo === undefined ? null : site.demo ? 1 : 0,
      now,
    });
    const hoursChanged = before !== undefined && merged.hours !== before.hours;
    const zoneChanged = before !== undefined && merged.timezone !== before.timezone;
    retire("site", site.id, site.id, site.retired);

    for (const zone of site.zones) {
      const zoneBefore = statement<[string, string], { name: string }>(
        db,
        "SELECT name FROM zones WHERE site_id = ? AND id = ?",
      ).get(site.id, zone.id);
      if (zoneBefore) counts.updated.zones++;
      else counts.created.zones++;
      statement(
        db,
        "INSERT INTO zones (site_id, id, name) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET name = excluded.name",
      ).run(site.id, zone.id, zone.name ?? zoneBefore?.name ?? zone.id);
      retire("zone", site.id, zone.id, zone.retired);

      for (const asset of zone.assets) {
        const assetBefore = statement<
          [string, string],
          { name: string; category: string; customer_visible: number; unplaced: number }
        >(
          db,
          "SELECT name, category, customer_visible, unplaced FROM assets WHERE site_id = ? AND id = ?",
        ).get(site.id, asset.id);
        if (assetBefore) counts.updated.assets++;
        else counts.created.assets++;
        // Listed under a zone, an asset is placed there: one first met in an event leaves "unplaced".
        statement(
          db,
          `INSERT INTO assets (site_id, id, zone_id, name, category, customer_visible, unplaced) VALUES (?, ?, ?, ?, ?, ?, 0)
           ON CONFLICT DO UPDATE SET zone_id = excluded.zone_id, name = excluded.name, category = excluded.category,
             customer_visible = excluded.customer_visible, unplaced = 0`,
        ).run(
          site.id,
          asset.id,
          zone.id,
          asset.name ?? assetBefore?.name ?? asset.id,
          asset.category ?? assetBefore?.category ?? "other",
          asset.customerVisible === undefined
            ? (assetBefore?.customer_visible ?? 0)
            : asset.customerVisible
              ? 1
              : 0,
        );
        // Open defects follow their asset to its zone.
        statement(
          db,
          "UPDATE defects SET zone_id = ? WHERE site_id = ? AND asset_id = ? AND status <> 'resolved'",
        ).run(zone.id, site.id, asset.id);
        retire("asset", site.id, asset.id, asset.retired);
      }

      for (const cp of zone.checkpoints) {
        const cpBefore = statement<[string, string], { name: string; interval_minutes: number }>(
          db,
          "SELECT name, interval_minutes FROM checkpoints WHERE site_id = ? AND id = ?",
        ).get(site.id, cp.id);
        if (cpBefore) counts.updated.checkpoints++;
        else counts.created.checkpoints++;
        statement(
          db,
          `INSERT INTO checkpoints (site_id, id, zone_id, name, interval_minutes) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT DO UPDATE SET zone_id = excluded.zone_id, name = excluded.name, interval_minutes = excluded.interval_minutes`,
        ).run(
          site.id,
          cp.id,
          zone.id,
          cp.name ?? cpBefore?.name ?? cp.id,
          cp.intervalMinutes ?? cpBefore?.interval_minutes ?? 60,
        );
        // The interval may have changed: the next check is due anew from the last.
        scheduleCheckpoint(db, site.id, cp.id, now);
        if (cp.assets !== undefined) replaceCheckpointAssets(db, site.id, cp.id, cp.assets);
        retire("checkpoint", site.id, cp.id, cp.retired);
      }
    }
    // New hours or a new time zone move every deadline of the site.
    if (hoursChanged || zoneChanged) {
      for (const { id } of statement<[string], { id: string }>(
        db,
        "SELECT id FROM checkpoints WHERE site_id = ?",
      ).all(site.id))
        scheduleCheckpoint(db, site.id, id, now);
    }

    for (const device of site.devices) {
      const hash = secretHashes.get(device.id);
      const deviceBefore = statement<
        [string],
        {
          site_id: string;
          kind: string;
          name: string | null;
          interval_seconds: number;
          watches: string;
          serves: string | null;
        }
      >(
        db,
        "SELECT site_id, kind, name, interval_seconds, watches, serves FROM devices WHERE id = ?",
      ).get(device.id);
      const fields = {
        id: device.id,
        site: site.id,
        kind: device.kind ?? deviceBefore?.kind ?? "sensor",
        name: device.name !== undefined ? device.name : (deviceBefore?.name ?? null),
        interval: device.intervalSeconds ?? deviceBefore?.interval_seconds ?? 60,
        watches:
          device.watches !== undefined
            ? JSON.stringify(device.watches)
            : (deviceBefore?.watches ?? "[]"),
        serves:
          device.serves !== undefined
            ? device.serves === null
              ? null
              : JSON.stringify(device.serves)
            : (deviceBefore?.serves ?? null),
      };
      if (deviceBefore) {
        counts.updated.devices++;
        if (deviceBefore.site_id !== site.id) counts.moved.push(device.id);
        statement(
          db,
          `UPDATE devices SET site_id = @site, kind = @kind, name = @name, interval_seconds = @interval,
             watches = @watches, serves = @serves WHERE id = @id`,
        ).run(fields);
      } else if (hash !== undefined) {
        counts.created.devices.push(device.id);
        statement(
          db,
          `INSERT INTO devices (id, site_id, kind, name, interval_seconds, watches, serves, secret_hash, created_at)
           VALUES (@id, @site, @kind, @name, @interval, @watches, @serves, @hash, @now)`,
        ).run({ ...fields, hash, now });
      }
      retire("device", site.id, device.id, device.retired);
    }
  }
  return counts;
}

export function replaceCheckpointAssets(
  db: Db,
  site: string,
  checkpoint: string,
  assets: readonly string[],
): void {
  statement(db, "DELETE FROM checkpoint_assets WHERE site_id = ? AND checkpoint_id = ?").run(
    site,
    checkpoint,
  );
  const insert = statement(
    db,
    "INSERT OR IGNORE INTO checkpoint_assets (site_id, checkpoint_id, asset_id) VALUES (?, ?, ?)",
  );
  for (const asset of assets) insert.run(site, checkpoint, asset);
}
