import { deviceTopic } from "@bulbcheck/shared";
import mqtt, { type MqttClient } from "mqtt";
import { ADMIN_TOKEN, hotelFleet, WAIT_MS } from "./test-system.ts";

/**
 * Sensors publishing QoS 1 health events at a steady rate into a running system: what each had
 * acknowledged (PUBACK) and when, and how long each PUBACK took.
 */
export class SteadyDevices {
  /** `{device} {event id}` of every PUBACKed publish, as the store audit lists stored ones. */
  readonly acked = new Set<string>();
  /** Each publish: when it was sent (ms) and how long its PUBACK took (ms). */
  readonly latencies: { at: number; ms: number }[] = [];
  readonly #clients: MqttClient[] = [];
  #running = true;
  #loops: Promise<void>[] = [];

  /** Provisions `count` hotel sites with a sensor each, connects them, starts publishing. */
  static async start(options: {
    apiUrl: string;
    mqttUrl: string;
    count: number;
    everyMs: number;
  }): Promise<SteadyDevices> {
    const sites = Array.from({ length: options.count }, (_, i) => `hotel-${i + 1}`);
    const fleet = { sites: sites.flatMap((site) => hotelFleet(site).sites) };
    const response = await fetch(`${options.apiUrl}/api/fleet`, {
      method: "PUT",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify(fleet),
    });
    if (response.status !== 200) throw new Error(`provisioning failed: ${response.status}`);
    const { secrets } = (await response.json()) as { secrets: Record<string, string> };
    const devices = new SteadyDevices();
    for (const site of sites) {
      const device = `${site}-sensor`;
      const client = await mqtt.connectAsync(options.mqttUrl, {
        clientId: device,
        username: device,
        password: secrets[device],
        protocolVersion: 4,
        reconnectPeriod: 0,
        connectTimeout: WAIT_MS,
      });
      devices.#clients.push(client);
      devices.#loops.push(devices.#publish(client, site, device, options.everyMs));
    }
    return devices;
  }

  /** What is acknowledged so far, as it stands now. */
  ackedNow(): Set<string> {
    return new Set(this.acked);
  }

  async stop(): Promise<void> {
    this.#running = false;
    await Promise.all(this.#loops);
    await Promise.all(this.#clients.map((client) => client.endAsync()));
  }

  async #publish(client: MqttClient, site: string, device: string, everyMs: number) {
    const topic = deviceTopic({ site, device, kind: "health" });
    for (let n = 1; this.#running; n++) {
      const id = `${device}-${n}`;
      const at = performance.now();
      await client.publishAsync(
        topic,
        JSON.stringify({ id, asset: "elev-a-btn-12", state: "ok", battery: 90 }),
        { qos: 1 },
      );
      const ms = performance.now() - at;
      this.acked.add(`${device} ${id}`);
      this.latencies.push({ at, ms });
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, everyMs - ms)));
    }
  }
}

/** The p50, p99 and largest of some latencies, for a log line. */
export function latencySummary(ms: number[]): {
  count: number;
  p50: number;
  p99: number;
  max: number;
} {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}
