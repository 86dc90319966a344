export { issueServiceToken } from "./access/service-token.ts";
export { readSystemConfig, type SystemConfig, systemSettingsSchema } from "./config.ts";
export { DEMO_TOKEN_NAME } from "./demo/demo-removal.ts";
export type { DashboardReading } from "./health/conditions.ts";
export { DEFAULT_RETENTION, Retention, type RetentionPolicy } from "./retention/retention.ts";
export { type RunningSystem, type StartOptions, startSystem } from "./system.ts";
