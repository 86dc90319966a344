import { join } from "node:path";
import { DEMO_TOKEN_NAME, issueServiceToken, type RunningSystem } from "@bulbcheck/api";
import { type StartedSim, startSim } from "@bulbcheck/device-sim";
import type { Logger } from "pino";
import type { ServerConfig } from "./config.ts";

/**
 * The simulated demo chain, so that a newcomer's board is alive at once. Its devices are real
 * MQTT clients of the embedded broker; with an external broker they could not log in there.
 */
export async function startDemo(
  system: RunningSystem,
  config: ServerConfig,
  logger: Logger,
): Promise<StartedSim | undefined> {
  if (!config.sim) return undefined;
  if (system.demo.removed()) {
    console.log(
      "Demo fleet: not started, an admin removed it (run `pnpm sim` against this system to bring it back).",
    );
    return undefined;
  }
  if (config.system.external) {
    console.log(
      "Demo fleet: not started with an external broker (its devices would need logins there); run `pnpm sim` against it instead.",
    );
    return undefined;
  }
  const log = logger.child({ part: "sim" });
  try {
    const sim = await startSim({
      fleet: "demo",
      apiUrl: system.apiUrl,
      mqttUrl: system.mqttUrl,
      adminToken: issueServiceToken(system.db, DEMO_TOKEN_NAME, "admin", Date.now()),
      secretsFile: join(config.system.dataDir, "sim-secrets.json"),
      speed: config.sim.speed,
      seed: config.sim.seed,
      log: (line) => log.info(line),
    });
    console.log(
      `Demo fleet: ${sim.fleet.sites.length} simulated sites at ×${config.sim.speed} (BULBCHECK_SIM=0 turns it off).`,
    );
    return sim;
  } catch (error) {
    console.error(`Demo fleet not started: ${error instanceof Error ? error.message : error}`);
    return undefined;
  }
}
