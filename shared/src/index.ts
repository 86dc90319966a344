export * from "./api/index.ts";
export * from "./decode.ts";
export * from "./faults.ts";
export * from "./hours.ts";
export * from "./ids.ts";
export * from "./messages.ts";
export * from "./rules.ts";
export * from "./topics.ts";
