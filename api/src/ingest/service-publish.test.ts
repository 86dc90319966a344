import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  generateSecret,
  MemoryCredentials,
  readConfig,
  saveCredentialsFile,
} from "@bulbcheck/broker";
import mqtt, { type MqttClient } from "mqtt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countEvents } from "../store/event-store.ts";
import {
  hotelFleet,
  publish,
  startTestSystem,
  type TestSystem,
  WAIT_MS,
} from "../testing/test-system.ts";

/**
 * A service account (a bridge) publishing on a device's topic in the embedded broker: its
 * message is acknowledged only once it is stored, as that device's event, or as a rejected one
 * with its reason. Never acknowledged and dropped.
 */

const SITE = "hotel-oslo";
const SENSOR = `${SITE}-sensor`;
const BRIDGE = "site-bridge";

let t: TestSystem;
let bridge: MqttClient;

beforeEach(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "bulbcheck-test-"));
  const secret = generateSecret();
  const services = new MemoryCredentials();
  services.set({
    kind: "service",
    id: BRIDGE,
    secretHash: services.hash(secret),
    publish: ["bulbcheck/v1/#"],
    subscribe: [],
  });
  await saveCredentialsFile(readConfig({ BULBCHECK_DATA_DIR: dataDir }).credentialsFile, services);
  t = await startTestSystem({ dataDir });
  await t.provision(hotelFleet(SITE));
  bridge = await mqtt.connectAsync(t.system.mqttUrl, {
    clientId: BRIDGE,
    username: BRIDGE,
    password: secret,
    protocolVersion: 4,
    reconnectPeriod: 0,
    connectTimeout: WAIT_MS,
  });
});

afterEach(async () => {
  await bridge?.endAsync();
  await t?.stop();
});

describe("a service account's publish on a device topic", () => {
  it("is stored as that device's event before it is acknowledged", async () => {
    await publish(bridge, `bulbcheck/v1/${SITE}/${SENSOR}/health`, {
      id: "h-1",
      asset: "elev-a-lamp",
      state: "fault",
      fault: "flicker",
    });
    // The PUBACK came after the commit: no waiting.
    expect(countEvents(t.system.db, SENSOR)).toBe(1);
    const defects = await t.api("GET", `/api/defects?site=${SITE}`);
    expect(defects.body.items).toEqual([
      expect.objectContaining({ asset: "elev-a-lamp", fault: "flicker", reporters: [SENSOR] }),
    ]);
    const device = await t.api("GET", `/api/devices/${SENSOR}`);
    expect(device.body).toMatchObject({ events: 1 });
  });

  it("is checked against the registry, as on the external path: what it may not say is a rejected event", async () => {
    await publish(bridge, `bulbcheck/v1/${SITE}/no-such-device/health`, {
      id: "h-1",
      asset: "elev-a-lamp",
      state: "ok",
    });
    await publish(bridge, `bulbcheck/v1/hotel-bergen/${SENSOR}/health`, {
      id: "h-2",
      asset: "elev-a-lamp",
      state: "ok",
    });
    await publish(bridge, `bulbcheck/v1/${SITE}/${SENSOR}/checkin`, {
      id: "c-1",
      checkpoint: "elev-a-check",
      result: "ok",
    });
    const health = await t.api("GET", "/api/health");
    expect(health.body.ingest.rejectedByReason).toEqual({
      unknown_device: 1,
      wrong_site: 1,
      out_of_scope: 1,
    });
    const rows = t.system.db
      .prepare("SELECT topic, reason FROM rejected_events ORDER BY seq")
      .all() as { topic: string; reason: string }[];
    expect(rows.map((r) => r.reason)).toEqual(["unknown_device", "wrong_site", "out_of_scope"]);
    expect(countEvents(t.system.db)).toBe(0);
  });

  it("leaves the service's other topics to the broker: routed, not stored", async () => {
    await publish(bridge, `bulbcheck/v1/${SITE}/${SENSOR}/cmd/reboot`, { at: "now" });
    expect(countEvents(t.system.db)).toBe(0);
    const rows = t.system.db.prepare("SELECT count(*) AS n FROM rejected_events").get() as {
      n: number;
    };
    expect(rows.n).toBe(0);
  });
});
