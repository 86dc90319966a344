import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  eventually,
  hotelFleet,
  publish,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";

/**
 * Changing a chain without destroying what the change does not name: partial fleet documents,
 * `PATCH` of one object, retirement and restoration, deletion of what has no history, moves
 * that close connections. Through the real HTTP API, store, broker and MQTT clients.
 */

const OSLO = "hotel-oslo";
const BERGEN = "hotel-bergen";
const SENSOR = `${OSLO}-sensor`;
const LAMP = "elev-a-lamp";

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

async function lampFault(id: string) {
  const sensor = await t.connect(SENSOR, secrets[SENSOR] as string);
  await publish(sensor, `bulbcheck/v1/${OSLO}/${SENSOR}/health`, {
    id,
    asset: LAMP,
    state: "fault",
    fault: "bulb_out",
  });
  await sensor.endAsync();
}

describe("a partial fleet document", () => {
  it("leaves the time zone, hours, names and lists it does not name as they were", async () => {
    const answer = await t.api("PUT", "/api/fleet", {
      body: {
        sites: [
          {
            id: OSLO,
            zones: [{ id: "elevator-a", assets: [{ id: LAMP, customerVisible: true }] }],
            devices: [{ id: SENSOR, name: "Lobby sensor" }],
          },
        ],
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.updated).toMatchObject({ sites: 1, zones: 1, assets: 1, devices: 1 });
    const site = await t.api("GET", `/api/sites/${OSLO}`);
    expect(site.body).toMatchObject({
      name: "Hotel Oslo Sentrum",
      timezone: "Europe/Oslo",
      hours: { "mon-fri": "06:00-23:00", "sat-sun": "08:00-22:00" },
    });
    const zone = site.body.zones[0];
    expect(zone.name).toBe("Elevator A");
    expect(zone.assets.find((a: { id: string }) => a.id === LAMP)).toMatchObject({
      name: "Ceiling lamp",
      category: "lighting",
      customerVisible: true,
    });
    expect(zone.checkpoints[0]).toMatchObject({ assets: ["elev-a-btn-12", "elev-a-floor"] });
    const sensor = await t.api("GET", `/api/devices/${SENSOR}`);
    expect(sensor.body).toMatchObject({
      name: "Lobby sensor",
      kind: "sensor",
      intervalSeconds: 60,
      watches: ["elev-a-btn-12", LAMP],
    });
  });

  it("says what a new object lacks, at its path, and writes nothing", async () => {
    const answer = await t.api("PUT", "/api/fleet", {
      body: {
        sites: [
          { id: OSLO, zones: [{ id: "spa", assets: [{ id: "sauna-lamp", name: "Sauna lamp" }] }] },
          { id: "hotel-tromso" },
        ],
      },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.issues).toEqual([
      { path: "sites[0].zones[0].name", message: "required for a new zone" },
      { path: "sites[0].zones[0].assets[0].category", message: "required for a new asset" },
      { path: "sites[1].name", message: "required for a new site" },
    ]);
    const sites = await t.api("GET", "/api/sites");
    expect(sites.body.items.map((s: { id: string }) => s.id).sort()).toEqual([BERGEN, OSLO]);
  });

  it("gives a new site its defaults: UTC, open around the clock, English", async () => {
    await t.provision({ sites: [{ id: "store-aarhus", name: "Store Aarhus" }] });
    const site = await t.api("GET", "/api/sites/store-aarhus");
    expect(site.body).toMatchObject({ timezone: "UTC", hours: null, language: "en" });
  });
});

describe("PATCH of one object", () => {
  it("changes what it names; a rename keeps the defect history under the same id", async () => {
    await lampFault("h-1");
    const renamed = await t.api("PATCH", `/api/sites/${OSLO}/assets/${LAMP}`, {
      body: { name: "Lobby ceiling lamp" },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ kind: "asset", id: LAMP, retired: false });
    const defects = await t.api("GET", `/api/defects?site=${OSLO}`);
    expect(defects.body.items).toEqual([
      expect.objectContaining({ asset: LAMP, assetName: "Lobby ceiling lamp" }),
    ]);
    const site = await t.api("PATCH", `/api/sites/${OSLO}`, {
      body: { language: "nb", hours: { "mon-sun": "07:00-23:00", "2026-12-25": "closed" } },
    });
    expect(site.status).toBe(200);
    expect((await t.api("GET", `/api/sites/${OSLO}`)).body).toMatchObject({
      name: "Hotel Oslo Sentrum",
      timezone: "Europe/Oslo",
      language: "nb",
      hours: { "mon-sun": "07:00-23:00", "2026-12-25": "closed" },
    });
  });

  it("refuses a field it does not know, and a zone that is not there", async () => {
    const typo = await t.api("PATCH", `/api/sites/${OSLO}/assets/${LAMP}`, {
      body: { retire: true },
    });
    expect(typo.status).toBe(400);
    const nowhere = await t.api("PATCH", `/api/sites/${OSLO}/assets/${LAMP}`, {
      body: { zone: "attic" },
    });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error.message).toMatch(/no zone attic/);
  });

  it("lets a manager change their own site's assets but not create or retire sites", async () => {
    const mona = await t.user({ username: "mona", role: "manager", sites: [OSLO] });
    const own = await t.api("PATCH", `/api/sites/${OSLO}/assets/${LAMP}`, {
      token: mona.token,
      body: { name: "Lamp" },
    });
    expect(own.status).toBe(200);
    const other = await t.api("PATCH", `/api/sites/${BERGEN}/assets/${LAMP}`, {
      token: mona.token,
      body: { name: "Lamp" },
    });
    expect(other.status).toBe(404);
    const newSite = await t.api("PUT", "/api/fleet", {
      token: mona.token,
      body: { sites: [{ id: "hotel-tromso", name: "Tromsø" }] },
    });
    expect(newSite.status).toBe(403);
    const retire = await t.api("PATCH", `/api/sites/${OSLO}`, {
      token: mona.token,
      body: { retired: true },
    });
    expect(retire.status).toBe(403);
    const zone = await t.api("PUT", "/api/fleet", {
      token: mona.token,
      body: { sites: [{ id: OSLO, zones: [{ id: "spa", name: "Spa" }] }] },
    });
    expect(zone.status).toBe(200);
  });
});

describe("retiring", () => {
  it("takes a site off GET /api/sites, lists it with ?include=retired, and restores it", async () => {
    const retired = await t.api("PATCH", `/api/sites/${BERGEN}`, { body: { retired: true } });
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ kind: "site", retired: true });
    const ids = async (path: string) =>
      (await t.api("GET", path)).body.items.map((s: { id: string }) => s.id);
    expect(await ids("/api/sites")).toEqual([OSLO]);
    expect(await ids("/api/sites?include=retired")).toEqual(expect.arrayContaining([BERGEN]));
    // Its history stays readable, and its devices leave the lists and cannot connect.
    expect((await t.api("GET", `/api/sites/${BERGEN}`)).body.retired).toBe(true);
    expect(await ids(`/api/devices?site=${BERGEN}`)).toEqual([]);
    await expect(
      t.connect(`${BERGEN}-sensor`, secrets[`${BERGEN}-sensor`] as string),
    ).rejects.toMatchObject({ code: 4 });

    await t.api("PATCH", `/api/sites/${BERGEN}`, { body: { retired: false } });
    expect(await ids("/api/sites")).toEqual(expect.arrayContaining([OSLO, BERGEN]));
    const back = await t.connect(`${BERGEN}-sensor`, secrets[`${BERGEN}-sensor`] as string);
    await back.endAsync();
  });

  it("closes an asset's open defects, keeps their history, and refuses new reports on it", async () => {
    await lampFault("h-1");
    const retired = await t.api("PATCH", `/api/sites/${OSLO}/assets/${LAMP}`, {
      body: { retired: true },
    });
    expect(retired.body.closedDefects).toBe(1);
    expect((await t.api("GET", `/api/defects?site=${OSLO}&status=unresolved`)).body.items).toEqual(
      [],
    );
    const history = await t.api("GET", `/api/defects?site=${OSLO}&status=resolved`);
    expect(history.body.items).toEqual([expect.objectContaining({ asset: LAMP })]);
    const detail = await t.api("GET", `/api/defects/${history.body.items[0].id}`);
    expect(JSON.stringify(detail.body.timeline)).toMatch(/asset elev-a-lamp was retired/);

    const site = await t.api("GET", `/api/sites/${OSLO}`);
    const assets = site.body.zones[0].assets.map((a: { id: string }) => a.id);
    expect(assets).not.toContain(LAMP);
    const all = await t.api("GET", `/api/sites/${OSLO}?include=retired`);
    expect(all.body.zones[0].assets.find((a: { id: string }) => a.id === LAMP)?.retired).toBe(true);

    // Nobody reports on it any more: not staff, not a guest with a printed code.
    const report = await t.api("POST", "/api/defects", {
      body: { site: OSLO, asset: LAMP, fault: "bulb_out", source: "staff" },
    });
    expect(report.status).toBe(409);
    expect(report.body.error.code).toBe("asset_retired");
    const key = await t.api("GET", `/api/sites/${OSLO}/assets/${LAMP}/report-key`);
    const target = await t.api(
      "GET",
      `/api/report-targets/${OSLO}/${LAMP}?key=${encodeURIComponent(key.body.key)}`,
    );
    expect(target.status).toBe(404);

    await lampFault("h-2");
    const device = await t.api("GET", `/api/devices/${SENSOR}`);
    expect(device.body.lastRejections[0]).toMatchObject({
      reason: "asset_retired",
      params: { asset: LAMP, site: OSLO },
    });
    expect((await t.api("GET", `/api/defects?site=${OSLO}&status=unresolved`)).body.items).toEqual(
      [],
    );
  });

  it("retires a zone with what it holds, and restores exactly that", async () => {
    await t.api("PATCH", `/api/sites/${OSLO}/assets/${LAMP}`, { body: { retired: true } });
    await t.api("PATCH", `/api/sites/${OSLO}/zones/elevator-a`, { body: { retired: true } });
    const inside = await t.api("PATCH", `/api/sites/${OSLO}/assets/elev-a-floor`, {
      body: { retired: false },
    });
    expect(inside.status).toBe(409);
    expect(inside.body.error.message).toMatch(/zone elevator-a is retired; restore that first/);
    expect((await t.api("GET", `/api/sites/${OSLO}`)).body.zones).toEqual([]);
    const sites = (await t.api("GET", "/api/sites")).body.items;
    expect(sites.find((x: { id: string }) => x.id === OSLO).inspections.checkpoints).toBe(0);

    await t.api("PATCH", `/api/sites/${OSLO}/zones/elevator-a`, { body: { retired: false } });
    const zone = (await t.api("GET", `/api/sites/${OSLO}`)).body.zones[0];
    expect(zone.assets.map((a: { id: string }) => a.id)).toEqual(["elev-a-btn-12", "elev-a-floor"]);
    expect(zone.checkpoints).toHaveLength(1);
  });
});

describe("deleting", () => {
  it("removes what has no history and says what it removed", async () => {
    await t.provision({
      sites: [
        {
          id: OSLO,
          zones: [
            {
              id: "spa",
              name: "Spa",
              assets: [{ id: "sauna", name: "Sauna", category: "equipment" }],
            },
          ],
          devices: [{ id: "oslo-spare", kind: "button", intervalSeconds: 600 }],
        },
      ],
    });
    const zoneFirst = await t.api("DELETE", `/api/sites/${OSLO}/zones/spa`);
    expect(zoneFirst.status).toBe(409);
    expect(zoneFirst.body.error.message).toMatch(/has 1 asset/);
    const asset = await t.api("DELETE", `/api/sites/${OSLO}/assets/sauna`);
    expect(asset.body.removed).toMatchObject({ assets: 1 });
    expect((await t.api("DELETE", `/api/sites/${OSLO}/zones/spa`)).body.removed.zones).toBe(1);
    expect(
      (await t.api("DELETE", "/api/devices/oslo-spare/registration")).body.removed.devices,
    ).toBe(1);
    expect((await t.api("GET", "/api/devices/oslo-spare")).status).toBe(404);

    await t.provision({
      sites: [{ id: "store-aarhus", name: "Store Aarhus", zones: [{ id: "a", name: "A" }] }],
    });
    const site = await t.api("DELETE", "/api/sites/store-aarhus");
    expect(site.body.removed).toMatchObject({ sites: 1, zones: 1 });
    expect((await t.api("GET", "/api/sites/store-aarhus")).status).toBe(404);
  });

  it("refuses what has history, naming it, and points at retiring", async () => {
    await lampFault("h-1");
    const asset = await t.api("DELETE", `/api/sites/${OSLO}/assets/${LAMP}`);
    expect(asset.status).toBe(409);
    expect(asset.body.error).toMatchObject({ code: "has_history" });
    expect(asset.body.error.message).toMatch(/has 1 defect: retire it instead/);
    const device = await t.api("DELETE", `/api/devices/${SENSOR}/registration`);
    expect(device.status).toBe(409);
    expect(device.body.error.message).toMatch(/messages?/);
  });
});

describe("moving a device", () => {
  it("closes its live connection within a second", async () => {
    const live = await t.connect(SENSOR, secrets[SENSOR] as string);
    await publish(live, `bulbcheck/v1/${OSLO}/${SENSOR}/status`, "online");
    let closedAt = 0;
    live.on("close", () => {
      closedAt ||= Date.now();
    });
    const sent = Date.now();
    const moved = await t.api("PATCH", `/api/devices/${SENSOR}`, {
      body: { site: BERGEN, watches: [LAMP] },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.disconnected).toEqual([SENSOR]);
    await eventually("the moved device's connection to close", () =>
      closedAt > 0 ? true : undefined,
    );
    // Measured from the request to the close event: the move itself closes the connection.
    expect(closedAt - sent).toBeLessThan(1000);
    await live.endAsync(true);
    expect((await t.api("GET", `/api/devices/${SENSOR}`)).body.site).toBe(BERGEN);
  });
});

describe("a device's connection details", () => {
  it("give an example line that, run as shown with the secret, stores the device's message", async () => {
    const answer = await t.api("GET", `/api/devices/${SENSOR}/connection`);
    expect(answer.status).toBe(200);
    const details = answer.body;
    expect(details).toMatchObject({
      device: SENSOR,
      site: OSLO,
      host: "127.0.0.1",
      username: SENSOR,
      clientId: SENSOR,
      tlsPort: null,
    });
    expect(details.topics.publish).toContain(`bulbcheck/v1/${OSLO}/${SENSOR}/health`);
    expect(details.topics.commands).toBe(`bulbcheck/v1/${OSLO}/${SENSOR}/cmd/#`);
    // The line as a person would paste it into a shell, with the secret in $SECRET.
    // Not spawnSync: the broker that answers it runs in this process.
    const run = await promisify(execFile)("bash", ["-c", details.example], {
      env: { ...process.env, SECRET: secrets[SENSOR] as string },
      timeout: 30_000,
    });
    expect(run.stderr).toBe("");
    const device = await eventually("the example message to be stored", async () => {
      const d = await t.api("GET", `/api/devices/${SENSOR}`);
      return d.body.lastSeenAt ? d.body : undefined;
    });
    expect(device.id).toBe(SENSOR);
  });

  it("tell the public host when BULBCHECK_PUBLIC_URL is set, and hide other sites' devices", async () => {
    await t.stop();
    t = await startTestSystem({ notify: { publicUrl: "https://bulbcheck.example.no" } });
    secrets = await t.provision(hotelFleet(OSLO));
    await t.provision(hotelFleet(BERGEN));
    const answer = await t.api("GET", `/api/devices/${SENSOR}/connection`);
    expect(answer.body.host).toBe("bulbcheck.example.no");
    expect(answer.body.example).toContain("-h bulbcheck.example.no");
    const manager = await t.user({ username: "bergen-manager", role: "manager", sites: [BERGEN] });
    const hidden = await t.api("GET", `/api/devices/${SENSOR}/connection`, {
      token: manager.token,
    });
    expect(hidden.status).toBe(404);
  });
});
