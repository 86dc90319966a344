import type { FleetDocument, RegistryKind, setupRoutes } from "@bulbcheck/shared";
import { recordAudit } from "../../store/audit-store.ts";
import { transact } from "../../store/database.ts";
import { historyOf, removeFromRegistry } from "../../store/registry-removal-store.ts";
import {
  checkpointsOf,
  getAsset,
  getDevice,
  getSiteRow,
  zoneExists,
} from "../../store/registry-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { Caller } from "../auth.ts";
import type { ApiDeps } from "../deps.ts";
import { provision } from "../provision.ts";
import type { Handlers } from "../router.ts";
import { requireSite } from "../scope.ts";

/** `getDeviceConnection` lives beside it, in device-connection.ts. */
type SetupHandlers = Omit<Handlers<typeof setupRoutes>, "getDeviceConnection">;

/**
 * One object at a time, for the setup screens: each `PATCH` is the one-object fleet document it
 * stands for, provisioned as `PUT /api/fleet` would (the same checks, merge and retirement), and
 * each `DELETE` removes only what has no history.
 */
export function setupHandlers(deps: ApiDeps): SetupHandlers {
  const { db } = deps;

  const change = (
    kind: RegistryKind,
    site: string,
    id: string,
    doc: FleetDocument["sites"][number],
    retired: boolean | undefined,
    caller: Caller | undefined,
  ) => {
    const action = retired === undefined ? "update" : retired ? "retire" : "restore";
    const done = provision(deps, { sites: [doc] }, caller, {
      audit: { action: `${kind}.${action}`, target: `${kind} ${id}`, site },
    });
    return {
      kind,
      id,
      site,
      retired: retired ?? false,
      closedDefects: done.closedDefects,
      disconnected: done.disconnected,
    };
  };

  const remove = (
    target: Parameters<typeof removeFromRegistry>[1] & { id: string },
    caller: Caller | undefined,
  ) => {
    const history = historyOf(db, target);
    if (history.length > 0)
      throw new ApiError(
        409,
        "has_history",
        `${target.kind} ${target.id} has ${history.join(", ")}: retire it instead (PATCH with {"retired": true}), which keeps that history`,
      );
    const removed = transact(db, () => {
      const removed = removeFromRegistry(db, target, deps.now());
      recordAudit(db, {
        at: deps.now(),
        actor: caller?.actor ?? "api",
        site: target.site,
        action: `${target.kind}.delete`,
        target: `${target.kind} ${target.id}`,
        detail: { removed },
      });
      return removed;
    });
    if (target.kind === "device") deps.broker.disconnect(target.id);
    deps.logger.info({ kind: target.kind, id: target.id, removed }, "removed from the registry");
    return { kind: target.kind, id: target.id, site: target.site, removed };
  };

  const siteOf = (caller: Caller | undefined, id: string) => {
    requireSite(caller, id, `site ${id}`);
    const site = getSiteRow(db, id);
    if (!site) throw notFound(`site ${id}`);
    return site;
  };

  const zoneOf = (caller: Caller | undefined, site: string, zone: string) => {
    siteOf(caller, site);
    if (!zoneExists(db, site, zone)) throw notFound(`zone ${zone} of site ${site}`);
  };

  const movesTo = (site: string, zone: string | undefined) => {
    if (zone !== undefined && !zoneExists(db, site, zone))
      throw new ApiError(
        400,
        "invalid_body",
        `zone: site ${site} has no zone ${zone}; create it first`,
        [{ path: "zone", message: `no zone ${zone}` }],
      );
  };

  return {
    patchSite: ({ params, body, caller }) => {
      siteOf(caller, params.id);
      const { retired, ...fields } = body;
      return change(
        "site",
        params.id,
        params.id,
        { id: params.id, ...fields, retired, zones: [], devices: [] },
        retired,
        caller,
      );
    },
    deleteSite: ({ params, caller }) => {
      siteOf(caller, params.id);
      return remove({ kind: "site", site: params.id, id: params.id }, caller);
    },

    patchZone: ({ params, body, caller }) => {
      zoneOf(caller, params.site, params.zone);
      const zone = { id: params.zone, ...body, assets: [], checkpoints: [] };
      return change(
        "zone",
        params.site,
        params.zone,
        { id: params.site, zones: [zone], devices: [] },
        body.retired,
        caller,
      );
    },
    deleteZone: ({ params, caller }) => {
      zoneOf(caller, params.site, params.zone);
      return remove({ kind: "zone", site: params.site, id: params.zone }, caller);
    },

    patchAsset: ({ params, body, caller }) => {
      siteOf(caller, params.site);
      const asset = getAsset(db, params.site, params.asset);
      if (!asset) throw notFound(`asset ${params.asset} of site ${params.site}`);
      movesTo(params.site, body.zone);
      const { zone = asset.zone_id, ...fields } = body;
      const zones = [{ id: zone, assets: [{ id: params.asset, ...fields }], checkpoints: [] }];
      return change(
        "asset",
        params.site,
        params.asset,
        { id: params.site, zones, devices: [] },
        body.retired,
        caller,
      );
    },
    deleteAsset: ({ params, caller }) => {
      siteOf(caller, params.site);
      if (!getAsset(db, params.site, params.asset))
        throw notFound(`asset ${params.asset} of site ${params.site}`);
      return remove({ kind: "asset", site: params.site, id: params.asset }, caller);
    },

    patchCheckpoint: ({ params, body, caller }) => {
      siteOf(caller, params.site);
      const cp = checkpointsOf(db, params.site).find((c) => c.id === params.checkpoint);
      if (!cp) throw notFound(`checkpoint ${params.checkpoint} of site ${params.site}`);
      movesTo(params.site, body.zone);
      const { zone = cp.zone_id, ...fields } = body;
      const zones = [{ id: zone, assets: [], checkpoints: [{ id: params.checkpoint, ...fields }] }];
      return change(
        "checkpoint",
        params.site,
        params.checkpoint,
        { id: params.site, zones, devices: [] },
        body.retired,
        caller,
      );
    },
    deleteCheckpoint: ({ params, caller }) => {
      siteOf(caller, params.site);
      if (!checkpointsOf(db, params.site).some((c) => c.id === params.checkpoint))
        throw notFound(`checkpoint ${params.checkpoint} of site ${params.site}`);
      return remove({ kind: "checkpoint", site: params.site, id: params.checkpoint }, caller);
    },

    patchDevice: ({ params, body, caller }) => {
      const device = getDevice(db, params.id);
      if (!device) throw notFound(`device ${params.id}`);
      requireSite(caller, device.site_id, `device ${params.id}`);
      const { site = device.site_id, ...fields } = body;
      if (site !== device.site_id) siteOf(caller, site);
      return change(
        "device",
        site,
        params.id,
        { id: site, zones: [], devices: [{ id: params.id, ...fields }] },
        body.retired,
        caller,
      );
    },
    deleteDevice: ({ params, caller }) => {
      const device = getDevice(db, params.id);
      if (!device) throw notFound(`device ${params.id}`);
      requireSite(caller, device.site_id, `device ${params.id}`);
      return remove({ kind: "device", site: device.site_id, id: params.id }, caller);
    },
  };
}
