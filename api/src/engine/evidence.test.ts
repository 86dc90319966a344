import type { MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  eventually,
  hotelFleet,
  publish,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";

/**
 * Evidence from every source on one defect, through the real broker and HTTP API: who reported
 * and how, confirmed by two independent sources, `sensor_suspect` when a person contradicts a
 * sensor that said ok, and the round-quality mark of a sensor's fault after a passed round.
 */

const SITE = "hotel-oslo";
const SENSOR = `${SITE}-sensor`;
const PAD = `${SITE}-pad`;
const topic = (device: string, kind: string) => `bulbcheck/v1/${SITE}/${device}/${kind}`;
const MINUTE = 60_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

let t: TestSystem;
let sensor: MqttClient;
let pad: MqttClient;

beforeAll(async () => {
  t = await startTestSystem();
  const fleet = hotelFleet(SITE);
  const zone = fleet.sites[0]?.zones?.[0];
  zone?.assets?.push({ id: "elev-a-spot", name: "Spot light", category: "lighting" });
  zone?.checkpoints?.[0]?.assets?.push("elev-a-spot");
  const devices = fleet.sites[0]?.devices ?? [];
  (devices[0] as { watches: string[] }).watches.push("elev-a-spot");
  const secrets = await t.provision(fleet);
  sensor = await t.connect(SENSOR, secrets[SENSOR] as string);
  pad = await t.connect(PAD, secrets[PAD] as string);
});

afterAll(async () => {
  await Promise.all([sensor?.endAsync(), pad?.endAsync()]);
  await t?.stop();
});

async function qrReport(asset: string, fault: string) {
  const key = await t.api("GET", `/api/sites/${SITE}/assets/${asset}/report-key`);
  expect(key.status).toBe(200);
  const res = await t.api("POST", "/api/defects", {
    token: null,
    body: { site: SITE, asset, fault, reportKey: key.body.key },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function openOf(asset: string) {
  const res = await t.api("GET", `/api/defects?site=${SITE}&asset=${asset}&status=unresolved`);
  expect(res.status).toBe(200);
  // biome-ignore lint/suspicious/noExplicitAny: a test reads the body it expects, and asserts it
  return res.body.items as Array<Record<string, any>>;
}

describe("a person contradicting a sensor", () => {
  it("a customer's QR report of bulb_out on an asset whose sensor said ok a minute earlier raises sensor_suspect; a second shows already reported", async () => {
    await publish(sensor, topic(SENSOR, "health"), {
      id: "ok-1",
      asset: "elev-a-btn-12",
      state: "ok",
      ts: ago(MINUTE),
    });
    const first = await qrReport("elev-a-btn-12", "bulb_out");
    expect(first).toMatchObject({
      change: "opened",
      reference: `D-${first.id}`,
      alreadyReportedAt: null,
      source: "customer",
      confirmed: false,
      evidence: [{ channel: "qr", reporter: "QR code", reports: 1 }],
    });
    const suspect = (await openOf("elev-a-btn-12")).find((d) => d.fault === "sensor_suspect");
    expect(suspect).toMatchObject({
      category: "system",
      source: "system",
      zone: "elevator-a",
      severity: "medium",
      suspect: { device: SENSOR, fault: "bulb_out", channel: "qr", defect: first.id },
    });
    const timeline = await t.api("GET", `/api/defects/${suspect?.id}`);
    expect(timeline.body.timeline.map((e: { note: string | null }) => e.note).join(" ")).toContain(
      `Sensor ${SENSOR} may be wrong`,
    );

    const second = await qrReport("elev-a-btn-12", "bulb_out");
    expect(second).toMatchObject({
      id: first.id,
      change: "merged",
      reference: first.reference,
      alreadyReportedAt: first.firstSeenAt,
      reports: 2,
      // Two customers by QR code are one anonymous channel: not independent.
      confirmed: false,
    });
    const open = await openOf("elev-a-btn-12");
    expect(open.filter((d) => d.fault === "bulb_out")).toHaveLength(1);
    expect(open.filter((d) => d.fault === "sensor_suspect")).toHaveLength(1);
  });

  it("clears sensor_suspect when the sensor itself reports the fault, which confirms the defect", async () => {
    await publish(sensor, topic(SENSOR, "health"), {
      id: "fault-1",
      asset: "elev-a-btn-12",
      state: "fault",
      fault: "bulb_out",
    });
    const open = await openOf("elev-a-btn-12");
    expect(open.map((d) => d.fault)).toEqual(["bulb_out"]);
    expect(open[0]).toMatchObject({ confirmed: true });
    expect(open[0]?.evidence.map((e: { channel: string }) => e.channel)).toEqual(["qr", "sensor"]);
  });

  it("does not suspect a sensor of what it cannot see, nor one that said ok long ago", async () => {
    await publish(sensor, topic(SENSOR, "health"), {
      id: "ok-old",
      asset: "elev-a-lamp",
      state: "ok",
      ts: ago(30 * MINUTE),
    });
    await qrReport("elev-a-lamp", "bulb_out");
    // A lamp sensor's ok says nothing of a dirty floor; the floor has no sensor at all.
    await qrReport("elev-a-floor", "dirty");
    expect((await openOf("elev-a-lamp")).map((d) => d.fault)).toEqual(["bulb_out"]);
    expect((await openOf("elev-a-floor")).map((d) => d.fault)).toEqual(["dirty"]);
  });
});

describe("confirmed", () => {
  it("is confirmed by a sensor and a customer's QR report", async () => {
    await publish(sensor, topic(SENSOR, "health"), {
      id: "lamp-flicker",
      asset: "elev-a-lamp",
      state: "fault",
      fault: "flicker",
    });
    expect((await openOf("elev-a-lamp")).find((d) => d.fault === "flicker")).toMatchObject({
      confirmed: false,
    });
    const merged = await qrReport("elev-a-lamp", "flicker");
    expect(merged).toMatchObject({ change: "merged", confirmed: true });
    expect(merged.evidence).toMatchObject([
      { channel: "sensor", reporter: SENSOR, reports: 1 },
      { channel: "qr", reporter: "QR code", reports: 1 },
    ]);
    expect(merged.alreadyReportedAt).not.toBeNull();
  });

  it("is confirmed by two signed-in people, not by one person twice, and a button counts as its own channel", async () => {
    const kari = await t.user({ username: "kari", role: "staff" });
    const ola = await t.user({ username: "ola", role: "staff" });
    const report = (token: string) =>
      t.api("POST", "/api/defects", {
        token,
        body: { site: SITE, asset: "elev-a-floor", fault: "spill", reporter: "someone else" },
      });
    expect((await report(kari.token)).body).toMatchObject({ confirmed: false });
    expect((await report(kari.token)).body).toMatchObject({
      confirmed: false,
      evidence: [{ channel: "dashboard", reporter: "kari", reports: 2 }],
    });
    expect((await report(ola.token)).body).toMatchObject({ confirmed: true });

    await publish(pad, topic(PAD, "report"), {
      id: "pad-1",
      asset: "elev-a-floor",
      fault: "supplies_empty",
      source: "staff",
    });
    const res = await report(kari.token);
    expect(res.body.evidence).toMatchObject([
      { reporter: "kari", reports: 3 },
      { reporter: "ola", reports: 1 },
    ]);
    const supplies = (await openOf("elev-a-floor")).find((d) => d.fault === "supplies_empty");
    expect(supplies).toMatchObject({
      confirmed: false,
      evidence: [{ channel: "button", reporter: PAD }],
    });
  });
});

describe("round quality", () => {
  it("marks a sensor's fault minutes after a round passed the asset", async () => {
    await publish(pad, topic(PAD, "checkin"), {
      id: "round-1",
      checkpoint: "elev-a-check",
      result: "ok",
      staff: "kari",
      ts: ago(12 * MINUTE),
    });
    await publish(sensor, topic(SENSOR, "health"), {
      id: "spot-out",
      asset: "elev-a-spot",
      state: "fault",
      fault: "bulb_out",
    });
    const [spot] = await openOf("elev-a-spot");
    expect(spot).toMatchObject({
      fault: "bulb_out",
      afterPassedRound: { checkpoint: "elev-a-check", checkpointName: "Elevator A", staff: "kari" },
    });
    expect(Date.parse(spot?.afterPassedRound.at)).toBeLessThan(Date.now() - 11 * MINUTE);
  });

  it("does not mark an asset no checkpoint covers, nor a fault after a round that found defects", async () => {
    await publish(sensor, topic(SENSOR, "health"), {
      id: "lamp-out",
      asset: "elev-a-lamp",
      state: "fault",
      fault: "bulb_out",
    });
    const lamp = await eventually("the lamp's defect", async () =>
      (await openOf("elev-a-lamp")).find((d) => d.fault === "bulb_out" && d.reports >= 1),
    );
    expect(lamp.afterPassedRound).toBeNull();
    await publish(pad, topic(PAD, "checkin"), {
      id: "round-2",
      checkpoint: "elev-a-check",
      result: "defects",
      staff: "ola",
      ts: ago(5 * MINUTE),
    });
    await publish(sensor, topic(SENSOR, "health"), {
      id: "btn-flicker",
      asset: "elev-a-btn-12",
      state: "fault",
      fault: "flicker",
    });
    const flicker = (await openOf("elev-a-btn-12")).find((d) => d.fault === "flicker");
    expect(flicker).toMatchObject({ afterPassedRound: null });
  });
});

describe("insights", () => {
  it("count, per site, sensor_suspect defects and defects after a passed round", async () => {
    const res = await t.api("GET", `/api/insights?site=${SITE}&days=7`);
    expect(res.status).toBe(200);
    expect(res.body.sites[0]).toMatchObject({ site: SITE, sensorSuspects: 1, afterPassedRound: 1 });
  });
});
