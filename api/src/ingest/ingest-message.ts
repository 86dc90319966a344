import {
  type AssetRef,
  type DecodedMessage,
  type DeviceTopic,
  decodePayload,
  isBatteryLow,
  OUT_OF_SCOPE,
  parseDeviceTopic,
  type Relay,
  scopeProblem,
} from "@bulbcheck/shared";
import {
  clearAssetDefects,
  clearSensorDefects,
  clearSystemDefect,
  type EngineContext,
  raiseSystemDefect,
  reportFault,
} from "../engine/defect-engine.ts";
import { DEVICES_ZONE } from "../engine/watchdog.ts";
import type { RegisteredDevice } from "../store/cache.ts";
import { hasUnresolved } from "../store/defect-store.ts";
import { registeredDevice, scopeSite } from "../store/device-scope-store.ts";
import {
  type DeviceActivity,
  insertEvent,
  insertHeartbeat,
  insertRejected,
  recordInspection,
} from "../store/event-store.ts";
import {
  assetForEvent,
  isRetiredAsset,
  MAX_UNPLACED_ASSETS_PER_SITE,
  scheduleCheckpoint,
} from "../store/registry-store.ts";
import type { EventDayCounts } from "./event-days.ts";

/** One publish as it reaches ingestion, from the embedded broker or from an external one. */
export interface IncomingPublish {
  topic: string;
  payload: Uint8Array;
  receivedAt: number;
  /**
   * The device the embedded broker authenticated for this publish. Absent on the external path,
   * where the registry is the only check that the device exists and belongs to the site.
   */
  authenticatedDevice?: string;
  /** The topic as the embedded broker's ACL parsed it, so that it is not parsed twice. */
  deviceTopic?: Readonly<DeviceTopic> | undefined;
  /** A retained message replayed to a new subscription, not sent just now. */
  retainedReplay?: boolean;
}

export type IngestOutcome =
  | { result: "stored" }
  | { result: "duplicate" }
  | { result: "rejected"; reason: string }
  /** Retained replays: the device state is applied, the log is not written twice. */
  | { result: "replayed" };

/** The per-batch bookkeeping an ingested message contributes to. */
export interface BatchContext extends EngineContext {
  activity: Map<string, DeviceActivity>;
  days: EventDayCounts;
}

function touch(batch: BatchContext, device: string, at: number): DeviceActivity {
  let activity = batch.activity.get(device);
  if (!activity) {
    activity = { lastSeenAt: at, events: 0, rejected: 0 };
    batch.activity.set(device, activity);
  } else if (at > activity.lastSeenAt) activity.lastSeenAt = at;
  return activity;
}

/** Why an event was refused beyond its payload (`decodePayload`'s reasons): docs/mqtt.md. */
export type IdentityRejection =
  | "wrong_device"
  | "unknown_device"
  | "wrong_site"
  | "revoked"
  | "retired";
export const UNPLACED_LIMIT = "unplaced_limit";
/** A message about an asset that was retired (docs/api.md#retire). */
export const RETIRED_ASSET = "asset_retired";

/**
 * Records one publish: a valid one as an event with the defect rules applied, an invalid one as a
 * rejected event with its reason. Runs inside the batch's transaction; never throws for bad
 * input, only for a store failure (which rolls the batch back and withholds its PUBACKs).
 */
export function ingestMessage(batch: BatchContext, publish: IncomingPublish): IngestOutcome {
  const parsed = publish.deviceTopic
    ? { ok: true as const, topic: publish.deviceTopic }
    : parseDeviceTopic(publish.topic);
  if (!parsed.ok) {
    const message = `topic ${publish.topic} is not a device topic`;
    return reject(batch, publish, null, { reason: parsed.reason, message }, false);
  }
  const topic = parsed.topic;
  const identity = identify(batch, topic, publish.authenticatedDevice);
  if (!identity.ok) {
    return reject(batch, publish, topic, identity, identity.known);
  }
  const sender = identity.device;

  const decoded = decodePayload(topic.kind, publish.payload, { receivedAt: publish.receivedAt });
  if (!decoded.ok) return reject(batch, publish, topic, decoded, true);

  const message = decoded.message;
  const named = assetOf(message);
  // Said before the scope is checked: "retired" tells the sender what to do, "out of scope" not.
  if (named !== null && isRetiredAsset(batch.db, topic.site, named)) {
    const why = `${named} at ${topic.site} is retired: restore it in the setup area, or set the device up for another asset`;
    const params = { asset: named, site: topic.site };
    return reject(batch, publish, topic, { reason: RETIRED_ASSET, message: why, params }, true);
  }
  const outOfScope = scopeProblem(sender, sender.scope, message, scopeSite(batch.db, topic.site));
  if (outOfScope)
    return reject(batch, publish, topic, { reason: OUT_OF_SCOPE, ...outOfScope }, true);
  // Resolved before the event is stored, so that an asset refused is not an event kept.
  const asset = named === null ? undefined : assetForEvent(batch.db, topic.site, named);
  if (named !== null && !asset) {
    const why = `${named} is not provisioned at ${topic.site}, which has ${MAX_UNPLACED_ASSETS_PER_SITE} unplaced assets already: place them in a fleet document`;
    const params = { asset: named, site: topic.site, limit: MAX_UNPLACED_ASSETS_PER_SITE };
    return reject(batch, publish, topic, { reason: UNPLACED_LIMIT, message: why, params }, true);
  }

  // A last will is the broker speaking for a device that is gone: it is not a sign of life.
  const gone = message.kind === "status" && message.payload === "offline";
  const activity = touch(batch, topic.device, gone ? 0 : publish.receivedAt);
  const device = {
    site: topic.site,
    zone: DEVICES_ZONE,
    asset: topic.device,
    customerVisible: false,
  };
  activity.online = !gone;
  if (gone) raiseSystemDefect(batch, device, "device_offline", publish.receivedAt);
  else clearSystemDefect(batch, topic.site, topic.device, "device_offline", publish.receivedAt);
  if (message.kind === "status") {
    batch.changes.push({
      type: "device",
      change: message.payload,
      device: topic.device,
      site: topic.site,
      at: publish.receivedAt,
    });
    if (publish.retainedReplay) return { result: "replayed" };
  }

  // A resend after a lost PUBACK is a duplicate: the first copy already took effect.
  if (isHeartbeat(batch, topic.site, message)) {
    const { id } = message.payload;
    const heartbeat = { device: topic.device, eventId: id, receivedAt: publish.receivedAt };
    if (!insertHeartbeat(batch.db, heartbeat)) return { result: "duplicate" };
    noteBattery(batch, topic, message.payload.battery, message.at, activity);
  } else {
    const seq = insertEvent(batch.db, {
      device: topic.device,
      eventId: message.kind === "status" ? null : message.payload.id,
      site: topic.site,
      kind: message.kind,
      asset: assetOf(message),
      at: message.at,
      receivedAt: publish.receivedAt,
      payload: decoded.text,
    });
    if (seq === undefined) return { result: "duplicate" };
    applyRules(batch, { topic, sender, asset }, message, seq, activity);
  }
  if (message.kind === "health") noteHealth(activity, message.payload, message.at);
  activity.events++;
  batch.days.add(topic.site, message);
  return { result: "stored" };
}

/**
 * A health "ok" on an asset with nothing open: it changes nothing but the device's liveness and
 * battery, so it is kept as a heartbeat, a third of an event's bytes (docs/operations.md).
 */
function isHeartbeat(
  batch: BatchContext,
  site: string,
  message: DecodedMessage,
): message is Extract<DecodedMessage, { kind: "health" }> {
  return (
    message.kind === "health" &&
    message.payload.state === "ok" &&
    !hasUnresolved(batch.db, site, message.payload.asset)
  );
}

function assetOf(message: DecodedMessage): string | null {
  switch (message.kind) {
    case "health":
    case "report":
    case "resolve":
      return message.payload.asset;
    default:
      return null;
  }
}

/**
 * What the device said of the asset, kept with its activity (one write per device per batch):
 * a person's report against a sensor that said `ok` raises `sensor_suspect` (engine/evidence.ts).
 */
function noteHealth(
  activity: DeviceActivity,
  health: { asset: string; state: "ok" | "fault" },
  at: number,
): void {
  activity.health ??= {};
  const known = activity.health[health.asset];
  if (!known || known[1] <= at) activity.health[health.asset] = [health.state, at];
}

/** A battery level reported with a health message: kept on the device, low raises a defect. */
function noteBattery(
  batch: BatchContext,
  { site, device }: DeviceTopic,
  battery: number | undefined,
  at: number,
  activity: DeviceActivity,
): void {
  if (battery === undefined) return;
  activity.battery = battery;
  const self = { site, zone: DEVICES_ZONE, asset: device, customerVisible: false };
  if (isBatteryLow(battery)) raiseSystemDefect(batch, self, "battery_low", at);
  else clearSystemDefect(batch, site, device, "battery_low", at);
}

interface Speaker {
  topic: DeviceTopic;
  sender: RegisteredDevice;
  /** The asset the message names, as the registry has it (health, report, resolve). */
  asset: AssetRef | undefined;
}

/** Who acts on a defect: the name a device sent, as a claim it relayed, or the device itself. */
function actorOf(sender: RegisteredDevice, staff: string | undefined, at: number) {
  const via: Relay = { device: sender.id, kind: sender.kind };
  return staff === undefined ? { at, by: sender.id } : { at, by: staff, via };
}

function applyRules(
  batch: BatchContext,
  { topic, sender, asset }: Speaker,
  message: DecodedMessage,
  seq: number,
  activity: DeviceActivity,
): void {
  const { site, device } = topic;
  const at = message.at;
  switch (message.kind) {
    case "health": {
      const p = message.payload;
      noteBattery(batch, topic, p.battery, at, activity);
      if (p.state === "fault") {
        reportFault(
          batch,
          asset as AssetRef,
          { fault: p.fault, source: "sensor", reporter: device, at },
          { eventSeq: seq, origin: { channel: "sensor" } },
        );
      } else {
        clearSensorDefects(batch, site, p.asset, { at, by: device }, seq);
      }
      return;
    }
    case "report": {
      const p = message.payload;
      reportFault(
        batch,
        asset as AssetRef,
        { fault: p.fault, source: p.source, reporter: device, at },
        { eventSeq: seq, note: p.note ?? null, origin: { channel: "button" } },
      );
      return;
    }
    case "checkin": {
      const p = message.payload;
      recordInspection(batch.db, {
        site,
        checkpoint: p.checkpoint,
        device,
        staff: p.staff ?? null,
        result: p.result,
        at,
        eventSeq: seq,
      });
      scheduleCheckpoint(batch.db, site, p.checkpoint, at);
      batch.changes.push({
        type: "inspection",
        site,
        checkpoint: p.checkpoint,
        result: p.result,
        staff: p.staff ?? null,
        at,
      });
      // The overdue-inspection defect of a checkpoint is filed under the checkpoint's id.
      clearAssetDefects(
        batch,
        { site, asset: p.checkpoint, fault: "inspection_overdue" },
        actorOf(sender, p.staff, at),
        seq,
      );
      return;
    }
    case "resolve": {
      const p = message.payload;
      clearAssetDefects(
        batch,
        { site, asset: p.asset, fault: p.fault },
        actorOf(sender, p.staff, at),
        seq,
      );
      return;
    }
    case "status":
      return;
  }
}

/**
 * Why a publish was refused: its reason (a code), the English sentence the log has always kept,
 * and what the sentence speaks of (ids, numbers), so that a page can say it in its own language
 * (docs/api.md#refusal-words-addition).
 */
export interface Refusal {
  reason: string;
  message: string;
  params?: Readonly<Record<string, string | number>>;
}

type Identity =
  | { ok: true; device: RegisteredDevice }
  | (Refusal & {
      ok: false;
      reason: IdentityRejection;
      /** Whether the device exists, so that the rejection counts against it. */
      known: boolean;
    });

/**
 * The device a publish speaks for, as the registry has it now. The embedded broker has checked
 * who is connected and what topics they may use, but with what the registry said at connect:
 * a device moved to another site or revoked since then is refused here until its connection
 * closes. On the external path, and for a service account's publish on the embedded broker,
 * the registry is the only check that the device exists and belongs to that site.
 */
function identify(
  batch: BatchContext,
  topic: DeviceTopic,
  authenticated: string | undefined,
): Identity {
  if (authenticated !== undefined && authenticated !== topic.device)
    return {
      ok: false,
      reason: "wrong_device",
      message: `${authenticated} published on ${topic.device}'s topic`,
      params: { sender: authenticated, device: topic.device },
      known: false,
    };
  const device = registeredDevice(batch.db, topic.device);
  if (!device)
    return {
      ok: false,
      reason: "unknown_device",
      message: `no device ${topic.device}`,
      params: { device: topic.device },
      known: false,
    };
  if (device.site !== topic.site)
    return {
      ok: false,
      reason: "wrong_site",
      message: `device ${topic.device} belongs to site ${device.site}, not ${topic.site}`,
      params: { device: topic.device, site: device.site, topicSite: topic.site },
      known: true,
    };
  if (device.revoked)
    return {
      ok: false,
      reason: "revoked",
      message: `device ${topic.device} is revoked`,
      params: { device: topic.device },
      known: true,
    };
  if (device.retired)
    return {
      ok: false,
      reason: "retired",
      message: `device ${topic.device} is retired: restore it in the setup area to take its messages again`,
      params: { device: topic.device },
      known: true,
    };
  return { ok: true, device };
}

function reject(
  batch: BatchContext,
  publish: IncomingPublish,
  topic: DeviceTopic | null,
  { reason, message, params = {} }: Refusal,
  countAgainstDevice: boolean,
): IngestOutcome {
  insertRejected(batch.db, {
    device: topic?.device ?? null,
    site: topic?.site ?? null,
    topic: publish.topic,
    reason,
    message,
    params,
    payload: publish.payload,
    receivedAt: publish.receivedAt,
  });
  if (topic && countAgainstDevice) {
    touch(batch, topic.device, publish.receivedAt).rejected++;
    batch.changes.push({
      type: "device",
      change: "rejected",
      device: topic.device,
      site: topic.site,
      at: publish.receivedAt,
      reason,
    });
  }
  return { result: "rejected", reason };
}
