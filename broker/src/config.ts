import { resolve } from "node:path";
import { z } from "zod";

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
    logLevel: e.BULBCHECK_LOG_LEVEL,
  };
}
