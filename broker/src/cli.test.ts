import { afterEach, beforeEach, expect, test } from "vitest";
import { BrokerCommand } from "./testing/broker-command.ts";
import { closed, connectAs, refusalCode, waitFor } from "./testing/fixtures.ts";

let command: BrokerCommand;
beforeEach(async () => {
  command = await BrokerCommand.create();
});
afterEach(() => command.dispose());

test("the command provisions a device, serves it, revokes it live, and stops cleanly on SIGTERM", async () => {
  const secret = await command.addDevice("hotel-oslo", "lamp-1");
  const { url, logs, child, exited } = await command.serve();

  const device = await connectAs(url, { id: "lamp-1", secret });
  await device.publishAsync(
    "bulbcheck/v1/hotel-oslo/lamp-1/health",
    '{"id":"1","asset":"a","state":"ok"}',
    { qos: 1 },
  );

  // Removing the device from the credentials file closes its live connection.
  await command.run(["remove", "--id", "lamp-1"]);
  await closed(device);
  expect(await refusalCode(connectAs(url, { id: "lamp-1", secret }))).toBe(4);

  child.kill("SIGTERM");
  expect(await exited).toBe(0);
  await waitFor("the stop log line", () => logs.some((l) => l.includes("broker stopped")));
});

test("a bad setting stops the start with a message naming it", async () => {
  const failure = await command.run(["serve"], { BULBCHECK_MQTT_PORT: "eighty" }).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure?.code).toBe(1);
  expect(failure?.stderr).toContain("BULBCHECK_MQTT_PORT");
});

test("usage errors exit with 2 and say what is wrong", async () => {
  const failure = await command.run(["add-device", "--site", "hotel-oslo", "--id", "Bad Id"]).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure?.code).toBe(2);
  expect(failure?.stderr).toContain('--id "Bad Id"');
});
