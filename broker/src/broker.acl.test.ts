import { afterEach, beforeEach, expect, test } from "vitest";
import {
  closed,
  connectAs,
  startTestBroker,
  type TestBroker,
  type TestIdentity,
  waitFor,
} from "./testing/fixtures.ts";

let t: TestBroker;
let lamp: TestIdentity;
beforeEach(async () => {
  t = await startTestBroker();
  lamp = await t.device("lamp-1", "hotel-oslo");
});
afterEach(() => t.close());

test.each([
  ["another device's topic", "bulbcheck/v1/hotel-oslo/lamp-2/health"],
  ["another site's topic", "bulbcheck/v1/store-bergen/lamp-1/health"],
  ["a topic outside the contract", "alarm/fire"],
  ["$SYS", "$SYS/fake/stats"],
])("a publish to %s is refused, counted, and the device disconnected", async (_, topic) => {
  const watcher = await connectAs(
    t.url,
    await t.service("spy", { publish: ["marker"], subscribe: ["#", "$SYS/#"] }),
  );
  await watcher.subscribeAsync(["#", "$SYS/fake/#"], { qos: 0 });
  const seen: string[] = [];
  watcher.on("message", (topic) => seen.push(topic));

  const device = await connectAs(t.url, lamp);
  device.publish(topic, '{"id":"1"}', { qos: 1 });
  await closed(device);

  expect(t.broker.stats().publishes.refused).toEqual({ acl_publish: 1 });
  expect(t.broker.stats().publishes.accepted).toBe(0);
  // A marker published after the refusal comes through the same broker to the same subscriber,
  // in order: once it is here, a wrongly forwarded message would have been too.
  await watcher.publishAsync("marker", "after", { qos: 1 });
  await waitFor("the marker", () => seen.includes("marker"));
  expect(seen).toEqual(["marker"]);
  await watcher.endAsync();
});

test("subscribing to #, $SYS/# or another device's commands is refused with SUBACK 0x80", async () => {
  const device = await connectAs(t.url, lamp);
  // mqtt.js rejects when any grant is a failure, and carries the SUBACK on the error.
  const suback = await device
    .subscribeAsync(
      [
        "#",
        "$SYS/#",
        "bulbcheck/v1/hotel-oslo/lamp-2/cmd/#",
        "bulbcheck/v1/hotel-oslo/lamp-1/cmd/#",
      ],
      { qos: 1 },
    )
    .then(
      () => undefined,
      (error: { packet?: { granted?: number[] } }) => error.packet,
    );
  expect(suback?.granted).toEqual([128, 128, 128, 1]);
  expect(t.broker.stats().subscribes).toEqual({ accepted: 1, refused: { acl_subscribe: 3 } });
  expect(device.connected).toBe(true);
  await device.endAsync();
});

test("a device receives the commands sent to it", async () => {
  const commander = await connectAs(
    t.url,
    await t.service("api", { publish: ["bulbcheck/v1/+/+/cmd/#"] }),
  );
  const device = await connectAs(t.url, lamp);
  await device.subscribeAsync("bulbcheck/v1/hotel-oslo/lamp-1/cmd/#", { qos: 1 });
  const got = new Promise<string>((resolve) => device.once("message", (topic) => resolve(topic)));
  await commander.publishAsync("bulbcheck/v1/hotel-oslo/lamp-1/cmd/selftest", "{}", { qos: 1 });
  expect(await got).toBe("bulbcheck/v1/hotel-oslo/lamp-1/cmd/selftest");
  await Promise.all([device.endAsync(), commander.endAsync()]);
});
