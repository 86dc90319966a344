import { generateSecret, hashSecret } from "@bulbcheck/broker";
import {
  deviceDetailSchema,
  deviceQuerySchema,
  deviceRevokedSchema,
  deviceSecretSchema,
  devicesResponseSchema,
} from "@bulbcheck/shared";
import { recordAudit } from "../../store/audit-store.ts";
import { transact } from "../../store/database.ts";
import { rejectedOfDevice } from "../../store/event-store.ts";
import {
  getDevice,
  listDevices,
  revokeDevice,
  setDeviceSecret,
} from "../../store/registry-store.ts";
import { notFound } from "../api-error.ts";
import type { ApiDeps } from "../deps.ts";
import { type ApiRouter, idParam } from "../router.ts";
import { requireSite, siteFilter } from "../scope.ts";
import { deviceView, rejectedView } from "../views.ts";

/** Rejected payloads shown on a device's page. */
const REJECTIONS_SHOWN = 20;

export function deviceRoutes(router: ApiRouter, deps: ApiDeps): void {
  const { db } = deps;

  router.route(
    {
      method: "get",
      path: "/api/devices",
      summary: "Devices with liveness, battery and counts of events and rejected messages",
      access: "viewer",
      query: deviceQuerySchema,
      response: { status: 200, schema: devicesResponseSchema, description: "the devices" },
    },
    ({ query, caller, c }) => {
      const online = query.state === undefined ? undefined : query.state === "online";
      const sites = siteFilter(caller, query.site);
      const site = sites?.length === 1 ? sites[0] : undefined;
      const visible = sites === null ? null : new Set(sites);
      const items = listDevices(db, { site, online })
        .filter((d) => visible === null || visible.has(d.site_id))
        .map(deviceView);
      return c.json({ items });
    },
  );

  router.route(
    {
      method: "get",
      path: "/api/devices/:id",
      summary: "One device with its latest rejected messages and their reasons",
      access: "viewer",
      params: idParam,
      response: { status: 200, schema: deviceDetailSchema, description: "the device" },
      errors: [404],
    },
    ({ params, caller, c }) => {
      const device = getDevice(db, params.id);
      if (!device) throw notFound(`device ${params.id}`);
      requireSite(caller, device.site_id, `device ${params.id}`);
      return c.json({
        ...deviceView(device),
        lastRejections: rejectedOfDevice(db, device.id, REJECTIONS_SHOWN).map(rejectedView),
      });
    },
  );

  router.route(
    {
      method: "post",
      path: "/api/devices/:id/secret",
      summary:
        "Issue a new secret (shown once); the old one stops working and a live connection is closed",
      access: "manager",
      params: idParam,
      response: { status: 200, schema: deviceSecretSchema, description: "the new secret" },
      errors: [404],
    },
    async ({ params, caller, c }) => {
      const device = getDevice(db, params.id);
      if (!device) throw notFound(`device ${params.id}`);
      requireSite(caller, device.site_id, `device ${params.id}`);
      const secret = generateSecret();
      const hash = await hashSecret(secret);
      transact(db, () => {
        setDeviceSecret(db, params.id, hash);
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
      return c.json({ device: params.id, secret });
    },
  );

  router.route(
    {
      method: "delete",
      path: "/api/devices/:id",
      summary:
        "Revoke a device: its secret is erased and its live connection closed; its history stays",
      access: "manager",
      params: idParam,
      response: { status: 200, schema: deviceRevokedSchema, description: "the device is revoked" },
      errors: [404],
    },
    ({ params, caller, c }) => {
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
      return c.json({ device: params.id, revoked: true as const });
    },
  );
}
