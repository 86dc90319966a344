export * from "./access.ts";
export * from "./audit.ts";
export * from "./defects.ts";
export * from "./errors.ts";
export * from "./fleet.ts";
export * from "./insights.ts";
export * from "./registry.ts";
export * from "./system.ts";
