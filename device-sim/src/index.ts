export { okHealthPayload } from "./load/health-payload.ts";
export type { LoadDevice, LoadOptions, PayloadBuilder } from "./load/load-options.ts";
export type { ErrorCounts, LatencySummary, LoadProgress, LoadResult } from "./load/load-result.ts";
export { runLoad } from "./load/run-load.ts";
