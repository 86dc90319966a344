import {
  type DecodedMessage,
  type DeviceTopic,
  decodePayload,
  isBatteryLow,
  parseDeviceTopic,
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
import {
  type DeviceActivity,
  insertEvent,
  insertRejected,
  recordInspection,
} from "../store/event-store.ts";
import { assetForEvent, getDevice, scheduleCheckpoint } from "../store/registry-store.ts";

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
  | { result: "stored"; seq: number }
  | { result: "duplicate" }
  | { result: "rejected"; reason: string }
  /** Retained replays: the device state is applied, the log is not written twice. */
  | { result: "replayed" };

/** The per-batch bookkeeping an ingested message contributes to. */
export interface BatchContext extends EngineContext {
  activity: Map<string, DeviceActivity>;
}

function touch(batch: BatchContext, device: string, at: number): DeviceActivity {
  let activity = batch.activity.get(device);
  if (!activity) {
    activity = { lastSeenAt: at, events: 0, rejected: 0 };
    batch.activity.set(device, activity);
  } else if (at > activity.lastSeenAt) activity.lastSeenAt = at;
  return activity;
}

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
    return reject(batch, publish, null, parsed.reason, message, false);
  }
  const topic = parsed.topic;
  const refusal = identityProblem(batch, topic, publish.authenticatedDevice);
  if (refusal) {
    return reject(batch, publish, topic, refusal.reason, refusal.message, refusal.known);
  }

  const decoded = decodePayload(topic.kind, publish.payload, { receivedAt: publish.receivedAt });
  if (!decoded.ok) return reject(batch, publish, topic, decoded.reason, decoded.message, true);

  const message = decoded.message;
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
  // A resend after a lost PUBACK: the first copy already took effect.
  if (seq === undefined) return { result: "duplicate" };
  activity.events++;
  applyRules(batch, topic, message, seq, activity);
  return { result: "stored", seq };
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

function applyRules(
  batch: BatchContext,
  topic: DeviceTopic,
  message: DecodedMessage,
  seq: number,
  activity: DeviceActivity,
): void {
  const { site, device } = topic;
  const at = message.at;
  switch (message.kind) {
    case "health": {
      const p = message.payload;
      if (p.battery !== undefined) {
        activity.battery = p.battery;
        const self = { site, zone: DEVICES_ZONE, asset: device, customerVisible: false };
        if (isBatteryLow(p.battery)) raiseSystemDefect(batch, self, "battery_low", at);
        else clearSystemDefect(batch, site, device, "battery_low", at);
      }
      const asset = assetForEvent(batch.db, site, p.asset);
      if (p.state === "fault") {
        reportFault(
          batch,
          asset,
          { fault: p.fault, source: "sensor", reporter: device, at },
          { eventSeq: seq },
        );
      } else {
        clearSensorDefects(batch, site, p.asset, { at, by: device }, seq);
      }
      return;
    }
    case "report": {
      const p = message.payload;
      const asset = assetForEvent(batch.db, site, p.asset);
      reportFault(
        batch,
        asset,
        { fault: p.fault, source: p.source, reporter: device, at },
        { eventSeq: seq, note: p.note ?? null },
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
        { at, by: p.staff ?? device },
        seq,
      );
      return;
    }
    case "resolve": {
      const p = message.payload;
      assetForEvent(batch.db, site, p.asset);
      clearAssetDefects(
        batch,
        { site, asset: p.asset, fault: p.fault },
        { at, by: p.staff ?? device },
        seq,
      );
      return;
    }
    case "status":
      return;
  }
}

interface IdentityProblem {
  reason: string;
  message: string;
  /** Whether the device exists, so that the rejection counts against it. */
  known: boolean;
}

/**
 * The embedded broker has already authenticated the device and checked its topic; on the
 * external path the registry decides whether the device exists and belongs to that site.
 */
function identityProblem(
  batch: BatchContext,
  topic: DeviceTopic,
  authenticated: string | undefined,
): IdentityProblem | undefined {
  if (authenticated !== undefined) {
    return authenticated === topic.device
      ? undefined
      : {
          reason: "wrong_device",
          message: `${authenticated} published on ${topic.device}'s topic`,
          known: false,
        };
  }
  const device = getDevice(batch.db, topic.device);
  if (!device)
    return { reason: "unknown_device", message: `no device ${topic.device}`, known: false };
  if (device.site_id !== topic.site)
    return {
      reason: "wrong_site",
      message: `device ${topic.device} belongs to site ${device.site_id}, not ${topic.site}`,
      known: true,
    };
  if (device.secret_hash === null)
    return { reason: "revoked", message: `device ${topic.device} is revoked`, known: true };
  return undefined;
}

function reject(
  batch: BatchContext,
  publish: IncomingPublish,
  topic: DeviceTopic | null,
  reason: string,
  message: string,
  countAgainstDevice: boolean,
): IngestOutcome {
  insertRejected(batch.db, {
    device: topic?.device ?? null,
    site: topic?.site ?? null,
    topic: publish.topic,
    reason,
    message,
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
