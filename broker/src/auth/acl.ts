import {
  type DeviceTopic,
  deviceCommandPrefix,
  deviceTopic,
  isValidId,
  MESSAGE_KINDS,
} from "@bulbcheck/shared";
import type { DevicePrincipal, Principal } from "../credentials/principal.ts";
import { filterCovers, topicMatches } from "./topic-filter.ts";

/**
 * The topic ACL of the MQTT contract (docs/contract.md), deny by default. A device may publish only under
 * `bulbcheck/v1/{its site}/{its id}/{kind}`, subscribe only below its own `cmd/`, and leave a last
 * will only on its own `status` topic. A service account may do exactly what its filters list.
 */

export function mayPublish(principal: Principal, topic: string): boolean {
  if (principal.kind === "service") {
    return !topic.startsWith("$") && principal.publish.some((f) => topicMatches(f, topic));
  }
  return devicePublishTopic(principal, topic) !== undefined;
}

/**
 * The parsed topic when `device` may publish to `topic`, else undefined. The result is shared
 * between publishes, hence frozen.
 */
export function devicePublishTopic(
  device: DevicePrincipal,
  topic: string,
): Readonly<DeviceTopic> | undefined {
  return publishTopicsOf(device).get(topic);
}

export function maySubscribe(principal: Principal, filter: string): boolean {
  if (principal.kind === "service") return principal.subscribe.some((f) => filterCovers(f, filter));
  const prefix = deviceCommandPrefix(principal.site, principal.id);
  return filterCovers(`${prefix}/#`, filter);
}

/** A device's will may only say that the device itself went offline. */
export function mayLeaveWill(principal: Principal, topic: string): boolean {
  if (principal.kind === "service") return mayPublish(principal, topic);
  return devicePublishTopic(principal, topic)?.kind === "status";
}

type PublishTopics = ReadonlyMap<string, Readonly<DeviceTopic>>;

/**
 * A device may publish to exactly five topics, so they are built once per principal and a publish
 * costs one Map lookup. Parsing every topic instead (split, two id regexes, a kind lookup and the
 * garbage they leave) was the largest cost the hooks added per message.
 */
const publishTopics = new WeakMap<
  DevicePrincipal,
  { site: string; id: string; topics: PublishTopics }
>();

function publishTopicsOf(device: DevicePrincipal): PublishTopics {
  const cached = publishTopics.get(device);
  // Keyed by the object but checked by value, so that a principal changed in place is never
  // judged by its old site or id.
  if (cached && cached.site === device.site && cached.id === device.id) return cached.topics;
  const entry = { site: device.site, id: device.id, topics: buildPublishTopics(device) };
  publishTopics.set(device, entry);
  return entry.topics;
}

function buildPublishTopics({ site, id }: DevicePrincipal): PublishTopics {
  // An id outside the contract ("/", "+", "#") could widen what the topics match; such a device
  // may publish nothing, as the contract parser would have refused each of its topics.
  if (!isValidId(site) || !isValidId(id)) return new Map();
  return new Map(
    MESSAGE_KINDS.map((kind) => {
      const parsed = Object.freeze({ site, device: id, kind });
      return [deviceTopic(parsed), parsed];
    }),
  );
}
