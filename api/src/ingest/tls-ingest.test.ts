import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeCertificate, type TestCertificate } from "@bulbcheck/broker/testing";
import mqtt, { type MqttClient } from "mqtt";
import { afterEach, beforeEach, expect, it } from "vitest";
import { countEvents } from "../store/event-store.ts";
import {
  hotelFleet,
  publish,
  startTestSystem,
  type TestSystem,
  WAIT_MS,
} from "../testing/test-system.ts";

/**
 * The embedded broker's TLS listeners, set up as an operator would (the settings), with a
 * self-signed certificate made by openssl: a device's message over MQTTS, or WSS, is stored
 * before its PUBACK, as over plain MQTT.
 */

const SITE = "hotel-oslo";
const SENSOR = `${SITE}-sensor`;
const PAD = `${SITE}-pad`;

let dir: string;
let certificate: TestCertificate;
let t: TestSystem;
const clients: MqttClient[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "bulbcheck-tls-system-"));
  certificate = await makeCertificate(dir);
  t = await startTestSystem({
    env: {
      BULBCHECK_MQTT_TLS_PORT: "0",
      BULBCHECK_WSS_PORT: "0",
      BULBCHECK_TLS_CERT_FILE: certificate.certFile,
      BULBCHECK_TLS_KEY_FILE: certificate.keyFile,
    },
  });
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.endAsync()));
  await t?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function connectOver(url: string | undefined, device: string, secret: string) {
  if (!url) throw new Error("the TLS listener is not on");
  return mqtt
    .connectAsync(url, {
      clientId: device,
      username: device,
      password: secret,
      protocolVersion: 4,
      reconnectPeriod: 0,
      connectTimeout: WAIT_MS,
      ca: certificate.pem,
    })
    .then((client) => {
      clients.push(client);
      return client;
    });
}

it("stores a device's event sent over MQTTS, and one sent over WSS", async () => {
  expect(t.system.mqttsUrl).toMatch(/^mqtts:\/\/127\.0\.0\.1:\d+$/);
  const secrets = await t.provision(hotelFleet(SITE));
  const sensor = await connectOver(t.system.mqttsUrl, SENSOR, secrets[SENSOR] as string);
  await publish(sensor, `bulbcheck/v1/${SITE}/${SENSOR}/health`, {
    id: "h-1",
    asset: "elev-a-btn-12",
    state: "fault",
    fault: "bulb_out",
  });
  // The PUBACK leaves after the commit: the event is there.
  expect(countEvents(t.system.db)).toBe(1);
  const defects = await t.api("GET", `/api/defects?site=${SITE}`);
  expect(defects.body.items).toMatchObject([{ asset: "elev-a-btn-12", fault: "bulb_out" }]);

  const pad = await connectOver(t.system.wssUrl, PAD, secrets[PAD] as string);
  await publish(pad, `bulbcheck/v1/${SITE}/${PAD}/report`, {
    id: "r-1",
    asset: "elev-a-floor",
    fault: "spill",
    source: "staff",
  });
  expect(countEvents(t.system.db)).toBe(2);
  expect(t.system.broker?.stats().connections).toMatchObject({ tls: 1, wss: 1 });
});
