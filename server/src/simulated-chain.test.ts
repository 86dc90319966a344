import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { countEvents } from "@bulbcheck/api/store";
import { ADMIN_TOKEN, eventually, startTestSystem, type TestSystem } from "@bulbcheck/api/testing";
import { playScenario, readScenario, runLoadCommand, startSim } from "@bulbcheck/device-sim";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

/** device-sim driving the real system: the demo chain, a scenario, and load. */

const SCENARIOS = dirname(
  createRequire(import.meta.url).resolve("@bulbcheck/device-sim/scenarios/hotel-story.json"),
);
let t: TestSystem;
const lines: string[] = [];
const log = (line: string) => lines.push(line);

beforeEach(async () => {
  t = await startTestSystem();
  lines.length = 0;
});

afterEach(async () => {
  await t?.stop();
});

const settings = () => ({
  apiUrl: t.system.apiUrl,
  mqttUrl: t.system.mqttUrl,
  adminToken: ADMIN_TOKEN,
  secretsFile: join(t.dataDir, "sim-secrets.json"),
  log,
});

describe("the simulated chain against the real system", () => {
  it("plays the hotel story and finds the defects it expects in the API", async () => {
    const scenario = readScenario(join(SCENARIOS, "hotel-story.json"));
    const result = await playScenario(scenario, { ...settings(), baseDir: SCENARIOS, speed: 600 });
    expect(result.results.map((r) => r.detail)).toEqual([
      expect.stringMatching(/elevator-a-btn-12 bulb_out: resolved, first reported by sensor/),
      expect.stringMatching(/elevator-a-call-3 button_dead: resolved, first reported by customer/),
    ]);
    expect(result.ok).toBe(true);
    // Checked again here, straight from the API, not through the player's own judgement.
    const defects = await t.api("GET", "/api/defects?site=hotel-oslo&asset=elevator-a-call-3");
    expect(defects.body.items[0]).toMatchObject({
      fault: "button_dead",
      source: "customer",
      status: "resolved",
      resolvedBy: "technician",
    });
    expect(defects.body.items[0].acknowledgedAt).not.toBeNull();
  });

  it("fails a scenario whose expectations are not met", async () => {
    const scenario = readScenario(join(SCENARIOS, "hotel-story.json"));
    scenario.expect = [
      { site: "hotel-oslo", asset: "elevator-a-btn-12", fault: "bulb_out", status: "open" },
    ];
    const result = await playScenario(scenario, { ...settings(), baseDir: SCENARIOS, speed: 600 });
    expect(result.ok).toBe(false);
    expect(result.results[0]?.detail).toMatch(/status resolved, expected open/);
  });

  it("brings the demo chain to life: devices online, events stored, defects on the board", async () => {
    const sim = await startSim({ ...settings(), fleet: "demo", speed: 600, seed: 4 });
    // Until the chain has done what the board should show, however long a busy machine takes.
    await eventually("100 events stored and an open defect", async () => {
      if (countEvents(t.system.db) <= 100) return undefined;
      const sites = await t.api("GET", "/api/sites");
      return sites.body.items.some((s: { openDefects: number }) => s.openDefects > 0)
        ? true
        : undefined;
    });
    await sim.runner.stop();
    const counters = sim.runner.counters();
    expect(counters.published).toBeGreaterThan(100);
    // Every message is acknowledged, but for those in flight on a device the chain made vanish.
    expect(counters.acknowledged + counters.lostWithDevice).toBe(counters.published);
    expect(counters.failed).toBe(0);
    const sites = await t.api("GET", "/api/sites");
    expect(sites.body.items).toHaveLength(6);
    const open = sites.body.items.reduce(
      (n: number, s: { openDefects: number }) => n + s.openDefects,
      0,
    );
    expect(open).toBeGreaterThan(0);
    expect(countEvents(t.system.db)).toBeGreaterThan(100);
    // The simulator says goodbye: every device ends offline.
    const online = await t.api("GET", "/api/devices?state=online");
    expect(online.body.items).toEqual([]);
  });

  it("runs load, and the server stores exactly what was acknowledged", async () => {
    const { exitCode, result } = await runLoadCommand({
      mqttUrl: t.system.mqttUrl,
      apiUrl: t.system.apiUrl,
      adminToken: ADMIN_TOKEN,
      devices: 20,
      rate: 2000,
      durationMs: 2000,
      qos: 1,
      inflight: 16,
      // A folder that does not exist yet, as on a machine where `pnpm start` never ran.
      secretsFile: join(t.dataDir, "load-machine", "load-secrets.json"),
      out: log,
    });
    expect(exitCode).toBe(0);
    expect(result.errors).toEqual({});
    expect(result.acked).toBe(result.sent);
    // How many fit in the 2 s depends on the machine; that they all arrive once does not.
    expect(result.acked).toBeGreaterThan(0);
    expect(countEvents(t.system.db)).toBe(result.acked);
    expect(lines.some((l) => /throughput/.test(l))).toBe(true);
  });
});
