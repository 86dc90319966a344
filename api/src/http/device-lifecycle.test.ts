import type { FleetDocumentInput } from "@bulbcheck/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  eventually,
  hotelFleet,
  publish,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";

/**
 * What happens to a device's live connection and credentials when it changes: a move to another
 * site or a change of credentials closes the connection; a revoked device stays revoked until an
 * admin restores it. Through the real broker, HTTP and store.
 */

const OSLO = "hotel-oslo";
const BERGEN = "hotel-bergen";
const SENSOR = `${OSLO}-sensor`;

let t: TestSystem;
let secrets: Record<string, string>;

beforeEach(async () => {
  t = await startTestSystem();
  secrets = {
    ...(await t.provision(hotelFleet(OSLO))),
    ...(await t.provision(hotelFleet(BERGEN))),
  };
});

afterEach(async () => {
  await t?.stop();
});

/** The Oslo sensor provisioned under Bergen, watching Bergen's lamp. */
function movedSensor(): FleetDocumentInput {
  return {
    sites: [
      {
        id: BERGEN,
        name: "Hotel Bergen",
        devices: [{ id: SENSOR, kind: "sensor", intervalSeconds: 60, watches: ["elev-a-lamp"] }],
      },
    ],
  };
}

describe("a device moved to another site", () => {
  it("loses its live connection, and speaks for its new site once it connects again", async () => {
    // The client's keepalive holds the connection open: only the move can close it.
    const live = await t.connect(SENSOR, secrets[SENSOR] as string);
    await publish(live, `bulbcheck/v1/${OSLO}/${SENSOR}/status`, "online");
    await t.provision(movedSensor());
    await eventually("the moved device's connection to close", () =>
      live.connected ? undefined : true,
    );
    await live.endAsync(true);

    const again = await t.connect(SENSOR, secrets[SENSOR] as string);
    await publish(again, `bulbcheck/v1/${BERGEN}/${SENSOR}/health`, {
      id: "h-1",
      asset: "elev-a-lamp",
      state: "fault",
      fault: "flicker",
    });
    const bergen = await t.api("GET", `/api/defects?site=${BERGEN}`);
    expect(bergen.body.items).toEqual([
      expect.objectContaining({ asset: "elev-a-lamp", reporters: [SENSOR] }),
    ]);
    // Its old site's topics are another site's now: the broker refuses them, closing the
    // connection (MQTT-3.3.5-2: there is no negative PUBACK).
    again.publish(
      `bulbcheck/v1/${OSLO}/${SENSOR}/health`,
      JSON.stringify({ id: "h-2", asset: "elev-a-lamp", state: "ok" }),
      { qos: 1 },
    );
    await eventually("the broker to refuse the old site's topic", () =>
      again.connected ? undefined : true,
    );
    await again.endAsync(true);
    const oslo = await t.api("GET", `/api/defects?site=${OSLO}&source=sensor`);
    expect(oslo.body.items).toEqual([]);
  });

  it("keeps the connections of the devices the document leaves where they are", async () => {
    const pad = await t.connect(`${OSLO}-pad`, secrets[`${OSLO}-pad`] as string);
    await t.provision(hotelFleet(OSLO));
    await t.provision(movedSensor());
    await publish(pad, `bulbcheck/v1/${OSLO}/${OSLO}-pad/status`, "online");
    expect(pad.connected).toBe(true);
    await pad.endAsync();
  });
});

describe("a revoked device", () => {
  it("stays revoked when its secret is rotated, until an admin restores it", async () => {
    expect((await t.api("DELETE", `/api/devices/${SENSOR}`)).status).toBe(200);
    const rotated = await t.api("POST", `/api/devices/${SENSOR}/secret`);
    expect(rotated.status).toBe(409);
    expect(rotated.body.error.code).toBe("device_revoked");
    const view = await t.api("GET", `/api/devices/${SENSOR}`);
    expect(view.body.revoked).toBe(true);
    await expect(t.connect(SENSOR, secrets[SENSOR] as string)).rejects.toMatchObject({ code: 4 });

    // A manager may revoke; restoring is an admin's.
    const mona = await t.user({ username: "mona", role: "manager" });
    const byManager = await t.api("POST", `/api/devices/${SENSOR}/restore`, { token: mona.token });
    expect(byManager.status).toBe(403);
    const restored = await t.api("POST", `/api/devices/${SENSOR}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.device).toBe(SENSOR);
    expect((await t.api("GET", `/api/devices/${SENSOR}`)).body.revoked).toBe(false);
    // The new secret works; the one it had before it was revoked does not.
    await expect(t.connect(SENSOR, secrets[SENSOR] as string)).rejects.toMatchObject({ code: 4 });
    const device = await t.connect(SENSOR, restored.body.secret);
    await publish(device, `bulbcheck/v1/${OSLO}/${SENSOR}/status`, "online");
    await device.endAsync();

    const again = await t.api("POST", `/api/devices/${SENSOR}/restore`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("not_revoked");
    const audit = await t.api("GET", "/api/audit?limit=10");
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(["device.revoke", "device.restore"]),
    );
    expect(audit.body.items.map((e: { action: string }) => e.action)).not.toContain(
      "device.rotate_secret",
    );
  });

  it("has its messages refused while its connection is being closed", async () => {
    const live = await t.connect(SENSOR, secrets[SENSOR] as string);
    // Revoked in the registry alone, as between the revocation's commit and the disconnect
    // (a fleet document makes ingestion read the registry again).
    t.system.db.prepare("UPDATE devices SET secret_hash = NULL WHERE id = ?").run(SENSOR);
    await t.provision(hotelFleet(BERGEN));
    await publish(live, `bulbcheck/v1/${OSLO}/${SENSOR}/health`, {
      id: "h-1",
      asset: "elev-a-lamp",
      state: "fault",
      fault: "flicker",
    });
    await live.endAsync(true);
    const view = await t.api("GET", `/api/devices/${SENSOR}`);
    expect(view.body).toMatchObject({ events: 0, revoked: true });
    expect(view.body.lastRejections[0]).toMatchObject({ reason: "revoked" });
  });
});
