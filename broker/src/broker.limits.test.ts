import { connect, type Socket } from "node:net";
import { afterEach, expect, test } from "vitest";
import {
  closed,
  connectAs,
  refusalCode,
  startTestBroker,
  type TestBroker,
  waitFor,
} from "./testing/fixtures.ts";

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

test("a keepalive above the limit, or none at all, is refused", async () => {
  t = await startTestBroker({ keepaliveLimitSeconds: 600 });
  const lamp = await t.device("lamp-1", "hotel-oslo");
  // aedes answers these with return code 6, which MQTT 3.1.1 does not define; clients see a refusal.
  expect(await refusalCode(connectAs(t.url, lamp, { keepalive: 601 }))).not.toBe("connected");
  expect(await refusalCode(connectAs(t.url, lamp, { keepalive: 0 }))).not.toBe("connected");
  expect(await refusalCode(connectAs(t.url, lamp, { keepalive: 600 }))).toBe("connected");
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

test("sockets beyond maxConnections are dropped and counted", async () => {
  t = await startTestBroker({ maxConnections: 5 });
  const sockets = await Promise.all(
    Array.from({ length: 8 }, () => rawSocket(t?.broker.addresses.tcp.port ?? 0)),
  );
  await Promise.all(sockets.slice(5).map(socketClosed));
  expect(t.broker.stats().closed.max_connections).toBe(3);
  expect(t.broker.stats().connections.current).toBe(5);
  for (const s of sockets) s.destroy();
});
