import { resolve } from "node:path";
import { z } from "zod";
import type { BrokerOptions } from "./broker.ts";

/**
 * The broker command's settings, read once from the environment. Every variable is optional;
 * a wrong one stops the start with a message naming it.
 */
const port = z.coerce.number().int().min(0).max(65_535);
const positive = z.coerce.number().int().positive();

/** The broker's settings, by variable: README's "Settings" table lists each (a test checks). */
export const brokerSettingsSchema = z.object({
  BULBCHECK_DATA_DIR: z.string().min(1).default("./data"),
  BULBCHECK_MQTT_HOST: z.string().min(1).default("127.0.0.1"),
  BULBCHECK_MQTT_PORT: port.default(1883),
  /** `off` serves no WebSocket listener. */
  BULBCHECK_WS_PORT: z.union([z.literal("off"), port]).default(8083),
  BULBCHECK_MAX_PACKET_BYTES: positive.default(64 * 1024),
  BULBCHECK_CONNECT_TIMEOUT_MS: positive.default(10_000),
  BULBCHECK_KEEPALIVE_LIMIT_S: positive.default(3600),
  BULBCHECK_MAX_CONNECTIONS: positive.default(16_000),
  /** `0`: no limit per address (behind a proxy on the same machine, every client is 127.0.0.1). */
  BULBCHECK_MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(0).default(2000),
  BULBCHECK_MAX_QOS2_INFLIGHT: positive.default(16),
  /** The stand-alone broker's session store, as the system's database (api/src/config.ts). */
  BULBCHECK_DB_SYNC: z.enum(["normal", "full"], { error: "normal or full" }).default("full"),
  BULBCHECK_LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info"),
});

export interface BrokerConfig {
  dataDir: string;
  credentialsFile: string;
  host: string;
  port: number;
  wsPort: number | null;
  maxPacketSize: number;
  connectTimeoutMs: number;
  keepaliveLimitSeconds: number;
  maxConnections: number;
  maxConnectionsPerAddress: number;
  maxInflightQos2: number;
  /** Where the stand-alone broker keeps its sessions and queues (SQLite). */
  sessionsFile: string;
  databaseSync: "normal" | "full";
  logLevel: z.infer<typeof brokerSettingsSchema>["BULBCHECK_LOG_LEVEL"];
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): BrokerConfig {
  const parsed = brokerSettingsSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`invalid settings in the environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.BULBCHECK_DATA_DIR);
  return {
    dataDir,
    credentialsFile: resolve(dataDir, "broker-credentials.json"),
    host: e.BULBCHECK_MQTT_HOST,
    port: e.BULBCHECK_MQTT_PORT,
    wsPort: e.BULBCHECK_WS_PORT === "off" ? null : e.BULBCHECK_WS_PORT,
    maxPacketSize: e.BULBCHECK_MAX_PACKET_BYTES,
    connectTimeoutMs: e.BULBCHECK_CONNECT_TIMEOUT_MS,
    keepaliveLimitSeconds: e.BULBCHECK_KEEPALIVE_LIMIT_S,
    maxConnections: e.BULBCHECK_MAX_CONNECTIONS,
    maxConnectionsPerAddress: e.BULBCHECK_MAX_CONNECTIONS_PER_ADDRESS,
    maxInflightQos2: e.BULBCHECK_MAX_QOS2_INFLIGHT,
    sessionsFile: resolve(dataDir, "broker-sessions.db"),
    databaseSync: e.BULBCHECK_DB_SYNC,
    logLevel: e.BULBCHECK_LOG_LEVEL,
  };
}

/** The listeners and limits of `config`, as `createBroker` takes them. */
export function brokerOptionsOf(
  config: BrokerConfig,
): Pick<
  BrokerOptions,
  | "host"
  | "port"
  | "wsPort"
  | "maxPacketSize"
  | "connectTimeoutMs"
  | "keepaliveLimitSeconds"
  | "maxConnections"
  | "maxConnectionsPerAddress"
  | "maxInflightQos2"
> {
  return {
    host: config.host,
    port: config.port,
    wsPort: config.wsPort,
    maxPacketSize: config.maxPacketSize,
    connectTimeoutMs: config.connectTimeoutMs,
    keepaliveLimitSeconds: config.keepaliveLimitSeconds,
    maxConnections: config.maxConnections,
    maxConnectionsPerAddress: config.maxConnectionsPerAddress,
    maxInflightQos2: config.maxInflightQos2,
  };
}
