import { join } from "node:path";
import Database from "better-sqlite3";
import mqtt, { type MqttClient } from "mqtt";
import { pino } from "pino";
import { afterEach, beforeEach, expect, test } from "vitest";
import { type BulbBroker, createBroker } from "./broker.ts";
import { loadCredentialsFile } from "./credentials/credentials-file.ts";
import { BrokerCommand } from "./testing/broker-command.ts";
import { connectAs, WAIT_MS, waitFor } from "./testing/fixtures.ts";

/**
 * The wills a crashed broker left in broker-sessions.db are published by the restarted broker
 * with no client attached (aedes, once the broker that stored them is silent for 3 heartbeats).
 * Each is authorized for its owner as the credentials know it then; a refused one is dropped,
 * counted and logged, and the broker carries on.
 */

const STATUS = "bulbcheck/v1/hotel-oslo/lamp-1/status";
let command: BrokerCommand;
let broker: BulbBroker | undefined;
let clients: MqttClient[] = [];
beforeEach(async () => {
  command = await BrokerCommand.create();
});
afterEach(async () => {
  for (const client of clients) client.end(true);
  clients = [];
  await broker?.close({ timeoutMs: 1000 });
  broker = undefined;
  await command.dispose();
});

/** The watcher's persistent session, and what it receives from its queue. */
async function watcher(url: string, secret: string) {
  const client = mqtt.connect(url, {
    clientId: "watcher",
    username: "watcher",
    password: secret,
    clean: false,
    protocolVersion: 4,
    reconnectPeriod: 0,
    connectTimeout: WAIT_MS,
  });
  clients.push(client);
  const received: { topic: string; payload: string }[] = [];
  client.on("message", (topic, payload) => received.push({ topic, payload: payload.toString() }));
  await new Promise((resolve, reject) => {
    client.once("connect", resolve);
    client.once("error", reject);
  });
  return { client, received };
}

function willOf(topic: string) {
  return { will: { topic, payload: Buffer.from("offline"), qos: 1 as const, retain: false } };
}

test("after a crash, a service's will is published for its owner, a refused one is dropped and counted, and the broker lives on", async () => {
  const bridge = await command.addService("bridge", { publish: ["ops/bridge/status"] });
  const monitor = await command.addService("monitor", { publish: ["ops/monitor/status"] });
  const watcherSecret = await command.addService("watcher", {
    subscribe: ["ops/#", "bulbcheck/v1/+/+/status"],
  });
  const lamp = await command.addDevice("hotel-oslo", "lamp-1");
  const crashed = await command.serve();

  // The watcher's session queues the wills (QoS 1) while it is away.
  const first = await watcher(crashed.url, watcherSecret);
  await first.client.subscribeAsync(["ops/#", "bulbcheck/v1/+/+/status"], { qos: 1 });
  await first.client.endAsync();
  for (const [id, secret, topic] of [
    ["bridge", bridge, "ops/bridge/status"],
    ["monitor", monitor, "ops/monitor/status"],
    ["lamp-1", lamp, STATUS],
  ] as const)
    clients.push(await connectAs(crashed.url, { id, secret }, willOf(topic)));

  // A crash leaves the three wills in the file; then the monitor account is removed.
  crashed.child.kill("SIGKILL");
  await crashed.exited;
  for (const client of clients) client.end(true);
  clients = [];
  await command.run(["remove", "--id", "monitor"]);

  const sessionsFile = join(command.dataDir, "broker-sessions.db");
  const logs: { reason?: string; clientId?: string; msg: string }[] = [];
  broker = await createBroker({
    credentials: await loadCredentialsFile(join(command.dataDir, "broker-credentials.json")),
    host: "127.0.0.1",
    port: 0,
    wsPort: null,
    statsIntervalMs: 0,
    heartbeatIntervalMs: 50,
    sessions: { path: sessionsFile, synchronous: "full" },
    logger: pino({ level: "warn" }, { write: (line: string) => void logs.push(JSON.parse(line)) }),
  });
  const restarted = broker;
  await waitFor(
    "the will run",
    () =>
      restarted.stats().publishes.refused.will_denied === 1 &&
      restarted.stats().publishes.accepted === 2,
  );
  expect(restarted.stats().publishes.refused).toEqual({ will_denied: 1 });
  expect(logs).toContainEqual(
    expect.objectContaining({ reason: "will_denied", clientId: "monitor" }),
  );

  // The broker serves on, and the wills allowed were delivered; the refused one never was.
  const second = await watcher(`mqtt://127.0.0.1:${restarted.addresses.tcp.port}`, watcherSecret);
  await waitFor("the wills", () => second.received.length >= 2);
  expect(second.received.sort((a, b) => a.topic.localeCompare(b.topic))).toEqual([
    { topic: STATUS, payload: "offline" },
    { topic: "ops/bridge/status", payload: "offline" },
  ]);

  // None is left to come back at the next start.
  await restarted.close({ timeoutMs: 1000 });
  broker = undefined;
  const db = new Database(sessionsFile, { readonly: true });
  try {
    expect(db.prepare("SELECT client_id FROM wills").all()).toEqual([]);
  } finally {
    db.close();
  }
});

test("an error aedes raises is logged, and the broker carries on", async () => {
  const logs: { level: number; msg: string }[] = [];
  broker = await createBroker({
    credentials: await loadCredentialsFile(join(command.dataDir, "broker-credentials.json")),
    host: "127.0.0.1",
    port: 0,
    wsPort: null,
    statsIntervalMs: 0,
    logger: pino({ level: "warn" }, { write: (line: string) => void logs.push(JSON.parse(line)) }),
  });
  // With no listener, EventEmitter would throw it: out of a timer, that ends the process.
  broker.aedes.emit("error", new Error("a session write failed"));
  expect(logs).toContainEqual(expect.objectContaining({ level: 50 }));
  expect(broker.aedes.closed).toBe(false);
});
