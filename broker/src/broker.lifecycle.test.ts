import { expect, test } from "vitest";
import type { AcceptedPublish } from "./auth/authorize.ts";
import { closed, connectAs, startTestBroker, WAIT_MS, waitFor } from "./testing/fixtures.ts";
import { openSocket } from "./testing/raw-mqtt.ts";

test("beforeAck runs before the PUBACK, with the parsed contract topic", async () => {
  const seen: AcceptedPublish[] = [];
  const t = await startTestBroker({ beforeAck: (p) => void seen.push(p) });
  const device = await connectAs(t.url, await t.device("lamp-1", "hotel-oslo"));
  await device.publishAsync("bulbcheck/v1/hotel-oslo/lamp-1/report", '{"id":"r1"}', { qos: 1 });
  expect(seen).toHaveLength(1);
  expect(seen[0]?.deviceTopic).toEqual({ site: "hotel-oslo", device: "lamp-1", kind: "report" });
  expect(seen[0]?.principal.id).toBe("lamp-1");
  expect(seen[0]?.payload.toString()).toBe('{"id":"r1"}');
  await device.endAsync();
  await t.close();
});

test("when beforeAck fails the publish is not acknowledged and the device is disconnected", async () => {
  const t = await startTestBroker({
    beforeAck: () => {
      throw new Error("disk full");
    },
  });
  const device = await connectAs(t.url, await t.device("lamp-1", "hotel-oslo"));
  let acked = false;
  device.publish("bulbcheck/v1/hotel-oslo/lamp-1/health", "{}", { qos: 1 }, (error) => {
    acked = !error;
  });
  await closed(device);
  expect(acked).toBe(false);
  expect(t.broker.stats().publishes).toEqual({ accepted: 0, refused: { not_stored: 1 } });
  await t.close();
});

test("a graceful stop lets in-flight work finish and acknowledges it", async () => {
  // The work is held in flight until the test lets it go, so the stop starts while all three
  // publishes are in the hook, however long they took to get there.
  let started = 0;
  let finished = 0;
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const t = await startTestBroker({
    beforeAck: async () => {
      started++;
      await held;
      finished++;
    },
  });
  const device = await connectAs(t.url, await t.device("lamp-1", "hotel-oslo"));
  const acks = Promise.all(
    [1, 2, 3].map((i) =>
      device.publishAsync("bulbcheck/v1/hotel-oslo/lamp-1/health", `{"id":"${i}"}`, { qos: 1 }),
    ),
  );
  await waitFor("three publishes in the hook", () => started === 3);
  let finishedAtStop: number | undefined;
  const stopping = t.broker.close({ timeoutMs: WAIT_MS }).then(() => {
    finishedAtStop = finished;
  });
  // Turns of the event loop, not time: enough for a stop that did not wait to close everything.
  for (let turn = 0; turn < 20; turn++) await new Promise(setImmediate);
  expect(finishedAtStop).toBeUndefined();
  expect(device.connected).toBe(true);
  release();
  await acks;
  await stopping;
  expect(finishedAtStop).toBe(3);
  expect(t.broker.stats().publishes.accepted).toBe(3);
  device.end(true);
});

test("figures are published under $SYS for services allowed to read them", async () => {
  const t = await startTestBroker({ statsIntervalMs: 50 });
  const monitor = await connectAs(t.url, await t.service("monitor", { subscribe: ["$SYS/#"] }));
  await monitor.subscribeAsync("$SYS/+/bulbcheck/stats");
  const stats = await new Promise<{ connects: { accepted: number } }>((resolve) =>
    monitor.once("message", (_topic, payload) => resolve(JSON.parse(payload.toString()))),
  );
  expect(stats.connects.accepted).toBe(1);
  await monitor.endAsync();
  await t.close();
});

test("a stop does not wait for sockets that have sent nothing yet, nor for a listed proxy's header", async () => {
  // A connect timeout far beyond the test's: the stop must not be waiting for it.
  const t = await startTestBroker({ connectTimeoutMs: 600_000, proxyProtocol: ["127.0.0.2"] });
  const idle = await openSocket(t.port);
  const proxied = await openSocket(t.port, undefined, "127.0.0.2");
  const both = Promise.all(
    [idle, proxied].map((s) => new Promise((resolve) => s.once("close", resolve))),
  );
  await t.broker.close({ timeoutMs: 1000 });
  await both;
});
