import { dirname, resolve } from "node:path";
import type { DefectView } from "@bulbcheck/shared";
import type { ApiClient } from "../runner/api-client.ts";
import { type SimSettings, type StartedSim, startSim } from "../runner/start-sim.ts";
import { type ChainModel, QUIET_BEHAVIOUR } from "../sim/chain-model.ts";
import { type Expectation, offsetMs, type Scenario, type ScenarioStep } from "./scenario.ts";

export interface ExpectationResult {
  expectation: Expectation;
  ok: boolean;
  /** What was found, in words. */
  detail: string;
}

export interface ScenarioResult {
  ok: boolean;
  results: ExpectationResult[];
}

type PlaySettings = Omit<SimSettings, "fleet" | "speed" | "seed" | "behaviour"> & {
  /** The scenario file's folder, for a fleet path relative to it. */
  baseDir: string;
  /** Overrides the scenario's speed (tests run faster). */
  speed?: number;
};

/** Plays a scenario against the running system and checks the defects it expects. */
export async function playScenario(
  scenario: Scenario,
  settings: PlaySettings,
): Promise<ScenarioResult> {
  const speed = settings.speed ?? scenario.speed;
  const startedAt = Date.now();
  const sim = await startSim({
    ...settings,
    fleet: scenario.fleet === "demo" ? "demo" : resolve(settings.baseDir, scenario.fleet),
    speed,
    seed: scenario.seed,
    ...(scenario.background ? {} : { behaviour: QUIET_BEHAVIOUR }),
  });
  const { model, runner } = sim;
  await fleetOnline(sim, settings.log);
  const start = model.now;
  let last = 0;
  for (const step of scenario.steps) {
    const at = start + offsetMs(step.at);
    last = Math.max(last, at);
    schedule(model, at, step);
  }
  const end = last + offsetMs(scenario.settle);
  settings.log(
    `scenario "${scenario.name}": ${scenario.steps.length} steps, ${format(end - start)} simulated at ×${speed}`,
  );
  await new Promise<void>((done) => {
    const check = setInterval(() => {
      if (runner.simNow() >= end) {
        clearInterval(check);
        done();
      }
    }, 50);
  });
  await runner.stop();

  // Every publish was acknowledged, so it is stored; acknowledgements over REST may still be on
  // their way on a busy machine, so a failed check is looked at again for a moment.
  const deadline = Date.now() + CHECK_GRACE_MS;
  for (;;) {
    const results = await check(scenario, sim.api, startedAt);
    const ok = results.every((r) => r.ok);
    if (ok || Date.now() >= deadline) return { ok, results };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const CHECK_GRACE_MS = 3000;

/** How long the fleet gets to log in before the story starts regardless. */
const FLEET_ONLINE_WITHIN_MS = 60_000;

/**
 * Waits for every device to be connected, so that the story is told to a fleet that hears it.
 * Each login is a scrypt check on the server, seconds for a whole fleet on a busy machine; at a
 * high speed a story begun meanwhile could end before its first messages had left their devices'
 * clients, and a device still logging in when the run stops loses what it queued.
 */
async function fleetOnline(sim: StartedSim, log: (line: string) => void): Promise<void> {
  const devices = sim.fleet.sites.reduce((n, s) => n + s.sensors.length + s.buttons.length, 0);
  const deadline = Date.now() + FLEET_ONLINE_WITHIN_MS;
  while (sim.runner.online < devices) {
    if (Date.now() >= deadline) {
      log(`only ${sim.runner.online} of ${devices} devices online: the story starts anyway`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function check(
  scenario: Scenario,
  api: Pick<ApiClient, "defects">,
  startedAt: number,
): Promise<ExpectationResult[]> {
  const results: ExpectationResult[] = [];
  for (const expectation of scenario.expect) {
    const found = (await api.defects({ site: expectation.site, asset: expectation.asset }))
      .filter((d) => d.fault === expectation.fault && Date.parse(d.openedAt) >= startedAt - 1000)
      .sort((a, b) => b.id - a.id)[0];
    results.push(judge(expectation, found));
  }
  return results;
}

function schedule(m: ChainModel, at: number, step: ScenarioStep): void {
  if (step.say) m.note(at, `${format(at - m.now)}  ${step.say}`);
  if ("fail" in step) m.fail(at, step.fail.site, step.fail.asset, step.fail.fault);
  else if ("report" in step)
    m.report(at, step.report.site, step.report.asset, step.report.fault, step.report.source);
  else if ("ack" in step) m.acknowledge(at, step.ack.site, step.ack.asset);
  else if ("fix" in step) m.fix(at, step.fix.site, step.fix.asset, step.fix.staff);
  else if ("round" in step) m.round(at, step.round.site, step.round.checkpoint);
  else if ("drop" in step) m.drop(at, step.drop.device);
  else if ("reconnect" in step) m.reconnect(at, step.reconnect.device);
}

function judge(expectation: Expectation, defect: DefectView | undefined): ExpectationResult {
  const what = `${expectation.site} ${expectation.asset} ${expectation.fault}`;
  if (!defect)
    return { expectation, ok: false, detail: `${what}: no such defect since the run started` };
  const problems: string[] = [];
  if (expectation.status && defect.status !== expectation.status)
    problems.push(`status ${defect.status}, expected ${expectation.status}`);
  if (expectation.source && defect.source !== expectation.source)
    problems.push(`first reported by ${defect.source}, expected ${expectation.source}`);
  if (expectation.severity && defect.severity !== expectation.severity)
    problems.push(`severity ${defect.severity}, expected ${expectation.severity}`);
  if (expectation.minReports && defect.reports < expectation.minReports)
    problems.push(`${defect.reports} reports, expected at least ${expectation.minReports}`);
  return problems.length === 0
    ? {
        expectation,
        ok: true,
        detail: `${what}: ${defect.status}, first reported by ${defect.source}, ${defect.reports} report(s)`,
      }
    : { expectation, ok: false, detail: `${what}: ${problems.join("; ")}` };
}

function format(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

export const scenarioBaseDir = (file: string) => dirname(resolve(file));
