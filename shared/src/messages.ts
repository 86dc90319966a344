import { z } from "zod";
import { REPORTABLE_FAULTS } from "./faults.ts";
import { deviceName, deviceNote } from "./text.ts";
import type { MessageKind } from "./topics.ts";

/** Payload limit of the MQTT contract: a UTF-8 JSON object of at most 4 KiB. */
export const MAX_PAYLOAD_BYTES = 4096;

const text = (max: number) => z.string().min(1).max(max);

/** Fields every payload but `status` carries: the idempotency key and an optional device time. */
const envelope = {
  id: text(64),
  ts: z.iso.datetime({ offset: false, local: false }).optional(),
};

// What a device names becomes what people see: normalised, nothing invisible (text.ts).
const assetId = deviceName(64);
const unit = deviceName(16);
const fault = z.enum(REPORTABLE_FAULTS);

export const healthPayload = z.discriminatedUnion("state", [
  z.object({
    ...envelope,
    asset: assetId,
    state: z.literal("ok"),
    value: z.number().finite().optional(),
    unit: unit.optional(),
    battery: z.number().min(0).max(100).optional(),
  }),
  z.object({
    ...envelope,
    asset: assetId,
    state: z.literal("fault"),
    fault,
    value: z.number().finite().optional(),
    unit: unit.optional(),
    battery: z.number().min(0).max(100).optional(),
  }),
]);

export const reportPayload = z.object({
  ...envelope,
  asset: assetId,
  fault,
  source: z.enum(["staff", "customer"]),
  note: deviceNote(280).optional(),
});

export const checkinPayload = z.object({
  ...envelope,
  checkpoint: deviceName(64),
  result: z.enum(["ok", "defects"]),
  staff: deviceName(64).optional(),
});

export const resolvePayload = z.object({
  ...envelope,
  asset: assetId,
  fault: fault.optional(),
  staff: deviceName(64).optional(),
});

export const DEVICE_STATUSES = ["online", "offline"] as const;
export const statusPayload = z.enum(DEVICE_STATUSES);

export type HealthPayload = z.infer<typeof healthPayload>;
export type ReportPayload = z.infer<typeof reportPayload>;
export type CheckinPayload = z.infer<typeof checkinPayload>;
export type ResolvePayload = z.infer<typeof resolvePayload>;
export type DeviceStatus = z.infer<typeof statusPayload>;

/** The topic kind -> payload type map: the one place a wire type is written. */
export interface PayloadByKind {
  health: HealthPayload;
  report: ReportPayload;
  checkin: CheckinPayload;
  resolve: ResolvePayload;
  status: DeviceStatus;
}

/** JSON payload schemas by kind; `status` is plain text and has no JSON schema. */
export const PAYLOAD_SCHEMAS = {
  health: healthPayload,
  report: reportPayload,
  checkin: checkinPayload,
  resolve: resolvePayload,
} as const satisfies Record<Exclude<MessageKind, "status">, z.ZodType>;
