import { connect, type Socket } from "node:net";
import { afterEach, expect, test } from "vitest";
import { openFileLimit } from "./limits/open-files.ts";
import {
  closed,
  connectAs,
  startTestBroker,
  type TestBroker,
  waitFor,
} from "./testing/fixtures.ts";
import { RawClient, rawAck, rawConnect, rawPublish } from "./testing/raw-mqtt.ts";

let t: TestBroker | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function rawSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      // The broker hanging up on us is what these tests provoke: ECONNRESET / EPIPE are expected.
      socket.off("error", reject).on("error", () => {});
      resolve(socket);
    });
    socket.once("error", reject);
  });
}

/** Unlike events.once, does not reject on the 'error' that precedes a reset socket's 'close'. */
function socketClosed(socket: Socket): Promise<void> {
  return socket.destroyed
    ? Promise.resolve()
    : new Promise((resolve) => socket.once("close", () => resolve()));
}

function externalMemory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

test("a packet announcing 256 MB closes the socket before the broker buffers it", async () => {
  t = await startTestBroker();
  const socket = await rawSocket(t.broker.addresses.tcp.port);
  const closedSocket = socketClosed(socket);
  global.gc?.();
  const before = externalMemory();

  // PUBLISH with remaining length 268,435,455, then 32 MB of its body as fast as we can send it.
  socket.write(Buffer.from([0x30, 0xff, 0xff, 0xff, 0x7f]));
  const chunk = Buffer.alloc(1024 * 1024, 0x61);
  for (let i = 0; i < 32 && !socket.destroyed; i++) socket.write(chunk);
  await closedSocket;

  global.gc?.();
  const grown = externalMemory() - before;
  expect(grown).toBeLessThan(4 * 1024 * 1024);
  expect(t.broker.stats().closed).toEqual({ too_large: 1 });
});

test("an authenticated device sending a packet over the limit is disconnected; others carry on", async () => {
  t = await startTestBroker({ maxPacketSize: 8 * 1024 });
  const lamp = await connectAs(t.url, await t.device("lamp-1", "hotel-oslo"));
  const neighbour = await connectAs(t.url, await t.device("lamp-2", "hotel-oslo"));
  lamp.publish("bulbcheck/v1/hotel-oslo/lamp-1/health", Buffer.alloc(9 * 1024), { qos: 1 });
  await closed(lamp);
  await neighbour.publishAsync("bulbcheck/v1/hotel-oslo/lamp-2/health", "{}", { qos: 1 });
  expect(t.broker.stats().closed).toEqual({ too_large: 1 });
  expect(t.broker.stats().publishes.accepted).toBe(1);
  await neighbour.endAsync();
});

test("1,000 sockets that never send CONNECT are closed by the connect timeout while a real device connects", async () => {
  const connectTimeoutMs = 2000;
  t = await startTestBroker({ connectTimeoutMs });
  const port = t.broker.addresses.tcp.port;
  const lifetimes: number[] = [];
  const idle = await Promise.all(
    Array.from({ length: 1000 }, async () => {
      // Taken before connecting: the broker cannot start a socket's timer before it exists.
      const opening = performance.now();
      const socket = await rawSocket(port);
      void socketClosed(socket).then(() => lifetimes.push(performance.now() - opening));
      return socket;
    }),
  );
  const allClosed = Promise.all(idle.map(socketClosed));
  await waitFor(
    "the broker to take all 1,000 sockets",
    () =>
      (t?.broker.stats().connections.current ?? 0) +
        (t?.broker.stats().closed.connect_timeout ?? 0) ===
      1000,
  );

  // The device sends CONNECT at once, so the timeout that is closing its neighbours spares it.
  const device = await connectAs(t.url, await t.device("lamp-1", "hotel-oslo"));
  await device.publishAsync("bulbcheck/v1/hotel-oslo/lamp-1/health", "{}", { qos: 1 });

  await allClosed;
  expect(t.broker.stats().closed.connect_timeout).toBe(1000);
  // Closed by the timeout, not on arrival. Only a lower bound, and half the timeout: Node dates a
  // timer from the start of the event-loop turn that set it, and one turn accepts hundreds of
  // these sockets, for longer on a busy machine.
  expect(Math.min(...lifetimes)).toBeGreaterThan(connectTimeoutMs / 2);
  expect(device.connected).toBe(true);
  await waitFor(
    "the broker to forget the idle sockets",
    () => t?.broker.stats().connections.current === 1,
  );
  await device.publishAsync("bulbcheck/v1/hotel-oslo/lamp-1/health", "{}", { qos: 1 });
  await device.endAsync();
});

test("a topic deeper than the limit closes the connection without harming the broker", async () => {
  t = await startTestBroker({ maxTopicLevels: 16 });
  const bridge = await connectAs(
    t.url,
    await t.service("bridge", { publish: ["#"], subscribe: ["#"] }),
  );
  bridge.publish(Array.from({ length: 200 }, (_, i) => `l${i}`).join("/"), "x", { qos: 1 });
  await closed(bridge);
  const again = await connectAs(t.url, await t.service("bridge-2", { publish: ["#"] }));
  await again.publishAsync("a/b/c", "x", { qos: 1 });
  await again.endAsync();
});

test("one connection limit counts TCP and WebSocket together", async () => {
  t = await startTestBroker({ maxConnections: 4, openFileLimit: 100_000 });
  const port = t.broker.addresses.tcp.port;
  const tcp = await Promise.all([rawSocket(port), rawSocket(port)]);
  const ws = await Promise.all([RawClient.ws(t.wsUrl), RawClient.ws(t.wsUrl)]);
  await waitFor("the four sockets to be taken", () => t?.broker.stats().connections.current === 4);
  // One more on either listener is over the one limit.
  const extraTcp = await rawSocket(port);
  await socketClosed(extraTcp);
  await expect(RawClient.ws(t.wsUrl)).rejects.toThrow();
  expect(t.broker.stats().closed).toEqual({ max_connections: 2 });
  for (const s of tcp) s.destroy();
  await Promise.all(ws.map((w) => w.destroy()));
});

test("connections from one address are capped, and another address still gets in", async () => {
  t = await startTestBroker({ maxConnectionsPerAddress: 3, openFileLimit: 100_000 });
  const port = t.broker.addresses.tcp.port;
  const first = await Promise.all([rawSocket(port), rawSocket(port), rawSocket(port)]);
  const fourth = await rawSocket(port);
  await socketClosed(fourth);
  expect(t.broker.stats().closed).toEqual({ max_per_address: 1 });
  // 127.0.0.2 is this machine too, but another address to the broker.
  const lamp = await t.device("lamp-1", "hotel-oslo");
  const other = await RawClient.tcp(port, "127.0.0.2");
  other.send(
    rawConnect({ clientId: lamp.id, username: lamp.id, password: lamp.secret, keepalive: 60 }),
  );
  expect(await other.nextOf("connack")).toMatchObject({ returnCode: 0 });
  await other.destroy();
  for (const s of first) s.destroy();
});

test("the connection limit is kept below the open-file limit read at start", async () => {
  t = await startTestBroker({ maxConnections: 16_000, openFileLimit: 1024 });
  expect(t.broker.connectionLimit).toBe(768);
  await t.close();
  t = await startTestBroker({ maxConnections: 1_000_000 });
  const openFiles = openFileLimit();
  if (openFiles !== undefined) expect(t.broker.connectionLimit).toBeLessThan(openFiles);
});

test("a WebSocket that never upgrades, or never sends CONNECT after, is closed at the connect timeout", async () => {
  t = await startTestBroker({ connectTimeoutMs: 500 });
  const wsPort = t.broker.addresses.ws?.port ?? 0;
  // Silent, half a request line, and a complete upgrade with no MQTT after it.
  const silent = await rawSocket(wsPort);
  const halfRequest = await rawSocket(wsPort);
  halfRequest.write("GET / HTTP/1.1\r\nHost: x\r\n");
  const upgraded = await RawClient.ws(t.wsUrl);
  // Node's HTTP server would have kept the first two for up to 90 s (its headers timeout).
  await Promise.all([socketClosed(silent), socketClosed(halfRequest), upgraded.closed]);
  expect(t.broker.stats().closed).toEqual({ connect_timeout: 3 });
});

test("a client withholding PUBREL is closed at its 17th QoS 2 message, and one that answers is not", async () => {
  t = await startTestBroker();
  const bridge = await t.service("bridge", { publish: ["plant/#"] });
  const login = rawConnect({
    clientId: bridge.id,
    username: bridge.id,
    password: bridge.secret,
    keepalive: 60,
  });
  const publish = (messageId: number) =>
    rawPublish({ topic: "plant/a", payload: Buffer.alloc(1000), qos: 2, messageId });

  // Honest: each PUBREC answered with its PUBREL; far more than the window goes through.
  const honest = await RawClient.tcp(t.broker.addresses.tcp.port);
  honest.send(login);
  expect(await honest.nextOf("connack")).toMatchObject({ returnCode: 0 });
  for (let id = 1; id <= 40; id++) {
    honest.send(publish(id));
    expect(await honest.nextOf("pubrec")).toMatchObject({ messageId: id });
    honest.send(rawAck("pubrel", id));
    expect(await honest.nextOf("pubcomp")).toMatchObject({ messageId: id });
  }
  await honest.destroy();

  // Withholding: 16 are taken and held (each up to a packet), the 17th closes the connection.
  const greedy = await RawClient.tcp(t.broker.addresses.tcp.port);
  greedy.send(login);
  expect(await greedy.nextOf("connack")).toMatchObject({ returnCode: 0 });
  for (let id = 1; id <= 16; id++) {
    greedy.send(publish(id));
    expect(await greedy.nextOf("pubrec")).toMatchObject({ messageId: id });
  }
  greedy.send(publish(17));
  expect(await greedy.closedWithin()).toBe(true);
  expect(greedy.received.filter((p) => p.cmd === "pubrec")).toHaveLength(16);
  expect(t.broker.stats().closed).toEqual({ qos2_inflight: 1 });
});
