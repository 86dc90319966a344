import { isValidId } from "./ids.ts";

/** The first two levels of every Bulb Check topic; the version is part of the contract. */
export const TOPIC_ROOT = "bulbcheck/v1";

export const MESSAGE_KINDS = ["health", "report", "checkin", "resolve", "status"] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface DeviceTopic {
  site: string;
  device: string;
  kind: MessageKind;
}

export type TopicRejection = "bad_topic" | "bad_site" | "bad_device" | "unknown_kind";

export type TopicParse =
  | { ok: true; topic: DeviceTopic }
  | { ok: false; reason: TopicRejection; detail: string };

const KIND_SET: ReadonlySet<string> = new Set(MESSAGE_KINDS);

export function isMessageKind(value: string): value is MessageKind {
  return KIND_SET.has(value);
}

/**
 * Builds `bulbcheck/v1/{site}/{device}/{kind}`.
 * @example deviceTopic({ site: "hotel-oslo", device: "elev-a-sensor", kind: "health" })
 *   // "bulbcheck/v1/hotel-oslo/elev-a-sensor/health"
 */
export function deviceTopic({ site, device, kind }: DeviceTopic): string {
  if (!isValidId(site)) throw new RangeError(`invalid site id: ${JSON.stringify(site)}`);
  if (!isValidId(device)) throw new RangeError(`invalid device id: ${JSON.stringify(device)}`);
  return `${TOPIC_ROOT}/${site}/${device}/${kind}`;
}

/** Parses a publish topic; anything but the five-level contract shape is a rejection. */
export function parseDeviceTopic(topic: string): TopicParse {
  const levels = topic.split("/");
  if (levels.length !== 5 || levels[0] !== "bulbcheck" || levels[1] !== "v1") {
    return {
      ok: false,
      reason: "bad_topic",
      detail: `expected ${TOPIC_ROOT}/{site}/{device}/{kind}`,
    };
  }
  const [, , site = "", device = "", kind = ""] = levels;
  if (!isValidId(site)) return { ok: false, reason: "bad_site", detail: "site id is not valid" };
  if (!isValidId(device))
    return { ok: false, reason: "bad_device", detail: "device id is not valid" };
  if (!isMessageKind(kind)) {
    return {
      ok: false,
      reason: "unknown_kind",
      detail: `kind must be one of ${MESSAGE_KINDS.join(", ")}`,
    };
  }
  return { ok: true, topic: { site, device, kind } };
}

/** Commands to a device live under this prefix; it is the only thing a device may subscribe to. */
export function deviceCommandPrefix(site: string, device: string): string {
  // An id of "+" or "#" would turn the prefix into a wildcard filter for other devices' commands.
  if (!isValidId(site)) throw new RangeError(`invalid site id: ${JSON.stringify(site)}`);
  if (!isValidId(device)) throw new RangeError(`invalid device id: ${JSON.stringify(device)}`);
  return `${TOPIC_ROOT}/${site}/${device}/cmd`;
}

/** The filter an ingester subscribes to: every device message of every site. */
export const ALL_DEVICE_MESSAGES = `${TOPIC_ROOT}/+/+/+`;

/**
 * Whether a topic matches {@link ALL_DEVICE_MESSAGES}, valid or not: what an ingester receives,
 * and so what is stored (as an event, or as a rejected one with its reason) whoever sends it.
 */
export function isDeviceMessageTopic(topic: string): boolean {
  return topic.startsWith(`${TOPIC_ROOT}/`) && topic.split("/").length === 5;
}
