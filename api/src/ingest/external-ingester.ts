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

/**
 * Ingestion from another MQTT broker: a persistent session (fixed client id, clean session off,
 * QoS 1) whose PUBACK for each message is sent only after the message is committed. A message
 * that could not be stored is left unacknowledged and the connection is dropped, so that the
 * broker delivers it again after the reconnect.
 */
export class ExternalIngester {
  readonly #client: MqttClient;
  readonly #logger: Logger;
  #subscribed: Promise<void>;

  private constructor(client: MqttClient, logger: Logger, subscribed: Promise<void>) {
    this.#client = client;
    this.#logger = logger;
    this.#subscribed = subscribed;
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
    client.handleMessage = (packet, callback) => {
      const payload =
        typeof packet.payload === "string" ? Buffer.from(packet.payload) : packet.payload;
      ingester
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

    const subscribed = new Promise<void>((resolve, reject) => {
      client.once("error", reject);
      client.on("connect", (connack) => {
        logger.info(
          { url, sessionPresent: connack.sessionPresent },
          "ingesting from external broker",
        );
        // The session keeps the subscription, but subscribing again is harmless and covers a
        // broker that lost its sessions.
        client.subscribe(DEVICE_MESSAGES_FILTER, { qos: 1 }, (error, granted) => {
          if (error) reject(error);
          else if (granted?.some((g) => g.qos === 128))
            reject(new Error(`the broker refused the subscription to ${DEVICE_MESSAGES_FILTER}`));
          else {
            client.removeListener("error", reject);
            resolve();
          }
        });
      });
    });
    client.connect();
    await subscribed;
    return new ExternalIngester(client, logger, subscribed);
  }

  get connected(): boolean {
    return this.#client.connected;
  }

  /** Stops taking messages; what is unacknowledged stays with the broker for the next start. */
  async close(): Promise<void> {
    await this.#subscribed.catch(() => undefined);
    await this.#client.endAsync();
    this.#logger.info("external ingestion stopped");
  }
}
