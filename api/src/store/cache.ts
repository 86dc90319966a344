import type { AssetRef, DeviceKind, DeviceScope } from "@bulbcheck/shared";
import type { AssignmentRuleRow } from "./assignment-rule-store.ts";
import type { Db } from "./database.ts";

/**
 * What the hot ingestion path would otherwise ask SQLite for on every message: the assets it has
 * met, the devices it has heard (their site and scope), which assets have an unresolved defect
 * (so that a heartbeat saying "ok" on an asset with nothing open costs no query), and the
 * per-site sums every board asks for. Only the store modules write it, always together with the
 * database; a rolled-back transaction drops it (see `transact`), and it is read back lazily.
 */
export interface StoreCache {
  assets: Map<string, KnownAsset>;
  /** Devices by id as ingestion checks them: site, revocation, scope. Loaded on first use. */
  devices: Map<string, RegisteredDevice>;
  /** `site\0asset` of assets with at least one unresolved defect; loaded on first use. */
  unresolved: Set<string> | undefined;
  /** All sites' unresolved-defect counts as last summed, and when (see unresolvedCountsBySite). */
  siteCounts: { at: number; counts: Map<string, SiteCounts> } | undefined;
  /** The assignment rules, by site; loaded on the first defect opened. */
  assignmentRules?: Map<string, AssignmentRuleRow[]> | undefined;
}

/** An asset as ingestion needs it: the rules' reference, and whether a fleet document placed it. */
export interface KnownAsset {
  ref: AssetRef;
  unplaced: boolean;
  /** Retired, itself or with its zone or site: messages naming it are refused. */
  retired: boolean;
}

/** A device as the registry has it now, for checking what it says. */
export interface RegisteredDevice {
  id: string;
  site: string;
  kind: DeviceKind;
  revoked: boolean;
  retired: boolean;
  scope: DeviceScope;
}

export interface SiteCounts {
  open: number;
  /** Status `open`: nobody has acknowledged them yet. */
  unacknowledged: number;
  high: number;
  medium: number;
  low: number;
  overdue: number;
  oldestOpenedAt: number | null;
  /** Its worst unresolved defects, at most three, worst first (see worstOpenBySite). */
  worst: WorstOpen[];
}

/** One of a site's worst unresolved defects, with the names a board shows. */
export interface WorstOpen {
  id: number;
  fault: string;
  severity: string;
  status: string;
  assetName: string;
  zoneName: string;
  openedAt: number;
  overdue: boolean;
}

const caches = new WeakMap<Db, StoreCache>();

export function cacheOf(db: Db): StoreCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { assets: new Map(), devices: new Map(), unresolved: undefined, siteCounts: undefined };
    caches.set(db, cache);
  }
  return cache;
}

/** After a rollback the cache may hold what the database does not: forget it all. */
export function dropCache(db: Db): void {
  caches.delete(db);
}

export function assetKey(site: string, asset: string): string {
  return `${site}\0${asset}`;
}
