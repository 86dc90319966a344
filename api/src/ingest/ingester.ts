import { DEFAULT_DUE_POLICY, type DuePolicy } from "@bulbcheck/shared";
import type { Logger } from "pino";
import type { ChangeFeed } from "../engine/change-feed.ts";
import { type Db, transact } from "../store/database.ts";
import { addEventDays, siteTimeZone } from "../store/event-day-store.ts";
import { recordDeviceActivity } from "../store/event-store.ts";
import { describeStoreFault, storeFaultCode } from "../store/store-fault.ts";
import { EventDayCounts } from "./event-days.ts";
import {
  type BatchContext,
  type IncomingPublish,
  type IngestOutcome,
  ingestMessage,
} from "./ingest-message.ts";

export interface IngesterOptions {
  db: Db;
  feed: ChangeFeed;
  logger: Logger;
  duePolicy?: DuePolicy;
  /** `BULBCHECK_RECURRENCE_DAYS`; 7 otherwise. */
  recurrenceDays?: number;
  /** `BULBCHECK_ROUND_QUALITY_MINUTES`; 30 otherwise. */
  roundQualityMinutes?: number | undefined;
  /** The clock of store-fault times (tests); the wall clock otherwise. */
  now?: () => number;
  /**
   * Told of each committed batch: its size, the commit's milliseconds, and when each of its
   * publishes arrived (epoch ms, as `receivedAt`) against the wall clock at the commit.
   */
  onCommit?: (size: number, commitMs: number, receivedAt: number[], committedAt: number) => void;
}

interface Pending {
  publish: IncomingPublish;
  resolve: (outcome: IngestOutcome) => void;
  reject: (error: Error) => void;
}

export interface IngesterStats {
  batches: number;
  messages: number;
  largestBatch: number;
  failedBatches: number;
  outcomes: Record<IngestOutcome["result"], number>;
  /** Rejected publishes by reason (`bad_field:asset`, `out_of_scope`, `unplaced_limit`, ...). */
  rejectedByReason: Record<string, number>;
  /** Publishes waiting for their commit now, and when the oldest of them arrived (epoch ms). */
  queue: { waiting: number; oldestReceivedAt?: number };
  /** Set while the store refuses writes (a full disk): what `/api/health` shows. */
  storeFault?: StoreFault;
}

/** The store as a whole refusing writes, whatever the message: a full disk, an I/O error. */
export interface StoreFault {
  /** SQLite's code: `SQLITE_FULL`, `SQLITE_IOERR_WRITE`, ... */
  code: string;
  /** What is wrong, for people: "the database or its disk is full". */
  message: string;
  /** When the first write failed. */
  since: number;
  /** When the last one did. */
  lastRefusedAt: number;
  /** Publishes refused since then (not acknowledged: their devices send them again). */
  refused: number;
}

/** While the store refuses writes, a reminder in the log this often, not one line per publish. */
const FAULT_LOG_EVERY_MS = 10_000;

/**
 * A nearly full database takes some writes (a row that fits a page with room left) and refuses
 * others: the fault lasts until writes have gone through for this long with no refusal, so that
 * `/api/health` does not flicker between ok and full.
 */
export const FAULT_CLEARS_AFTER_MS = 5000;

/**
 * Records publishes with group commit: everything submitted in one turn of the event loop is
 * written in one transaction, and each submitter's promise settles only after that commit. A
 * caller that acknowledges on settlement (the broker's PUBACK, an MQTT client's ack) therefore
 * never acknowledges what a crash could lose, and pays one commit per turn, not per message.
 *
 * When the store refuses writes (a full disk, SQLite's `SQLITE_FULL`), the transaction is rolled
 * back and every publish of the batch is rejected: not acknowledged. The ingester does not hold
 * them to retry by itself; the publisher sends them again, as after a crash: the embedded broker
 * closes the device's connection and the device resends its unacknowledged publishes when it
 * reconnects (MQTT 3.1.1 §4.4), and on the external path the ingester reconnects and the broker
 * redelivers from its session. One recovery path for crashes and full disks, and nothing kept in
 * memory while the disk is full. The fault is logged once (then every 10 s while it lasts) and
 * shown by `/api/health` until writes have gone through for 5 s with no refusal.
 */
export class Ingester {
  readonly #db: Db;
  readonly #feed: ChangeFeed;
  readonly #logger: Logger;
  readonly #duePolicy: DuePolicy;
  readonly #recurrenceDays: number | undefined;
  readonly #roundQualityMinutes: number | undefined;
  readonly #now: () => number;
  #queue: Pending[] = [];
  #scheduled: NodeJS.Immediate | undefined;
  #closed = false;
  #fault: StoreFault | undefined;
  #faultLoggedAt = 0;
  #wroteSinceRefusal = false;
  readonly #stats: IngesterStats = {
    batches: 0,
    messages: 0,
    largestBatch: 0,
    failedBatches: 0,
    outcomes: { stored: 0, duplicate: 0, rejected: 0, replayed: 0 },
    rejectedByReason: {},
    queue: { waiting: 0 },
  };

  readonly #onCommit: IngesterOptions["onCommit"];

  constructor({
    db,
    feed,
    logger,
    duePolicy = DEFAULT_DUE_POLICY,
    recurrenceDays,
    roundQualityMinutes,
    now,
    onCommit,
  }: IngesterOptions) {
    this.#roundQualityMinutes = roundQualityMinutes;
    this.#onCommit = onCommit;
    this.#db = db;
    this.#feed = feed;
    this.#logger = logger;
    this.#duePolicy = duePolicy;
    this.#recurrenceDays = recurrenceDays;
    this.#now = now ?? Date.now;
  }

  /** Settles after the publish is committed; rejects when it could not be stored. */
  submit(publish: IncomingPublish): Promise<IngestOutcome> {
    if (this.#closed) return Promise.reject(new Error("ingestion is stopping"));
    return new Promise((resolve, reject) => {
      this.#queue.push({ publish, resolve, reject });
      this.#scheduled ??= setImmediate(() => this.flush());
    });
  }

  stats(): IngesterStats {
    this.#clearIfRecovered(this.#now());
    const stats = structuredClone(this.#stats);
    const oldest = this.#queue[0]?.publish.receivedAt;
    stats.queue = {
      waiting: this.#queue.length,
      ...(oldest === undefined ? {} : { oldestReceivedAt: oldest }),
    };
    if (this.#fault) stats.storeFault = { ...this.#fault };
    return stats;
  }

  /** Commits what is queued now. Called by the event loop; callable directly by a stop. */
  flush(): void {
    if (this.#scheduled) clearImmediate(this.#scheduled);
    this.#scheduled = undefined;
    const batch = this.#queue;
    if (batch.length === 0) return;
    this.#queue = [];
    try {
      this.#commit(batch);
    } catch (error) {
      this.#stats.failedBatches++;
      if (storeFaultCode(error)) {
        this.#refuse(batch, error);
        return;
      }
      // One bad message must not withhold the acknowledgement of the others: retry one by one,
      // so that only what really cannot be stored stays unacknowledged.
      this.#logger.warn(
        { err: error, size: batch.length },
        "batch not stored; retrying one by one",
      );
      for (const pending of batch) {
        try {
          this.#commit([pending]);
        } catch (single) {
          if (storeFaultCode(single)) {
            this.#refuse([pending], single);
            continue;
          }
          const err = single instanceof Error ? single : new Error(String(single));
          this.#logger.error({ err, topic: pending.publish.topic }, "publish not stored");
          pending.reject(err);
        }
      }
    }
  }

  /** Commits what is queued and refuses new work; the caller stops its sources first. */
  close(): void {
    this.flush();
    this.#closed = true;
  }

  /** The store refused the batch as a whole: none of it is acknowledged, the fault is kept. */
  #refuse(batch: Pending[], error: unknown): void {
    const code = storeFaultCode(error) ?? "SQLITE_ERROR";
    const message = describeStoreFault(code, error);
    const now = this.#now();
    this.#wroteSinceRefusal = false;
    if (!this.#fault) {
      this.#fault = { code, message, since: now, lastRefusedAt: now, refused: 0 };
      this.#faultLoggedAt = now;
      this.#logger.error(
        { code, err: error },
        `${message}: publishes are not stored and not acknowledged until it takes writes again; devices send them again after reconnecting`,
      );
    } else if (now - this.#faultLoggedAt >= FAULT_LOG_EVERY_MS) {
      this.#faultLoggedAt = now;
      this.#logger.error(
        { code, refused: this.#fault.refused, since: new Date(this.#fault.since).toISOString() },
        `${message}: still not storing; ${this.#fault.refused} publishes refused so far`,
      );
    }
    this.#fault.code = code;
    this.#fault.message = message;
    this.#fault.lastRefusedAt = now;
    this.#fault.refused += batch.length;
    const refusal = new Error(`not stored: ${message} (${code})`, { cause: error });
    for (const pending of batch) pending.reject(refusal);
  }

  /** Ends the fault once writes have gone through for a while with no refusal. */
  #clearIfRecovered(now: number): void {
    const fault = this.#fault;
    if (!fault || !this.#wroteSinceRefusal || now - fault.lastRefusedAt < FAULT_CLEARS_AFTER_MS)
      return;
    this.#fault = undefined;
    this.#logger.warn(
      { code: fault.code, refused: fault.refused, downMs: fault.lastRefusedAt - fault.since },
      `the database takes writes again; ${fault.refused} publishes were refused from ${new Date(fault.since).toISOString()} to ${new Date(fault.lastRefusedAt).toISOString()}, and their devices send them again`,
    );
  }

  #commit(batch: Pending[]): void {
    const context: BatchContext = {
      db: this.#db,
      duePolicy: this.#duePolicy,
      recurrenceDays: this.#recurrenceDays,
      roundQualityMinutes: this.#roundQualityMinutes,
      changes: [],
      activity: new Map(),
      days: new EventDayCounts((site) => siteTimeZone(this.#db, site)),
    };
    const started = performance.now();
    const outcomes = transact(this.#db, () => {
      const results = batch.map((pending) => ingestMessage(context, pending.publish));
      for (const [device, activity] of context.activity)
        recordDeviceActivity(this.#db, device, activity);
      addEventDays(this.#db, context.days.rows());
      return results;
    });
    this.#onCommit?.(
      batch.length,
      performance.now() - started,
      batch.map((pending) => pending.publish.receivedAt),
      Date.now(),
    );
    this.#stats.batches++;
    this.#stats.messages += batch.length;
    this.#stats.largestBatch = Math.max(this.#stats.largestBatch, batch.length);
    let wrote = false;
    for (const [i, pending] of batch.entries()) {
      const outcome = outcomes[i] as IngestOutcome;
      this.#stats.outcomes[outcome.result]++;
      if (outcome.result === "rejected") {
        const byReason = this.#stats.rejectedByReason;
        byReason[outcome.reason] = (byReason[outcome.reason] ?? 0) + 1;
      }
      wrote ||= outcome.result === "stored" || outcome.result === "rejected";
      pending.resolve(outcome);
    }
    // Only a new row shows that the store takes writes: a batch of duplicates writes nothing.
    if (wrote && this.#fault) {
      this.#wroteSinceRefusal = true;
      this.#clearIfRecovered(this.#now());
    }
    this.#feed.publish(context.changes);
  }
}
