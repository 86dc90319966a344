import type { HealthStatus } from "@bulbcheck/shared";
import type { Logger } from "pino";
import {
  type Finding,
  findConditions,
  type HealthLimits,
  type HealthReadings,
  statusOf,
} from "./conditions.ts";

/** A finding that holds, with the time it began. */
export type ActiveCondition = Finding & { since: number };

export interface HealthEvaluation {
  status: HealthStatus;
  checkedAt: number;
  conditions: ActiveCondition[];
}

export interface HealthMonitorOptions {
  read: () => HealthReadings;
  limits: HealthLimits;
  logger: Logger;
  now: () => number;
  /** How often it checks by itself. */
  everyMs: number;
}

/**
 * Checks the node's health on a timer, not only when someone asks, so that a condition is logged
 * when it begins and when it ends even if nobody looks at `/api/health`: once with what to do
 * (warn), once with how long it lasted (info). `/api/health`, its admin view and `/metrics` ask
 * it to check again, so that each shows the state of that moment.
 */
export class HealthMonitor {
  readonly #o: HealthMonitorOptions;
  #active = new Map<string, ActiveCondition>();
  #latest: HealthEvaluation;
  #timer: NodeJS.Timeout | undefined;
  #readFailed = false;

  constructor(options: HealthMonitorOptions) {
    this.#o = options;
    this.#latest = { status: "ok", checkedAt: options.now(), conditions: [] };
  }

  start(): void {
    this.check();
    this.#timer = setInterval(() => this.check(), this.#o.everyMs);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Reads, applies the rules, logs what began and what ended. */
  check(): HealthEvaluation {
    const { logger, limits } = this.#o;
    const now = this.#o.now();
    let findings: Finding[];
    try {
      findings = findConditions(this.#o.read(), limits, now);
      this.#readFailed = false;
    } catch (error) {
      // A reading that throws is a bug or a broken store; the last evaluation stands meanwhile.
      if (!this.#readFailed) logger.error({ err: error }, "health: the readings failed");
      this.#readFailed = true;
      return this.#latest;
    }
    const next = new Map<string, ActiveCondition>();
    for (const finding of findings) {
      const before = this.#active.get(finding.key);
      const since = Math.min(finding.since ?? now, before?.since ?? now);
      next.set(finding.key, { ...finding, since });
      if (!before)
        logger.warn(
          {
            condition: finding.code,
            severity: finding.severity,
            since: new Date(since).toISOString(),
            ...(finding.detail ? { detail: finding.detail } : {}),
          },
          `health: ${finding.message}. What to do: ${finding.action}`,
        );
    }
    for (const [key, ended] of this.#active) {
      if (next.has(key)) continue;
      const lastedMs = now - ended.since;
      logger.info(
        { condition: ended.code, lastedMs },
        `health: over after ${duration(lastedMs)}: ${ended.message}`,
      );
    }
    this.#active = next;
    const conditions = [...next.values()];
    this.#latest = { status: statusOf(conditions), checkedAt: now, conditions };
    return this.#latest;
  }
}

function duration(ms: number): string {
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}
