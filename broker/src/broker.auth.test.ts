import { afterEach, beforeEach, expect, test } from "vitest";
import {
  connectAs,
  refusalCode,
  startTestBroker,
  type TestBroker,
  waitFor,
} from "./testing/fixtures.ts";

let t: TestBroker;
beforeEach(async () => {
  t = await startTestBroker({ loginGuard: { maxFailuresPerClient: 3, banMs: 60_000 } });
});
afterEach(() => t.close());

test("a provisioned device connects and its publish on its own topic reaches a subscriber", async () => {
  const lamp = await t.device("lamp-1", "hotel-oslo");
  const watcher = await connectAs(
    t.url,
    await t.service("ingester", { subscribe: ["bulbcheck/v1/#"] }),
  );
  await watcher.subscribeAsync("bulbcheck/v1/+/+/+", { qos: 1 });
  const received = new Promise<[string, string]>((resolve) =>
    watcher.once("message", (topic, payload) => resolve([topic, payload.toString()])),
  );

  const device = await connectAs(t.url, lamp);
  await device.publishAsync(
    "bulbcheck/v1/hotel-oslo/lamp-1/health",
    '{"id":"1","asset":"a","state":"ok"}',
    { qos: 1 },
  );

  expect(await received).toEqual([
    "bulbcheck/v1/hotel-oslo/lamp-1/health",
    '{"id":"1","asset":"a","state":"ok"}',
  ]);
  expect(t.broker.stats().connects.accepted).toBe(2);
  expect(t.broker.stats().publishes.accepted).toBe(1);
  await Promise.all([device.endAsync(), watcher.endAsync()]);
});

test("a device also connects over WebSocket", async () => {
  const lamp = await t.device("lamp-1", "hotel-oslo");
  const device = await connectAs(t.wsUrl, lamp);
  await device.publishAsync("bulbcheck/v1/hotel-oslo/lamp-1/status", "online", {
    qos: 1,
    retain: true,
  });
  expect(t.broker.stats().connections.ws).toBe(1);
  expect(t.broker.stats().publishes.accepted).toBe(1);
  await device.endAsync();
});

test("a wrong secret is refused with CONNACK 4 (bad user name or password)", async () => {
  const lamp = await t.device("lamp-1", "hotel-oslo");
  expect(await refusalCode(connectAs(t.url, { ...lamp, secret: "not-the-secret" }))).toBe(4);
  expect(t.broker.stats().connects.refused).toEqual({ bad_secret: 1 });
});

test("an unknown device is refused with CONNACK 4", async () => {
  expect(await refusalCode(connectAs(t.url, { id: "ghost", secret: "whatever" }))).toBe(4);
  expect(t.broker.stats().connects.refused).toEqual({ unknown_client: 1 });
});

test("a connect without credentials is refused with CONNACK 4", async () => {
  const lamp = await t.device("lamp-1", "hotel-oslo");
  expect(
    await refusalCode(connectAs(t.url, lamp, { username: undefined, password: undefined })),
  ).toBe(4);
  expect(t.broker.stats().connects.refused).toEqual({ no_credentials: 1 });
});

test("a client id that differs from the username is refused with CONNACK 2 and kicks nobody off", async () => {
  const lamp = await t.device("lamp-1", "hotel-oslo");
  const other = await t.device("lamp-2", "hotel-oslo");
  const victim = await connectAs(t.url, lamp);
  // lamp-2's valid credentials, trying to take over lamp-1's session.
  expect(await refusalCode(connectAs(t.url, other, { clientId: "lamp-1" }))).toBe(2);
  expect(victim.connected).toBe(true);
  await victim.publishAsync("bulbcheck/v1/hotel-oslo/lamp-1/health", "{}", { qos: 1 });
  expect(t.broker.stats().connects.refused).toEqual({ client_id_mismatch: 1 });
  await victim.endAsync();
});

test("a last will outside the device's own status topic is refused with CONNACK 5", async () => {
  const lamp = await t.device("lamp-1", "hotel-oslo");
  const will = (topic: string) => ({
    will: { topic, payload: Buffer.from("offline"), qos: 1 as const, retain: true },
  });
  expect(
    await refusalCode(connectAs(t.url, lamp, will("bulbcheck/v1/hotel-oslo/lamp-2/status"))),
  ).toBe(5);
  expect(
    await refusalCode(connectAs(t.url, lamp, will("bulbcheck/v1/hotel-oslo/lamp-1/report"))),
  ).toBe(5);
  expect(t.broker.stats().connects.refused).toEqual({ will_denied: 2 });
  const ok = await connectAs(t.url, lamp, will("bulbcheck/v1/hotel-oslo/lamp-1/status"));
  await ok.endAsync();
});

test("a device's last will is delivered when it drops", async () => {
  const lamp = await t.device("lamp-1", "hotel-oslo");
  const watcher = await connectAs(
    t.url,
    await t.service("ingester", { subscribe: ["bulbcheck/v1/#"] }),
  );
  await watcher.subscribeAsync("bulbcheck/v1/+/+/status", { qos: 1 });
  const device = await connectAs(t.url, lamp, {
    will: {
      topic: "bulbcheck/v1/hotel-oslo/lamp-1/status",
      payload: Buffer.from("offline"),
      qos: 1,
      retain: true,
    },
  });
  const will = new Promise<string>((resolve) =>
    watcher.once("message", (_t, payload) => resolve(payload.toString())),
  );
  device.stream.destroy(); // an unclean drop, as when power fails
  expect(await will).toBe("offline");
  await watcher.endAsync();
});

test("repeated failed logins ban that device at that address, not its neighbours", async () => {
  const lamp = await t.device("lamp-1", "hotel-oslo");
  const neighbour = await t.device("lamp-2", "hotel-oslo");
  for (let i = 0; i < 3; i++)
    expect(await refusalCode(connectAs(t.url, { ...lamp, secret: "wrong" }))).toBe(4);
  // Banned: even the right secret is refused, without being checked, until the ban ends.
  expect(await refusalCode(connectAs(t.url, lamp))).toBe(5);
  expect(await refusalCode(connectAs(t.url, neighbour))).toBe("connected");
  expect(t.broker.stats().connects.refused).toEqual({ bad_secret: 3, banned: 1 });
  expect(t.broker.stats().activeBans).toBe(1);
});

test("disconnect() closes a revoked device's live connection", async () => {
  const lamp = await t.device("lamp-1", "hotel-oslo");
  const device = await connectAs(t.url, lamp);
  t.credentials.delete("lamp-1");
  expect(t.broker.disconnect("lamp-1")).toBe(true);
  await waitFor("the revoked device's connection to close", () => !device.connected);
  expect(await refusalCode(connectAs(t.url, lamp))).toBe(4);
  expect(t.broker.disconnect("lamp-1")).toBe(false);
});

test("a login ban at one address bans the failing device ids there, never all the devices behind it", async () => {
  // A store: every device behind the router's one address, and someone there guessing.
  const store = await startTestBroker({
    loginGuard: { maxFailuresPerClient: 3, maxFailuresPerAddress: 5, banMs: 60_000 },
  });
  try {
    const lamp = await store.device("lamp-1", "hotel-oslo");
    const neighbour = await store.device("lamp-2", "hotel-oslo");
    for (let i = 0; i < 3; i++)
      expect(await refusalCode(connectAs(store.url, { ...lamp, secret: "wrong" }))).toBe(4);
    for (let i = 0; i < 3; i++)
      expect(await refusalCode(connectAs(store.url, { id: `guess-${i}`, secret: "x" }))).not.toBe(
        "connected",
      );
    expect(store.broker.stats().activeBans).toBe(2); // lamp-1 there, and the address

    // lamp-1 is banned there: its right secret is refused unchecked, until the ban ends.
    expect(await refusalCode(connectAs(store.url, lamp))).toBe(5);
    // Every other device of the store still gets in with its right secret...
    expect(await refusalCode(connectAs(store.url, neighbour))).toBe("connected");
    // ...while a wrong one from the banned address answers "banned", as an unknown id does.
    expect(await refusalCode(connectAs(store.url, { ...neighbour, secret: "wrong" }))).toBe(5);
    expect(await refusalCode(connectAs(store.url, { id: "guess-9", secret: "x" }))).toBe(5);
  } finally {
    await store.close();
  }
});

test("a device secret stored as scrypt by an earlier release logs in once, and is kept as a keyed hash after", async () => {
  const lamp = await t.legacyDevice("lamp-1", "hotel-oslo");
  expect(t.credentials.lookup("lamp-1")?.secretHash).toMatch(/^scrypt\$/);
  const device = await connectAs(t.url, lamp);
  await device.endAsync();
  expect(t.credentials.lookup("lamp-1")?.secretHash).toBe(t.credentials.hash(lamp.secret));
  // And the keyed hash lets it in from then on; a wrong secret still does not.
  expect(await refusalCode(connectAs(t.url, lamp))).toBe("connected");
  expect(await refusalCode(connectAs(t.url, { ...lamp, secret: "wrong" }))).toBe(4);
});
