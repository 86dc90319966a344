import { readSystemConfig, type SystemConfig } from "@bulbcheck/api";
import { z } from "zod";

/**
 * What `pnpm start` runs beside the system, read once from the environment with the system's
 * own settings (README: "Settings"). Every variable is optional; a wrong one stops the start
 * with a message naming it.
 */
const port = z.coerce.number().int().min(0).max(65_535);

/** What `pnpm start` adds, by variable: README's "Settings" table lists each (a test checks). */
export const serverSettingsSchema = z.object({
  BULBCHECK_DASHBOARD_HOST: z.string().min(1).default("127.0.0.1"),
  /** `off` serves no dashboard. */
  BULBCHECK_DASHBOARD_PORT: z.union([z.literal("off"), port]).default(3000),
  /** `0`: no simulated demo fleet. */
  BULBCHECK_SIM: z.enum(["0", "1"], { error: "0 (off) or 1 (on)" }).default("1"),
  BULBCHECK_SIM_SPEED: z.coerce.number().positive().max(10_000).default(30),
  BULBCHECK_SIM_SEED: z.coerce.number().int().default(1),
});

export interface ServerConfig {
  /** The broker, the store, ingestion and the API. */
  system: SystemConfig;
  /** Where the dashboard is served; undefined when turned off. */
  dashboard: { host: string; port: number } | undefined;
  /** The simulated demo fleet; undefined when turned off. */
  sim: { speed: number; seed: number } | undefined;
}

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const system = readSystemConfig(env);
  const parsed = serverSettingsSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`invalid settings in the environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    system,
    dashboard:
      e.BULBCHECK_DASHBOARD_PORT === "off"
        ? undefined
        : { host: e.BULBCHECK_DASHBOARD_HOST, port: e.BULBCHECK_DASHBOARD_PORT },
    sim:
      e.BULBCHECK_SIM === "1"
        ? { speed: e.BULBCHECK_SIM_SPEED, seed: e.BULBCHECK_SIM_SEED }
        : undefined,
  };
}
