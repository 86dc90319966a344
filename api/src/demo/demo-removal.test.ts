import type { FleetDocumentInput } from "@bulbcheck/shared";
import { afterEach, describe, expect, it } from "vitest";
import { countEvents } from "../store/event-store.ts";
import {
  ADMIN_TOKEN,
  eventually,
  hotelFleet,
  publish,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";
import { DEMO_TOKEN_NAME } from "./demo-removal.ts";

/** Removing the demo chain takes its sites, devices and history, and nothing of a real site. */

const REAL = "hotel-real";
const DEMO = "hotel-demo";

function demoFleet(): FleetDocumentInput {
  const fleet = hotelFleet(DEMO);
  return { sites: fleet.sites.map((site) => ({ ...site, demo: true })) };
}

let t: TestSystem | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

/** Some history for a site: a fault from its sensor, a check-in from its pad. */
async function liven(system: TestSystem, site: string, secrets: Record<string, string>) {
  const sensor = await system.connect(`${site}-sensor`, secrets[`${site}-sensor`] as string);
  const pad = await system.connect(`${site}-pad`, secrets[`${site}-pad`] as string);
  await publish(sensor, `bulbcheck/v1/${site}/${site}-sensor/health`, {
    id: "h-1",
    asset: "elev-a-btn-12",
    state: "fault",
    fault: "bulb_out",
  });
  await publish(pad, `bulbcheck/v1/${site}/${site}-pad/checkin`, {
    id: "c-1",
    checkpoint: "elev-a-check",
    result: "ok",
  });
  return { sensor, pad };
}

async function counts(system: TestSystem, site: string) {
  const { api } = system;
  const defects = await api("GET", `/api/defects?site=${site}&status=resolved&limit=500`);
  const open = await api("GET", `/api/defects?site=${site}&limit=500`);
  const devices = await api("GET", `/api/devices?site=${site}`);
  return {
    site: (await api("GET", `/api/sites/${site}`)).status,
    defects: open.status === 200 ? open.body.items.length + defects.body.items.length : open.status,
    devices: devices.status === 200 ? devices.body.items.length : devices.status,
  };
}

describe("removing the demo chain", () => {
  it("takes the demo sites, their devices, history and simulator token, and leaves a real site as it was", async () => {
    t = await startTestSystem();
    const system = t;
    const real = await system.provision(hotelFleet(REAL));
    const demo = await system.provision(demoFleet());
    const realClients = await liven(system, REAL, real);
    const demoClients = await liven(system, DEMO, demo);
    const simulator = (
      await system.api("POST", "/api/tokens", { body: { name: DEMO_TOKEN_NAME, role: "admin" } })
    ).body.token as string;
    const realBefore = await counts(system, REAL);
    const realEvents = countEvents(system.system.db);

    const sites = (await system.api("GET", "/api/sites")).body.items;
    expect(sites.map((s: { id: string; demo: boolean }) => [s.id, s.demo]).sort()).toEqual([
      [DEMO, true],
      [REAL, false],
    ]);
    expect((await system.api("GET", "/api/demo")).body.sites).toEqual([
      { id: DEMO, name: "Hotel Oslo Sentrum" },
    ]);

    const started = await system.api("DELETE", "/api/demo");
    expect(started.status).toBe(202);
    expect(started.body.removal).toMatchObject({ sites: [DEMO], devices: 2, state: "running" });

    // At once: the site is gone from every listing, its devices are cut off and refused.
    expect((await system.api("GET", `/api/sites/${DEMO}`)).status).toBe(404);
    await eventually("demo sensor cut off", () =>
      demoClients.sensor.connected ? undefined : true,
    );
    await expect(
      system.connect(`${DEMO}-sensor`, demo[`${DEMO}-sensor`] as string, { reconnectPeriod: 0 }),
    ).rejects.toThrow();
    expect((await system.api("GET", "/api/me", { token: simulator })).status).toBe(401);

    const done = await eventually("removal done", async () => {
      const state = (await system.api("GET", "/api/demo")).body;
      return state.removal.state === "done" ? state : undefined;
    });
    expect(done.sites).toEqual([]);
    expect(done.removal.deleted).toMatchObject({ events: 2, defects: 1, inspections: 1 });

    // The real site: as it was, and still taking events.
    expect(await counts(system, REAL)).toEqual(realBefore);
    expect(countEvents(system.system.db)).toBe(realEvents - 2);
    await publish(realClients.pad, `bulbcheck/v1/${REAL}/${REAL}-pad/checkin`, {
      id: "c-2",
      checkpoint: "elev-a-check",
      result: "ok",
    });
    expect((await system.api("DELETE", "/api/demo")).body.error.code).toBe("no_demo");
    // The demo's ids are free again once it is gone.
    expect((await system.api("PUT", "/api/fleet", { body: hotelFleet(DEMO) })).status).toBe(200);
    await realClients.sensor.endAsync();
    await realClients.pad.endAsync();
    await demoClients.pad.endAsync();
  });

  it("finishes a removal after a restart, and the demo stays removed", async () => {
    t = await startTestSystem();
    const demo = await t.provision(demoFleet());
    const clients = await liven(t, DEMO, demo);
    await clients.sensor.endAsync();
    await clients.pad.endAsync();
    // A stop at once, before the batches could run: the next start carries on.
    expect(t.system.demo.start("admin")).not.toBeNull();
    const dataDir = t.dataDir;
    await t.system.demo.stop();
    await t.system.stop();
    t = await startTestSystem({ dataDir });
    const system = t;
    const state = await eventually("removal done after the restart", async () => {
      const body = (await system.api("GET", "/api/demo")).body;
      return body.removal.state === "done" ? body : undefined;
    });
    expect(state.removal.deleted.events).toBeGreaterThanOrEqual(2);
    expect(system.system.demo.removed()).toBe(true);
    expect((await system.api("GET", "/api/sites")).body.items).toEqual([]);
  });

  it("is for admins only, and says when there is nothing to remove", async () => {
    t = await startTestSystem();
    const viewer = (await t.api("POST", "/api/tokens", { body: { name: "v", role: "viewer" } }))
      .body.token as string;
    expect((await t.api("DELETE", "/api/demo", { token: viewer })).status).toBe(403);
    const none = await t.api("DELETE", "/api/demo", { token: ADMIN_TOKEN });
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe("no_demo");
  });
});
