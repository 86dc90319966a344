export { readSystemConfig, type SystemConfig } from "./config.ts";
export { type DashboardServer, startDashboard } from "./dashboard-server.ts";
export { type RunningSystem, type StartOptions, startSystem } from "./system.ts";
