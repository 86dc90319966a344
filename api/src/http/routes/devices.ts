import { generateSecret, hashSecret } from "@bulbcheck/broker";
import type { deviceRoutes } from "@bulbcheck/shared";
import { recordAudit } from "../../store/audit-store.ts";
import { transact } from "../../store/database.ts";
import { rejectedOfDevice } from "../../store/event-store.ts";
import {
  getDevice,
  listDevices,
  restoreDevice,
  revokeDevice,
  setDeviceSecret,
} from "../../store/registry-store.ts";
import { deviceSecretKey } from "../../store/server-key-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { ApiDeps } from "../deps.ts";
import type { Handlers } from "../router.ts";
import { requireSite, siteFilter } from "../scope.ts";
import { deviceView, rejectedView } from "../views.ts";

/** Rejected payloads shown on a device's page. */
const REJECTIONS_SHOWN = 20;

export function deviceHandlers(deps: ApiDeps): Handlers<typeof deviceRoutes> {
  const { db } = deps;

  return {
    listDevices: ({ query, caller }) => {
      const online = query.state === undefined ? undefined : query.state === "online";
      const sites = siteFilter(caller, query.site);
      const site = sites?.length === 1 ? sites[0] : undefined;
      const visible = sites === null ? null : new Set(sites);
      const includeRetired = query.include === "retired";
      const items = listDevices(db, { site, online, includeRetired })
        .filter((d) => visible === null || visible.has(d.site_id))
        .map(deviceView);
      return { items };
    },

    getDevice: ({ params, caller }) => {
      const device = getDevice(db, params.id);
      if (!device) throw notFound(`device ${params.id}`);
      requireSite(caller, device.site_id, `device ${params.id}`);
      return {
        ...deviceView(device),
        lastRejections: rejectedOfDevice(db, device.id, REJECTIONS_SHOWN).map(rejectedView),
      };
    },

    rotateDeviceSecret: async ({ params, caller }) => {
      const device = getDevice(db, params.id);
      if (!device) throw notFound(`device ${params.id}`);
      requireSite(caller, device.site_id, `device ${params.id}`);
      const secret = generateSecret();
      const hash = hashSecret(deviceSecretKey(db), secret);
      transact(db, () => {
        // Checked where it is written: a revocation while the hash was made still wins.
        if (!setDeviceSecret(db, params.id, hash)) throw stillRevoked(params.id);
        recordAudit(db, {
          at: deps.now(),
          actor: caller?.actor ?? "api",
          site: device.site_id,
          action: "device.rotate_secret",
          target: `device ${params.id}`,
        });
      });
      deps.broker.disconnect(params.id);
      deps.logger.info({ device: params.id }, "device secret rotated");
      return { device: params.id, secret };
    },

    revokeDevice: ({ params, caller }) => {
      const device = getDevice(db, params.id);
      if (!device) throw notFound(`device ${params.id}`);
      requireSite(caller, device.site_id, `device ${params.id}`);
      const now = deps.now();
      transact(db, () => {
        revokeDevice(db, params.id, now);
        recordAudit(db, {
          at: now,
          actor: caller?.actor ?? "api",
          site: device.site_id,
          action: "device.revoke",
          target: `device ${params.id}`,
        });
      });
      deps.broker.disconnect(params.id);
      deps.feed.publish([
        { type: "device", change: "revoked", device: device.id, site: device.site_id, at: now },
      ]);
      deps.logger.info({ device: params.id }, "device revoked");
      return { device: params.id, revoked: true as const };
    },

    restoreDevice: async ({ params, caller }) => {
      const device = getDevice(db, params.id);
      if (!device) throw notFound(`device ${params.id}`);
      requireSite(caller, device.site_id, `device ${params.id}`);
      const secret = generateSecret();
      const hash = hashSecret(deviceSecretKey(db), secret);
      const now = deps.now();
      transact(db, () => {
        if (!restoreDevice(db, params.id, hash))
          throw new ApiError(409, "not_revoked", `device ${params.id} is not revoked`);
        recordAudit(db, {
          at: now,
          actor: caller?.actor ?? "api",
          site: device.site_id,
          action: "device.restore",
          target: `device ${params.id}`,
        });
      });
      // Credentials changed: nothing may stay connected on the old ones (there should be none).
      deps.broker.disconnect(params.id);
      deps.feed.publish([
        { type: "device", change: "restored", device: device.id, site: device.site_id, at: now },
      ]);
      deps.logger.info({ device: params.id }, "device restored");
      return { device: params.id, secret };
    },
  };
}

function stillRevoked(device: string): ApiError {
  return new ApiError(
    409,
    "device_revoked",
    `device ${device} is revoked: a new secret would not bring it back; an admin restores it`,
  );
}
