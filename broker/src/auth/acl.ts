import { deviceCommandPrefix, parseDeviceTopic } from "@bulbcheck/shared";
import type { Principal } from "../credentials/principal.ts";
import { filterCovers, topicMatches } from "./topic-filter.ts";

/**
 * The topic ACL of SPEC.md, deny by default. A device may publish only under
 * `bulbcheck/v1/{its site}/{its id}/{kind}`, subscribe only below its own `cmd/`, and leave a last
 * will only on its own `status` topic. A service account may do exactly what its filters list.
 */

export function mayPublish(principal: Principal, topic: string): boolean {
  if (principal.kind === "service") {
    return !topic.startsWith("$") && principal.publish.some((f) => topicMatches(f, topic));
  }
  const parsed = parseDeviceTopic(topic);
  return parsed.ok && parsed.topic.site === principal.site && parsed.topic.device === principal.id;
}

export function maySubscribe(principal: Principal, filter: string): boolean {
  if (principal.kind === "service") return principal.subscribe.some((f) => filterCovers(f, filter));
  const prefix = deviceCommandPrefix(principal.site, principal.id);
  return filterCovers(`${prefix}/#`, filter);
}

/** A device's will may only say that the device itself went offline. */
export function mayLeaveWill(principal: Principal, topic: string): boolean {
  if (principal.kind === "service") return mayPublish(principal, topic);
  const parsed = parseDeviceTopic(topic);
  return (
    parsed.ok &&
    parsed.topic.kind === "status" &&
    parsed.topic.site === principal.site &&
    parsed.topic.device === principal.id
  );
}
