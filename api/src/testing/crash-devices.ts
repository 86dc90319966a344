import {
  deviceTopic,
  type FleetDocumentInput,
  type HealthPayload,
  type ReportPayload,
} from "@bulbcheck/shared";
import mqtt, { type MqttClient } from "mqtt";
import { hotelFleet, WAIT_MS } from "./test-system.ts";

/**
 * Devices for crash tests: real mqtt.js clients with persistent sessions that publish numbered
 * QoS 1 events and record each PUBACK, and keep going through a server that dies under them.
 */

export interface DeviceLogin {
  id: string;
  site: string;
  secret: string;
}

/** The hotel of `hotelFleet()` with `count` devices: even ones sensors, odd ones staff pads. */
export function crashFleet(site: string, count: number): FleetDocumentInput {
  const fleet = hotelFleet(site);
  const [first] = fleet.sites;
  if (!first) throw new Error("hotelFleet() has no site");
  first.devices = Array.from({ length: count }, (_, i) => ({
    id: crashDeviceId(i),
    kind: i % 2 === 0 ? ("sensor" as const) : ("button" as const),
    intervalSeconds: 3600,
  }));
  return fleet;
}

export function crashDeviceId(i: number): string {
  return `crash-dev-${String(i).padStart(2, "0")}`;
}

/** Event `n` of a device: sensors send health (alternating fault and ok), pads send reports. */
type CrashEvent =
  | { kind: "health"; payload: HealthPayload }
  | { kind: "report"; payload: ReportPayload };

function eventOf(device: number, n: number): CrashEvent {
  const id = `e-${String(n).padStart(6, "0")}`;
  if (device % 2 === 0) {
    return n % 2 === 0
      ? { kind: "health", payload: { id, asset: "elev-a-lamp", state: "fault", fault: "flicker" } }
      : { kind: "health", payload: { id, asset: "elev-a-lamp", state: "ok", battery: 90 } };
  }
  return {
    kind: "report",
    payload: { id, asset: "elev-a-floor", fault: "dirty", source: "staff" },
  };
}

export interface FleetRunOptions {
  url: string;
  devices: DeviceLogin[];
  eventsPerDevice: number;
  /** Number of each device's first event, so that later rounds on the same data send new ids. */
  firstEvent?: number;
  /** Publishes a device keeps unacknowledged at most, as a device with a small outbox does. */
  window: number;
  /** Called on every PUBACK with the number acknowledged so far. */
  onAck?: (acked: number) => void;
}

/** Figures of a run, for assertions and the report. */
export interface FleetFigures {
  acked: number;
  /** PUBLISH packets written to a socket: every event once, plus what mqtt.js sent again. */
  publishPackets: number;
  /** Publishes the devices themselves had to repeat after mqtt.js gave up on one. */
  appRetries: number;
  /** Reconnections begun after a connection died (a refused one counts again). */
  reconnects: number;
  connectErrors: number;
}

/**
 * Runs the devices until every event is acknowledged. Each device resumes by itself after its
 * connection dies (reconnect every 200 ms, clean session off); mqtt.js resends its unacknowledged
 * publishes, same packet and same event id, after the reconnect.
 */
export class FleetRun {
  /** `{device} {event id}` of every acknowledged publish. */
  readonly acked = new Set<string>();
  readonly done: Promise<void>;
  readonly #clients: MqttClient[];
  readonly #total: number;
  #waiters: { count: number; resolve: () => void }[] = [];
  #closed = false;
  readonly #figures: FleetFigures = {
    acked: 0,
    publishPackets: 0,
    appRetries: 0,
    reconnects: 0,
    connectErrors: 0,
  };

  private constructor(clients: MqttClient[], options: FleetRunOptions) {
    this.#clients = clients;
    this.#total = clients.length * options.eventsPerDevice;
    for (const client of clients) {
      client.on("packetsend", (packet) => {
        if (packet.cmd === "publish") this.#figures.publishPackets++;
      });
      client.on("reconnect", () => this.#figures.reconnects++);
      // Refused reconnects while the server is down; the next attempt follows by itself.
      client.on("error", () => this.#figures.connectErrors++);
    }
    this.done = Promise.all(clients.map((client, i) => this.#publishAll(client, i, options))).then(
      () => undefined,
    );
  }

  static async start(options: FleetRunOptions): Promise<FleetRun> {
    const clients = await Promise.all(
      options.devices.map((device) =>
        mqtt.connectAsync(options.url, {
          clientId: device.id,
          username: device.id,
          password: device.secret,
          protocolVersion: 4,
          clean: false,
          reconnectPeriod: 200,
          connectTimeout: WAIT_MS,
          keepalive: 30,
        }),
      ),
    );
    return new FleetRun(clients, options);
  }

  figures(): FleetFigures {
    return { ...this.#figures, acked: this.acked.size };
  }

  /** Resolves once `count` events are acknowledged (by the PUBACK that makes it so). */
  whenAcked(count: number): Promise<void> {
    if (this.acked.size >= count) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ count, resolve }));
  }

  /** Waits for every event's PUBACK; fails with how far the devices got rather than hanging. */
  async waitDone(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `only ${this.acked.size} of ${this.#total} events acknowledged after ${timeoutMs} ms`,
            ),
          ),
        timeoutMs,
      );
    });
    try {
      await Promise.race([this.done, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Closes every connection at once (an end, not a crash: nothing is waited for). */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#clients.map((client) => client.endAsync(true)));
  }

  #wake(): void {
    if (this.#waiters.length === 0) return;
    const size = this.acked.size;
    const due = this.#waiters.filter((w) => w.count <= size);
    this.#waiters = this.#waiters.filter((w) => w.count > size);
    for (const waiter of due) waiter.resolve();
  }

  #publishAll(client: MqttClient, index: number, options: FleetRunOptions): Promise<void> {
    const device = options.devices[index] as DeviceLogin;
    const first = options.firstEvent ?? 0;
    const total = options.eventsPerDevice;
    return new Promise((resolve) => {
      let next = first;
      let settled = 0;
      const send = (n: number) => {
        const { kind, payload } = eventOf(index, n);
        const topic = deviceTopic({ site: device.site, device: device.id, kind });
        client.publish(topic, JSON.stringify(payload), { qos: 1 }, (error) => {
          if (error) {
            if (this.#closed) return;
            // What a real device does when its client gives up: send the same event again.
            this.#figures.appRetries++;
            setTimeout(() => send(n), 100);
            return;
          }
          this.acked.add(`${device.id} ${payload.id}`);
          options.onAck?.(this.acked.size);
          this.#wake();
          settled++;
          if (settled === total) resolve();
          else pump();
        });
      };
      const pump = () => {
        while (next < first + total && next - first - settled < options.window) send(next++);
      };
      pump();
    });
  }
}
