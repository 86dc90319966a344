import { idParam, route } from "../route.ts";
import {
  assetPatchSchema,
  assetPathSchema,
  checkpointParamsSchema,
  checkpointPatchSchema,
  deviceConnectionSchema,
  devicePatchSchema,
  registryChangeSchema,
  registryRemovalSchema,
  sitePatchSchema,
  zoneParamsSchema,
  zonePatchSchema,
} from "../setup.ts";

/**
 * Setting up a chain one object at a time (additions; docs/api.md#setup): the screens of the
 * setup area call these. Managers change what is in their own sites; sites themselves, and
 * devices' moves between sites, are an admin's.
 */
const changed = { status: 200, schema: registryChangeSchema, description: "what changed" } as const;
const removed = {
  status: 200,
  schema: registryRemovalSchema,
  description: "what was removed",
} as const;

export const setupRoutes = {
  patchSite: route({
    method: "patch",
    path: "/api/sites/:id",
    summary: "Change a site's name, address, time zone, hours or language, or retire or restore it",
    access: "admin",
    params: idParam,
    body: sitePatchSchema,
    response: changed,
    errors: [403, 404, 409],
  }),
  deleteSite: route({
    method: "delete",
    path: "/api/sites/:id",
    summary: "Delete a site that has no history yet (else 409 `has_history`: retire it)",
    access: "admin",
    params: idParam,
    response: removed,
    errors: [404, 409],
  }),
  patchZone: route({
    method: "patch",
    path: "/api/sites/:site/zones/:zone",
    summary: "Rename a zone, or retire or restore it with its assets and checkpoints",
    access: "manager",
    params: zoneParamsSchema,
    body: zonePatchSchema,
    response: changed,
    errors: [403, 404, 409],
  }),
  deleteZone: route({
    method: "delete",
    path: "/api/sites/:site/zones/:zone",
    summary: "Delete a zone with no assets or checkpoints left (else 409 `has_history`)",
    access: "manager",
    params: zoneParamsSchema,
    response: removed,
    errors: [404, 409],
  }),
  patchAsset: route({
    method: "patch",
    path: "/api/sites/:site/assets/:asset",
    summary: "Change an asset (name, category, visibility, zone), or retire or restore it",
    access: "manager",
    params: assetPathSchema,
    body: assetPatchSchema,
    response: changed,
    errors: [403, 404, 409],
  }),
  deleteAsset: route({
    method: "delete",
    path: "/api/sites/:site/assets/:asset",
    summary: "Delete an asset that has no history yet (else 409 `has_history`: retire it)",
    access: "manager",
    params: assetPathSchema,
    response: removed,
    errors: [404, 409],
  }),
  patchCheckpoint: route({
    method: "patch",
    path: "/api/sites/:site/checkpoints/:checkpoint",
    summary: "Change a checkpoint (name, interval, assets, zone), or retire or restore it",
    access: "manager",
    params: checkpointParamsSchema,
    body: checkpointPatchSchema,
    response: changed,
    errors: [403, 404, 409],
  }),
  deleteCheckpoint: route({
    method: "delete",
    path: "/api/sites/:site/checkpoints/:checkpoint",
    summary: "Delete a checkpoint that was never checked (else 409 `has_history`: retire it)",
    access: "manager",
    params: checkpointParamsSchema,
    response: removed,
    errors: [404, 409],
  }),
  patchDevice: route({
    method: "patch",
    path: "/api/devices/:id",
    summary:
      "Change a device (name, kind, interval, what it watches or serves), move it to another site (its connection closes at once), or retire or restore it",
    access: "manager",
    params: idParam,
    body: devicePatchSchema,
    response: changed,
    errors: [403, 404, 409],
  }),
  deleteDevice: route({
    method: "delete",
    // `DELETE /api/devices/:id` revokes (the brief's contract): this removes the registration.
    path: "/api/devices/:id/registration",
    summary:
      "Delete a device that never sent anything, and its registration (else 409 `has_history`: retire it). `DELETE /api/devices/:id` revokes",
    access: "manager",
    params: idParam,
    response: removed,
    errors: [404, 409],
  }),
  getDeviceConnection: route({
    method: "get",
    path: "/api/devices/:id/connection",
    summary: "How the device connects: host, ports, TLS, username, client id, topics, an example",
    access: "manager",
    params: idParam,
    response: { status: 200, schema: deviceConnectionSchema, description: "the details" },
    errors: [404],
  }),
};
