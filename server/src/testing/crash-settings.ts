import { randomInt } from "node:crypto";

/**
 * The size of the crash tests, from the environment of the test run (not of the system under
 * test: children never see `BULBCHECK_*` variables of the test's shell). The defaults are the
 * small size of `pnpm test`; `pnpm soak` asks for more (see the top of `crash.test.ts`).
 */
export interface CrashSettings {
  /** Rounds per test, on the same data: new events, random kills, a restart, an audit. */
  rounds: number;
  /** Events each of the 20 devices publishes per round. */
  eventsPerDevice: number;
  /** Seed of the kill moments; random unless given, and printed either way to replay a run. */
  seed: number;
}

export const DEFAULT_CRASH_SETTINGS = { rounds: 3, eventsPerDevice: 150 } as const;

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number >= 1`);
  return value;
}

export function crashSettings(env: NodeJS.ProcessEnv = process.env): CrashSettings {
  const seedText = env.BULBCHECK_CRASH_SEED;
  const seed =
    seedText === undefined || seedText === "" ? randomInt(2 ** 31) : Number.parseInt(seedText, 10);
  if (!Number.isSafeInteger(seed)) throw new Error("BULBCHECK_CRASH_SEED must be a whole number");
  return {
    rounds: positiveInt(env, "BULBCHECK_CRASH_ROUNDS", DEFAULT_CRASH_SETTINGS.rounds),
    eventsPerDevice: positiveInt(
      env,
      "BULBCHECK_CRASH_EVENTS",
      DEFAULT_CRASH_SETTINGS.eventsPerDevice,
    ),
    seed,
  };
}
