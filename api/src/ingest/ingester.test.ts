import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deviceTopic, fleetDocumentSchema } from "@bulbcheck/shared";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Change, ChangeFeed } from "../engine/change-feed.ts";
import { type Db, openDatabase } from "../store/database.ts";
import { countEvents } from "../store/event-store.ts";
import { upsertFleet } from "../store/fleet-store.ts";
import { captureLog } from "../testing/log-capture.ts";
import { hotelFleet } from "../testing/test-system.ts";
import { FAULT_CLEARS_AFTER_MS, Ingester } from "./ingester.ts";

/** Group commit on a real SQLite file, without a broker: batching, failure isolation, stop. */

const SITE = "hotel-oslo";
const DEVICE = `${SITE}-sensor`;
let dir: string;
let db: Db;
let feed: ChangeFeed;
let ingester: Ingester;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "bulbcheck-ingest-"));
  db = openDatabase({ path: join(dir, "test.db") });
  db.transaction(() =>
    upsertFleet(db, fleetDocumentSchema.parse(hotelFleet(SITE)), new Map([[DEVICE, "hash"]]), 0),
  )();
  feed = new ChangeFeed();
  ingester = new Ingester({ db, feed, logger: pino({ level: "silent" }) });
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function health(id: string, state: "ok" | "fault" = "ok") {
  const payload =
    state === "ok"
      ? { id, asset: "elev-a-lamp", state }
      : { id, asset: "elev-a-lamp", state, fault: "bulb_out" };
  return {
    topic: deviceTopic({ site: SITE, device: DEVICE, kind: "health" }),
    payload: Buffer.from(JSON.stringify(payload)),
    receivedAt: Date.now(),
    authenticatedDevice: DEVICE,
  };
}

describe("Ingester", () => {
  it("commits everything submitted in one turn of the event loop in one transaction", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) => ingester.submit(health(`h-${i}`))),
    );
    expect(outcomes.every((o) => o.result === "stored")).toBe(true);
    expect(ingester.stats()).toMatchObject({ batches: 1, messages: 200, largestBatch: 200 });
    expect(countEvents(db)).toBe(200);
    expect(db.prepare("SELECT events FROM devices WHERE id = ?").get(DEVICE)).toEqual({
      events: 200,
    });
  });

  it("settles only after the commit, and publishes changes only then", async () => {
    const seen: Change[] = [];
    feed.subscribe((change) => {
      // By the time a listener hears of it, the defect is in the database.
      expect(db.prepare("SELECT count(*) AS n FROM defects").get()).toEqual({ n: 1 });
      seen.push(change);
    });
    const pending = ingester.submit(health("h-1", "fault"));
    expect(countEvents(db)).toBe(0);
    await pending;
    expect(countEvents(db)).toBe(1);
    expect(seen.map((c) => c.type === "defect" && c.change)).toEqual(["opened"]);
  });

  it("isolates a message the store cannot take: the rest of its batch is stored", async () => {
    // A fault injected in SQLite itself: the store refuses one event id.
    db.exec(`CREATE TRIGGER poison BEFORE INSERT ON events WHEN NEW.event_id = 'h-poison'
             BEGIN SELECT RAISE(ABORT, 'disk says no'); END`);
    const results = await Promise.allSettled(
      ["h-1", "h-poison", "h-2", "h-3"].map((id) => ingester.submit(health(id, "fault"))),
    );
    expect(results.map((r) => r.status)).toEqual([
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
    ]);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe("disk says no");
    expect(countEvents(db)).toBe(3);
    expect(ingester.stats().failedBatches).toBe(1);
  });

  it("keeps its memory of open defects true through a rolled-back batch", async () => {
    db.exec(`CREATE TRIGGER poison BEFORE INSERT ON events WHEN NEW.event_id = 'h-poison'
             BEGIN SELECT RAISE(ABORT, 'disk says no'); END`);
    // The fault opens a defect in a batch that is rolled back, then stored on its own.
    await Promise.allSettled([
      ingester.submit(health("h-1", "fault")),
      ingester.submit(health("h-poison")),
    ]);
    expect(db.prepare("SELECT status FROM defects").all()).toEqual([{ status: "open" }]);
    await ingester.submit(health("h-2", "ok"));
    expect(db.prepare("SELECT status FROM defects").all()).toEqual([{ status: "resolved" }]);
    // And a new fault after that is a new defect, cleared by the next "ok" too.
    await ingester.submit(health("h-3", "fault"));
    await ingester.submit(health("h-4", "ok"));
    expect(db.prepare("SELECT status FROM defects ORDER BY id").all()).toEqual([
      { status: "resolved" },
      { status: "resolved" },
    ]);
  });

  it("stores a repeated event id once and says so", async () => {
    const first = await ingester.submit(health("h-1", "fault"));
    const again = await ingester.submit(health("h-1", "fault"));
    expect(first.result).toBe("stored");
    expect(again).toEqual({ result: "duplicate" });
    expect(db.prepare("SELECT reports FROM defects").get()).toEqual({ reports: 1 });
  });

  it("commits what is queued on close and refuses work after it", async () => {
    const pending = ingester.submit(health("h-1"));
    ingester.close();
    await expect(pending).resolves.toMatchObject({ result: "stored" });
    await expect(ingester.submit(health("h-2"))).rejects.toThrow(/stopping/);
    expect(countEvents(db)).toBe(1);
  });

  it("on the external path, refuses messages of devices the registry does not know", async () => {
    const unknown = await ingester.submit({
      topic: deviceTopic({ site: SITE, device: "ghost", kind: "health" }),
      payload: Buffer.from(JSON.stringify({ id: "x", asset: "a", state: "ok" })),
      receivedAt: Date.now(),
    });
    expect(unknown).toEqual({ result: "rejected", reason: "unknown_device" });
    const wrongSite = await ingester.submit({
      topic: deviceTopic({ site: "other-site", device: DEVICE, kind: "health" }),
      payload: Buffer.from(JSON.stringify({ id: "x", asset: "a", state: "ok" })),
      receivedAt: Date.now(),
    });
    expect(wrongSite).toEqual({ result: "rejected", reason: "wrong_site" });
    const badTopic = await ingester.submit({
      topic: "bulbcheck/v1/x",
      payload: Buffer.from("{}"),
      receivedAt: Date.now(),
    });
    expect(badTopic).toEqual({ result: "rejected", reason: "bad_topic" });
    expect(db.prepare("SELECT count(*) AS n FROM rejected_events").get()).toEqual({ n: 3 });
    expect(countEvents(db)).toBe(0);
  });

  it("applies a replayed retained status without logging it again", async () => {
    const status = (retainedReplay: boolean) => ({
      topic: deviceTopic({ site: SITE, device: DEVICE, kind: "status" }),
      payload: Buffer.from("online"),
      receivedAt: Date.now(),
      retainedReplay,
    });
    expect(await ingester.submit(status(false))).toMatchObject({ result: "stored" });
    expect(await ingester.submit(status(true))).toEqual({ result: "replayed" });
    expect(countEvents(db)).toBe(1);
    expect(db.prepare("SELECT online FROM devices WHERE id = ?").get(DEVICE)).toEqual({
      online: 1,
    });
  });

  it("refuses a whole batch when the store is full, says so once, and keeps its memory true", async () => {
    const log = captureLog();
    let now = 1_000_000;
    const full = new Ingester({ db, feed, logger: log.logger, now: () => now });
    await full.submit(health("h-0", "fault"));
    const limit = db.pragma("max_page_count", { simple: true }) as number;
    db.pragma(`max_page_count = ${db.pragma("page_count", { simple: true })}`);
    const refused = await Promise.allSettled(
      Array.from({ length: 300 }, (_, i) => full.submit(health(`h-${i + 1}`, "ok"))),
    );
    expect(refused.every((r) => r.status === "rejected")).toBe(true);
    expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(
      /not stored: the database or its disk is full \(SQLITE_FULL\)/,
    );
    expect(countEvents(db)).toBe(1);
    expect(full.stats().storeFault).toMatchObject({ code: "SQLITE_FULL", refused: 300 });
    expect(log.lines.filter((line) => line.code === "SQLITE_FULL")).toHaveLength(1);
    // No retry one by one: a full store would refuse each of them again.
    expect(full.stats()).toMatchObject({ batches: 1, failedBatches: 1 });

    // Space is back: stored again, and the sensor's open defect (whose resolution was rolled
    // back with the batch) is still known to be open, so the next ok resolves it.
    db.pragma(`max_page_count = ${limit}`);
    await expect(full.submit(health("h-1", "ok"))).resolves.toMatchObject({ result: "stored" });
    expect(db.prepare("SELECT status FROM defects").get()).toEqual({ status: "resolved" });
    // Shown until writes have gone through for a while with no refusal.
    expect(full.stats().storeFault).toBeDefined();
    now += FAULT_CLEARS_AFTER_MS;
    expect(full.stats().storeFault).toBeUndefined();
    expect(log.lines.at(-1)?.msg).toMatch(/takes writes again; 300 publishes were refused/);
  });
});
