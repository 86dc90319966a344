import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ALL_DEVICE_MESSAGES } from "@bulbcheck/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  Children,
  freePort,
  startBrokerChild,
  startSystemChild,
  writeBrokerCredentials,
} from "./testing/child-system.ts";
import { crashDeviceId, crashFleet, type DeviceLogin, FleetRun } from "./testing/crash-devices.ts";
import { auditStore, openReadOnly, storedEvents } from "./testing/store-audit.ts";
import { ADMIN_TOKEN, apiClient, eventually } from "./testing/test-system.ts";

/**
 * Crash tests: the server runs as a child process, 20 devices publish 10,000 QoS 1 events, the
 * server is killed with SIGKILL half-way and started again on the same data; the devices
 * reconnect and resend what was not acknowledged. The store must then hold every event exactly
 * once. Once with the embedded broker (the server itself dies), once with an external broker
 * (the ingester dies; the broker keeps its persistent session).
 */

const SITE = "crash-hotel";
const DEVICES = 20;
const PER_DEVICE = 500;
const TOTAL = DEVICES * PER_DEVICE;
/** Killed once this many are acknowledged (embedded) or stored (external): 40 %. */
const KILL_AT = TOTAL * 0.4;
/** Unacknowledged publishes a device keeps at most. */
const WINDOW = 20;
const INGESTER_ID = "bulbcheck-ingester";

let children: Children;
let dirs: string[];
let fleet: FleetRun | undefined;

beforeEach(() => {
  children = new Children();
  dirs = [];
  fleet = undefined;
});

afterEach(async () => {
  await fleet?.close();
  await children.killAll();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bulbcheck-crash-${name}-`));
  dirs.push(dir);
  return dir;
}

/** Provisions the 20 devices through `PUT /api/fleet`; returns their registry secrets. */
async function provision(apiUrl: string): Promise<Record<string, string>> {
  const response = await apiClient(apiUrl, ADMIN_TOKEN)<{ secrets: Record<string, string> }>(
    "PUT",
    "/api/fleet",
    { body: crashFleet(SITE, DEVICES) },
  );
  expect(response.status).toBe(200);
  return response.body.secrets;
}

/** Waits for the devices to finish; fails with how far they got rather than by the test timeout. */
async function allAcknowledged(run: FleetRun, timeoutMs = 30_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new Error(`only ${run.acked.size} of ${TOTAL} acknowledged after ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([run.done, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function ingestFigures(apiUrl: string): Promise<{ stored: number; duplicates: number }> {
  const response = await apiClient(apiUrl, ADMIN_TOKEN)("GET", "/api/health");
  return response.body.ingest;
}

/** The store holds exactly the acknowledged events, each once, in a sound file. */
function expectExactlyOnce(databaseFile: string, acked: Set<string>): void {
  const audit = auditStore(databaseFile);
  expect(audit.integrity).toBe("ok");
  expect(audit.events).toBe(TOTAL);
  expect(audit.rejected).toBe(0);
  expect(new Set(audit.keys).size).toBe(TOTAL);
  expect(acked.size).toBe(TOTAL);
  expect(audit.keys.filter((key) => !acked.has(key))).toEqual([]);
}

describe("a crash loses nothing and stores nothing twice", () => {
  it("embedded broker: the server is killed half-way and restarted", async ({ annotate }) => {
    const started = Date.now();
    const dataDir = tempDir("embedded");
    const ports = { dataDir, apiPort: await freePort(), mqttPort: await freePort() };
    const first = await startSystemChild(children, ports);
    const secrets = await provision(first.apiUrl);
    const devices: DeviceLogin[] = Array.from({ length: DEVICES }, (_, i) => {
      const id = crashDeviceId(i);
      return { id, site: SITE, secret: secrets[id] as string };
    });

    let ackedAtKill = 0;
    fleet = await FleetRun.start({
      url: `mqtt://127.0.0.1:${ports.mqttPort}`,
      devices,
      eventsPerDevice: PER_DEVICE,
      window: WINDOW,
      onAck: (acked) => {
        if (acked >= KILL_AT && ackedAtKill === 0) {
          ackedAtKill = acked;
          first.child.kill("SIGKILL");
        }
      },
    });
    const killed = await first.child.exited;
    const killedAt = Date.now();
    expect(killed.signal).toBe("SIGKILL");
    // Every PUBACK a device got from the dead server was sent after its commit: the file left
    // by the crash holds each of those events (and may hold more, whose PUBACK died with it).
    const crashed = auditStore(join(dataDir, "bulbcheck.db"));
    const ackedBeforeRestart = fleet.acked.size;
    expect(crashed.integrity).toBe("ok");
    const storedAtCrash = new Set(crashed.keys);
    expect([...fleet.acked].filter((key) => !storedAtCrash.has(key))).toEqual([]);

    const second = await startSystemChild(children, ports);
    const downMs = Date.now() - killedAt;
    await allAcknowledged(fleet);
    const figures = fleet.figures();
    const ingest = await ingestFigures(second.apiUrl);
    const stopped = await second.child.stop("SIGTERM", 10_000);
    expect(stopped).toEqual({ code: 0, signal: null });

    expect(ackedAtKill).toBeGreaterThan(0);
    expect(ackedBeforeRestart).toBeLessThan(TOTAL);
    expectExactlyOnce(join(dataDir, "bulbcheck.db"), fleet.acked);
    // mqtt.js sent the unacknowledged publishes again by itself after the reconnect.
    expect(figures.publishPackets).toBeGreaterThan(TOTAL);
    expect(figures.appRetries).toBe(0);
    // The restarted server stored the rest; what the dead one had committed came again as
    // duplicates (its PUBACK died with it).
    expect(ingest.stored).toBeGreaterThan(0);
    expect(ingest.stored + ingest.duplicates).toBeLessThanOrEqual(TOTAL - ackedAtKill);
    await annotate(
      `acked before kill ${ackedAtKill}, before restart ${ackedBeforeRestart}, ` +
        `stored at crash ${crashed.events}; down ${downMs} ms; ` +
        `publish packets ${figures.publishPackets} (resent ${figures.publishPackets - TOTAL}); ` +
        `after restart stored ${ingest.stored}, duplicates ${ingest.duplicates}; ` +
        `${Date.now() - started} ms`,
    );
  });

  it("external broker: the ingester is killed half-way and restarted", async ({ annotate }) => {
    const started = Date.now();
    const brokerDir = tempDir("broker");
    const dataDir = tempDir("system");
    const brokerPort = await freePort();
    const logins = await writeBrokerCredentials({
      dataDir: brokerDir,
      devices: Array.from({ length: DEVICES }, (_, i) => ({ id: crashDeviceId(i), site: SITE })),
      service: { id: INGESTER_ID, subscribe: [ALL_DEVICE_MESSAGES] },
    });
    const broker = await startBrokerChild(children, { dataDir: brokerDir, port: brokerPort });
    const brokerUrl = `mqtt://127.0.0.1:${brokerPort}`;
    const ports = {
      dataDir,
      apiPort: await freePort(),
      mqttPort: await freePort(),
      env: {
        BULBCHECK_MQTT_URL: brokerUrl,
        BULBCHECK_MQTT_USERNAME: logins.service.id,
        BULBCHECK_MQTT_PASSWORD: logins.service.secret,
        BULBCHECK_MQTT_CLIENT_ID: logins.service.id,
      },
    };
    const first = await startSystemChild(children, ports);
    // The ingester checks device and site against the registry; the logins are the broker's.
    await provision(first.apiUrl);
    const devices: DeviceLogin[] = [...logins.devices].map(([id, secret]) => ({
      id,
      site: SITE,
      secret,
    }));

    fleet = await FleetRun.start({
      url: brokerUrl,
      devices,
      eventsPerDevice: PER_DEVICE,
      window: WINDOW,
    });
    const databaseFile = join(dataDir, "bulbcheck.db");
    const reader = openReadOnly(databaseFile);
    let storedAtKill: number;
    try {
      storedAtKill = await eventually(
        "40 % stored",
        () => {
          const stored = storedEvents(reader);
          if (stored < KILL_AT) return undefined;
          first.child.kill("SIGKILL");
          return stored;
        },
        30_000,
      );
    } finally {
      reader.close();
    }
    const killed = await first.child.exited;
    const killedAt = Date.now();
    expect(killed.signal).toBe("SIGKILL");
    // Accepted by the broker but not yet stored: in flight to the dead ingester, or queued.
    const brokerAckedAtKill = fleet.acked.size;

    const second = await startSystemChild(children, ports);
    const downMs = Date.now() - killedAt;
    await allAcknowledged(fleet);
    const figures = fleet.figures();
    const reader2 = openReadOnly(databaseFile);
    try {
      await eventually(
        "all events stored",
        () => (storedEvents(reader2) === TOTAL ? true : undefined),
        30_000,
      );
    } finally {
      reader2.close();
    }
    const ingest = await ingestFigures(second.apiUrl);
    expect(await second.child.stop("SIGTERM", 10_000)).toEqual({ code: 0, signal: null });
    expect(await broker.stop("SIGTERM", 10_000)).toEqual({ code: 0, signal: null });

    expect(storedAtKill).toBeLessThan(TOTAL);
    expect(ingest.stored).toBeGreaterThan(0);
    expectExactlyOnce(databaseFile, fleet.acked);
    await annotate(
      `stored at kill ${storedAtKill}, accepted by the broker then ${brokerAckedAtKill}; ` +
        `down ${downMs} ms; after restart stored ${ingest.stored}, ` +
        `duplicates ${ingest.duplicates}; device publish packets ${figures.publishPackets}; ` +
        `${Date.now() - started} ms`,
    );
  });
});
