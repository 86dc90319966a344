import mqtt, { type IConnackPacket, type MqttClient } from "mqtt";
import { afterEach, beforeEach, expect, test } from "vitest";
import { BrokerCommand } from "./testing/broker-command.ts";
import { connectAs, WAIT_MS, waitFor } from "./testing/fixtures.ts";

/**
 * The broker command keeps its sessions in `$BULBCHECK_DATA_DIR/broker-sessions.db`: a persistent
 * session's subscriptions and the QoS 1 messages queued for it outlive a restart of the broker,
 * a crash included, so that nothing it acknowledged is lost.
 */

const TOPIC = "bulbcheck/v1/hotel-oslo/lamp-1/health";
let command: BrokerCommand;
let clients: MqttClient[] = [];
beforeEach(async () => {
  command = await BrokerCommand.create();
});
afterEach(async () => {
  for (const client of clients) client.end(true);
  clients = [];
  await command.dispose();
});

/** The ingester's persistent session (fixed client id, clean session off), and what it receives. */
async function ingester(url: string, secret: string) {
  // Listening from the start: queued messages come right behind the CONNACK.
  const client = mqtt.connect(url, {
    clientId: "ingester",
    username: "ingester",
    password: secret,
    clean: false,
    protocolVersion: 4,
    reconnectPeriod: 0,
    connectTimeout: WAIT_MS,
  });
  clients.push(client);
  const received: string[] = [];
  client.on("message", (_topic, payload) => received.push(payload.toString()));
  const connack = await new Promise<IConnackPacket>((resolve, reject) => {
    client.once("connect", resolve);
    client.once("error", reject);
  });
  return { client, received, connack };
}

async function publishFromDevice(url: string, secret: string, id: string): Promise<void> {
  const device = await connectAs(url, { id: "lamp-1", secret });
  // Acknowledged: from here on the broker owns the message.
  await device.publishAsync(TOPIC, JSON.stringify({ id, asset: "a", state: "ok" }), { qos: 1 });
  await device.endAsync();
}

test("a QoS 1 message queued for a persistent session is delivered after a crash and after a graceful restart", async () => {
  const deviceSecret = await command.addDevice("hotel-oslo", "lamp-1");
  const ingesterSecret = await command.addService("ingester", { subscribe: ["bulbcheck/v1/#"] });
  let broker = await command.serve();

  const first = await ingester(broker.url, ingesterSecret);
  await first.client.subscribeAsync("bulbcheck/v1/+/+/health", { qos: 1 });
  await first.client.endAsync();
  await publishFromDevice(broker.url, deviceSecret, "m-1");

  // A crash: no chance to write anything more.
  broker.child.kill("SIGKILL");
  await broker.exited;
  broker = await command.serve();
  const second = await ingester(broker.url, ingesterSecret);
  expect(second.connack.sessionPresent).toBe(true);
  await waitFor("the message queued before the crash", () => second.received.length > 0);
  expect(second.received.map((m) => JSON.parse(m).id)).toEqual(["m-1"]);
  await second.client.endAsync();

  await publishFromDevice(broker.url, deviceSecret, "m-2");
  broker.child.kill("SIGTERM");
  expect(await broker.exited).toBe(0);
  broker = await command.serve();
  const third = await ingester(broker.url, ingesterSecret);
  expect(third.connack.sessionPresent).toBe(true);
  await waitFor("the message queued before the stop", () => third.received.length > 0);
  // m-1 was acknowledged by the ingester before: it is not sent again.
  expect(third.received.map((m) => JSON.parse(m).id)).toEqual(["m-2"]);
});
