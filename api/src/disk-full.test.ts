import { join } from "node:path";
import { startTestBroker, type TestBroker } from "@bulbcheck/broker/testing";
import type { Health } from "@bulbcheck/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEVICE_MESSAGES_FILTER } from "./ingest/external-ingester.ts";
import { FAULT_CLEARS_AFTER_MS } from "./ingest/ingester.ts";
import type { Db } from "./store/database.ts";
import { countEvents } from "./store/event-store.ts";
import { crashDeviceId, crashFleet, type DeviceLogin, FleetRun } from "./testing/crash-devices.ts";
import { captureLog, type LogLine } from "./testing/log-capture.ts";
import { auditStore } from "./testing/store-audit.ts";
import {
  eventually,
  hotelFleet,
  startTestSystem,
  type TestSystem,
  WAIT_MS,
} from "./testing/test-system.ts";

/**
 * A full disk, made with SQLite's own limit: `PRAGMA max_page_count` on the very connection the
 * ingester writes with (`t.system.db`) stops the database from growing, and SQLite answers
 * `SQLITE_FULL` as it does on a full filesystem. While it is full, 20 devices keep publishing
 * QoS 1 events: none that could not be stored may be acknowledged, the system stays up and says
 * why (its log, `/api/health`). Then the limit is lifted, as when an operator frees space: the
 * devices' resends are stored, each event exactly once.
 *
 * Recovery is the devices' resend (see `Ingester`): the embedded broker closes the connection of
 * a device whose publish was not stored, and mqtt.js sends its unacknowledged publishes again
 * after reconnecting (every 200 ms here); on the external path the ingester reconnects and the
 * broker redelivers from the session.
 */

const SITE = "full-hotel";
const DEVICES = 20;
const PER_DEVICE = 60;
const TOTAL = DEVICES * PER_DEVICE;
/** The ingester's reminder in the log while the store refuses writes. */
const FAULT_LOG_EVERY_MS = 10_000;

let t: TestSystem | undefined;
let broker: TestBroker | undefined;
let fleet: FleetRun | undefined;

beforeEach(() => {
  t = undefined;
  broker = undefined;
  fleet = undefined;
});

afterEach(async () => {
  await fleet?.close();
  await t?.stop();
  await broker?.close();
});

function pageCount(db: Db): number {
  return db.pragma("page_count", { simple: true }) as number;
}

/** Stops the database from growing beyond its size now; returns the limit to restore. */
function fillDisk(db: Db): number {
  const before = db.pragma("max_page_count", { simple: true }) as number;
  db.pragma(`max_page_count = ${pageCount(db)}`);
  return before;
}

async function health(system: TestSystem): Promise<{ status: number; body: Health }> {
  const response = await system.api<Health>("GET", "/api/health");
  return { status: response.status, body: response.body };
}

/** Publishes refused since the fault began, as /api/health reports them. */
function refusedIn(body: Health): number {
  return Number(body.database.reason?.match(/(\d+) publishes/)?.[1] ?? 0);
}

function ingestLines(lines: LogLine[]): LogLine[] {
  return lines.filter((line) => line.part === "ingest");
}

/**
 * Runs the fleet into a full database and out again. `url` is where the devices publish: the
 * embedded broker, whose PUBACK is the system's, or another broker, which acknowledges the
 * devices itself and waits for the ingester's.
 */
async function fullAndBack(
  system: TestSystem,
  lines: LogLine[],
  options: { url: string; devices: DeviceLogin[]; embedded: boolean },
  annotate: (message: string) => Promise<unknown>,
): Promise<FleetRun> {
  const { url, devices, embedded } = options;
  const db = system.system.db;
  const databaseFile = join(system.dataDir, "bulbcheck.db");
  const limit = fillDisk(db);
  fleet = await FleetRun.start({ url, devices, eventsPerDevice: PER_DEVICE, window: 5 });
  const run = fleet;

  // The system notices, stays up and says why: /api/health and one line in its log.
  const full = await eventually("/api/health to show the full database", async () => {
    const h = await health(system);
    return h.body.database.status === "error" ? h : undefined;
  });
  expect(full.status).toBe(503);
  expect(full.body.status).toBe("fail");
  // On the external path the ingester also drops its session to have the broker redeliver.
  expect(full.body.reasons.map((r) => r.code)).toContain("database_write");
  expect(full.body.database).toMatchObject({ status: "error", code: "SQLITE_FULL" });
  expect(full.body.database.reason).toMatch(/full/);
  expect(full.body.database.reason).toMatch(/publishes refused.*not acknowledged/);
  const said = ingestLines(lines).filter((line) => line.code === "SQLITE_FULL");
  expect(said[0]?.level).toBe(50);
  expect(said[0]?.msg).toMatch(/database or its disk is full.*not acknowledged/);

  // While it stays full, publishes keep being refused (a row that fits a page with room left
  // may still go in): the devices' resends are refused again. On the embedded broker every
  // PUBACK a device got is for an event in the file: what was refused was not acknowledged.
  const refusedFirst = refusedIn(full.body);
  await eventually("resent publishes to be refused too", async () =>
    refusedIn((await health(system)).body) > refusedFirst ? true : undefined,
  );
  const ackedWhenFull = run.acked.size;
  const whileFull = auditStore(databaseFile);
  const storedWhenFull = whileFull.events;
  expect(storedWhenFull).toBeLessThan(TOTAL / 2);
  if (embedded) {
    const stored = new Set(whileFull.keys);
    expect([...run.acked].filter((key) => !stored.has(key))).toEqual([]);
  }
  // The boards still answer: reading needs no space.
  expect((await system.api("GET", "/api/sites")).status).toBe(200);
  // A write through the API is refused as the store's state, not as a bug: 503, not 500.
  const sites = Array.from({ length: 100 }, (_, i) => hotelFleet(`full-hotel-${i}`).sites).flat();
  const provisioning = await system.api("PUT", "/api/fleet", { body: { sites } });
  expect(provisioning.status).toBe(503);
  expect(provisioning.body.error.code).toBe("storage_unavailable");
  expect(provisioning.body.error.message).toContain("SQLITE_FULL");
  expect(provisioning.headers.get("retry-after")).toBe("30");
  const stillFull = await health(system);
  expect(stillFull.status).toBe(503);
  expect(stillFull.body.database.code).toBe("SQLITE_FULL");
  const refused = refusedIn(stillFull.body);
  expect(refused).toBeGreaterThan(refusedFirst);
  // Once, then a reminder every 10 s: not a line per refused publish. Counted against the time
  // the disk has been full so far, which a busy machine stretches.
  const fullLines = ingestLines(lines).filter((line) => line.code === "SQLITE_FULL");
  const fullForMs = Date.now() - Number(fullLines[0]?.time);
  expect(fullLines.length).toBeLessThanOrEqual(1 + Math.floor(fullForMs / FAULT_LOG_EVERY_MS));

  // Space is back: the devices' resends are stored, each event once.
  db.pragma(`max_page_count = ${limit}`);
  await run.waitDone(2 * WAIT_MS);
  await eventually("every event stored", () => (countEvents(db) === TOTAL ? true : undefined));
  // Writes have to go through for FAULT_CLEARS_AFTER_MS with no refusal before it says ok.
  const after = await eventually(
    "/api/health to be ok again",
    async () => {
      const h = await health(system);
      return h.status === 200 ? h : undefined;
    },
    FAULT_CLEARS_AFTER_MS + WAIT_MS,
  );
  expect(after.body.database).toEqual({ status: "ok", schemaVersion: expect.any(Number) });
  expect(
    ingestLines(lines).some((line) => /takes writes again/.test(line.msg) && line.refused),
  ).toBe(true);
  const audit = auditStore(databaseFile);
  expect(audit.integrity).toBe("ok");
  expect(audit.foreignKeyProblems).toBe(0);
  expect(audit.events).toBe(TOTAL);
  expect(new Set(audit.keys).size).toBe(TOTAL);
  expect(audit.rejected).toBe(0);
  expect(audit.reportsCounted).toBe(audit.reportEvents);
  expect(run.acked.size).toBe(TOTAL);
  const figures = run.figures();
  await annotate(
    `stored while full ${storedWhenFull} (acked ${ackedWhenFull}), refused ${refused} ` +
      `in ${fullForMs} ms; publish packets ${figures.publishPackets}, ` +
      `reconnects ${figures.reconnects}, app retries ${figures.appRetries}`,
  );
  return run;
}

describe("a full disk", () => {
  it("embedded broker: nothing unstored is acknowledged; the resends are stored once space is back", async ({
    annotate,
  }) => {
    const log = captureLog();
    t = await startTestSystem({ logger: log.logger });
    const secrets = await t.provision(crashFleet(SITE, DEVICES));
    const devices = Array.from({ length: DEVICES }, (_, i) => {
      const id = crashDeviceId(i);
      return { id, site: SITE, secret: secrets[id] as string };
    });
    await fullAndBack(t, log.lines, { url: t.system.mqttUrl, devices, embedded: true }, annotate);
    // The broker refused them (no PUBACK, the connection closed); none was counted as accepted.
    const publishes = t.system.broker?.stats().publishes;
    expect(publishes?.refused.not_stored).toBeGreaterThan(0);
  });

  it("external broker: the ingester leaves them with the broker, which delivers them again", async ({
    annotate,
  }) => {
    broker = await startTestBroker();
    const ingester = await broker.service("bulbcheck-ingester", {
      subscribe: [DEVICE_MESSAGES_FILTER],
    });
    const devices: DeviceLogin[] = [];
    for (let i = 0; i < DEVICES; i++) {
      const login = await broker.device(crashDeviceId(i), SITE);
      devices.push({ id: login.id, site: SITE, secret: login.secret });
    }
    const log = captureLog();
    t = await startTestSystem({
      logger: log.logger,
      external: {
        url: broker.url,
        username: ingester.id,
        password: ingester.secret,
        clientId: ingester.id,
      },
    });
    await t.provision(crashFleet(SITE, DEVICES));
    const run = await fullAndBack(
      t,
      log.lines,
      { url: broker.url, devices, embedded: false },
      annotate,
    );
    // The devices never noticed: the other broker acknowledged them and kept them meanwhile.
    expect(run.figures().appRetries).toBe(0);
  });
});
