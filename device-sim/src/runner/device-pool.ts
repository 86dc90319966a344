import { deviceTopic, type MessageKind } from "@bulbcheck/shared";
import mqtt, { type MqttClient } from "mqtt";

export interface PoolCounters {
  published: number;
  acknowledged: number;
  failed: number;
  /** In flight when their device vanished: a device that loses power loses what it was sending. */
  lostWithDevice: number;
  connects: number;
  refused: number;
}

/**
 * The simulated devices' MQTT connections: each device a real mqtt.js client with its own
 * credentials and a last will, so the server meets them as it would meet real ones.
 */
export class DevicePool {
  readonly #url: string;
  readonly #secrets: ReadonlyMap<string, string>;
  readonly #clients = new Map<string, MqttClient>();
  readonly #onError: (device: string, error: Error) => void;
  readonly counters: PoolCounters = {
    published: 0,
    acknowledged: 0,
    failed: 0,
    lostWithDevice: 0,
    connects: 0,
    refused: 0,
  };
  /** Messages sent by each live client and not yet answered. */
  readonly #outstanding = new Map<MqttClient, number>();

  constructor(
    url: string,
    secrets: ReadonlyMap<string, string>,
    onError: (device: string, error: Error) => void,
  ) {
    this.#url = url;
    this.#secrets = secrets;
    this.#onError = onError;
  }

  get online(): number {
    let n = 0;
    for (const client of this.#clients.values()) if (client.connected) n++;
    return n;
  }

  connect(device: string, site: string): void {
    if (this.#clients.has(device)) return;
    const secret = this.#secrets.get(device);
    if (secret === undefined) {
      this.#onError(device, new Error("no secret for this device"));
      return;
    }
    const client = mqtt.connect(this.#url, {
      clientId: device,
      username: device,
      password: secret,
      protocolVersion: 4,
      clean: true,
      keepalive: 60,
      reconnectPeriod: 2000,
      connectTimeout: 10_000,
      will: {
        topic: deviceTopic({ site, device, kind: "status" }),
        payload: Buffer.from("offline"),
        qos: 1,
        retain: true,
      },
    });
    client.on("connect", () => this.counters.connects++);
    client.on("error", (error) => {
      // A refused login will not get better by retrying every two seconds.
      if ((error as { code?: unknown }).code === 4 || (error as { code?: unknown }).code === 5) {
        this.counters.refused++;
        client.end(true);
        this.#clients.delete(device);
      }
      this.#onError(device, error);
    });
    this.#clients.set(device, client);
  }

  /** Sends at QoS 1; mqtt.js keeps it while the device is reconnecting and resends it after. */
  publish(device: string, site: string, kind: MessageKind, payload: string, retain = false): void {
    const client = this.#clients.get(device);
    if (!client) return;
    this.counters.published++;
    this.#outstanding.set(client, (this.#outstanding.get(client) ?? 0) + 1);
    client.publish(deviceTopic({ site, device, kind }), payload, { qos: 1, retain }, (error) => {
      // A vanished client's late callbacks were already counted as lost.
      const left = this.#outstanding.get(client);
      if (left === undefined) return;
      this.#outstanding.set(client, left - 1);
      if (error) this.counters.failed++;
      else this.counters.acknowledged++;
    });
  }

  /** The device vanishes without a goodbye: the broker publishes its last will. */
  drop(device: string): void {
    const client = this.#clients.get(device);
    if (!client) return;
    this.#clients.delete(device);
    this.counters.lostWithDevice += this.#outstanding.get(client) ?? 0;
    this.#outstanding.delete(client);
    client.stream?.destroy();
    client.end(true);
  }

  /**
   * Every device says it is going offline, waits for its messages' PUBACKs, and disconnects. A
   * device still connecting gets a moment to finish, so that what it has queued is not dropped.
   */
  async close(sites: ReadonlyMap<string, string>): Promise<void> {
    await Promise.all(
      [...this.#clients].map(async ([device, client]) => {
        if (!client.connected) await connectedWithin(client, CLOSE_CONNECT_WAIT_MS);
        const site = sites.get(device);
        if (site && client.connected) {
          await client
            .publishAsync(deviceTopic({ site, device, kind: "status" }), "offline", {
              qos: 1,
              retain: true,
            })
            .catch(() => undefined);
        }
        await client.endAsync(!client.connected);
      }),
    );
    this.#clients.clear();
  }
}

const CLOSE_CONNECT_WAIT_MS = 3000;

function connectedWithin(client: MqttClient, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      client.removeListener("connect", done);
      resolve();
    }
    client.once("connect", done);
  });
}
