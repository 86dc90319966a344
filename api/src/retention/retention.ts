import { setImmediate as nextTurn } from "node:timers/promises";
import type { Logger } from "pino";
import { type Db, transact } from "../store/database.ts";
import { pruneBatch, RETAINED_BY, type RetainedLog } from "../store/retention-store.ts";

const DAY = 86_400_000;

/** How long what is kept (README: BULBCHECK_RETENTION_DAYS, BULBCHECK_AUDIT_RETENTION_DAYS). */
export interface RetentionPolicy {
  /** Raw messages: events, heartbeats, refused messages. */
  eventDays: number;
  /** Records people answer for: check-ins, the audit log, the delivery log. */
  recordDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { eventDays: 90, recordDays: 400 };

/** The oldest time each kind of log keeps, at `now`. */
export function cutoffsAt(now: number, policy: RetentionPolicy) {
  return { events: now - policy.eventDays * DAY, records: now - policy.recordDays * DAY };
}

export interface SweepSummary {
  deleted: Partial<Record<RetainedLog, number>>;
  batches: number;
  /** How long each batch held the writer (ms), in order. */
  batchMs: number[];
  longestBatchMs: number;
}

export interface RetentionOptions {
  db: Db;
  logger: Logger;
  now: () => number;
  policy: RetentionPolicy;
  /** Rows per batch: small enough that a batch takes a few milliseconds. */
  batchRows?: number;
  /** How often a sweep runs; the first runs a minute after the start. */
  everyMs?: number;
}

/**
 * Deletes what is older than the policy keeps, in small batches with a turn of the event loop
 * between them, so that ingestion commits in between and never waits long for the writer.
 */
export class Retention {
  readonly #o: Required<RetentionOptions>;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<SweepSummary> | undefined;
  #stopped = false;
  readonly #deleted: Partial<Record<RetainedLog, number>> = {};

  constructor(options: RetentionOptions) {
    this.#o = { batchRows: 250, everyMs: 3_600_000, ...options };
  }

  start(): void {
    this.#schedule(60_000);
  }

  #schedule(delay: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.sweep()
        .catch((err) => this.#o.logger.error({ err }, "retention sweep failed; it runs again"))
        .finally(() => this.#schedule(this.#o.everyMs));
    }, delay);
    this.#timer.unref();
  }

  /** One sweep through every log; a sweep already running is joined, not doubled. */
  sweep(): Promise<SweepSummary> {
    this.#running ??= this.#sweep().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #sweep(): Promise<SweepSummary> {
    const { db, now, policy, batchRows, logger } = this.#o;
    const started = performance.now();
    const cutoffs = cutoffsAt(now(), policy);
    const summary: SweepSummary = { deleted: {}, batches: 0, batchMs: [], longestBatchMs: 0 };
    for (const log of Object.keys(RETAINED_BY) as RetainedLog[]) {
      const before = cutoffs[RETAINED_BY[log]];
      for (;;) {
        if (this.#stopped) return summary;
        const batchStarted = performance.now();
        const deleted = transact(db, () => pruneBatch(db, log, before, batchRows));
        const held = performance.now() - batchStarted;
        summary.batchMs.push(held);
        summary.longestBatchMs = Math.max(summary.longestBatchMs, held);
        summary.batches++;
        if (deleted > 0) {
          summary.deleted[log] = (summary.deleted[log] ?? 0) + deleted;
          this.#deleted[log] = (this.#deleted[log] ?? 0) + deleted;
        }
        if (deleted < batchRows) break;
        await nextTurn();
      }
    }
    const total = Object.values(summary.deleted).reduce((a, b) => a + b, 0);
    if (total > 0)
      logger.info(
        {
          deleted: summary.deleted,
          batches: summary.batches,
          longestBatchMs: Math.round(summary.longestBatchMs * 10) / 10,
          seconds: Math.round(performance.now() - started) / 1000,
          eventsBefore: new Date(cutoffs.events).toISOString(),
          recordsBefore: new Date(cutoffs.records).toISOString(),
        },
        `retention deleted ${total} rows older than ${policy.eventDays} days (messages) and ${policy.recordDays} days (records)`,
      );
    return summary;
  }

  /** Rows deleted since the start, by log (for /metrics). */
  deletedSinceStart(): Readonly<Partial<Record<RetainedLog, number>>> {
    return this.#deleted;
  }

  /** Stops the schedule; a sweep under way ends after its current batch. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running?.catch(() => undefined);
  }
}
