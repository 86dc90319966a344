import type { RegistryKind } from "@bulbcheck/shared";
import { cacheOf } from "./cache.ts";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/**
 * Retiring and restoring objects of the registry. A retired row keeps everything; `retired_at`
 * takes it out of the boards, the alerts and the lists. What a site or a zone holds is retired
 * with it at the same instant and restored with it by that instant, so that something retired on
 * its own before stays retired when its zone comes back.
 */

export interface RetiredSet {
  /** Ids under which open defects may be filed: assets, checkpoints and devices. */
  assets: string[];
  checkpoints: string[];
  devices: string[];
}

type Target = { kind: RegistryKind; site: string; id: string };

const WHERE: Record<RegistryKind, string> = {
  site: "id = @id",
  zone: "site_id = @site AND id = @id",
  asset: "site_id = @site AND id = @id",
  checkpoint: "site_id = @site AND id = @id",
  device: "id = @id",
};
const TABLE: Record<RegistryKind, string> = {
  site: "sites",
  zone: "zones",
  asset: "assets",
  checkpoint: "checkpoints",
  device: "devices",
};

/** When the object was retired; null when in service, undefined when there is no such object. */
export function retiredAt(db: Db, target: Target): number | null | undefined {
  const row = statement<[Record<string, string>], { retired_at: number | null }>(
    db,
    `SELECT retired_at FROM ${TABLE[target.kind]} WHERE ${WHERE[target.kind]}`,
  ).get({ site: target.site, id: target.id });
  return row?.retired_at;
}

/**
 * The retired object that holds `target` (its zone or its site), which must come back first;
 * undefined when none is.
 */
export function retiredParent(db: Db, target: Target): Target | undefined {
  if (target.kind === "site") return undefined;
  const site = retiredAt(db, { kind: "site", site: target.site, id: target.site });
  if (site != null) return { kind: "site", site: target.site, id: target.site };
  if (target.kind === "asset" || target.kind === "checkpoint") {
    const row = statement<[string, string], { zone_id: string }>(
      db,
      `SELECT zone_id FROM ${TABLE[target.kind]} WHERE site_id = ? AND id = ?`,
    ).get(target.site, target.id);
    if (row && retiredAt(db, { kind: "zone", site: target.site, id: row.zone_id }) != null)
      return { kind: "zone", site: target.site, id: row.zone_id };
  }
  return undefined;
}

/**
 * Sets `retired_at` on the object and on what it holds that is in service: a site's zones,
 * assets, checkpoints and devices, a zone's assets and checkpoints. Returns what is now retired
 * that open defects may be filed under.
 */
export function retire(db: Db, target: Target, now: number): RetiredSet {
  clearCaches(db);
  const p = { site: target.site, id: target.id, now };
  statement(
    db,
    `UPDATE ${TABLE[target.kind]} SET retired_at = @now WHERE ${WHERE[target.kind]} AND retired_at IS NULL`,
  ).run(p);
  return cascade(
    db,
    target,
    "UPDATE {t} SET retired_at = @now WHERE {w} AND retired_at IS NULL",
    p,
  );
}

/** Brings the object back, with what was retired with it (at the same instant). */
export function restore(db: Db, target: Target): RetiredSet {
  clearCaches(db);
  const at = retiredAt(db, target);
  if (at == null) return { assets: [], checkpoints: [], devices: [] };
  const p = { site: target.site, id: target.id, now: at };
  statement(
    db,
    `UPDATE ${TABLE[target.kind]} SET retired_at = NULL WHERE ${WHERE[target.kind]}`,
  ).run(p);
  return cascade(db, target, "UPDATE {t} SET retired_at = NULL WHERE {w} AND retired_at = @now", p);
}

/** Runs `sql` on what the target holds, and on the target; answers the ids each holds. */
function cascade(
  db: Db,
  target: Target,
  sql: string,
  p: { site: string; id: string; now: number },
): RetiredSet {
  const held: { table: string; where: string }[] =
    target.kind === "site"
      ? [
          { table: "zones", where: "site_id = @site" },
          { table: "assets", where: "site_id = @site" },
          { table: "checkpoints", where: "site_id = @site" },
          { table: "devices", where: "site_id = @site" },
        ]
      : target.kind === "zone"
        ? [
            { table: "assets", where: "site_id = @site AND zone_id = @id" },
            { table: "checkpoints", where: "site_id = @site AND zone_id = @id" },
          ]
        : [];
  for (const { table, where } of held)
    statement(db, sql.replace("{t}", table).replace("{w}", where)).run(p);
  const ids = (table: string, where: string) =>
    statement<[Record<string, string>], { id: string }>(
      db,
      `SELECT id FROM ${table} WHERE ${where}`,
    )
      .all({ site: p.site, id: p.id })
      .map((r) => r.id);
  switch (target.kind) {
    case "site":
      return {
        assets: ids("assets", "site_id = @site"),
        checkpoints: ids("checkpoints", "site_id = @site"),
        devices: ids("devices", "site_id = @site"),
      };
    case "zone":
      return {
        assets: ids("assets", "site_id = @site AND zone_id = @id"),
        checkpoints: ids("checkpoints", "site_id = @site AND zone_id = @id"),
        devices: [],
      };
    case "asset":
      return { assets: [target.id], checkpoints: [], devices: [] };
    case "checkpoint":
      return { assets: [], checkpoints: [target.id], devices: [] };
    case "device":
      return { assets: [], checkpoints: [], devices: [target.id] };
  }
}

function clearCaches(db: Db): void {
  const cache = cacheOf(db);
  cache.assets.clear();
  cache.devices.clear();
  cache.siteCounts = undefined;
}
