import { deviceDetailSchema, deviceQuerySchema, devicesResponseSchema } from "../registry.ts";
import { idParam, route } from "../route.ts";
import { deviceRevokedSchema, deviceSecretSchema } from "../system.ts";

export const deviceRoutes = {
  listDevices: route({
    method: "get",
    path: "/api/devices",
    summary: "Devices with liveness, battery and counts of events and rejected messages",
    access: "viewer",
    query: deviceQuerySchema,
    response: { status: 200, schema: devicesResponseSchema, description: "the devices" },
    errors: [404],
  }),
  getDevice: route({
    method: "get",
    path: "/api/devices/:id",
    summary: "One device with its latest rejected messages and their reasons",
    access: "viewer",
    params: idParam,
    response: { status: 200, schema: deviceDetailSchema, description: "the device" },
    errors: [404],
  }),
  rotateDeviceSecret: route({
    method: "post",
    path: "/api/devices/:id/secret",
    summary:
      "Issue a new secret (shown once); the old one stops working and a live connection is closed. A revoked device is refused (409 `device_revoked`): an admin restores it",
    access: "manager",
    params: idParam,
    response: { status: 200, schema: deviceSecretSchema, description: "the new secret" },
    errors: [404, 409],
  }),
  restoreDevice: route({
    method: "post",
    path: "/api/devices/:id/restore",
    summary:
      "Restore a revoked device with a new secret (shown once); 409 `not_revoked` for a device that is not revoked",
    access: "admin",
    params: idParam,
    response: {
      status: 200,
      schema: deviceSecretSchema,
      description: "the device is restored; its new secret",
    },
    errors: [404, 409],
  }),
  revokeDevice: route({
    method: "delete",
    path: "/api/devices/:id",
    summary:
      "Revoke a device: its secret is erased and its live connection closed; its history stays",
    access: "manager",
    params: idParam,
    response: { status: 200, schema: deviceRevokedSchema, description: "the device is revoked" },
    errors: [404],
  }),
};
