import { readFileSync } from "node:fs";
import type { FleetDocumentInput } from "@bulbcheck/shared";
import { demoFleet } from "../fleet/demo-fleet.ts";
import { type SimFleet, simFleetFrom } from "../fleet/sim-fleet.ts";
import { type Behaviour, ChainModel } from "../sim/chain-model.ts";
import { ApiClient } from "./api-client.ts";
import { provisionFleet, readSecrets, writeSecrets } from "./device-secrets.ts";
import { SimRunner } from "./sim-runner.ts";

export interface SimSettings {
  /** `demo`, or the path of a fleet document (JSON). */
  fleet: string;
  apiUrl: string;
  mqttUrl: string;
  adminToken: string;
  /** Where device secrets are kept between runs. */
  secretsFile: string;
  speed: number;
  seed: number;
  /** Simulated start; default now. */
  start?: number;
  behaviour?: Partial<Behaviour>;
  log: (line: string) => void;
}

export function loadFleet(fleet: string): SimFleet {
  if (fleet === "demo") {
    const demo = demoFleet();
    return simFleetFrom(demo.document, demo.kinds);
  }
  let document: FleetDocumentInput;
  try {
    document = JSON.parse(readFileSync(fleet, "utf8")) as FleetDocumentInput;
  } catch (error) {
    throw new Error(`cannot read the fleet ${fleet}: ${(error as Error).message}`);
  }
  return simFleetFrom(document);
}

export interface StartedSim {
  fleet: SimFleet;
  model: ChainModel;
  runner: SimRunner;
  api: ApiClient;
}

/** Provisions the fleet, connects its devices and starts playing the model in real time. */
export async function startSim(settings: SimSettings): Promise<StartedSim> {
  const fleet = loadFleet(settings.fleet);
  const api = new ApiClient(settings.apiUrl, settings.adminToken);
  const provisioned = await provisionFleet(api, fleet.document, readSecrets(settings.secretsFile));
  writeSecrets(settings.secretsFile, provisioned.secrets);
  const devices = fleet.sites.reduce((n, s) => n + s.sensors.length + s.buttons.length, 0);
  const assets = fleet.sites.reduce((n, s) => n + s.assets.length, 0);
  settings.log(
    `fleet: ${fleet.sites.length} sites, ${assets} assets, ${devices} devices ` +
      `(${provisioned.created} new, ${provisioned.rotated} secrets renewed; secrets in ${settings.secretsFile})`,
  );
  const model = new ChainModel(fleet, {
    seed: settings.seed,
    start: settings.start ?? Date.now(),
    ...(settings.behaviour ? { behaviour: settings.behaviour } : {}),
  });
  const runner = new SimRunner({
    model,
    api,
    mqttUrl: settings.mqttUrl,
    secrets: provisioned.secrets,
    speed: settings.speed,
    log: settings.log,
  });
  runner.start();
  return { fleet, model, runner, api };
}
