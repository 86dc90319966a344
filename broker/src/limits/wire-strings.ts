import { isUtf8 } from "node:buffer";

/**
 * Checks of the strings in a packet body, on the bytes as they came: mqtt-packet decodes strings
 * with replacement characters, so after it nobody can tell ill-formed UTF-8 from a real U+FFFD.
 * Every function returns the first violation in `body`, or undefined. A body whose framing is
 * broken is left to the parser, which refuses it on its own.
 */
export type StringViolation =
  | { kind: "bad_utf8"; field: string }
  | { kind: "null_character"; field: string }
  | { kind: "empty_subscribe" }
  | { kind: "empty_unsubscribe" };

/** [MQTT-1.5.3-1] well-formed UTF-8, no surrogates; [MQTT-1.5.3-2] no U+0000. */
export function checkString(bytes: Uint8Array, field: string): StringViolation | undefined {
  if (bytes.indexOf(0) !== -1) return { kind: "null_character", field };
  if (!isUtf8(bytes)) return { kind: "bad_utf8", field };
  return undefined;
}

/** The length-prefixed string at `at`, or undefined when the body is too short for it. */
function stringAt(body: Uint8Array, at: number): Uint8Array | undefined {
  if (at + 2 > body.length) return undefined;
  const end = at + 2 + (((body[at] as number) << 8) | (body[at + 1] as number));
  return end > body.length ? undefined : body.subarray(at + 2, end);
}

/** The bytes a PUBLISH body needs for its topic: its length field, then the topic (§3.3.2.1). */
export function publishTopicBytes(body: Uint8Array): number {
  return body.length < 2 ? 2 : 2 + (((body[0] as number) << 8) | (body[1] as number));
}

/** A PUBLISH's topic name (`body` holds at least what {@link publishTopicBytes} says). */
export function checkPublish(body: Uint8Array): StringViolation | undefined {
  const topic = stringAt(body, 0);
  return topic ? checkString(topic, "topic") : undefined;
}

/** SUBSCRIBE: a packet id, then (filter, QoS byte) pairs, at least one [MQTT-3.8.3-3]. */
export function checkSubscribe(body: Uint8Array): StringViolation | undefined {
  if (body.length === 2) return { kind: "empty_subscribe" };
  for (let at = 2; at < body.length; ) {
    const filter = stringAt(body, at);
    if (!filter) return undefined;
    const violation = checkString(filter, "filter");
    if (violation) return violation;
    at += 2 + filter.length + 1;
  }
  return undefined;
}

/** UNSUBSCRIBE: a packet id, then filters, at least one [MQTT-3.10.3-2]. */
export function checkUnsubscribe(body: Uint8Array): StringViolation | undefined {
  if (body.length === 2) return { kind: "empty_unsubscribe" };
  for (let at = 2; at < body.length; ) {
    const filter = stringAt(body, at);
    if (!filter) return undefined;
    const violation = checkString(filter, "filter");
    if (violation) return violation;
    at += 2 + filter.length;
  }
  return undefined;
}

const WILL_FLAG = 0x04;
const PASSWORD_FLAG = 0x40;
const USERNAME_FLAG = 0x80;

/**
 * CONNECT (§3.1): protocol name, level, flags, keepalive, then client id, will topic and payload,
 * user name and password as the flags say. The strings are checked, the binary fields skipped.
 * MQTT 5 puts properties between them; the broker answers level 5 with CONNACK 1 anyway.
 */
export function checkConnect(body: Uint8Array): StringViolation | undefined {
  const name = stringAt(body, 0);
  if (!name) return undefined;
  let at = 2 + name.length;
  const level = body[at];
  const flags = body[at + 1];
  if (level === undefined || flags === undefined || level > 4) return undefined;
  at += 4;
  const fields: [string, boolean][] = [
    ["client id", true],
    ["will topic", (flags & WILL_FLAG) !== 0],
    ["will payload", (flags & WILL_FLAG) !== 0],
    ["user name", (flags & USERNAME_FLAG) !== 0],
    ["password", (flags & PASSWORD_FLAG) !== 0],
  ];
  for (const [field, present] of fields) {
    if (!present) continue;
    const value = stringAt(body, at);
    if (!value) return undefined;
    if (field !== "will payload" && field !== "password") {
      const violation = checkString(value, field);
      if (violation) return violation;
    }
    at += 2 + value.length;
  }
  return undefined;
}
