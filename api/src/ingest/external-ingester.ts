import { TOPIC_ROOT } from "@bulbcheck/shared";
import mqtt, { type IClientOptions, type MqttClient } from "mqtt";
import type { Logger } from "pino";
import type { Ingester } from "./ingester.ts";

export interface ExternalIngesterOptions {
  /** `mqtt://host:1883` of the broker the devices talk to. */
  url: string;
  username?: string | undefined;
  password?: string | undefined;
  /** Fixed, so that the broker keeps this ingester's session and its unacknowledged messages. */
  clientId?: string;
  ingester: Ingester;
  logger: Logger;
}

export const DEVICE_MESSAGES_FILTER = `${TOPIC_ROOT}/+/+/+`;

/** The message being ingested, and whether a stop has begun. */
interface Intake {
  closing: boolean;
  /** Settles once the message in hand is committed and acknowledged (or refused). */
  current: Promise<void> | undefined;
}

/**
 * Ingestion from another MQTT broker: a persistent session (fixed client id, clean session off,
 * QoS 1) whose PUBACK for each message is sent only after the message is committed. A message
 * that could not be stored is left unacknowledged and the connection is dropped, so that the
 * broker delivers it again after the reconnect.
 */
export class ExternalIngester {
  readonly #client: MqttClient;
  readonly #logger: Logger;
  readonly #ingester: Ingester;
  readonly #intake: Intake;

  private constructor(client: MqttClient, logger: Logger, ingester: Ingester, intake: Intake) {
    this.#client = client;
    this.#logger = logger;
    this.#ingester = ingester;
    this.#intake = intake;
  }

  static async start(options: ExternalIngesterOptions): Promise<ExternalIngester> {
    const { url, ingester, logger } = options;
    const clientOptions: IClientOptions = {
      clientId: options.clientId ?? "bulbcheck-ingester",
      clean: false,
      protocolVersion: 4,
      reconnectPeriod: 1000,
      connectTimeout: 10_000,
      keepalive: 30,
      ...(options.username !== undefined ? { username: options.username } : {}),
      ...(options.password !== undefined ? { password: options.password } : {}),
    };
    const client = mqtt.connect(url, { ...clientOptions, manualConnect: true });
    const intake: Intake = { closing: false, current: undefined };
    client.handleMessage = (packet, callback) => {
      // Stopping: left unacknowledged (an error sends no PUBACK), so the broker keeps it for the
      // next session. Called back all the same: mqtt.js takes the next packet only after this
      // callback, and a graceful end waits for that.
      if (intake.closing) {
        callback(new Error("ingestion is stopping"));
        return;
      }
      const payload =
        typeof packet.payload === "string" ? Buffer.from(packet.payload) : packet.payload;
      intake.current = ingester
        .submit({
          topic: packet.topic,
          payload,
          receivedAt: Date.now(),
          retainedReplay: packet.retain,
        })
        .then(
          () => callback(),
          (error: unknown) => {
            logger.error(
              { err: error, topic: packet.topic },
              "message not stored; reconnecting for a resend",
            );
            callback(error instanceof Error ? error : new Error(String(error)));
            client.stream?.destroy();
          },
        );
    };
    client.on("error", (error) => logger.warn({ err: error }, "external broker connection error"));
    client.on("offline", () => logger.warn({ url }, "external broker unreachable; retrying"));

    try {
      await firstSubscription(client, url, logger);
    } catch (error) {
      await client.endAsync(true);
      throw error;
    }
    return new ExternalIngester(client, logger, ingester, intake);
  }

  get connected(): boolean {
    return this.#client.connected;
  }

  /**
   * Stops taking messages: the one in hand is committed and its PUBACK sent before the connection
   * closes (else the broker would deliver it again after the restart, a needless duplicate); what
   * is unacknowledged stays with the broker for the next start.
   */
  async close(): Promise<void> {
    this.#intake.closing = true;
    this.#ingester.flush();
    await this.#intake.current;
    await this.#client.endAsync();
    this.#logger.info("external ingestion stopped");
  }
}

/** How long the first CONNACK may take before the start fails with a reason. */
const FIRST_CONNECT_TIMEOUT_MS = 10_000;
/**
 * How long the SUBACK may take after it. Longer: a broker that kept the session sends the
 * messages it queued meanwhile first, and the ingester commits them while the SUBACK waits in line.
 */
const FIRST_SUBSCRIBE_TIMEOUT_MS = 60_000;

/**
 * Connects and subscribes once. Every later reconnect subscribes again by itself (the session
 * keeps the subscription, but subscribing again is harmless and covers a broker that lost it).
 */
function firstSubscription(client: MqttClient, url: string, logger: Logger): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout;
    const wait = (ms: number, why: string) => {
      clearTimeout(timer);
      timer = setTimeout(() => fail(new Error(why)), ms);
    };
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    };
    wait(
      FIRST_CONNECT_TIMEOUT_MS,
      `no answer from the MQTT broker at ${url} within ${FIRST_CONNECT_TIMEOUT_MS / 1000} s: check BULBCHECK_MQTT_URL and that the broker runs`,
    );
    client.once("error", (error) =>
      fail(new Error(`the MQTT broker at ${url} refused the ingester: ${error.message}`)),
    );
    client.on("connect", (connack) => {
      logger.info(
        { url, sessionPresent: connack.sessionPresent },
        "ingesting from external broker",
      );
      if (!settled)
        wait(
          FIRST_SUBSCRIBE_TIMEOUT_MS,
          `the MQTT broker at ${url} took the connection but did not answer the subscription to ${DEVICE_MESSAGES_FILTER} within ${FIRST_SUBSCRIBE_TIMEOUT_MS / 1000} s`,
        );
      client.subscribe(DEVICE_MESSAGES_FILTER, { qos: 1 }, (error, granted) => {
        if (error) fail(error);
        else if (granted?.some((g) => g.qos === 128))
          fail(
            new Error(
              `the broker at ${url} refused the subscription to ${DEVICE_MESSAGES_FILTER}; give the ingester's login that right`,
            ),
          );
        else if (!settled) {
          settled = true;
          clearTimeout(timer);
          resolve();
        }
      });
    });
    client.connect();
  });
}
