import { hashLegacySecret, hashSecret } from "@bulbcheck/broker";
import { afterEach, beforeEach, expect, it } from "vitest";
import { getDevice, setDeviceSecret } from "../store/registry-store.ts";
import { deviceSecretKey } from "../store/server-key-store.ts";
import {
  eventually,
  hotelFleet,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";

/** Device secrets in the registry: keyed hashes, and the scrypt ones of earlier releases replaced. */

const SENSOR = "hotel-oslo-sensor";
let t: TestSystem;
let secrets: Record<string, string>;

beforeEach(async () => {
  t = await startTestSystem();
  secrets = await t.provision(hotelFleet("hotel-oslo"));
});
afterEach(() => t?.stop());

it("keeps a provisioned or rotated device secret as an HMAC-SHA256 under the server key", async () => {
  const key = deviceSecretKey(t.system.db);
  const secret = secrets[SENSOR] as string;
  expect(getDevice(t.system.db, SENSOR)?.secret_hash).toBe(hashSecret(key, secret));
  const rotated = await t.api("POST", `/api/devices/${SENSOR}/secret`);
  expect(rotated.status).toBe(200);
  const fresh = (rotated.body as { secret: string }).secret;
  expect(getDevice(t.system.db, SENSOR)?.secret_hash).toBe(hashSecret(key, fresh));
  const device = await t.connect(SENSOR, fresh);
  await device.endAsync();
});

it("lets a device with the scrypt hash of an earlier release in, and keeps its keyed hash from then on", async () => {
  const db = t.system.db;
  const secret = secrets[SENSOR] as string;
  setDeviceSecret(db, SENSOR, await hashLegacySecret(secret));
  expect(getDevice(db, SENSOR)?.secret_hash).toMatch(/^scrypt\$/);

  const device = await t.connect(SENSOR, secret);
  await device.endAsync();
  const stored = await eventually("the hash to be replaced", () => {
    const hash = getDevice(db, SENSOR)?.secret_hash;
    return hash?.startsWith("hmac-sha256$") ? hash : undefined;
  });
  expect(stored).toBe(hashSecret(deviceSecretKey(db), secret));
  const again = await t.connect(SENSOR, secret);
  await again.endAsync();
  await expect(t.connect(SENSOR, "not-the-secret")).rejects.toMatchObject({ code: 4 });
});
