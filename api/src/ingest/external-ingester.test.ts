import {
  connectAs,
  startTestBroker,
  type TestBroker,
  type TestIdentity,
} from "@bulbcheck/broker/testing";
import type { MqttClient } from "mqtt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countEvents } from "../store/event-store.ts";
import {
  eventually,
  hotelFleet,
  publish,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";
import { DEVICE_MESSAGES_FILTER } from "./external-ingester.ts";

/** The external-broker path: the same ingestion behind a persistent MQTT session. */

const SITE = "hotel-oslo";
const PAD = `${SITE}-pad`;
const topic = (kind: string) => `bulbcheck/v1/${SITE}/${PAD}/${kind}`;

let broker: TestBroker;
let ingesterLogin: TestIdentity;
let padLogin: TestIdentity;
let t: TestSystem | undefined;
let pad: MqttClient | undefined;

async function startIngesting(): Promise<TestSystem> {
  const system = await startTestSystem({
    external: {
      url: broker.url,
      username: ingesterLogin.id,
      password: ingesterLogin.secret,
      clientId: ingesterLogin.id,
    },
  });
  await system.provision(hotelFleet(SITE));
  return system;
}

beforeEach(async () => {
  broker = await startTestBroker();
  ingesterLogin = await broker.service("bulbcheck-ingester", {
    subscribe: [DEVICE_MESSAGES_FILTER],
  });
  // On this path the other broker owns device logins; the registry only has to know the device.
  padLogin = await broker.device(PAD, SITE);
});

afterEach(async () => {
  await pad?.endAsync(true);
  await t?.stop();
  await broker.close();
  pad = undefined;
  t = undefined;
});

describe("ingesting from another broker", () => {
  it("stores events and applies the rules, and reports the link on /api/health", async () => {
    t = await startIngesting();
    pad = await connectAs(broker.url, padLogin);
    await publish(pad, topic("report"), {
      id: "r-1",
      asset: "elev-a-floor",
      fault: "spill",
      source: "staff",
    });
    const defects = await eventually("the defect", async () => {
      const response = await t?.api("GET", `/api/defects?site=${SITE}`);
      return response?.body.items.length ? response.body.items : undefined;
    });
    expect(defects[0]).toMatchObject({ fault: "spill", severity: "high", source: "staff" });
    const health = await t.api("GET", "/api/health", { token: null });
    expect(health.body.broker).toEqual({ mode: "external", connected: true, url: broker.url });
  });

  it("keeps rejections on this path too", async () => {
    t = await startIngesting();
    pad = await connectAs(broker.url, padLogin);
    await publish(pad, topic("report"), {
      id: "r-1",
      asset: "elev-a-floor",
      fault: "melted",
      source: "staff",
    });
    const device = await eventually("the rejection", async () => {
      const response = await t?.api("GET", `/api/devices/${PAD}`);
      return response?.body.rejected === 1 ? response.body : undefined;
    });
    expect(device.lastRejections[0].reason).toBe("bad_field:fault");
  });

  it("gets what was published while it was down, once, from its persistent session", async () => {
    t = await startIngesting();
    const dataDir = t.dataDir;
    const db = t.system.db;
    expect(countEvents(db)).toBe(0);
    // Stop ingesting but keep the session (clean session off) at the broker.
    await t.system.stop();
    t = undefined;
    pad = await connectAs(broker.url, padLogin);
    for (let i = 0; i < 20; i++) {
      await publish(pad, topic("report"), {
        id: `r-${i}`,
        asset: "elev-a-floor",
        fault: "dirty",
        source: "staff",
      });
    }
    t = await startTestSystem({
      dataDir,
      external: {
        url: broker.url,
        username: ingesterLogin.id,
        password: ingesterLogin.secret,
        clientId: ingesterLogin.id,
      },
    });
    const system = t;
    await eventually("the 20 reports", () =>
      countEvents(system.system.db) === 20 ? true : undefined,
    );
    const [defect] = (await system.api("GET", `/api/defects?site=${SITE}`)).body.items;
    expect(defect.reports).toBe(20);
  });

  it("fails to start with a reason when the broker refuses its login", async () => {
    await expect(
      startTestSystem({
        external: {
          url: broker.url,
          username: ingesterLogin.id,
          password: "wrong",
          clientId: ingesterLogin.id,
        },
      }),
    ).rejects.toThrow(/refused the ingester: Connection refused: Bad username or password/);
  });
});
