import { setImmediate as nextTurn } from "node:timers/promises";
import type { Logger } from "pino";
import type { PhotoFiles } from "../photos/photo-files.ts";
import { type Db, transact } from "../store/database.ts";
import { prunePhotosBatch, storedPhotoIds } from "../store/photo-store.ts";
import { pruneBatch, RETAINED_BY, type RetainedLog } from "../store/retention-store.ts";

const DAY = 86_400_000;

/** How long what is kept (README: BULBCHECK_RETENTION_DAYS, BULBCHECK_AUDIT_RETENTION_DAYS). */
export interface RetentionPolicy {
  /** Raw messages: events, heartbeats, refused messages. */
  eventDays: number;
  /**
   * Records people answer for: check-ins, the audit log, the delivery log, and the photos of
   * defects resolved longer ago (their files with them).
   */
  recordDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { eventDays: 90, recordDays: 400 };

/** The oldest time each kind of log keeps, at `now`. */
export function cutoffsAt(now: number, policy: RetentionPolicy) {
  return { events: now - policy.eventDays * DAY, records: now - policy.recordDays * DAY };
}

/** What a sweep deletes: the logs, and photos (rows and files). */
export type Swept = RetainedLog | "photos";

/** A photo file without its row is deleted once it is this old (an upload may be under way). */
const ORPHAN_GRACE_MS = 3_600_000;

export interface SweepSummary {
  deleted: Partial<Record<Swept, number>>;
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
  /** The photos' files: deleted with their rows, and when no row points at them. */
  photos?: PhotoFiles | undefined;
}

/**
 * Deletes what is older than the policy keeps, in small batches with a turn of the event loop
 * between them, so that ingestion commits in between and never waits long for the writer.
 */
export class Retention {
  readonly #o: Required<Omit<RetentionOptions, "photos">> & Pick<RetentionOptions, "photos">;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<SweepSummary> | undefined;
  #stopped = false;
  readonly #deleted: Partial<Record<Swept, number>> = {};

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
    if (this.#o.photos && !this.#stopped) await this.#prunePhotos(this.#o.photos, cutoffs, summary);
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

  /**
   * Photos of defects resolved before the records' cutoff, in batches: rows first (committed),
   * then their files. Then the files no row points at (a crash between the two, an upload that
   * failed, a removed site's photos), once they are an hour old.
   */
  async #prunePhotos(
    photos: PhotoFiles,
    cutoffs: ReturnType<typeof cutoffsAt>,
    summary: SweepSummary,
  ): Promise<void> {
    const { db, batchRows } = this.#o;
    const count = (n: number) => {
      if (n === 0) return;
      summary.deleted.photos = (summary.deleted.photos ?? 0) + n;
      this.#deleted.photos = (this.#deleted.photos ?? 0) + n;
    };
    for (;;) {
      if (this.#stopped) return;
      const ids = transact(db, () => prunePhotosBatch(db, cutoffs.records, batchRows));
      photos.removeSync(ids);
      count(ids.length);
      summary.batches++;
      if (ids.length < batchRows) break;
      await nextTurn();
    }
    const onDisk = photos.list();
    const old = [...onDisk].filter(([, at]) => Date.now() - at > ORPHAN_GRACE_MS).map(([id]) => id);
    for (let at = 0; at < old.length; at += batchRows) {
      const batch = old.slice(at, at + batchRows);
      const stored = storedPhotoIds(db, batch);
      const orphans = batch.filter((id) => !stored.has(id));
      photos.removeSync(orphans);
      if (orphans.length > 0)
        this.#o.logger.info({ files: orphans.length }, "photo files without a photo deleted");
      await nextTurn();
    }
  }

  /** Rows deleted since the start, by log, and photos (for /metrics). */
  deletedSinceStart(): Readonly<Partial<Record<Swept, number>>> {
    return this.#deleted;
  }

  /** Stops the schedule; a sweep under way ends after its current batch. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running?.catch(() => undefined);
  }
}
