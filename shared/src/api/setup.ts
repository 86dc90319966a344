import { z } from "zod";
import { ASSET_CATEGORIES } from "../faults.ts";
import { idSchema } from "../ids.ts";
import {
  checkpointIntervalSchema,
  DEVICE_KINDS,
  deviceIntervalSchema,
  openingHoursSchema,
  SITE_LANGUAGES,
  timeZoneSchema,
} from "./fleet.ts";

/**
 * Changing one object of the registry (additions): `PATCH` sets the fields it names and leaves
 * the rest as they are, as a fleet document does; `retired: true` retires, `false` restores.
 * Unknown fields are refused, so that a misspelt one is not silently ignored.
 */

const name = z.string().trim().min(1).max(120);

export const sitePatchSchema = z.strictObject({
  name: name.optional(),
  address: z.string().trim().max(300).nullable().optional(),
  timezone: timeZoneSchema.optional(),
  hours: openingHoursSchema.optional(),
  language: z.enum(SITE_LANGUAGES).optional(),
  retired: z.boolean().optional(),
});
export type SitePatch = z.infer<typeof sitePatchSchema>;

export const zonePatchSchema = z.strictObject({
  name: name.optional(),
  retired: z.boolean().optional(),
});
export type ZonePatch = z.infer<typeof zonePatchSchema>;

export const assetPatchSchema = z.strictObject({
  name: name.optional(),
  category: z.enum(ASSET_CATEGORIES).optional(),
  customerVisible: z.boolean().optional(),
  /** Moves it to another zone of its site; its open defects follow. */
  zone: idSchema.optional(),
  retired: z.boolean().optional(),
});
export type AssetPatch = z.infer<typeof assetPatchSchema>;

export const checkpointPatchSchema = z.strictObject({
  name: name.optional(),
  intervalMinutes: checkpointIntervalSchema.optional(),
  assets: z.array(idSchema).max(500).optional(),
  zone: idSchema.optional(),
  retired: z.boolean().optional(),
});
export type CheckpointPatch = z.infer<typeof checkpointPatchSchema>;

export const devicePatchSchema = z.strictObject({
  name: name.nullable().optional(),
  kind: z.enum(DEVICE_KINDS).optional(),
  intervalSeconds: deviceIntervalSchema.optional(),
  watches: z.array(idSchema).max(200).optional(),
  serves: z.array(idSchema).max(200).nullable().optional(),
  /** Moves it to another site: its live connection is closed at once. */
  site: idSchema.optional(),
  retired: z.boolean().optional(),
});
export type DevicePatch = z.infer<typeof devicePatchSchema>;

export const REGISTRY_KINDS = ["site", "zone", "asset", "checkpoint", "device"] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

/** What a `PATCH` changed. */
export const registryChangeSchema = z.object({
  kind: z.enum(REGISTRY_KINDS),
  id: z.string(),
  site: z.string(),
  retired: z.boolean(),
  /** Open defects closed because what they were about was retired. */
  closedDefects: z.number().int(),
  /** Devices whose live connection was closed (moved, retired). */
  disconnected: z.array(z.string()),
});
export type RegistryChange = z.infer<typeof registryChangeSchema>;

/** What a `DELETE` removed: only what has no history can be deleted (else 409 `has_history`). */
export const registryRemovalSchema = z.object({
  kind: z.enum(REGISTRY_KINDS),
  id: z.string(),
  site: z.string(),
  removed: z.object({
    sites: z.number().int(),
    zones: z.number().int(),
    assets: z.number().int(),
    checkpoints: z.number().int(),
    devices: z.number().int(),
  }),
});
export type RegistryRemoval = z.infer<typeof registryRemovalSchema>;

export const zoneParamsSchema = z.object({ site: idSchema, zone: idSchema });
export const assetPathSchema = z.object({ site: idSchema, asset: idSchema });
export const checkpointParamsSchema = z.object({ site: idSchema, checkpoint: idSchema });

/**
 * How a device connects (addition), for its page and its credentials file: the broker as devices
 * reach it, and the topics it may use. `host` is null when the server cannot tell (no
 * BULBCHECK_PUBLIC_URL and the broker listens on every address).
 */
export const deviceConnectionSchema = z.object({
  device: z.string(),
  site: z.string(),
  host: z.string().nullable(),
  /** Plain MQTT; null when only TLS is offered. */
  port: z.number().int().nullable(),
  /** MQTT over TLS; null when TLS is not set up. */
  tlsPort: z.number().int().nullable(),
  username: z.string(),
  clientId: z.string(),
  topics: z.object({
    /** What a device of its kind publishes to, one topic per kind of message. */
    publish: z.array(z.string()),
    /** Its liveness: `online` retained at connect, `offline` as its last will. */
    status: z.string(),
    /** The only filter it may subscribe to. */
    commands: z.string(),
  }),
  /** An example `mosquitto_pub` line, with the secret as `$SECRET`. */
  example: z.string(),
});
export type DeviceConnection = z.infer<typeof deviceConnectionSchema>;
