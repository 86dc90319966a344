import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deviceTopic, type FleetDocumentInput, fleetDocumentSchema } from "@bulbcheck/shared";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Ingester } from "../ingest/ingester.ts";
import { type Db, openDatabase } from "../store/database.ts";
import { upsertFleet } from "../store/fleet-store.ts";
import { ChangeFeed } from "./change-feed.ts";
import { sweep } from "./watchdog.ts";

/**
 * Deadlines with an injected clock: overdue checkpoints in the site's time zone and hours,
 * silent devices, last wills, low batteries, and a restart with a moved clock.
 */

const MIN = 60_000;
const SITE = "store";
// Monday 2026-11-23, Stockholm is UTC+1; the store opens 10:00-20:00 on weekdays.
const MONDAY_0900_LOCAL = Date.parse("2026-11-23T08:00:00Z");

const FLEET: FleetDocumentInput = {
  sites: [
    {
      id: SITE,
      name: "Store",
      timezone: "Europe/Stockholm",
      hours: { "mon-fri": "10:00-20:00" },
      zones: [
        {
          id: "checkout",
          name: "Checkout",
          assets: [{ id: "floor", name: "Floor", category: "cleanliness" }],
          checkpoints: [
            { id: "checkout-check", name: "Checkout", intervalMinutes: 120, assets: ["floor"] },
          ],
        },
      ],
      devices: [
        { id: "pad", kind: "button", intervalSeconds: 3600 },
        { id: "sensor", kind: "sensor", intervalSeconds: 60 },
      ],
    },
  ],
};

let dir: string;
let db: Db;
let feed: ChangeFeed;
let ingester: Ingester;

function open(): void {
  db = openDatabase({ path: join(dir, "test.db") });
  feed = new ChangeFeed();
  ingester = new Ingester({ db, feed, logger: pino({ level: "silent" }) });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "bulbcheck-watchdog-"));
  open();
  const hashes = new Map([
    ["pad", "h"],
    ["sensor", "h"],
  ]);
  db.transaction(() =>
    upsertFleet(db, fleetDocumentSchema.parse(FLEET), hashes, MONDAY_0900_LOCAL),
  )();
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function send(device: string, kind: "checkin" | "health" | "status", payload: unknown, at: number) {
  return ingester.submit({
    topic: deviceTopic({ site: SITE, device, kind }),
    payload: Buffer.from(typeof payload === "string" ? payload : JSON.stringify(payload)),
    receivedAt: at,
    authenticatedDevice: device,
  });
}

function systemDefects(fault: string) {
  return db
    .prepare(
      "SELECT asset_id AS asset, status, opened_at AS openedAt FROM defects WHERE fault = ? ORDER BY id",
    )
    .all(fault) as { asset: string; status: string; openedAt: number }[];
}

describe("inspection rounds", () => {
  it("raises overdue at the right minute in the site's time zone, counting only open hours", () => {
    // Provisioned at 09:00 local, before opening: due after two open hours, at 12:00 local.
    const due = Date.parse("2026-11-23T11:00:00Z");
    expect(sweep(db, feed, due - MIN).overdue).toBe(0);
    expect(sweep(db, feed, due).overdue).toBe(1);
    expect(systemDefects("inspection_overdue")).toEqual([
      { asset: "checkout-check", status: "open", openedAt: due },
    ]);
    expect(sweep(db, feed, due + 10 * MIN).overdue).toBe(0);
  });

  it("does not raise while the site is closed", async () => {
    // Checked at 19:30 local: 30 open minutes left on Monday, the rest from Tuesday 10:00.
    await send(
      "pad",
      "checkin",
      { id: "c-1", checkpoint: "checkout-check", result: "ok" },
      Date.parse("2026-11-23T18:30:00Z"),
    );
    expect(sweep(db, feed, Date.parse("2026-11-24T08:59:00Z")).overdue).toBe(0); // Tuesday 09:59
    expect(sweep(db, feed, Date.parse("2026-11-24T10:29:00Z")).overdue).toBe(0); // 11:29
    expect(sweep(db, feed, Date.parse("2026-11-24T10:30:00Z")).overdue).toBe(1); // 11:30
  });

  it("is resolved by a check-in, which is counted late, and the next deadline starts from it", async () => {
    const due = Date.parse("2026-11-23T11:00:00Z");
    sweep(db, feed, due + 5 * MIN);
    await send(
      "pad",
      "checkin",
      { id: "c-1", checkpoint: "checkout-check", result: "ok", staff: "sofia" },
      due + 20 * MIN,
    );
    expect(systemDefects("inspection_overdue")).toEqual([
      expect.objectContaining({ status: "resolved" }),
    ]);
    expect(db.prepare("SELECT on_time FROM inspections").get()).toEqual({ on_time: 0 });
    expect(sweep(db, feed, due + 20 * MIN + 119 * MIN).overdue).toBe(0);
    expect(sweep(db, feed, due + 20 * MIN + 120 * MIN).overdue).toBe(1);
  });
});

describe("device liveness", () => {
  it("takes a device silent for three intervals offline, and back when it is heard", async () => {
    const heard = MONDAY_0900_LOCAL + 10 * MIN;
    await send("sensor", "health", { id: "h-1", asset: "floor", state: "ok" }, heard);
    expect(sweep(db, feed, heard + 3 * MIN - 1).offline).toBe(0);
    expect(sweep(db, feed, heard + 3 * MIN).offline).toBe(1);
    expect(systemDefects("device_offline")).toEqual([
      { asset: "sensor", status: "open", openedAt: heard + 3 * MIN },
    ]);
    expect(db.prepare("SELECT online FROM devices WHERE id = 'sensor'").get()).toEqual({
      online: 0,
    });
    await send("sensor", "health", { id: "h-2", asset: "floor", state: "ok" }, heard + 30 * MIN);
    expect(systemDefects("device_offline")[0]?.status).toBe("resolved");
    expect(db.prepare("SELECT online FROM devices WHERE id = 'sensor'").get()).toEqual({
      online: 1,
    });
  });

  it("takes a device offline at once when its last will says so", async () => {
    const at = MONDAY_0900_LOCAL + 5 * MIN;
    await send("sensor", "status", "online", at);
    await send("sensor", "status", "offline", at + MIN);
    expect(systemDefects("device_offline")).toEqual([
      { asset: "sensor", status: "open", openedAt: at + MIN },
    ]);
    // Noticed again by the sweep later: still one defect.
    expect(sweep(db, feed, at + 60 * MIN).offline).toBe(0);
    expect(systemDefects("device_offline")).toHaveLength(1);
  });

  it("raises a low battery below 15 % and resolves it when the battery is replaced", async () => {
    const at = MONDAY_0900_LOCAL;
    await send("sensor", "health", { id: "h-1", asset: "floor", state: "ok", battery: 14 }, at);
    await send(
      "sensor",
      "health",
      { id: "h-2", asset: "floor", state: "ok", battery: 13 },
      at + MIN,
    );
    expect(systemDefects("battery_low")).toEqual([
      { asset: "sensor", status: "open", openedAt: at },
    ]);
    await send(
      "sensor",
      "health",
      { id: "h-3", asset: "floor", state: "ok", battery: 100 },
      at + 2 * MIN,
    );
    expect(systemDefects("battery_low")[0]?.status).toBe("resolved");
  });
});

describe("restart safety", () => {
  it("after a restart with a moved clock, raises each system defect exactly once", async () => {
    await send("sensor", "health", { id: "h-1", asset: "floor", state: "ok" }, MONDAY_0900_LOCAL);
    // The process stops; the clock jumps a day and a half; a new process opens the same file.
    ingester.close();
    db.close();
    open();
    const later = MONDAY_0900_LOCAL + 36 * 60 * MIN;
    const first = sweep(db, feed, later);
    expect(first).toEqual({ overdue: 1, offline: 2 });
    expect(sweep(db, feed, later)).toEqual({ overdue: 0, offline: 0 });
    expect(sweep(db, feed, later + 60 * MIN)).toEqual({ overdue: 0, offline: 0 });
    const counts = db
      .prepare("SELECT fault, count(*) AS n FROM defects GROUP BY fault ORDER BY fault")
      .all();
    expect(counts).toEqual([
      { fault: "device_offline", n: 2 },
      { fault: "inspection_overdue", n: 1 },
    ]);
    // Each opened when its deadline passed, not when the sweep came round.
    expect(systemDefects("inspection_overdue")[0]?.openedAt).toBe(
      Date.parse("2026-11-23T11:00:00Z"),
    );
    expect(
      systemDefects("device_offline")
        .map((d) => d.openedAt)
        .sort(),
    ).toEqual([MONDAY_0900_LOCAL + 3 * MIN, MONDAY_0900_LOCAL + 3 * 3600 * 1000].sort());
  });
});
