import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deviceTopic, fleetDocumentSchema } from "@bulbcheck/shared";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChangeFeed } from "../engine/change-feed.ts";
import { type Db, openDatabase } from "../store/database.ts";
import { countEvents } from "../store/event-store.ts";
import { upsertFleet } from "../store/fleet-store.ts";
import { hotelFleet } from "../testing/test-system.ts";
import { Ingester } from "./ingester.ts";

/** Heartbeats kept as their key alone, and the daily roll-ups every message counts into. */

const SITE = "hotel-oslo";
const DEVICE = `${SITE}-sensor`;
const PAD = `${SITE}-pad`;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 5, 1, 12);
let dir: string;
let db: Db;
let ingester: Ingester;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "bulbcheck-heartbeat-"));
  db = openDatabase({ path: join(dir, "test.db") });
  const secrets = new Map([
    [DEVICE, "hash"],
    [PAD, "hash"],
  ]);
  db.transaction(() => upsertFleet(db, fleetDocumentSchema.parse(hotelFleet(SITE)), secrets, 0))();
  ingester = new Ingester({ db, feed: new ChangeFeed(), logger: pino({ level: "silent" }) });
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function publish(device: string, kind: "health" | "checkin", payload: object, at = T0) {
  return ingester.submit({
    topic: deviceTopic({ site: SITE, device, kind }),
    payload: Buffer.from(JSON.stringify({ ...payload, ts: new Date(at).toISOString() })),
    receivedAt: at,
    authenticatedDevice: device,
  });
}
const ok = (id: string, at?: number) =>
  publish(DEVICE, "health", { id, asset: "elev-a-lamp", state: "ok" }, at);
const fault = (id: string, at?: number) =>
  publish(DEVICE, "health", { id, asset: "elev-a-lamp", state: "fault", fault: "bulb_out" }, at);

const rows = (table: "events" | "heartbeats") =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe("heartbeats", () => {
  it("keeps an ok with nothing open as a heartbeat, and one that resolves as an event", async () => {
    expect(await ok("h-1")).toEqual({ result: "stored" });
    expect(rows("heartbeats")).toBe(1);
    expect(rows("events")).toBe(0);
    await fault("h-2");
    await ok("h-3");
    expect(rows("events")).toBe(2);
    expect(db.prepare("SELECT status FROM defects").all()).toEqual([{ status: "resolved" }]);
    expect(countEvents(db)).toBe(3);
    expect(db.prepare("SELECT events FROM devices WHERE id = ?").get(DEVICE)).toEqual({
      events: 3,
    });
  });

  it("stores a repeated id once, whichever way each copy would be kept", async () => {
    // A heartbeat, then its resend while a fault is open: the resend would be an event.
    await ok("h-1");
    await fault("h-2");
    expect(await ok("h-1")).toEqual({ result: "duplicate" });
    // An ok that resolved a defect, then its resend when nothing is open: it would be a heartbeat.
    await ok("h-3");
    expect(await ok("h-3")).toEqual({ result: "duplicate" });
    expect(countEvents(db)).toBe(3);
    expect(db.prepare("SELECT status FROM defects").all()).toEqual([{ status: "resolved" }]);
  });

  it("keeps the battery a heartbeat reports, and raises a low one", async () => {
    await publish(DEVICE, "health", { id: "h-1", asset: "elev-a-lamp", state: "ok", battery: 7 });
    expect(rows("heartbeats")).toBe(1);
    expect(db.prepare("SELECT battery FROM devices WHERE id = ?").get(DEVICE)).toEqual({
      battery: 7,
    });
    expect(db.prepare("SELECT fault FROM defects WHERE status <> 'resolved'").all()).toEqual([
      { fault: "battery_low" },
    ]);
  });
});

describe("daily roll-ups", () => {
  it("counts every stored message once, by day, kind, detail and source", async () => {
    await ok("h-1");
    await ok("h-1"); // a duplicate counts nothing
    await fault("h-2", T0 + 60_000);
    await ok("h-3", T0 + DAY);
    await publish(PAD, "checkin", { id: "c-1", checkpoint: "elev-a-check", result: "ok" });
    const days = db
      .prepare("SELECT day, kind, detail, source, n FROM event_days ORDER BY day, kind, detail")
      .all();
    const day = Math.floor(T0 / DAY);
    expect(days).toEqual([
      { day, kind: "checkin", detail: "ok", source: "staff", n: 1 },
      { day, kind: "health", detail: "", source: "sensor", n: 1 },
      { day, kind: "health", detail: "bulb_out", source: "sensor", n: 1 },
      { day: day + 1, kind: "health", detail: "", source: "sensor", n: 1 },
    ]);
  });
});
