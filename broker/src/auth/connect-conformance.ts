import type { Client, ConnectPacket } from "aedes";
import type { Logger } from "pino";
import { contextOf } from "../connection-context.ts";
import { CountedRefusal } from "../limits/close-reasons.ts";
import type { BrokerCounters, ConnectRefusal } from "../stats.ts";

export interface ConnectConformanceDeps {
  counters: BrokerCounters;
  logger: Logger;
  /** Largest keepalive a client may ask for, in seconds. */
  keepaliveLimitSeconds: number;
}

/** What is wrong with a CONNECT by the MQTT 3.1.1 rules aedes does not check itself, if anything. */
export function connectViolation(packet: ConnectPacket): ConnectRefusal | undefined {
  const { will } = packet;
  if (will) {
    // [MQTT-3.1.2-14] the Will QoS MUST NOT be 3. aedes took it, and the will, once published,
    // went out as a QoS 3 PUBLISH that made every subscriber of its topic drop the connection.
    if ((will.qos ?? 0) > 2) return "will_qos";
    // [MQTT-3.1.3-10]: the will topic is a topic name: [MQTT-4.7.3-1] not empty, and
    // [MQTT-3.3.2-2] without wildcards (broker.publish, which sends it, does not check).
    if (will.topic.length === 0 || /[+#]/.test(will.topic)) return "will_topic";
  }
  // [MQTT-3.1.2-22] no password without a user name.
  if (packet.password !== undefined && packet.username === undefined)
    return "password_without_username";
  return undefined;
}

/**
 * The first hook of a CONNECT, on every listener: ends the pre-CONNECT deadline, refuses what
 * MQTT 3.1.1 forbids (closing the connection without a CONNACK, [MQTT-3.1.4-1]), takes a
 * keepalive of 0 or above the limit as the limit, and remembers the will topic so that
 * authentication can check it against the ACL.
 *
 * A keepalive is clamped rather than refused: MQTT 3.1.1 has no CONNACK code for it (aedes
 * answered 6, which the spec does not define, and a device retrying with the same setting never
 * got in), and a server may close a connection it finds inactive whatever keepalive the client
 * asked for (§3.1.2.10), which is what the limit does.
 */
export function createPreConnect({
  counters,
  logger,
  keepaliveLimitSeconds,
}: ConnectConformanceDeps) {
  return function preConnect(
    client: Client,
    packet: ConnectPacket,
    done: (error: Error | null, ok: boolean) => void,
  ): void {
    const context = contextOf(client);
    if (!context) {
      done(null, false);
      return;
    }
    clearTimeout(context.connectDeadline);
    const log = {
      clientId: packet.clientId,
      address: context.address,
      transport: context.transport,
    };

    const violation = connectViolation(packet);
    if (violation) {
      counters.refuseConnect(violation);
      logger.warn(
        { reason: violation, ...log, willQos: packet.will?.qos, willTopic: packet.will?.topic },
        "connect refused: not MQTT 3.1.1; closed without CONNACK",
      );
      done(new CountedRefusal(`connect refused: ${violation}`), false);
      return;
    }
    // Another protocol level (MQTT 5) goes on to aedes, which answers CONNACK 1 [MQTT-3.1.2-2];
    // the broker counts and logs it from aedes' error (limits/close-reasons.ts).
    const keepalive = packet.keepalive ?? 0;
    if (keepaliveLimitSeconds > 0 && (keepalive === 0 || keepalive > keepaliveLimitSeconds)) {
      packet.keepalive = keepaliveLimitSeconds;
      counters.keepaliveClamped++;
      logger.info(
        { reason: "keepalive_clamped", ...log, asked: keepalive, given: keepaliveLimitSeconds },
        "keepalive taken as the limit",
      );
    }
    if (packet.will) context.willTopic = packet.will.topic;
    done(null, true);
  };
}
