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

/** A small seeded generator (mulberry32): the same seed, the same kill moments. */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}
