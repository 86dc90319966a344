import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ADMIN_TOKEN, apiClient, eventually, WAIT_MS } from "@bulbcheck/api/testing";
import {
  crashDeviceId,
  crashFleet,
  type DeviceLogin,
  FleetRun,
} from "@bulbcheck/api/testing/crash-devices";
import { auditStore, openReadOnly, storedEvents } from "@bulbcheck/api/testing/store-audit";
import { ALL_DEVICE_MESSAGES, Random } from "@bulbcheck/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  Children,
  freePort,
  START_WITHIN_MS,
  type SystemChildOptions,
  startBrokerChild,
  startScriptCommand,
  startSystemChild,
  writeBrokerCredentials,
} from "./testing/child-system.ts";
import { crashSettings } from "./testing/crash-settings.ts";

/**
 * A graceful stop, as an operator or a service manager does it: SIGTERM to the command that
 * `pnpm start` runs (the root start script's last command) while 20 devices publish QoS 1
 * events. The process must exit with code 0, after committing the work in flight
 * and sending its acknowledgements: every event a device saw acknowledged is in the file, and
 * every event in the file was acknowledged (the restarted server gets no resend of a stored one).
 * After the restart every event is stored exactly once. The moment of the signal is seeded like
 * the crash tests' (`BULBCHECK_CRASH_SEED`, printed).
 *
 * Found here: `pnpm start` ran `tsx main.ts`. The tsx command runs the program as its child
 * and relays SIGTERM to it, then waits 30 ms for the child to confirm; a server busy with a
 * batch for longer got the signal again (which main.ts takes as "exit now", code 1) and, after
 * 30 ms more, SIGKILL (exit code 143, no graceful stop at all). It now runs
 * `node --import tsx server/src/main.ts`: the signal reaches the server itself. And: the embedded
 * broker kept reading publishes while it stopped, and the external ingester kept taking messages
 * while its connection closed; both committed some whose PUBACK never left (150-200 a stop under
 * this load), which came again after the restart. Both stop reading first now.
 */

const SITE = "stop-hotel";
const DEVICES = 20;
const PER_DEVICE = 200;
const TOTAL = DEVICES * PER_DEVICE;
const WINDOW = 20;
/**
 * The server holds itself to what a service manager waits before it kills (Docker's 10 s): past
 * that it gives up and exits with code 1. So code 0 says it stopped in time; the test's own
 * deadline is only for a child that hangs, and is generous for a busy machine.
 */
const STOP_DEADLINE_MS = WAIT_MS;
/** For a test that hangs: three starts, each of which may use all of START_WITHIN_MS. */
const TEST_TIMEOUT_MS = 3 * START_WITHIN_MS + 4 * WAIT_MS;
const SETTINGS = crashSettings();

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
  const dir = mkdtempSync(join(tmpdir(), `bulbcheck-stop-${name}-`));
  dirs.push(dir);
  return dir;
}

async function provision(apiUrl: string): Promise<Record<string, string>> {
  const response = await apiClient(apiUrl, ADMIN_TOKEN)<{ secrets: Record<string, string> }>(
    "PUT",
    "/api/fleet",
    { body: crashFleet(SITE, DEVICES) },
  );
  expect(response.status).toBe(200);
  return response.body.secrets;
}

async function ingestFigures(apiUrl: string): Promise<{ stored: number; duplicates: number }> {
  const response = await apiClient(apiUrl, ADMIN_TOKEN)("GET", "/api/health");
  return response.body.ingest;
}

interface StopCase {
  system: SystemChildOptions;
  url: string;
  devices: DeviceLogin[];
  /** The devices' PUBACK is the system's (embedded broker). */
  embedded: boolean;
}

/** Publishes, stops the system with SIGTERM mid-way, restarts it, and checks the store. */
async function stopMidway(c: StopCase): Promise<string> {
  const rng = new Random(SETTINGS.seed);
  const databaseFile = join(c.system.dataDir, "bulbcheck.db");
  // Deterministic, where the failure it prevents is a race: no launcher between signal and server.
  expect(startScriptCommand().command, "pnpm start must run the server itself, not tsx").toBe(
    process.execPath,
  );
  // And no shell between pnpm and the server: pnpm signals its child, the shell would not pass
  // it on (the "pnpm start" tests below show it).
  expect(startScriptCommand().exec, "pnpm start must exec the server").toBe(true);
  const running = await startSystemChild(children, { ...c.system, launcher: "start-script" });
  fleet = await FleetRun.start({
    url: c.url,
    devices: c.devices,
    eventsPerDevice: PER_DEVICE,
    window: WINDOW,
  });
  const run = fleet;
  const due = Math.ceil((0.2 + rng.next() * 0.6) * TOTAL);
  if (c.embedded) await run.whenAcked(due);
  else {
    const reader = openReadOnly(databaseFile);
    try {
      await eventually("events stored", () => (storedEvents(reader) >= due ? true : undefined));
    } finally {
      reader.close();
    }
  }

  const signalled = Date.now();
  const status = await running.child.stop("SIGTERM", STOP_DEADLINE_MS);
  const stopMs = Date.now() - signalled;
  expect(status, running.child.output()).toEqual({ code: 0, signal: null });
  expect(running.child.output()).toMatch(/SIGTERM: stopping/);
  expect(running.child.output()).toMatch(/\bstopped$/m);

  const stopped = auditStore(databaseFile);
  expect(stopped.integrity).toBe("ok");
  const ackedAtStop = new Set(run.acked);
  if (c.embedded) {
    const storedAtStop = new Set(stopped.keys);
    expect([...ackedAtStop].filter((key) => !storedAtStop.has(key))).toEqual([]);
  }
  expect(stopped.events).toBeLessThan(TOTAL);

  const second = await startSystemChild(children, c.system);
  await run.waitDone(60_000);
  await eventually("every event stored", () =>
    auditStore(databaseFile).events === TOTAL ? true : undefined,
  );
  const ingest = await ingestFigures(second.apiUrl);
  expect(await second.child.stop("SIGTERM", STOP_DEADLINE_MS)).toEqual({ code: 0, signal: null });
  // What the stopped server committed, it acknowledged: nothing came again.
  expect(ingest.duplicates, "stored before the stop, yet sent again").toBe(0);
  expect(ingest.stored).toBe(TOTAL - stopped.events);

  const audit = auditStore(databaseFile);
  expect(audit.integrity).toBe("ok");
  expect(audit.events).toBe(TOTAL);
  expect(new Set(audit.keys).size).toBe(TOTAL);
  expect(run.acked.size).toBe(TOTAL);
  expect(audit.reportsCounted).toBe(audit.reportEvents);
  return (
    `seed ${SETTINGS.seed}: SIGTERM at ${ackedAtStop.size} acknowledged, ` +
    `${stopped.events} stored; exited in ${stopMs} ms; after the restart stored ` +
    `${ingest.stored}, duplicates ${ingest.duplicates}`
  );
}

describe("SIGTERM stops the system gracefully", { timeout: TEST_TIMEOUT_MS }, () => {
  it("embedded broker: in-flight work is committed and acknowledged, exit 0", async ({
    annotate,
  }) => {
    console.log(`stop seed ${SETTINGS.seed} (BULBCHECK_CRASH_SEED replays it)`);
    const system = {
      dataDir: tempDir("embedded"),
      apiPort: await freePort(),
      mqttPort: await freePort(),
    };
    const first = await startSystemChild(children, system);
    const secrets = await provision(first.apiUrl);
    expect(await first.child.stop("SIGTERM", STOP_DEADLINE_MS)).toEqual({ code: 0, signal: null });
    const devices = Array.from({ length: DEVICES }, (_, i) => {
      const id = crashDeviceId(i);
      return { id, site: SITE, secret: secrets[id] as string };
    });
    const url = `mqtt://127.0.0.1:${system.mqttPort}`;
    await annotate(await stopMidway({ system, url, devices, embedded: true }));
  });

  it("external broker: the ingester stops with exit 0, and nothing is lost", async ({
    annotate,
  }) => {
    console.log(`stop seed ${SETTINGS.seed} (BULBCHECK_CRASH_SEED replays it)`);
    const brokerDir = tempDir("broker");
    const brokerPort = await freePort();
    const logins = await writeBrokerCredentials({
      dataDir: brokerDir,
      devices: Array.from({ length: DEVICES }, (_, i) => ({ id: crashDeviceId(i), site: SITE })),
      service: { id: "bulbcheck-ingester", subscribe: [ALL_DEVICE_MESSAGES] },
    });
    const broker = await startBrokerChild(children, { dataDir: brokerDir, port: brokerPort });
    const url = `mqtt://127.0.0.1:${brokerPort}`;
    const system: SystemChildOptions = {
      dataDir: tempDir("system"),
      apiPort: await freePort(),
      mqttPort: await freePort(),
      env: {
        BULBCHECK_MQTT_URL: url,
        BULBCHECK_MQTT_USERNAME: logins.service.id,
        BULBCHECK_MQTT_PASSWORD: logins.service.secret,
        BULBCHECK_MQTT_CLIENT_ID: logins.service.id,
      },
    };
    const first = await startSystemChild(children, system);
    await provision(first.apiUrl);
    expect(await first.child.stop("SIGTERM", STOP_DEADLINE_MS)).toEqual({ code: 0, signal: null });
    const devices = [...logins.devices].map(([id, secret]) => ({ id, site: SITE, secret }));
    await annotate(await stopMidway({ system, url, devices, embedded: false }));
    expect(await broker.stop("SIGTERM", STOP_DEADLINE_MS)).toEqual({ code: 0, signal: null });
  });
});

/** Whether this process can listen on `port` now (what the next start needs). */
async function portFree(port: number): Promise<boolean> {
  const server = createServer();
  server.listen(port, "127.0.0.1");
  try {
    await Promise.race([
      once(server, "listening"),
      once(server, "error").then(([error]) => Promise.reject(error)),
    ]);
  } catch {
    return false;
  }
  server.close();
  await once(server, "close");
  return true;
}

/**
 * `pnpm start` as people run it. pnpm runs the start script in `sh -c` and, on SIGTERM, signals
 * that shell; before the script ended in `exec`, the shell died and the server went on without
 * its parent, holding its ports ("address in use" at the next start). pnpm's exit code is the
 * server's: 0 only when it stopped gracefully within its 10 s (past that it exits 1 itself). The
 * child counts as exited only once nothing it started holds its output open, so an orphaned
 * server fails the test (at the generous deadline, then the whole group is killed).
 */
describe("pnpm start passes a signal to the server", {
  timeout: 2 * START_WITHIN_MS + 3 * WAIT_MS,
}, () => {
  it.each([
    { how: "SIGTERM to pnpm (kill, a service manager)", signal: "SIGTERM", to: "child" },
    {
      how: "Ctrl-C: SIGINT to the whole process group, as a terminal sends it",
      signal: "SIGINT",
      to: "group",
    },
  ] as const)("$how: a graceful stop, exit 0, the ports free", async ({ signal, to }) => {
    const system: SystemChildOptions = {
      dataDir: tempDir("pnpm-start"),
      apiPort: await freePort(),
      mqttPort: await freePort(),
      launcher: "pnpm-start",
    };
    const running = await startSystemChild(children, system);
    const status = await running.child.stop(signal, STOP_DEADLINE_MS, to);
    const output = running.child.output();
    expect(status, output).toEqual({ code: 0, signal: null });
    expect(output).toMatch(new RegExp(`${signal}: stopping`));
    expect(output).toMatch(/\bstopped$/m);
    expect(await portFree(system.apiPort), "the API's port is free").toBe(true);
    expect(await portFree(system.mqttPort), "the MQTT port is free").toBe(true);
    // The next start comes up on the same ports and data.
    const next = await startSystemChild(children, { ...system, launcher: "node" });
    expect(await next.child.stop("SIGTERM", STOP_DEADLINE_MS)).toEqual({ code: 0, signal: null });
  });
});
