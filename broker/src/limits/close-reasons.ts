import type { CloseReason, ConnectRefusal } from "../stats.ts";

/**
 * An error a hook raises after counting and logging what it refused: the close that aedes makes
 * of it is not counted a second time.
 */
export class CountedRefusal extends Error {}

export type ClassifiedClose =
  | { kind: "connect"; reason: ConnectRefusal }
  | { kind: "close"; reason: CloseReason };

/**
 * aedes and mqtt-packet close a connection by emitting an error with a message (and, for a
 * CONNECT they answered, an `errorCode`): these are the ones they make, by what they mean. The
 * table is checked by tests that provoke each, so that an upgrade which rewords one shows up.
 */
const MESSAGES: [RegExp, ClassifiedClose][] = [
  // mqtt-packet, [MQTT-3.1.2-13] and [MQTT-3.1.2-15]: no will, so no will QoS or will retain
  [/^Will (Retain Flag|QoS) must be set to zero/, { kind: "connect", reason: "will_flags" }],
  [/^Invalid protocol version$/, { kind: "connect", reason: "unsupported_protocol" }],
  [
    /^(Invalid protocolId|Connect flag bit 0|Cannot parse (protocolId|will topic|will payload|username|password)|Packet too short)/,
    { kind: "connect", reason: "malformed_connect" },
  ],
  [/^connect did not arrive in time$/, { kind: "close", reason: "connect_timeout" }],
  [/^keep alive timeout$/, { kind: "close", reason: "keepalive_timeout" }],
  [/^topic has too many levels$/, { kind: "close", reason: "topic_levels" }],
  [
    /( is not allowed in PUBLISH|^empty topic not allowed|is only allowed in (UN)?SUBSCRIBE|^impossible to (UN)?SUBSCRIBE)/,
    { kind: "close", reason: "bad_topic" },
  ],
  [/^maxInflightInbound exceeded/, { kind: "close", reason: "qos2_inflight" }],
  [/^Client queue limit reached$/, { kind: "close", reason: "queue_limit" }],
  [/^drain timeout$/, { kind: "close", reason: "drain_timeout" }],
];

/** aedes' CONNACK codes for what it refuses itself, before the authenticate hook. */
const RETURN_CODES: Partial<Record<number, ConnectRefusal>> = {
  1: "unsupported_protocol",
  2: "client_id_rejected",
};

/**
 * What a connection's error means for the counters; undefined for what is not the broker's
 * doing (a reset by the peer, a broken pipe) or was counted where it was raised.
 */
export function classifyClose(error: unknown): ClassifiedClose | undefined {
  if (!(error instanceof Error) || error instanceof CountedRefusal) return undefined;
  const { code, errorCode } = error as { code?: unknown; errorCode?: unknown };
  if (typeof errorCode === "number") {
    const reason = RETURN_CODES[errorCode];
    if (reason) return { kind: "connect", reason };
  }
  if (typeof code === "string") {
    // ws refuses a frame over maxPayload before buffering it; the other WS_ERR_ are framing.
    if (code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH") return { kind: "close", reason: "too_large" };
    if (code.startsWith("WS_ERR_")) return { kind: "close", reason: "malformed" };
    return undefined;
  }
  for (const [pattern, classified] of MESSAGES) if (pattern.test(error.message)) return classified;
  // A second CONNECT, a packet before CONNECT, or anything else mqtt-packet cannot parse.
  return { kind: "close", reason: "protocol_error" };
}
