import type { LoadProgress } from "./load-result.ts";

/** One simulated device: its own connection, credentials and topic. */
export interface LoadDevice {
  id: string;
  site: string;
  secret: string;
}

export type PayloadBuilder = (device: LoadDevice, seq: number) => Buffer;

export interface LoadOptions {
  /** `mqtt://host:port` (port 1883 when left out). */
  url: string;
  devices: readonly LoadDevice[];
  /** Messages each device sends. With `totalMessages` too, both caps apply. */
  messagesPerDevice?: number;
  /** Messages sent in all, by whichever connection has room first. */
  totalMessages?: number;
  /** Messages per second over all devices; undefined sends as fast as the broker acknowledges. */
  rate?: number;
  /** Un-acknowledged QoS 1 messages per connection; also the QoS 0 batch size. Default 32. */
  inflightPerDevice?: number;
  qos: 0 | 1;
  /** CONNECTs waiting for their CONNACK at once, so a large fleet ramps up. Default 100. */
  connectConcurrency?: number;
  /** Payload of the `seq`-th (1-based) message of a device. Default: a `health` "ok" payload. */
  payload?: PayloadBuilder;
  /** Called about once a second while messages flow. */
  onProgress?: (progress: LoadProgress) => void;
  /** Ends the run early: nothing new is sent, in-flight messages get `drainTimeoutMs` to be acked. */
  signal?: AbortSignal;
  /** Ends the run this long after publishing began (connecting does not count), as `signal` does. */
  durationMs?: number;
  /** Time a CONNECT has to be answered. Default 10 s. */
  connectTimeoutMs?: number;
  /** A run gives up on in-flight messages when no PUBACK arrived for this long. Default 10 s. */
  ackTimeoutMs?: number;
  /** After an abort, time in-flight messages get to be acknowledged. Default 5 s. */
  drainTimeoutMs?: number;
}

/** Options with defaults applied and checked; what the engine runs on. */
export interface LoadPlan {
  host: string;
  port: number;
  devices: readonly LoadDevice[];
  perDevice: number;
  total: number;
  rate: number | undefined;
  window: number;
  qos: 0 | 1;
  connectConcurrency: number;
  connectTimeoutMs: number;
  ackTimeoutMs: number;
  drainTimeoutMs: number;
}

const MAX_MESSAGE_ID = 65_535;

/** Applies defaults and refuses options that could never run; throws TypeError or RangeError. */
export function planLoad(options: LoadOptions): LoadPlan {
  const url = new URL(options.url);
  if (url.protocol !== "mqtt:" && url.protocol !== "tcp:") {
    throw new TypeError(`url must be mqtt://host:port, got ${options.url}`);
  }
  if (options.devices.length === 0) throw new RangeError("devices must not be empty");
  if (options.qos !== 0 && options.qos !== 1) throw new RangeError("qos must be 0 or 1");
  const perDevice = count("messagesPerDevice", options.messagesPerDevice);
  const total = count("totalMessages", options.totalMessages);
  if (perDevice === Infinity && total === Infinity && !options.signal && !options.durationMs) {
    throw new TypeError(
      "give messagesPerDevice, totalMessages, durationMs or a signal: the run would never end",
    );
  }
  if (options.durationMs !== undefined && !(options.durationMs > 0)) {
    throw new RangeError("durationMs must be a positive number of milliseconds");
  }
  if (options.rate !== undefined && !(options.rate > 0 && Number.isFinite(options.rate))) {
    throw new RangeError("rate must be a positive number of messages per second");
  }
  return {
    // URL keeps the brackets of an IPv6 host; net.connect wants the bare address.
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port === "" ? 1883 : Number(url.port),
    devices: options.devices,
    perDevice,
    total,
    rate: options.rate,
    window: integer("inflightPerDevice", options.inflightPerDevice ?? 32, 1, MAX_MESSAGE_ID),
    qos: options.qos,
    connectConcurrency: integer("connectConcurrency", options.connectConcurrency ?? 100, 1),
    connectTimeoutMs: integer("connectTimeoutMs", options.connectTimeoutMs ?? 10_000, 1),
    ackTimeoutMs: integer("ackTimeoutMs", options.ackTimeoutMs ?? 10_000, 1),
    drainTimeoutMs: integer("drainTimeoutMs", options.drainTimeoutMs ?? 5_000, 0),
  };
}

function count(name: string, value: number | undefined): number {
  return value === undefined ? Infinity : integer(name, value, 0);
}

function integer(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer in ${min}..${max}, got ${value}`);
  }
  return value;
}
