import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startTestBroker, type TestBroker } from "@bulbcheck/broker/testing";
import type { Health } from "@bulbcheck/shared";
import type { MqttClient } from "mqtt";
import { afterEach, describe, expect, it } from "vitest";
import { DEVICE_MESSAGES_FILTER } from "../ingest/external-ingester.ts";
import { FAULT_CLEARS_AFTER_MS } from "../ingest/ingester.ts";
import { captureLog } from "../testing/log-capture.ts";
import {
  ADMIN_TOKEN,
  eventually,
  hotelFleet,
  startTestSystem,
  type TestSystem,
  WAIT_MS,
} from "../testing/test-system.ts";

/**
 * The conditions of the ingest path, made for real: another process holding the database's
 * write lock while a device publishes (a backlog: degraded), the database refusing writes
 * (`PRAGMA max_page_count`, as disk-full.test.ts makes a full disk: fail, 503), and the link to
 * an external broker lost (fail, 503).
 */

const SITE = "hotel-oslo";
const SENSOR = "hotel-oslo-sensor";
const API_DIR = fileURLToPath(new URL("../../", import.meta.url));

let t: TestSystem | undefined;
let broker: TestBroker | undefined;
const clients: MqttClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.end(true);
  await t?.stop();
  t = undefined;
  await broker?.close();
  broker = undefined;
});

async function health(system: TestSystem) {
  const response = await system.api<Health>("GET", "/api/health", { token: null });
  return { status: response.status, body: response.body };
}

async function statusMetric(system: TestSystem): Promise<string> {
  const text = await fetch(`${system.system.apiUrl}/metrics`, {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  }).then((r) => r.text());
  return /^bulbcheck_health_status (\d+)$/m.exec(text)?.[1] ?? "";
}

/**
 * A child process that takes the database's write lock (`BEGIN IMMEDIATE`), says so, and holds it
 * for `holdMs`: as a backup or a script writing to the file would.
 */
async function holdWriteLock(
  file: string,
  holdMs: number,
): Promise<{ released: Promise<unknown> }> {
  const script = `
    const db = require("better-sqlite3")(${JSON.stringify(file)});
    db.exec("BEGIN IMMEDIATE");
    process.stdout.write("locked\\n");
    setTimeout(() => { db.exec("ROLLBACK"); db.close(); }, ${holdMs});`;
  const child = spawn(process.execPath, ["-e", script], {
    cwd: API_DIR,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = once(child, "exit");
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("locked")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the lock holder exited (${code})`)));
  });
  // Wrapped: an async function returning the promise itself would wait for it.
  return { released: exited };
}

describe("health of the ingest path", () => {
  it("is degraded while messages wait for another process's write lock", async () => {
    const log = captureLog("info");
    t = await startTestSystem({ logger: log.logger, healthLimits: { ingestMaxWaitMs: 500 } });
    const secrets = await t.provision(hotelFleet(SITE));
    const sensor = await t.connect(SENSOR, secrets[SENSOR] as string);
    clients.push(sensor);
    expect((await health(t)).body.status).toBe("ok");
    // Shorter than the store's busy timeout (5 s): the commit waits, then goes through.
    const { released } = await holdWriteLock(join(t.dataDir, "bulbcheck.db"), 2000);
    sensor.publish(
      `bulbcheck/v1/${SITE}/${SENSOR}/health`,
      JSON.stringify({ id: "slow-1", asset: "elev-a-btn-12", state: "ok" }),
      { qos: 1 },
    );
    await released;
    const degraded = await eventually("/api/health to name the backlog", async () => {
      const h = await health(t as TestSystem);
      return h.body.reasons.some((r) => r.code === "ingest_backlog") ? h : undefined;
    });
    expect(degraded.status).toBe(200);
    expect(degraded.body.status).toBe("degraded");
    expect(await statusMetric(t)).toBe("1");
    const said = log.lines.filter((line) => line.condition === "ingest_backlog");
    expect(said[0]?.level).toBe(40);
    expect(said[0]?.detail).toMatch(/from arrival to commit/);
  });

  it("fails (503) while the database cannot commit, and is ok again once it can", async () => {
    const log = captureLog("info");
    t = await startTestSystem({ logger: log.logger });
    const secrets = await t.provision(hotelFleet(SITE));
    const db = t.system.db;
    const limit = db.pragma("max_page_count", { simple: true }) as number;
    db.pragma(`max_page_count = ${db.pragma("page_count", { simple: true })}`);
    // A page with room left takes a row or two more: the device reports until one is refused,
    // which the broker answers by closing its connection instead of a PUBACK.
    let n = 0;
    const report = (client: MqttClient) =>
      client.publish(
        `bulbcheck/v1/${SITE}/${SENSOR}/report`,
        JSON.stringify({
          id: `full-${n++}`,
          asset: "elev-a-btn-12",
          fault: "other",
          source: "staff",
          note: "n".repeat(280),
        }),
        { qos: 1 },
      );
    let sensor: MqttClient | undefined;
    const failed = await eventually("/api/health to fail", async () => {
      const h = await health(t as TestSystem);
      if (h.body.status === "fail") return h;
      if (!sensor?.connected) {
        sensor = await (t as TestSystem).connect(SENSOR, secrets[SENSOR] as string);
        clients.push(sensor);
      }
      for (let i = 0; i < 20; i++) report(sensor);
      return undefined;
    });
    expect(failed.status).toBe(503);
    expect(failed.body.reasons).toEqual([
      {
        code: "database_write",
        since: expect.any(String),
        message: "the database refuses writes: devices' messages are not stored",
      },
    ]);
    expect(await statusMetric(t)).toBe("2");
    expect(log.lines.find((line) => line.condition === "database_write")?.level).toBe(40);

    db.pragma(`max_page_count = ${limit}`);
    const again = await t.connect(SENSOR, secrets[SENSOR] as string);
    clients.push(again);
    await again.publishAsync(
      `bulbcheck/v1/${SITE}/${SENSOR}/health`,
      JSON.stringify({ id: "after-1", asset: "elev-a-btn-12", state: "ok" }),
      { qos: 1 },
    );
    await eventually(
      "/api/health to be ok again",
      async () => ((await health(t as TestSystem)).body.status === "ok" ? true : undefined),
      FAULT_CLEARS_AFTER_MS + WAIT_MS,
    );
    const ended = log.lines.filter(
      (line) => line.condition === "database_write" && line.level === 30,
    );
    expect(ended).toHaveLength(1);
  });

  it("fails (503) while the link to the external broker is down", async () => {
    broker = await startTestBroker();
    const ingester = await broker.service("bulbcheck-ingester", {
      subscribe: [DEVICE_MESSAGES_FILTER],
    });
    const log = captureLog("info");
    t = await startTestSystem({
      logger: log.logger,
      external: {
        url: broker.url,
        username: ingester.id,
        password: ingester.secret,
        clientId: ingester.id,
      },
    });
    expect((await health(t)).status).toBe(200);
    await broker.close();
    broker = undefined;
    const failed = await eventually("/api/health to fail", async () => {
      const h = await health(t as TestSystem);
      return h.body.status === "fail" ? h : undefined;
    });
    expect(failed.status).toBe(503);
    expect(failed.body.reasons.map((r) => r.code)).toEqual(["broker_link"]);
    expect(failed.body.broker.connected).toBe(false);
    expect(await statusMetric(t)).toBe("2");
    expect(log.lines.find((line) => line.condition === "broker_link")?.msg).toMatch(
      /What to do: check that the broker runs/,
    );
  });
});
