import type {
  AssetCategory,
  AssetRef,
  DeviceKind,
  OpeningHours,
  SiteLanguage,
} from "@bulbcheck/shared";
import { checkpointDueAt } from "@bulbcheck/shared";
import { assetKey, cacheOf, type KnownAsset } from "./cache.ts";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/** The zone that assets first met in an event are filed under, until someone places them. */
export const UNPLACED_ZONE = "unplaced";

function exists(db: Db, sql: string, ...keys: string[]): boolean {
  return statement<string[]>(db, sql).get(...keys) !== undefined;
}

/**
 * Sets when a checkpoint is next due: its interval in open minutes of its site after its last
 * check, or after `now` when it was never checked.
 */
export function scheduleCheckpoint(db: Db, site: string, checkpoint: string, now: number): void {
  const row = statement<
    [string, string],
    { interval_minutes: number; last_checked_at: number | null; hours: string; timezone: string }
  >(
    db,
    `SELECT c.interval_minutes, c.last_checked_at, s.hours, s.timezone
     FROM checkpoints c JOIN sites s ON s.id = c.site_id WHERE c.site_id = ? AND c.id = ?`,
  ).get(site, checkpoint);
  if (!row) return;
  const hours = JSON.parse(row.hours) as OpeningHours;
  const due = checkpointDueAt(
    row.last_checked_at ?? now,
    row.interval_minutes,
    Object.keys(hours).length === 0 ? null : hours,
    row.timezone,
  );
  statement(db, "UPDATE checkpoints SET due_at = ? WHERE site_id = ? AND id = ?").run(
    Number.isFinite(due) ? due : null,
    site,
    checkpoint,
  );
}

export interface DueCheckpoint {
  site_id: string;
  id: string;
  zone_id: string;
  due_at: number;
}

/** Checkpoints due by `now` that have no unresolved overdue defect yet. */
export function overdueCheckpoints(db: Db, now: number): DueCheckpoint[] {
  return statement<[number], DueCheckpoint>(
    db,
    `SELECT c.site_id, c.id, c.zone_id, c.due_at FROM checkpoints c
     WHERE c.due_at <= ? AND c.retired_at IS NULL AND NOT EXISTS (
       SELECT 1 FROM defects d WHERE d.site_id = c.site_id AND d.asset_id = c.id
         AND d.fault = 'inspection_overdue' AND d.status <> 'resolved')`,
  ).all(now);
}

/** Checkpoints provisioned before deadlines were kept: scheduled once, by the watchdog. */
export function unscheduledCheckpoints(db: Db): { site_id: string; id: string }[] {
  return statement<[], { site_id: string; id: string }>(
    db,
    "SELECT site_id, id FROM checkpoints WHERE due_at IS NULL AND retired_at IS NULL",
  ).all();
}

export interface SilentDevice {
  id: string;
  site_id: string;
  silent_at: number;
}

/**
 * Devices silent for three intervals by `now` (counted from when they were last heard, or
 * provisioned), not revoked or retired, with no unresolved offline defect yet.
 */
export function silentDevices(db: Db, now: number): SilentDevice[] {
  return statement<[number], SilentDevice>(
    db,
    `SELECT id, site_id, coalesce(last_seen_at, created_at) + 3 * interval_seconds * 1000 AS silent_at
     FROM devices
     WHERE secret_hash IS NOT NULL AND retired_at IS NULL
       AND coalesce(last_seen_at, created_at) + 3 * interval_seconds * 1000 <= ?
       AND NOT EXISTS (SELECT 1 FROM defects d WHERE d.site_id = devices.site_id AND d.asset_id = devices.id
         AND d.fault = 'device_offline' AND d.status <> 'resolved')`,
  ).all(now);
}

export function setDeviceOnline(db: Db, id: string, online: boolean): void {
  statement(db, "UPDATE devices SET online = ? WHERE id = ?").run(online ? 1 : 0, id);
}

export function deviceExists(db: Db, id: string): boolean {
  return exists(db, "SELECT 1 FROM devices WHERE id = ?", id);
}

export interface AssetRow {
  site_id: string;
  id: string;
  zone_id: string;
  name: string;
  category: AssetCategory;
  customer_visible: number;
  unplaced: number;
  /** Raised to revoke the asset's printed QR codes. */
  report_key_version: number;
  retired_at: number | null;
}

export function getAsset(db: Db, site: string, asset: string): AssetRow | undefined {
  return statement<[string, string], AssetRow>(
    db,
    "SELECT * FROM assets WHERE site_id = ? AND id = ?",
  ).get(site, asset);
}

/**
 * Assets a site may have that nobody provisioned, created by the events that named them. An
 * honest fleet meets a few (a button set up with an id the fleet document lacks); beyond this
 * many, a device is inventing them, and the fix is to place them in a fleet document, not a
 * larger cap. docs/api.md#unplaced-assets.
 */
export const MAX_UNPLACED_ASSETS_PER_SITE = 100;

function knownAsset(db: Db, site: string, asset: string): KnownAsset | undefined {
  const cache = cacheOf(db).assets;
  const key = assetKey(site, asset);
  const cached = cache.get(key);
  if (cached) return cached;
  const row = getAsset(db, site, asset);
  if (!row) return undefined;
  const known = {
    ref: { site, zone: row.zone_id, asset, customerVisible: row.customer_visible === 1 },
    unplaced: row.unplaced === 1,
    retired: row.retired_at !== null,
  };
  cache.set(key, known);
  return known;
}

/** Whether a fleet document placed the asset in a zone of the site (not only an event naming it). */
export function isProvisionedAsset(db: Db, site: string, asset: string): boolean {
  const known = knownAsset(db, site, asset);
  return known !== undefined && !known.unplaced;
}

/** Whether the asset was retired (itself, or with its zone or site). */
export function isRetiredAsset(db: Db, site: string, asset: string): boolean {
  return knownAsset(db, site, asset)?.retired === true;
}

export function zoneExists(db: Db, site: string, zone: string): boolean {
  return exists(db, "SELECT 1 FROM zones WHERE site_id = ? AND id = ?", site, zone);
}

export function checkpointExists(db: Db, site: string, checkpoint: string): boolean {
  return exists(db, "SELECT 1 FROM checkpoints WHERE site_id = ? AND id = ?", site, checkpoint);
}

/** The zone a checkpoint is in; undefined when the site has no such checkpoint. */
export function checkpointZone(db: Db, site: string, checkpoint: string): string | undefined {
  return statement<[string, string], { zone_id: string }>(
    db,
    "SELECT zone_id FROM checkpoints WHERE site_id = ? AND id = ?",
  ).get(site, checkpoint)?.zone_id;
}

export function unplacedAssetCount(db: Db, site: string): number {
  return (
    statement<[string], { n: number }>(
      db,
      "SELECT count(*) AS n FROM assets WHERE site_id = ? AND unplaced = 1",
    ).get(site)?.n ?? 0
  );
}

/**
 * The asset an event names, as the rules need it. An asset nobody provisioned is created as
 * "unplaced" under its site (category `other`), so that its report is kept and shown, not
 * dropped; undefined when the site has {@link MAX_UNPLACED_ASSETS_PER_SITE} of them already.
 */
export function assetForEvent(db: Db, site: string, asset: string): AssetRef | undefined {
  const known = knownAsset(db, site, asset);
  if (known) return known.ref;
  if (unplacedAssetCount(db, site) >= MAX_UNPLACED_ASSETS_PER_SITE) return undefined;
  statement(db, "INSERT OR IGNORE INTO zones (site_id, id, name) VALUES (?, ?, 'Unplaced')").run(
    site,
    UNPLACED_ZONE,
  );
  statement(
    db,
    "INSERT INTO assets (site_id, id, zone_id, name, category, customer_visible, unplaced) VALUES (?, ?, ?, ?, 'other', 0, 1)",
  ).run(site, asset, UNPLACED_ZONE, asset);
  const created = {
    ref: { site, zone: UNPLACED_ZONE, asset, customerVisible: false },
    unplaced: true,
    retired: false,
  };
  cacheOf(db).assets.set(assetKey(site, asset), created);
  return created.ref;
}

export interface SiteRow {
  id: string;
  name: string;
  address: string | null;
  timezone: string;
  hours: string;
  /** 1 for a site of the demo chain. */
  demo: number;
  language: SiteLanguage;
  retired_at: number | null;
}

const SITE_COLUMNS = "id, name, address, timezone, hours, demo, language, retired_at";

/**
 * The sites in service, or with `includeRetired` every site. A site being removed is gone for
 * every reader; its rows are deleted behind (site-removal-store).
 */
export function listSiteRows(db: Db, { includeRetired = false } = {}): SiteRow[] {
  return statement<[], SiteRow>(
    db,
    `SELECT ${SITE_COLUMNS} FROM sites WHERE removing_since IS NULL${includeRetired ? "" : " AND retired_at IS NULL"} ORDER BY id`,
  ).all();
}

/** A site, retired or not: its history stays readable. */
export function getSiteRow(db: Db, id: string): SiteRow | undefined {
  return statement<[string], SiteRow>(
    db,
    `SELECT ${SITE_COLUMNS} FROM sites WHERE id = ? AND removing_since IS NULL`,
  ).get(id);
}

export function parseHours(row: SiteRow): OpeningHours | null {
  const hours = JSON.parse(row.hours) as OpeningHours;
  return Object.keys(hours).length === 0 ? null : hours;
}

export interface ZoneRow {
  id: string;
  name: string;
  retired_at: number | null;
}

export function zonesOf(db: Db, site: string): ZoneRow[] {
  return statement<[string], ZoneRow>(
    db,
    "SELECT id, name, retired_at FROM zones WHERE site_id = ? ORDER BY id",
  ).all(site);
}

export function assetsOf(db: Db, site: string): AssetRow[] {
  return statement<[string], AssetRow>(
    db,
    "SELECT * FROM assets WHERE site_id = ? ORDER BY zone_id, id",
  ).all(site);
}

export interface CheckpointRow {
  id: string;
  zone_id: string;
  name: string;
  interval_minutes: number;
  assets: string | null;
  last_checked_at: number | null;
  retired_at: number | null;
}

export function checkpointsOf(db: Db, site: string): CheckpointRow[] {
  return statement<[string], CheckpointRow>(
    db,
    `SELECT c.id, c.zone_id, c.name, c.interval_minutes,
       (SELECT json_group_array(asset_id) FROM checkpoint_assets ca WHERE ca.site_id = c.site_id AND ca.checkpoint_id = c.id) AS assets,
       c.last_checked_at, c.retired_at
     FROM checkpoints c WHERE c.site_id = ? ORDER BY c.zone_id, c.id`,
  ).all(site);
}

export interface DeviceRow {
  id: string;
  site_id: string;
  kind: DeviceKind;
  name: string | null;
  interval_seconds: number;
  /** JSON array of asset ids. */
  watches: string;
  /** JSON array of checkpoint ids; null when the fleet document named none. */
  serves: string | null;
  secret_hash: string | null;
  revoked_at: number | null;
  online: number;
  last_seen_at: number | null;
  battery: number | null;
  events: number;
  rejected: number;
  retired_at: number | null;
}

export function getDevice(db: Db, id: string): DeviceRow | undefined {
  return statement<[string], DeviceRow>(db, "SELECT * FROM devices WHERE id = ?").get(id);
}

export function listDevices(
  db: Db,
  filter: {
    site?: string | undefined;
    online?: boolean | undefined;
    includeRetired?: boolean | undefined;
  },
): DeviceRow[] {
  // Filters from fixed fragments, every value bound: `(@site IS NULL OR site_id = @site)` would
  // keep SQLite from searching by site and scan every device.
  const where: string[] = [];
  const values: Record<string, string | number> = {};
  if (filter.site !== undefined) {
    where.push("site_id = @site");
    values.site = filter.site;
  }
  if (filter.online !== undefined) {
    where.push("online = @online");
    values.online = filter.online ? 1 : 0;
  }
  if (!filter.includeRetired) where.push("retired_at IS NULL");
  return statement<[Record<string, string | number>], DeviceRow>(
    db,
    `SELECT * FROM devices${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY site_id, id`,
  ).all(values);
}

/**
 * Replaces the secret of a device that is not revoked; false for a revoked one, which stays
 * revoked: only {@link restoreDevice} brings it back.
 */
export function setDeviceSecret(db: Db, id: string, secretHash: string): boolean {
  cacheOf(db).devices.delete(id);
  return (
    statement(
      db,
      "UPDATE devices SET secret_hash = ? WHERE id = ? AND secret_hash IS NOT NULL",
    ).run(secretHash, id).changes === 1
  );
}

export function revokeDevice(db: Db, id: string, now: number): void {
  cacheOf(db).devices.delete(id);
  statement(
    db,
    "UPDATE devices SET secret_hash = NULL, revoked_at = ?, online = 0 WHERE id = ?",
  ).run(now, id);
}

/** Gives a revoked device a secret again; false when it was not revoked. */
export function restoreDevice(db: Db, id: string, secretHash: string): boolean {
  cacheOf(db).devices.delete(id);
  return (
    statement(
      db,
      "UPDATE devices SET secret_hash = ?, revoked_at = NULL WHERE id = ? AND secret_hash IS NULL",
    ).run(secretHash, id).changes === 1
  );
}

/** Per site, its checkpoints and how many are not overdue at `now` (open hours counted). */
export function inspectionCountsBySite(
  db: Db,
  now: number,
  site?: string,
): Map<string, { checkpoints: number; onTime: number }> {
  const sql = `SELECT site_id, count(*) AS checkpoints, sum(due_at IS NULL OR due_at > ?) AS onTime
     FROM checkpoints WHERE retired_at IS NULL`;
  type Row = { site_id: string; checkpoints: number; onTime: number };
  const rows =
    site === undefined
      ? statement<[number], Row>(db, `${sql} GROUP BY site_id`).all(now)
      : statement<[number, string], Row>(db, `${sql} AND site_id = ? GROUP BY site_id`).all(
          now,
          site,
        );
  return new Map(rows.map((r) => [r.site_id, { checkpoints: r.checkpoints, onTime: r.onTime }]));
}

/** Site-level counts of devices (revoked ones left out), for the overview. */
export function deviceCountsBySite(
  db: Db,
  site?: string,
): Map<string, { devices: number; offline: number }> {
  // One statement per shape, so that one site's count searches by site (see listDevices).
  const sql = `SELECT site_id, count(*) AS devices, sum(online = 0) AS offline FROM devices
     WHERE revoked_at IS NULL AND retired_at IS NULL`;
  type Row = { site_id: string; devices: number; offline: number };
  const rows =
    site === undefined
      ? statement<[], Row>(db, `${sql} GROUP BY site_id`).all()
      : statement<[string], Row>(db, `${sql} AND site_id = ? GROUP BY site_id`).all(site);
  return new Map(rows.map((r) => [r.site_id, { devices: r.devices, offline: r.offline }]));
}

/**
 * Replaces legacy secret hashes by the keyed hashes their devices logged in with, each only if the
 * device still has the hash that was replaced (a rotation or revocation meanwhile wins). Returns
 * how many changed.
 */
export function upgradeDeviceSecretHashes(
  db: Db,
  upgrades: readonly { id: string; from: string; to: string }[],
): number {
  const update = statement<[string, string, string]>(
    db,
    "UPDATE devices SET secret_hash = ? WHERE id = ? AND secret_hash = ?",
  );
  return db.transaction(() =>
    upgrades.reduce((changed, { id, from, to }) => changed + update.run(to, id, from).changes, 0),
  )();
}
