import { readFileSync } from "node:fs";
import { idSchema, REPORTABLE_FAULTS } from "@bulbcheck/shared";
import { z } from "zod";

/**
 * A scenario file: a timeline of what happens in a fleet, and the defects the system must show
 * afterwards. Times are offsets from the start of the run in simulated time, `MM:SS` or
 * `HH:MM:SS`. See docs/scenarios.md.
 */

const offset = z
  .string()
  .regex(/^(?:\d{1,3}:)?\d{1,2}:\d{2}$/, "an offset such as 05:00 (MM:SS) or 01:30:00 (HH:MM:SS)");
const fault = z.enum(REPORTABLE_FAULTS);
const target = { site: idSchema, asset: idSchema };

const common = { at: offset, say: z.string().max(200).optional() };
const stepSchema = z.union([
  z.object({ ...common, fail: z.object({ ...target, fault: fault.optional() }).strict() }).strict(),
  z
    .object({
      ...common,
      report: z.object({ ...target, fault, source: z.enum(["staff", "customer"]) }).strict(),
    })
    .strict(),
  z.object({ ...common, ack: z.object(target).strict() }).strict(),
  z
    .object({
      ...common,
      fix: z.object({ ...target, staff: z.string().max(64).optional() }).strict(),
    })
    .strict(),
  z
    .object({ ...common, round: z.object({ site: idSchema, checkpoint: idSchema }).strict() })
    .strict(),
  z.object({ ...common, drop: z.object({ device: idSchema }).strict() }).strict(),
  z.object({ ...common, reconnect: z.object({ device: idSchema }).strict() }).strict(),
  z.object({ ...common }).strict(),
]);
export type ScenarioStep = z.infer<typeof stepSchema>;

const expectationSchema = z
  .object({
    ...target,
    fault,
    status: z.enum(["open", "acknowledged", "resolved"]).optional(),
    source: z.enum(["sensor", "staff", "customer"]).optional(),
    severity: z.enum(["low", "medium", "high"]).optional(),
    minReports: z.number().int().min(1).optional(),
  })
  .strict();
export type Expectation = z.infer<typeof expectationSchema>;

export const scenarioSchema = z
  .object({
    name: z.string().min(1).max(120),
    description: z.string().max(2000).optional(),
    /** `demo`, or a fleet document's path relative to the scenario file. */
    fleet: z.string().default("demo"),
    speed: z.number().positive().max(100_000).default(60),
    seed: z.number().int().default(1),
    /** Let the chain live as well (random failures, rounds, customers); off by default. */
    background: z.boolean().default(false),
    /** Simulated time after the last step before the expectations are checked. */
    settle: offset.default("01:00"),
    steps: z.array(stepSchema).min(1).max(10_000),
    expect: z.array(expectationSchema).max(1000).default([]),
  })
  .strict();
export type Scenario = z.infer<typeof scenarioSchema>;

/** `MM:SS` or `HH:MM:SS` -> milliseconds. */
export function offsetMs(text: string): number {
  const parts = text.split(":").map(Number);
  const [h, m, s] = parts.length === 3 ? parts : [0, ...parts];
  return (((h ?? 0) * 60 + (m ?? 0)) * 60 + (s ?? 0)) * 1000;
}

export function readScenario(file: string): Scenario {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read the scenario ${file}: ${(error as Error).message}`);
  }
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (i) => `  ${i.path.join(".") || "(file)"}: ${i.message}`,
    );
    throw new Error(`the scenario ${file} is not valid:\n${issues.join("\n")}`);
  }
  return parsed.data;
}
