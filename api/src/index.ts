export { issueServiceToken } from "./access/service-token.ts";
export { readSystemConfig, type SystemConfig, systemSettingsSchema } from "./config.ts";
export { type RunningSystem, type StartOptions, startSystem } from "./system.ts";
