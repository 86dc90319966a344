import { resolve } from "node:path";
import { z } from "zod";
import type { BrokerOptions } from "./broker.ts";
import { AddressList } from "./proxy/address-list.ts";
import type { TlsFiles } from "./tls/tls-credentials.ts";

/**
 * The broker command's settings, read once from the environment. Every variable is optional;
 * a wrong one stops the start with a message naming it.
 */
const port = z.coerce.number().int().min(0).max(65_535);
const positive = z.coerce.number().int().positive();
/** A listener's port, or `off` for none. */
const listener = z.union([z.literal("off"), port]);

/** Addresses and ranges separated by commas or spaces, each checked; `off` (alone) for none. */
const addressList = z.string().transform((text, ctx) => {
  const entries = text.split(/[\s,]+/).filter((entry) => entry !== "");
  if (entries.length === 1 && entries[0] === "off") return [];
  for (const entry of entries) {
    const problem = AddressList.problemOf(entry);
    if (problem) ctx.addIssue({ code: "custom", message: `${problem}, or off` });
  }
  return entries;
});

/** The broker's settings, by variable: README's "Settings" table lists each (a test checks). */
export const brokerSettingsSchema = z.object({
  BULBCHECK_DATA_DIR: z.string().min(1).default("./data"),
  BULBCHECK_MQTT_HOST: z.string().min(1).default("127.0.0.1"),
  /** `off` serves no plain MQTT listener (TLS only, say). */
  BULBCHECK_MQTT_PORT: listener.default(1883),
  /** MQTT over TLS; 8883 is its usual port. */
  BULBCHECK_MQTT_TLS_PORT: listener.default("off"),
  /** `off` serves no WebSocket listener. */
  BULBCHECK_WS_PORT: listener.default(8083),
  /** MQTT over WebSocket over TLS. */
  BULBCHECK_WSS_PORT: listener.default("off"),
  /** The TLS listeners' certificate chain and private key (PEM), read again on SIGHUP. */
  BULBCHECK_TLS_CERT_FILE: z.string().min(1).optional(),
  BULBCHECK_TLS_KEY_FILE: z.string().min(1).optional(),
  /**
   * The proxies whose PROXY protocol header (v1 or v2) the MQTT TCP and TLS listeners require
   * and believe: addresses and ranges (`127.0.0.1`, `10.0.0.0/24`), or `off`.
   */
  BULBCHECK_MQTT_PROXY_PROTOCOL: addressList.optional(),
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
  /** Each listener's port; null when it is off. */
  port: number | null;
  tlsPort: number | null;
  wsPort: number | null;
  wssPort: number | null;
  /** The TLS listeners' certificate and key; set when one of them is on. */
  tls: TlsFiles | undefined;
  /** The proxies that send a PROXY protocol header; none when empty. */
  proxyProtocol: string[];
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
  const on = (value: number | "off") => (value === "off" ? null : value);
  const tlsPort = on(e.BULBCHECK_MQTT_TLS_PORT);
  const wssPort = on(e.BULBCHECK_WSS_PORT);
  return {
    dataDir,
    credentialsFile: resolve(dataDir, "broker-credentials.json"),
    host: e.BULBCHECK_MQTT_HOST,
    port: on(e.BULBCHECK_MQTT_PORT),
    tlsPort,
    wsPort: on(e.BULBCHECK_WS_PORT),
    wssPort,
    tls: tlsPort === null && wssPort === null ? undefined : tlsFiles(e),
    proxyProtocol: e.BULBCHECK_MQTT_PROXY_PROTOCOL ?? [],
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

/** The certificate and key files, which a TLS listener cannot do without. */
function tlsFiles(e: z.infer<typeof brokerSettingsSchema>): TlsFiles {
  const needed = (name: string, what: string) =>
    `  ${name}: needed with BULBCHECK_MQTT_TLS_PORT or BULBCHECK_WSS_PORT on: the ${what} (PEM) the TLS listeners present`;
  const problems = [
    ...(e.BULBCHECK_TLS_CERT_FILE ? [] : [needed("BULBCHECK_TLS_CERT_FILE", "certificate chain")]),
    ...(e.BULBCHECK_TLS_KEY_FILE ? [] : [needed("BULBCHECK_TLS_KEY_FILE", "private key")]),
  ];
  if (!e.BULBCHECK_TLS_CERT_FILE || !e.BULBCHECK_TLS_KEY_FILE)
    throw new Error(`invalid settings in the environment:\n${problems.join("\n")}`);
  return {
    certFile: resolve(e.BULBCHECK_TLS_CERT_FILE),
    keyFile: resolve(e.BULBCHECK_TLS_KEY_FILE),
  };
}

/** The listeners and limits of `config`, as `createBroker` takes them. */
export function brokerOptionsOf(
  config: BrokerConfig,
): Pick<
  BrokerOptions,
  | "host"
  | "port"
  | "tlsPort"
  | "wsPort"
  | "wssPort"
  | "tls"
  | "proxyProtocol"
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
    tlsPort: config.tlsPort,
    wsPort: config.wsPort,
    wssPort: config.wssPort,
    ...(config.tls ? { tls: config.tls } : {}),
    proxyProtocol: config.proxyProtocol,
    maxPacketSize: config.maxPacketSize,
    connectTimeoutMs: config.connectTimeoutMs,
    keepaliveLimitSeconds: config.keepaliveLimitSeconds,
    maxConnections: config.maxConnections,
    maxConnectionsPerAddress: config.maxConnectionsPerAddress,
    maxInflightQos2: config.maxInflightQos2,
  };
}
