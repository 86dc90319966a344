import { localDate, startOfLocalDay } from "@bulbcheck/shared";
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

/** Device message to stored event to defect to REST, through the real broker and HTTP server. */

const SITE = "hotel-oslo";
const SENSOR = `${SITE}-sensor`;
const PAD = `${SITE}-pad`;
const topic = (device: string, kind: string) => `bulbcheck/v1/${SITE}/${device}/${kind}`;

let t: TestSystem;
let sensor: MqttClient;
let pad: MqttClient;

beforeEach(async () => {
  t = await startTestSystem();
  const secrets = await t.provision(hotelFleet(SITE));
  sensor = await t.connect(SENSOR, secrets[SENSOR] as string);
  pad = await t.connect(PAD, secrets[PAD] as string);
});

afterEach(async () => {
  await Promise.all([sensor?.endAsync(), pad?.endAsync()]);
  await t?.stop();
});

async function defectsOfSite(query = "") {
  const response = await t.api("GET", `/api/defects?site=${SITE}${query}`);
  expect(response.status).toBe(200);
  return response.body.items as Array<Record<string, unknown>>;
}

describe("ingestion through MQTT", () => {
  it("opens a defect from a health fault, as soon as the PUBACK is back", async () => {
    await publish(sensor, topic(SENSOR, "health"), {
      id: "h-1",
      asset: "elev-a-btn-12",
      state: "fault",
      fault: "bulb_out",
      battery: 80,
    });
    // No polling: the PUBACK is sent only after the commit.
    const [defect] = await defectsOfSite();
    expect(defect).toMatchObject({
      site: SITE,
      zone: "elevator-a",
      asset: "elev-a-btn-12",
      fault: "bulb_out",
      category: "lighting",
      // bulb_out is medium; the button is customer-visible, so one level higher.
      severity: "high",
      status: "open",
      source: "sensor",
      reports: 1,
      acknowledgedAt: null,
      resolvedAt: null,
    });
    const sites = await t.api("GET", "/api/sites");
    expect(sites.body.items[0]).toMatchObject({ id: SITE, status: "red", openDefects: 1 });
    const device = await t.api("GET", `/api/devices/${SENSOR}`);
    expect(device.body).toMatchObject({ events: 1, battery: 80, rejected: 0 });
    expect(device.body.lastSeenAt).not.toBeNull();
  });

  it("takes a sensor repeating its fault at each heartbeat as one report, seen again", async () => {
    const fault = { asset: "elev-a-btn-12", state: "fault", fault: "bulb_out" };
    await publish(sensor, topic(SENSOR, "health"), {
      id: "h-1",
      ...fault,
      ts: "2026-11-20T10:00:00Z",
    });
    await publish(sensor, topic(SENSOR, "health"), {
      id: "h-2",
      ...fault,
      ts: "2026-11-20T10:01:00Z",
    });
    await publish(sensor, topic(SENSOR, "health"), {
      id: "h-3",
      ...fault,
      ts: "2026-11-20T10:02:00Z",
    });
    const [defect] = await defectsOfSite();
    expect(defect).toMatchObject({
      reports: 1,
      firstSeenAt: "2026-11-20T10:00:00.000Z",
      lastSeenAt: "2026-11-20T10:02:00.000Z",
    });
    const detail = await t.api("GET", `/api/defects/${defect?.id}`);
    expect(detail.body.timeline).toHaveLength(2); // opened, and its one report
  });

  it("merges a second report of the same fault into the open defect", async () => {
    await publish(sensor, topic(SENSOR, "health"), {
      id: "h-1",
      asset: "elev-a-btn-12",
      state: "fault",
      fault: "bulb_out",
    });
    await publish(pad, topic(PAD, "report"), {
      id: "r-1",
      asset: "elev-a-btn-12",
      fault: "bulb_out",
      source: "staff",
      note: "seen on my round",
    });
    const defects = await defectsOfSite();
    expect(defects).toHaveLength(1);
    expect(defects[0]).toMatchObject({ reports: 2, source: "sensor", reporters: [SENSOR, PAD] });
    const detail = await t.api("GET", `/api/defects/${defects[0]?.id}`);
    expect(detail.body.timeline.map((e: { type: string }) => e.type)).toEqual([
      "opened",
      "report",
      "report",
    ]);
    expect(detail.body.timeline[2]).toMatchObject({
      actor: PAD,
      source: "staff",
      note: "seen on my round",
    });
  });

  it("resolves what sensors raised when the sensor says ok, and leaves staff reports open", async () => {
    await publish(sensor, topic(SENSOR, "health"), {
      id: "h-1",
      asset: "elev-a-btn-12",
      state: "fault",
      fault: "bulb_out",
    });
    await publish(pad, topic(PAD, "report"), {
      id: "r-1",
      asset: "elev-a-btn-12",
      fault: "dirty",
      source: "customer",
    });
    await publish(sensor, topic(SENSOR, "health"), {
      id: "h-2",
      asset: "elev-a-btn-12",
      state: "ok",
    });
    const open = await defectsOfSite("&status=unresolved");
    expect(open.map((d) => d.fault)).toEqual(["dirty"]);
    const resolved = await defectsOfSite("&status=resolved");
    expect(resolved[0]).toMatchObject({ fault: "bulb_out", resolvedBy: SENSOR });
  });

  it("resolves an asset's defects on a resolve message, of one fault when it names one", async () => {
    for (const [id, fault] of [
      ["r-1", "bulb_out"],
      ["r-2", "dirty"],
    ] as const) {
      await publish(pad, topic(PAD, "report"), {
        id,
        asset: "elev-a-floor",
        fault,
        source: "staff",
      });
    }
    await publish(pad, topic(PAD, "resolve"), {
      id: "x-1",
      asset: "elev-a-floor",
      fault: "dirty",
      staff: "kari",
    });
    expect((await defectsOfSite("&status=unresolved")).map((d) => d.fault)).toEqual(["bulb_out"]);
    await publish(pad, topic(PAD, "resolve"), { id: "x-2", asset: "elev-a-floor" });
    expect(await defectsOfSite("&status=unresolved")).toEqual([]);
    const resolved = await defectsOfSite("&status=resolved");
    expect(resolved.map((d) => d.resolvedBy).sort()).toEqual([PAD, "kari"]);
  });

  it("keeps a payload that fails validation as a rejected event with its reason, and acknowledges it", async () => {
    await publish(sensor, topic(SENSOR, "health"), "{not json");
    await publish(sensor, topic(SENSOR, "health"), {
      id: "h-9",
      state: "fault",
      fault: "bulb_out",
    });
    await publish(pad, topic(PAD, "report"), {
      id: "r-9",
      asset: "elev-a-floor",
      fault: "melted",
      source: "staff",
    });
    const device = await t.api("GET", `/api/devices/${SENSOR}`);
    expect(device.body).toMatchObject({ rejected: 2, events: 0 });
    expect(device.body.lastRejections.map((r: { reason: string }) => r.reason)).toEqual([
      "missing_field:asset",
      "bad_json",
    ]);
    expect(device.body.lastRejections[1]).toMatchObject({
      topic: topic(SENSOR, "health"),
      payload: "{not json",
      size: 9,
      truncated: false,
    });
    const padView = await t.api("GET", `/api/devices/${PAD}`);
    expect(padView.body.lastRejections[0].reason).toBe("bad_field:fault");
    expect(await defectsOfSite()).toEqual([]);
  });

  it("caps the kept copy of a large rejected payload", async () => {
    const big = `{"id":"h-big","state":"ok","asset":"${"x".repeat(3000)}"}`;
    await publish(sensor, topic(SENSOR, "health"), big);
    const device = await t.api("GET", `/api/devices/${SENSOR}`);
    const [rejection] = device.body.lastRejections;
    expect(rejection).toMatchObject({
      reason: "bad_field:asset",
      size: big.length,
      truncated: true,
    });
    expect(rejection.payload.length).toBe(1024);
  });

  it("stores a replayed event id once, and counts its report once", async () => {
    const report = { id: "r-1", asset: "elev-a-floor", fault: "spill", source: "staff" };
    await publish(pad, topic(PAD, "report"), report);
    await publish(pad, topic(PAD, "report"), report);
    await publish(pad, topic(PAD, "report"), { ...report, note: "same id, other text" });
    expect(countEvents(t.system.db, PAD)).toBe(1);
    const [defect] = await defectsOfSite();
    expect(defect).toMatchObject({ reports: 1, fault: "spill" });
    const device = await t.api("GET", `/api/devices/${PAD}`);
    expect(device.body.events).toBe(1);
  });

  it("counts heartbeats and check-ins into the insights' checks of the day", async () => {
    for (const id of ["h-1", "h-2", "h-3"])
      await publish(sensor, topic(SENSOR, "health"), { id, asset: "elev-a-lamp", state: "ok" });
    await publish(sensor, topic(SENSOR, "health"), {
      id: "h-1",
      asset: "elev-a-lamp",
      state: "ok",
    });
    await publish(pad, topic(PAD, "checkin"), {
      id: "c-1",
      checkpoint: "elev-a-check",
      result: "ok",
    });
    const insights = await t.api("GET", `/api/insights?days=2&site=${SITE}`);
    expect(insights.body.perDay.at(-1)).toMatchObject({ readings: 3, checkins: 1 });
    expect(insights.body.perDay.at(0)).toMatchObject({ readings: 0, checkins: 0 });
    expect(countEvents(t.system.db, SENSOR)).toBe(3);
  });

  it("counts a reading on the day of the site's own clock, not UTC's", async () => {
    // Ten seconds after midnight in Oslo: still yesterday in UTC.
    const midnight = startOfLocalDay(localDate(Date.now(), "Europe/Oslo"), "Europe/Oslo");
    const perDay = async () =>
      (await t.api("GET", `/api/insights?days=2&site=${SITE}`)).body.perDay as {
        readings: number;
      }[];
    const before = await perDay();
    await publish(sensor, topic(SENSOR, "health"), {
      id: "h-midnight",
      asset: "elev-a-lamp",
      state: "ok",
      ts: new Date(midnight + 10_000).toISOString(),
    });
    const after = await perDay();
    expect((after[1]?.readings ?? 0) - (before[1]?.readings ?? 0)).toBe(1);
    expect(after[0]?.readings).toBe(before[0]?.readings);
  });

  it("keeps an event for an asset nobody provisioned, under the site as unplaced", async () => {
    await publish(pad, topic(PAD, "report"), {
      id: "r-1",
      asset: "lobby-sign",
      fault: "signage",
      source: "customer",
    });
    const [defect] = await defectsOfSite();
    expect(defect).toMatchObject({ asset: "lobby-sign", zone: "unplaced", category: "signage" });
    const site = await t.api("GET", `/api/sites/${SITE}`);
    const unplaced = site.body.zones.find((z: { id: string }) => z.id === "unplaced");
    expect(unplaced.assets).toEqual([
      expect.objectContaining({ id: "lobby-sign", unplaced: true, state: "defect" }),
    ]);
  });

  it("records a check-in as an inspection of its checkpoint", async () => {
    const before = await t.api("GET", "/api/sites");
    // Provisioned just now, due in four open hours: on time.
    expect(before.body.items[0].inspections).toEqual({ checkpoints: 1, onTime: 1 });
    await publish(pad, topic(PAD, "checkin"), {
      id: "c-1",
      checkpoint: "elev-a-check",
      result: "ok",
      staff: "kari",
    });
    const site = await t.api("GET", `/api/sites/${SITE}`);
    const zone = site.body.zones.find((z: { id: string }) => z.id === "elevator-a");
    expect(zone.checkpoints[0]).toMatchObject({
      id: "elev-a-check",
      assets: ["elev-a-btn-12", "elev-a-floor"],
    });
    expect(zone.checkpoints[0].lastCheckedAt).not.toBeNull();
    expect(site.body.inspections).toEqual({ checkpoints: 1, onTime: 1 });
  });

  it("tracks online from the retained status and offline from the last will", async () => {
    const secrets = await t.provision({
      sites: [
        {
          id: SITE,
          name: "Hotel Oslo Sentrum",
          timezone: "Europe/Oslo",
          zones: [],
          devices: [{ id: "door-1", kind: "sensor", intervalSeconds: 60 }],
        },
      ],
    });
    const door = await t.connect("door-1", secrets["door-1"] as string, {
      will: {
        topic: topic("door-1", "status"),
        payload: Buffer.from("offline"),
        qos: 1,
        retain: true,
      },
    });
    await publish(door, topic("door-1", "status"), "online", { retain: true });
    expect((await t.api("GET", "/api/devices/door-1")).body.online).toBe(true);
    expect(
      (await t.api("GET", `/api/devices?site=${SITE}&state=online`)).body.items.map(
        (d: { id: string }) => d.id,
      ),
    ).toEqual(["door-1"]);
    // A dropped connection, not a clean goodbye: the broker publishes the will.
    door.stream.destroy();
    await eventually("the will to mark door-1 offline", async () => {
      const device = await t.api("GET", "/api/devices/door-1");
      return device.body.online === false ? true : undefined;
    });
    await door.endAsync(true);
  });

  it("shows what a silent sensor watches as unknown, and its offline as a system defect", async () => {
    // The other sensor watching that lamp must be heard, or the lamp is unknown from the start.
    await publish(sensor, topic(SENSOR, "status"), "online", { retain: true });
    const secrets = await t.provision({
      sites: [
        {
          id: SITE,
          name: "Hotel Oslo Sentrum",
          timezone: "Europe/Oslo",
          devices: [
            { id: "lamp-eye", kind: "sensor", intervalSeconds: 60, watches: ["elev-a-lamp"] },
          ],
        },
      ],
    });
    const eye = await t.connect("lamp-eye", secrets["lamp-eye"] as string, {
      will: {
        topic: topic("lamp-eye", "status"),
        payload: Buffer.from("offline"),
        qos: 1,
        retain: true,
      },
    });
    await publish(eye, topic("lamp-eye", "status"), "online", { retain: true });
    const assetState = async () => {
      const site = await t.api("GET", `/api/sites/${SITE}`);
      const zone = site.body.zones.find((z: { id: string }) => z.id === "elevator-a");
      return zone.assets.find((a: { id: string }) => a.id === "elev-a-lamp").state as string;
    };
    expect(await assetState()).toBe("ok");
    eye.stream.destroy();
    await eventually("the asset to become unknown", async () =>
      (await assetState()) === "unknown" ? true : undefined,
    );
    const [offline] = await defectsOfSite("&source=system");
    expect(offline).toMatchObject({
      asset: "lamp-eye",
      fault: "device_offline",
      category: "system",
      status: "open",
    });
    await eye.endAsync(true);

    await publish(pad, topic(PAD, "checkin"), {
      id: "c-1",
      checkpoint: "elev-a-check",
      result: "ok",
    });
    const site = await t.api("GET", `/api/sites/${SITE}`);
    expect(site.body.compliance).toHaveLength(14);
    expect(site.body.compliance.at(-1)).toMatchObject({
      checks: 1,
      onTime: 1,
      missed: 0,
      share: 1,
    });
  });

  it("applies a report's ts when it is trusted, and the receive time when it is in the future", async () => {
    const past = "2026-01-05T10:00:00.000Z";
    await publish(pad, topic(PAD, "report"), {
      id: "r-1",
      asset: "elev-a-floor",
      fault: "dirty",
      source: "staff",
      ts: past,
    });
    await publish(pad, topic(PAD, "report"), {
      id: "r-2",
      asset: "elev-a-lamp",
      fault: "flicker",
      source: "staff",
      ts: "2099-01-01T00:00:00Z",
    });
    const defects = await defectsOfSite();
    const dirty = defects.find((d) => d.fault === "dirty");
    const flicker = defects.find((d) => d.fault === "flicker");
    expect(dirty?.openedAt).toBe(past);
    expect(dirty?.overdue).toBe(true);
    expect(Date.parse(flicker?.openedAt as string)).toBeLessThanOrEqual(Date.now());
  });
});
