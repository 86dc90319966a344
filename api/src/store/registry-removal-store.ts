import type { RegistryRemoval } from "@bulbcheck/shared";
import { cacheOf } from "./cache.ts";
import type { Db } from "./database.ts";
import { beginSiteRemoval, REMOVAL_STEPS } from "./site-removal-store.ts";
import { statement } from "./statements.ts";

/**
 * Deleting what has no history: a mistake made a minute ago. History is what people read
 * later: a defect ever filed under it, a check-in at it, a message its device sent. What has
 * some is retired instead; {@link historyOf} says what it has, for the refusal.
 */

export type Removed = RegistryRemoval["removed"];
type Target =
  | { kind: "site"; site: string }
  | { kind: "zone" | "asset" | "checkpoint"; site: string; id: string }
  | { kind: "device"; site: string; id: string };

const count = (db: Db, sql: string, ...values: string[]) =>
  statement<string[], { n: number }>(db, sql).get(...values)?.n ?? 0;

const defectsOf = (db: Db, site: string, asset: string) =>
  count(db, "SELECT count(*) AS n FROM defects WHERE site_id = ? AND asset_id = ?", site, asset);

/** What the target has that would be lost, in words; empty when it may be deleted. */
export function historyOf(db: Db, target: Target): string[] {
  const said: string[] = [];
  const add = (n: number, one: string, many: string) => {
    if (n > 0) said.push(`${n} ${n === 1 ? one : many}`);
  };
  switch (target.kind) {
    case "site":
      add(
        count(db, "SELECT count(*) AS n FROM defects WHERE site_id = ?", target.site),
        "defect",
        "defects",
      );
      add(
        count(db, "SELECT count(*) AS n FROM inspections WHERE site_id = ?", target.site),
        "check-in",
        "check-ins",
      );
      add(
        count(
          db,
          "SELECT coalesce(sum(events + rejected), 0) AS n FROM devices WHERE site_id = ?",
          target.site,
        ),
        "message from its devices",
        "messages from its devices",
      );
      break;
    case "zone":
      add(
        count(
          db,
          "SELECT count(*) AS n FROM assets WHERE site_id = ? AND zone_id = ?",
          target.site,
          target.id,
        ),
        "asset",
        "assets",
      );
      add(
        count(
          db,
          "SELECT count(*) AS n FROM checkpoints WHERE site_id = ? AND zone_id = ?",
          target.site,
          target.id,
        ),
        "checkpoint",
        "checkpoints",
      );
      break;
    case "asset":
      add(defectsOf(db, target.site, target.id), "defect", "defects");
      break;
    case "checkpoint":
      add(
        count(
          db,
          "SELECT count(*) AS n FROM inspections WHERE site_id = ? AND checkpoint_id = ?",
          target.site,
          target.id,
        ),
        "check-in",
        "check-ins",
      );
      add(defectsOf(db, target.site, target.id), "missed check", "missed checks");
      break;
    case "device":
      add(
        count(db, "SELECT events + rejected AS n FROM devices WHERE id = ?", target.id),
        "message",
        "messages",
      );
      add(defectsOf(db, target.site, target.id), "defect", "defects");
      break;
  }
  return said;
}

const none = (): Removed => ({ sites: 0, zones: 0, assets: 0, checkpoints: 0, devices: 0 });

/**
 * Deletes the target, which {@link historyOf} found without history, inside the caller's
 * transaction. Answers what went.
 */
export function removeFromRegistry(db: Db, target: Target, now: number): Removed {
  const cache = cacheOf(db);
  cache.assets.clear();
  cache.devices.clear();
  cache.siteCounts = undefined;
  const removed = none();
  switch (target.kind) {
    case "site": {
      const site = target.site;
      removed.zones = count(db, "SELECT count(*) AS n FROM zones WHERE site_id = ?", site);
      removed.assets = count(db, "SELECT count(*) AS n FROM assets WHERE site_id = ?", site);
      removed.checkpoints = count(
        db,
        "SELECT count(*) AS n FROM checkpoints WHERE site_id = ?",
        site,
      );
      const devices = statement<[string], { id: string }>(
        db,
        "SELECT id FROM devices WHERE site_id = ?",
      )
        .all(site)
        .map((r) => r.id);
      removed.devices = devices.length;
      // The demo chain's removal, all at once: with no history there is little to delete.
      beginSiteRemoval(db, [site], now);
      for (const step of REMOVAL_STEPS)
        while (step.run(db, { sites: [site], devices }, 10_000) > 0);
      removed.sites = 1;
      break;
    }
    case "zone":
      removed.zones = statement(db, "DELETE FROM zones WHERE site_id = ? AND id = ?").run(
        target.site,
        target.id,
      ).changes;
      break;
    case "asset":
      statement(db, "DELETE FROM checkpoint_assets WHERE site_id = ? AND asset_id = ?").run(
        target.site,
        target.id,
      );
      removed.assets = statement(db, "DELETE FROM assets WHERE site_id = ? AND id = ?").run(
        target.site,
        target.id,
      ).changes;
      break;
    case "checkpoint":
      statement(db, "DELETE FROM checkpoint_assets WHERE site_id = ? AND checkpoint_id = ?").run(
        target.site,
        target.id,
      );
      removed.checkpoints = statement(
        db,
        "DELETE FROM checkpoints WHERE site_id = ? AND id = ?",
      ).run(target.site, target.id).changes;
      break;
    case "device":
      removed.devices = statement(db, "DELETE FROM devices WHERE id = ?").run(target.id).changes;
      break;
  }
  return removed;
}
