export { demoFleet } from "./fleet/demo-fleet.ts";
export { type SimFleet, simFleetFrom } from "./fleet/sim-fleet.ts";
export { okHealthPayload } from "./load/health-payload.ts";
export { runLoadCommand } from "./load/load-command.ts";
export type { LoadDevice, LoadOptions, PayloadBuilder } from "./load/load-options.ts";
export type { ErrorCounts, LatencySummary, LoadProgress, LoadResult } from "./load/load-result.ts";
export { runLoad } from "./load/run-load.ts";
export { type SimSettings, type StartedSim, startSim } from "./runner/start-sim.ts";
export { playScenario, type ScenarioResult } from "./scenario/play-scenario.ts";
export { readScenario, type Scenario } from "./scenario/scenario.ts";
export {
  type Behaviour,
  ChainModel,
  DEFAULT_BEHAVIOUR,
  QUIET_BEHAVIOUR,
  type SimAction,
} from "./sim/chain-model.ts";
