import type { DeviceTopic } from "@bulbcheck/shared";
import type { Client, PublishPacket, Subscription } from "aedes";
import type { Logger } from "pino";
import { contextOf, principalOf } from "../connection-context.ts";
import type { CredentialsProvider, Principal } from "../credentials/principal.ts";
import { CountedRefusal } from "../limits/close-reasons.ts";
import type { BrokerCounters } from "../stats.ts";
import { devicePublishTopic, mayLeaveWill, mayPublish, maySubscribe } from "./acl.ts";

/** A publish that passed the ACL, handed to `beforeAck` before the broker acknowledges it. */
export interface AcceptedPublish {
  principal: Principal;
  topic: string;
  /** The parsed contract topic, for device publishes. */
  deviceTopic?: Readonly<DeviceTopic>;
  payload: Buffer;
  qos: 0 | 1 | 2;
  retain: boolean;
  receivedAt: number;
}

/** The broker acknowledges once the returned promise fulfils (its value unused), never if it rejects. */
export type BeforeAck = (publish: AcceptedPublish) => Promise<unknown> | undefined;

export interface AuthorizeDeps {
  /** Where the owner of a will is looked up when aedes publishes it with its client gone. */
  credentials: CredentialsProvider;
  counters: BrokerCounters;
  logger: Logger;
  beforeAck?: BeforeAck | undefined;
  /** Tracks in-flight `beforeAck` work so that a graceful stop can wait for it. */
  track: (work: Promise<void>) => Promise<void>;
}

/** How often a run of unstored publishes is logged: a full disk refuses thousands a second. */
const NOT_STORED_LOG_EVERY_MS = 10_000;

/** Logs the first unstored publish, then one line per interval with how many more there were. */
function notStoredLog(logger: Logger) {
  let lastAt = 0;
  let since = 0;
  return {
    note(error: unknown, clientId: string, topic: string): void {
      const now = Date.now();
      if (now - lastAt < NOT_STORED_LOG_EVERY_MS) {
        since++;
        return;
      }
      logger.error(
        { err: error, clientId, topic, alsoNotStoredSinceLastLine: since },
        "publish not stored; not acknowledged",
      );
      lastAt = now;
      since = 0;
    },
  };
}

type Done = (error?: Error | null) => void;

export function createAuthorizePublish({
  credentials,
  counters,
  logger,
  beforeAck,
  track,
}: AuthorizeDeps) {
  const notStored = notStoredLog(logger);

  /**
   * aedes publishes with no client the stored will of a client that is not connected: one left
   * by a broker that died under it (a crash), found at its restart. It gets the checks of a will
   * at CONNECT and of a publish, for its owner as the credentials know it now; a refused one is
   * dropped from the store (patches/aedes: `_clearWills`) and never sent.
   */
  function authorizeOrphanWill(packet: PublishPacket, done: Done): void {
    const owner = (packet as PublishPacket & { clientId?: string }).clientId;
    const refuse = (why: string) => {
      counters.refusePublish("will_denied");
      logger.warn(
        { reason: "will_denied", clientId: owner, topic: packet.topic, why },
        "will of a client not connected refused; dropped",
      );
      done(new CountedRefusal(`will refused: ${why}`));
    };
    if (owner === undefined) {
      refuse("no owner");
      return;
    }
    Promise.resolve(credentials.lookup(owner)).then(
      (principal) => {
        if (!principal) refuse("owner no longer provisioned");
        else if (!mayLeaveWill(principal, packet.topic)) refuse("topic not allowed");
        else authorize(principal, null, packet, done);
      },
      (error: unknown) => {
        logger.error({ err: error, clientId: owner }, "credentials lookup failed");
        refuse("credentials lookup failed");
      },
    );
  }

  function authorize(
    principal: Principal,
    client: Client | null,
    packet: PublishPacket,
    done: Done,
  ): void {
    if (!mayPublish(principal, packet.topic)) {
      counters.refusePublish("acl_publish");
      logger.warn(
        {
          reason: "acl_publish",
          clientId: principal.id,
          topic: packet.topic,
          address: client ? contextOf(client)?.address : undefined,
        },
        "publish refused; disconnecting",
      );
      // [MQTT-3.3.5-2] refusing a publish closes the connection: there is no negative PUBACK in 3.1.1.
      done(new CountedRefusal(`not authorized to publish to ${packet.topic}`));
      return;
    }
    if (!beforeAck) {
      counters.publishesAccepted++;
      done(null);
      return;
    }
    // The ACL has parsed a device's topic already.
    const parsed =
      principal.kind === "device" ? devicePublishTopic(principal, packet.topic) : undefined;
    const accepted: AcceptedPublish = {
      principal,
      topic: packet.topic,
      ...(parsed ? { deviceTopic: parsed } : {}),
      payload: Buffer.isBuffer(packet.payload) ? packet.payload : Buffer.from(packet.payload),
      qos: packet.qos,
      retain: packet.retain,
      receivedAt: Date.now(),
    };
    let work: Promise<unknown> | undefined;
    try {
      work = beforeAck(accepted);
    } catch (error) {
      work = Promise.reject(error);
    }
    track(
      Promise.resolve(work).then(
        () => {
          counters.publishesAccepted++;
          done(null);
        },
        (error: unknown) => {
          // Not stored means not acknowledged: the client resends after reconnecting.
          counters.refusePublish("not_stored");
          notStored.note(error, principal.id, packet.topic);
          done(new CountedRefusal(error instanceof Error ? error.message : String(error)));
        },
      ),
    );
  }

  return function authorizePublish(client: Client | null, packet: PublishPacket, done: Done): void {
    if (client === null) {
      authorizeOrphanWill(packet, done);
      return;
    }
    const principal = principalOf(client);
    if (!principal) {
      counters.refusePublish("acl_publish");
      done(new CountedRefusal("publish without an authenticated client"));
      return;
    }
    authorize(principal, client, packet, done);
  };
}

export function createAuthorizeSubscribe({
  counters,
  logger,
}: Pick<AuthorizeDeps, "counters" | "logger">) {
  return function authorizeSubscribe(
    client: Client,
    subscription: Subscription,
    done: (error: Error | null, subscription?: Subscription | null) => void,
  ): void {
    const principal = principalOf(client);
    if (principal && maySubscribe(principal, subscription.topic)) {
      counters.subscribesAccepted++;
      done(null, subscription);
      return;
    }
    counters.refuseSubscribe("acl_subscribe");
    logger.warn(
      {
        reason: "acl_subscribe",
        clientId: client.id,
        filter: subscription.topic,
        address: contextOf(client)?.address,
      },
      "subscribe refused",
    );
    // A null subscription answers SUBACK 0x80 (MQTT 3.1.1 §3.9.3) and keeps the connection.
    done(null, null);
  };
}
