import mqtt, { type IClientOptions, type MqttClient } from "mqtt";
import { pino } from "pino";
import { type BrokerOptions, type BulbBroker, createBroker } from "../broker.ts";
import { MemoryCredentials } from "../credentials/memory-credentials.ts";
import type { Principal } from "../credentials/principal.ts";
import { generateSecret, hashLegacySecret } from "../credentials/secret-hash.ts";

/**
 * How long a test waits for something that should happen, before it says it did not. It is a
 * deadline, not a measurement: on a busy machine (a CI runner, the whole suite at once) the wait
 * ends as soon as the condition holds, and only a condition that never comes pays the full wait.
 */
export const WAIT_MS = 30_000;

/** A provisioned identity with its plain secret, as a test device holds it. */
export interface TestIdentity {
  id: string;
  secret: string;
}

export interface TestBroker {
  broker: BulbBroker;
  credentials: MemoryCredentials;
  url: string;
  wsUrl: string;
  device(id: string, site: string): Promise<TestIdentity>;
  /** A device whose secret is stored as earlier releases did (scrypt), to be rehashed. */
  legacyDevice(id: string, site: string): Promise<TestIdentity>;
  service(id: string, acl: { publish?: string[]; subscribe?: string[] }): Promise<TestIdentity>;
  close(): Promise<void>;
}

/** Starts the real broker on free loopback ports with an in-memory credentials store. */
export async function startTestBroker(options: Partial<BrokerOptions> = {}): Promise<TestBroker> {
  const credentials = new MemoryCredentials();
  const broker = await createBroker({
    credentials,
    host: "127.0.0.1",
    port: 0,
    wsPort: 0,
    statsIntervalMs: 0,
    logger: pino({ level: process.env.BULBCHECK_TEST_LOG ?? "silent" }),
    ...options,
  });
  const add = async (principal: (secretHash: string) => Principal): Promise<TestIdentity> => {
    const secret = generateSecret();
    const p = principal(credentials.hash(secret));
    credentials.set(p);
    return { id: p.id, secret };
  };
  return {
    broker,
    credentials,
    url: `mqtt://127.0.0.1:${broker.addresses.tcp.port}`,
    wsUrl: `ws://127.0.0.1:${broker.addresses.ws?.port}`,
    device: (id, site) => add((secretHash) => ({ kind: "device", id, site, secretHash })),
    legacyDevice: async (id, site) => {
      const secret = generateSecret();
      credentials.set({ kind: "device", id, site, secretHash: await hashLegacySecret(secret) });
      return { id, secret };
    },
    service: (id, acl) =>
      add((secretHash) => ({
        kind: "service",
        id,
        secretHash,
        publish: acl.publish ?? [],
        subscribe: acl.subscribe ?? [],
      })),
    close: () => broker.close({ timeoutMs: 1000 }),
  };
}

/** Connects a real mqtt.js client as `identity`; rejects with the CONNACK error on refusal. */
export function connectAs(
  url: string,
  identity: TestIdentity,
  options: IClientOptions = {},
): Promise<MqttClient> {
  return mqtt.connectAsync(url, {
    clientId: identity.id,
    username: identity.id,
    password: identity.secret,
    protocolVersion: 4,
    reconnectPeriod: 0,
    connectTimeout: WAIT_MS,
    ...options,
  });
}

/** The CONNACK return code a refused connect ended with. */
export async function refusalCode(connecting: Promise<MqttClient>): Promise<number | string> {
  try {
    const client = await connecting;
    await client.endAsync();
    return "connected";
  } catch (error) {
    return (error as { code?: number | string }).code ?? String(error);
  }
}

/** Resolves when the client's connection has closed. */
export function closed(client: MqttClient): Promise<void> {
  return new Promise((resolve) => {
    if (!client.connected) return resolve();
    client.once("close", () => resolve());
  });
}

/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  condition: () => boolean,
  timeoutMs = WAIT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
