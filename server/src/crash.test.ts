import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "@bulbcheck/api/store";
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
  type Child,
  Children,
  freePort,
  START_WITHIN_MS,
  type SystemChild,
  type SystemChildOptions,
  spawnSystemChild,
  startBrokerChild,
  startSystemChild,
  writeBrokerCredentials,
} from "./testing/child-system.ts";
import { type CrashSettings, crashSettings } from "./testing/crash-settings.ts";
import { findMosquitto, startMosquittoChild } from "./testing/mosquitto.ts";

/**
 * Crash tests: 20 devices publish QoS 1 events while the server is killed with SIGKILL at random
 * moments and started again on the same data; the devices reconnect and resend what was not
 * acknowledged. After each kill the file left behind passes `PRAGMA integrity_check` and holds
 * every event a device saw acknowledged; after each round the store holds every event exactly
 * once, and each report was counted once on its defect. Three ways in:
 * - the embedded broker: the server itself dies, with the devices' connections;
 * - an external broker, the project's (`bulbcheck-broker serve`): only the ingester dies, the
 *   broker keeps receiving and keeps the ingester's persistent session;
 * - an external broker, Eclipse Mosquitto, when installed (skipped otherwise: CI has none).
 *
 * Size, from the environment of the test run (`pnpm soak` runs the large size):
 *   BULBCHECK_CRASH_ROUNDS  rounds per test, on the same data (default 3). In each round every
 *                           device publishes new events; the server is killed once or twice at
 *                           random moments, sometimes again while it starts, and restarted.
 *   BULBCHECK_CRASH_EVENTS  events per device per round (default 150: 3,000 per round)
 *   BULBCHECK_CRASH_SEED    seed of the kill moments (default random); printed by every test,
 *                           so that a failing run can be replayed
 *   BULBCHECK_MOSQUITTO     the mosquitto binary (default: on the PATH, or in /usr/sbin)
 * e.g. `BULBCHECK_CRASH_ROUNDS=40 pnpm exec vitest run server/src/crash.test.ts`
 */

const SITE = "crash-hotel";
const DEVICES = 20;
/** Unacknowledged publishes a device keeps at most. */
const WINDOW = 20;
const INGESTER_ID = "bulbcheck-ingester";
const SETTINGS: CrashSettings = crashSettings();
const PER_ROUND = DEVICES * SETTINGS.eventsPerDevice;
/** How long the devices of a round get to see every event acknowledged, restarts included. */
const ROUND_DONE_MS = 30_000 + PER_ROUND * 5;
/**
 * A deadline for a test that hangs, not a speed: a round takes a few seconds at the small size.
 * Each of the two starts of the test and each of a round's (up to four, with the kills while
 * starting) may take its whole START_WITHIN_MS on a busy machine before its own check fails.
 */
const TEST_TIMEOUT_MS =
  2 * START_WITHIN_MS + SETTINGS.rounds * (4 * START_WITHIN_MS + ROUND_DONE_MS + WAIT_MS);
const MOSQUITTO = findMosquitto();

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

interface CrashRun {
  /** Where the devices publish. */
  url: string;
  devices: DeviceLogin[];
  system: SystemChildOptions;
  /** The system started and provisioned; killed and replaced round after round. */
  first: SystemChild;
  /** True when the system's PUBACK is the devices' (embedded broker). */
  embedded: boolean;
}

/**
 * Plays the rounds; returns the figures for the test's annotation. Kill moments: a random share
 * (5-95 %) of the round acknowledged (embedded) or stored (external), then 0-30 ms more so that
 * the kill does not land on a PUBACK; with a chance of 1 in 3 the restarted server is killed
 * again 0-1.5 s after it was spawned (loading, opening the database, replaying the session).
 */
async function playRounds(run: CrashRun): Promise<string> {
  const rng = new Random(SETTINGS.seed);
  const databaseFile = join(run.system.dataDir, "bulbcheck.db");
  const reader = openReadOnly(databaseFile);
  const ackedAll = new Set<string>();
  let system = run.first;
  let kills = 0;
  let startupKills = 0;
  const roundMs: number[] = [];
  try {
    for (let round = 0; round < SETTINGS.rounds; round++) {
      const roundStarted = Date.now();
      const storedBefore = storedEvents(reader);
      fleet = await FleetRun.start({
        url: run.url,
        devices: run.devices,
        eventsPerDevice: SETTINGS.eventsPerDevice,
        firstEvent: round * SETTINGS.eventsPerDevice,
        window: WINDOW,
      });
      const roundFleet = fleet;
      const shares = Array.from(
        { length: 1 + rng.intBetween(0, 1) },
        () => 0.05 + rng.next() * 0.9,
      );
      for (const share of shares.sort()) {
        const due = Math.ceil(share * PER_ROUND);
        if (run.embedded) await roundFleet.whenAcked(due);
        else await waitStored(reader, storedBefore + due);
        await sleep(rng.intBetween(0, 30));
        const status = await kill(system.child);
        expect(status.signal).toBe("SIGKILL");
        kills++;
        expectSurvived(databaseFile, run.embedded ? [...ackedAll, ...roundFleet.acked] : []);
        if (rng.chance(1 / 3)) {
          const starting = spawnSystemChild(children, run.system);
          await sleep(rng.intBetween(0, 1500));
          await kill(starting);
          startupKills++;
          expectSurvived(databaseFile, run.embedded ? [...ackedAll, ...roundFleet.acked] : []);
        }
        system = await startSystemChild(children, run.system);
      }
      await roundFleet.waitDone(ROUND_DONE_MS);
      const expected = (round + 1) * PER_ROUND;
      await waitStored(reader, expected);
      await roundFleet.close();
      fleet = undefined;
      for (const key of roundFleet.acked) ackedAll.add(key);
      expectExactlyOnce(databaseFile, ackedAll, expected);
      roundMs.push(Date.now() - roundStarted);
    }
  } finally {
    reader.close();
  }
  expect(await system.child.stop("SIGTERM", WAIT_MS)).toEqual({ code: 0, signal: null });
  return (
    `seed ${SETTINGS.seed}: ${SETTINGS.rounds} rounds of ${PER_ROUND} events, ${kills} kills ` +
    `(+${startupKills} while starting); round ms ${roundMs.join(", ")}`
  );
}

/** Waits until `count` events are stored; says how many were when they do not come. */
async function waitStored(reader: Db, count: number): Promise<void> {
  try {
    await eventually("events stored", () => (storedEvents(reader) >= count ? true : undefined));
  } catch {
    throw new Error(
      `only ${storedEvents(reader)} of ${count} events stored after ${WAIT_MS / 1000} s: lost on the way (seed ${SETTINGS.seed})`,
    );
  }
}

async function kill(child: Child): Promise<{ signal: NodeJS.Signals | null }> {
  child.kill("SIGKILL");
  return child.exited;
}

/**
 * The file a crash left is sound and holds every event a device saw acknowledged, and each stored
 * report counted on its defect: an event and its rules were committed together or not at all.
 */
function expectSurvived(databaseFile: string, acked: string[]): void {
  const audit = auditStore(databaseFile);
  expect(audit.integrity, `seed ${SETTINGS.seed}`).toBe("ok");
  expect(audit.foreignKeyProblems, `seed ${SETTINGS.seed}`).toBe(0);
  expect(audit.reportsCounted, `seed ${SETTINGS.seed}`).toBe(audit.reportEvents);
  const stored = new Set(audit.keys);
  expect(
    acked.filter((key) => !stored.has(key)),
    `acknowledged but lost (seed ${SETTINGS.seed})`,
  ).toEqual([]);
}

/** The store holds exactly the acknowledged events, each once, in a sound file. */
function expectExactlyOnce(databaseFile: string, acked: Set<string>, total: number): void {
  const audit = auditStore(databaseFile);
  const seed = `seed ${SETTINGS.seed}`;
  expect(audit.integrity, seed).toBe("ok");
  expect(audit.foreignKeyProblems, seed).toBe(0);
  expect(audit.events, seed).toBe(total);
  expect(audit.rejected, seed).toBe(0);
  expect(new Set(audit.keys).size, seed).toBe(total);
  expect(acked.size, seed).toBe(total);
  expect(
    audit.keys.filter((key) => !acked.has(key)),
    seed,
  ).toEqual([]);
  // The defect rules ran once per event: every stored report is counted once on its defect.
  expect(audit.reportsCounted, seed).toBe(audit.reportEvents);
}

/** The system ingesting from a broker at `brokerUrl` as the ingester's login, provisioned. */
async function startIngester(
  brokerUrl: string,
  ingester: { id: string; secret: string },
  devices: DeviceLogin[],
): Promise<CrashRun> {
  const system: SystemChildOptions = {
    dataDir: tempDir("system"),
    apiPort: await freePort(),
    mqttPort: await freePort(),
    env: {
      BULBCHECK_MQTT_URL: brokerUrl,
      BULBCHECK_MQTT_USERNAME: ingester.id,
      BULBCHECK_MQTT_PASSWORD: ingester.secret,
      BULBCHECK_MQTT_CLIENT_ID: ingester.id,
    },
  };
  const first = await startSystemChild(children, system);
  // The ingester checks device and site against the registry; the logins are the broker's.
  await provision(first.apiUrl);
  return { url: brokerUrl, devices, system, first, embedded: false };
}

describe("a crash loses nothing and stores nothing twice", () => {
  it(
    "embedded broker: the server is killed at random moments and restarted",
    async ({ annotate }) => {
      console.log(`crash seed ${SETTINGS.seed} (BULBCHECK_CRASH_SEED replays it)`);
      const system = {
        dataDir: tempDir("embedded"),
        apiPort: await freePort(),
        mqttPort: await freePort(),
      };
      const first = await startSystemChild(children, system);
      const secrets = await provision(first.apiUrl);
      const devices: DeviceLogin[] = Array.from({ length: DEVICES }, (_, i) => {
        const id = crashDeviceId(i);
        return { id, site: SITE, secret: secrets[id] as string };
      });
      const url = `mqtt://127.0.0.1:${system.mqttPort}`;
      await annotate(await playRounds({ url, devices, system, first, embedded: true }));
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "external broker (bulbcheck-broker): the ingester is killed at random moments and restarted",
    async ({ annotate }) => {
      console.log(`crash seed ${SETTINGS.seed} (BULBCHECK_CRASH_SEED replays it)`);
      const brokerDir = tempDir("broker");
      const brokerPort = await freePort();
      const logins = await writeBrokerCredentials({
        dataDir: brokerDir,
        devices: Array.from({ length: DEVICES }, (_, i) => ({ id: crashDeviceId(i), site: SITE })),
        service: { id: INGESTER_ID, subscribe: [ALL_DEVICE_MESSAGES] },
      });
      const broker = await startBrokerChild(children, { dataDir: brokerDir, port: brokerPort });
      const devices = [...logins.devices].map(([id, secret]) => ({ id, site: SITE, secret }));
      const run = await startIngester(`mqtt://127.0.0.1:${brokerPort}`, logins.service, devices);
      await annotate(await playRounds(run));
      expect(await broker.stop("SIGTERM", WAIT_MS)).toEqual({ code: 0, signal: null });
    },
    TEST_TIMEOUT_MS,
  );

  it.skipIf(!MOSQUITTO)(
    `external broker (Mosquitto): the ingester is killed at random moments and restarted${MOSQUITTO ? "" : " — skipped: mosquitto is not installed (set BULBCHECK_MOSQUITTO)"}`,
    async ({ annotate }) => {
      console.log(`crash seed ${SETTINGS.seed} (BULBCHECK_CRASH_SEED replays it)`);
      const port = await freePort();
      const ingester = { id: INGESTER_ID, secret: "ingester-secret-0123456789" };
      const devices = Array.from({ length: DEVICES }, (_, i) => ({
        id: crashDeviceId(i),
        site: SITE,
        secret: `device-secret-${i}-0123456789`,
      }));
      const broker = await startMosquittoChild(children, {
        binary: MOSQUITTO as string,
        dir: tempDir("mosquitto"),
        port,
        ingester,
        devices,
      });
      const run = await startIngester(`mqtt://127.0.0.1:${port}`, ingester, devices);
      await annotate(await playRounds(run));
      expect(await broker.stop("SIGTERM", WAIT_MS)).toEqual({ code: 0, signal: null });
    },
    TEST_TIMEOUT_MS,
  );
});
