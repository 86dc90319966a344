import { generateSecret, hashSecret } from "@bulbcheck/broker";
import {
  type AuditAction,
  type FleetDocument,
  type FleetObjectKind,
  type FleetResult,
  missingWhenNew,
} from "@bulbcheck/shared";
import { engineContext } from "../engine/defect-engine.ts";
import { setRetired } from "../registry/retirement.ts";
import { recordAudit } from "../store/audit-store.ts";
import { type Db, transact } from "../store/database.ts";
import { upsertFleet } from "../store/fleet-store.ts";
import {
  checkpointExists,
  checkpointZone,
  getAsset,
  getDevice,
  getSiteRow,
  zoneExists,
} from "../store/registry-store.ts";
import { retiredAt } from "../store/retirement-store.ts";
import { deviceSecretKey } from "../store/server-key-store.ts";
import { sitesBeingRemoved } from "../store/site-removal-store.ts";
import { ApiError, formatPath } from "./api-error.ts";
import type { Caller } from "./auth.ts";
import type { ApiDeps } from "./deps.ts";
import { seesSite } from "./scope.ts";

/**
 * Provisioning: a fleet document (whole, or one object of it from a `PATCH`) checked against
 * what exists and who sends it, merged into the registry in one transaction with what it retires
 * or restores, then the broker and the boards told. `PUT /api/fleet`, the setup screens' `PATCH`
 * routes and the CSV import all come through here, so that no path differs.
 */

export interface Provisioned extends FleetResult {
  closedDefects: number;
  /** Devices whose connection was closed: moved, retired or restored. */
  disconnected: string[];
}

export interface ProvisionOptions {
  /** The audit log's action and target; `fleet.provision` and the sites' ids unless said. */
  audit?: { action: AuditAction; target: string; site?: string };
  /** Check and answer, write nothing (the CSV import's preview). */
  dryRun?: boolean;
}

type Issue = { path: string; message: string };

export function provision(
  deps: ApiDeps,
  body: FleetDocument,
  caller: Caller | undefined,
  options: ProvisionOptions = {},
): Provisioned {
  const { db } = deps;
  const removing = sitesBeingRemoved(
    db,
    body.sites.map((s) => s.id),
  );
  if (removing.length > 0)
    throw new ApiError(
      409,
      "site_being_removed",
      `${removing.join(", ")}: being removed with the demo chain; provision it again once that is done (GET /api/demo)`,
    );
  if (caller && caller.role !== "admin") checkManagerMay(db, body, caller);
  const issues = [...incompleteNewObjects(db, body), ...unknownReferences(db, body)];
  if (issues.length > 0) {
    const [first] = issues;
    throw new ApiError(
      400,
      "invalid_body",
      `${first?.path}: ${first?.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""}`,
      issues,
    );
  }
  const intoRetired = placedUnderRetired(db, body);
  if (intoRetired.length > 0) {
    const [first] = intoRetired;
    throw new ApiError(
      409,
      "retired_parent",
      `${first?.path}: ${first?.message}${intoRetired.length > 1 ? ` (and ${intoRetired.length - 1} more)` : ""}`,
      intoRetired,
    );
  }
  const secrets: Record<string, string> = {};
  const hashes = new Map<string, string>();
  const key = deviceSecretKey(db);
  for (const site of body.sites) {
    for (const device of site.devices) {
      if (getDevice(db, device.id) !== undefined) continue;
      // A preview's writes are rolled back: its new devices need no real secret.
      if (options.dryRun) {
        hashes.set(device.id, "preview");
        continue;
      }
      const secret = generateSecret();
      secrets[device.id] = secret;
      hashes.set(device.id, hashSecret(key, secret));
    }
  }
  const now = deps.now();
  const ctx = engineContext(db, deps.duePolicy, deps.recurrenceDays);
  const actor = { at: now, by: caller?.name ?? "api" };
  const run = () => {
    const counts = upsertFleet(db, body, hashes, now);
    let closedDefects = 0;
    const disconnected = new Set(counts.moved);
    for (const retirement of counts.retirements) {
      const done = setRetired(ctx, retirement, retirement.retired, actor);
      if (!done.ok)
        throw new ApiError(
          409,
          "retired_parent",
          `${retirement.kind} ${retirement.id}: its ${done.parent.kind} ${done.parent.id} is retired; restore that first`,
        );
      closedDefects += done.closedDefects;
      for (const device of done.devices) disconnected.add(device);
    }
    recordAudit(db, {
      at: now,
      actor: caller?.actor ?? "api",
      action: options.audit?.action ?? "fleet.provision",
      target: options.audit?.target ?? body.sites.map((s) => s.id).join(", "),
      ...(options.audit?.site ? { site: options.audit.site } : {}),
      detail: { created: counts.created, updated: counts.updated },
    });
    return { counts, closedDefects, disconnected: [...disconnected] };
  };
  if (options.dryRun) {
    // The same writes, rolled back: what the preview answers is what the import would do.
    const preview = dryRun(db, run);
    return {
      created: preview.counts.created,
      updated: preview.counts.updated,
      moved: preview.counts.moved,
      secrets: {},
      closedDefects: preview.closedDefects,
      disconnected: preview.disconnected,
    };
  }
  const done = transact(db, run);
  // A device under another site keeps the topics it was allowed at connect, and a retired one
  // its session: the connection closes, and it connects again as the registry has it now
  // (ingestion refuses what it says meanwhile).
  for (const device of done.disconnected) deps.broker.disconnect(device);
  deps.feed.publish(ctx.changes);
  deps.logger.info(
    {
      sites: body.sites.length,
      newDevices: done.counts.created.devices.length,
      movedDevices: done.counts.moved,
      retirements: done.counts.retirements.length,
    },
    "fleet provisioned",
  );
  return {
    created: done.counts.created,
    updated: done.counts.updated,
    moved: done.counts.moved,
    secrets,
    closedDefects: done.closedDefects,
    disconnected: done.disconnected,
  };
}

class DryRunRollback extends Error {}

function dryRun<T>(db: Db, run: () => T): T {
  let result: T | undefined;
  try {
    transact(db, () => {
      result = run();
      throw new DryRunRollback();
    });
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e;
  }
  return result as T;
}

/**
 * A manager changes what is in their own sites: not a new site, not another site's device,
 * not a site's retirement (a site leaving the chain is an admin's decision).
 */
function checkManagerMay(db: Db, body: FleetDocument, caller: Caller): void {
  const refuse = (message: string) => {
    throw new ApiError(403, "forbidden", message);
  };
  for (const site of body.sites) {
    if (!getSiteRow(db, site.id) || !seesSite(caller, site.id))
      refuse(`site ${site.id}: only admins create sites or change sites they do not manage`);
    if (site.retired !== undefined) refuse(`site ${site.id}: only admins retire or restore sites`);
    for (const device of site.devices) {
      const existing = getDevice(db, device.id);
      if (existing && !seesSite(caller, existing.site_id))
        refuse(`device ${device.id} belongs to a site you do not manage`);
    }
  }
}

/** What a new object must say and does not (`missingWhenNew`), at its path. */
function incompleteNewObjects(db: Db, fleet: FleetDocument): Issue[] {
  const issues: Issue[] = [];
  const need = (kind: FleetObjectKind, object: object, path: (string | number)[]) => {
    for (const field of missingWhenNew(kind, object))
      issues.push({ path: formatPath([...path, field]), message: `required for a new ${kind}` });
  };
  fleet.sites.forEach((site, s) => {
    const siteExists = getSiteRow(db, site.id) !== undefined;
    if (!siteExists) need("site", site, ["sites", s]);
    site.zones.forEach((zone, z) => {
      const at = ["sites", s, "zones", z];
      if (!zoneExists(db, site.id, zone.id)) need("zone", zone, at);
      zone.assets.forEach((asset, i) => {
        if (!getAsset(db, site.id, asset.id)) need("asset", asset, [...at, "assets", i]);
      });
      zone.checkpoints.forEach((cp, i) => {
        if (!checkpointExists(db, site.id, cp.id))
          need("checkpoint", cp, [...at, "checkpoints", i]);
      });
    });
    site.devices.forEach((device, d) => {
      if (!getDevice(db, device.id)) need("device", device, ["sites", s, "devices", d]);
    });
  });
  return issues;
}

/**
 * What the document puts into a site or zone that is retired and that it does not restore: a new
 * object there would be in service inside something out of it, on no board and in no alert.
 */
function placedUnderRetired(db: Db, fleet: FleetDocument): Issue[] {
  const issues: Issue[] = [];
  const refuse = (path: (string | number)[], what: string) =>
    issues.push({ path: formatPath(path), message: `${what} is retired; restore it first` });
  fleet.sites.forEach((site, s) => {
    const siteRetired =
      site.retired !== false && retiredAt(db, { kind: "site", site: site.id, id: site.id }) != null;
    site.zones.forEach((zone, z) => {
      const at = ["sites", s, "zones", z];
      if (siteRetired && !zoneExists(db, site.id, zone.id)) refuse(at, `site ${site.id}`);
      const zoneRetired =
        zone.retired !== false &&
        retiredAt(db, { kind: "zone", site: site.id, id: zone.id }) != null;
      // An object already in this zone was retired with it; one coming in would not be.
      const place = (current: string | undefined, path: (string | number)[]) => {
        if (current === zone.id) return;
        if (siteRetired) refuse(path, `site ${site.id}`);
        else if (zoneRetired) refuse(path, `zone ${zone.id}`);
      };
      zone.assets.forEach((asset, i) => {
        place(getAsset(db, site.id, asset.id)?.zone_id, [...at, "assets", i]);
      });
      zone.checkpoints.forEach((cp, i) => {
        place(checkpointZone(db, site.id, cp.id), [...at, "checkpoints", i]);
      });
    });
    site.devices.forEach((device, d) => {
      if (siteRetired && getDevice(db, device.id)?.site_id !== site.id)
        refuse(["sites", s, "devices", d], `site ${site.id}`);
    });
  });
  return issues;
}

/**
 * Assets named by checkpoints and devices, and checkpoints named by buttons, that neither the
 * document nor the registry has at that site.
 */
function unknownReferences(db: Db, fleet: FleetDocument): Issue[] {
  const missing: Issue[] = [];
  fleet.sites.forEach((site, s) => {
    const inDocument = new Set(site.zones.flatMap((z) => z.assets.map((a) => a.id)));
    const checkpoints = new Set(site.zones.flatMap((z) => z.checkpoints.map((c) => c.id)));
    const known = (asset: string) =>
      inDocument.has(asset) || getAsset(db, site.id, asset) !== undefined;
    const check = (asset: string, path: (string | number)[]) => {
      if (!known(asset))
        missing.push({ path: formatPath(path), message: `unknown asset ${asset}` });
    };
    site.zones.forEach((zone, z) => {
      zone.checkpoints.forEach((cp, c) => {
        cp.assets?.forEach((a, i) => {
          check(a, ["sites", s, "zones", z, "checkpoints", c, "assets", i]);
        });
      });
    });
    site.devices.forEach((device, d) => {
      device.watches?.forEach((a, i) => {
        check(a, ["sites", s, "devices", d, "watches", i]);
      });
      device.serves?.forEach((c, i) => {
        if (!checkpoints.has(c) && !checkpointExists(db, site.id, c))
          missing.push({
            path: formatPath(["sites", s, "devices", d, "serves", i]),
            message: `unknown checkpoint ${c}`,
          });
      });
    });
  });
  return missing;
}
