import { DEFAULT_DUE_POLICY, type DuePolicy } from "@bulbcheck/shared";
import type { Logger } from "pino";
import type { ChangeFeed } from "../engine/change-feed.ts";
import { type Db, transact } from "../store/database.ts";
import { recordDeviceActivity } from "../store/event-store.ts";
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
}

/**
 * Records publishes with group commit: everything submitted in one turn of the event loop is
 * written in one transaction, and each submitter's promise settles only after that commit. A
 * caller that acknowledges on settlement (the broker's PUBACK, an MQTT client's ack) therefore
 * never acknowledges what a crash could lose, and pays one commit per turn, not per message.
 */
export class Ingester {
  readonly #db: Db;
  readonly #feed: ChangeFeed;
  readonly #logger: Logger;
  readonly #duePolicy: DuePolicy;
  #queue: Pending[] = [];
  #scheduled: NodeJS.Immediate | undefined;
  #closed = false;
  readonly #stats: IngesterStats = {
    batches: 0,
    messages: 0,
    largestBatch: 0,
    failedBatches: 0,
    outcomes: { stored: 0, duplicate: 0, rejected: 0, replayed: 0 },
  };

  constructor({ db, feed, logger, duePolicy = DEFAULT_DUE_POLICY }: IngesterOptions) {
    this.#db = db;
    this.#feed = feed;
    this.#logger = logger;
    this.#duePolicy = duePolicy;
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
    return structuredClone(this.#stats);
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
      // One bad message must not withhold the acknowledgement of the others: retry one by one,
      // so that only what really cannot be stored stays unacknowledged.
      this.#stats.failedBatches++;
      this.#logger.warn(
        { err: error, size: batch.length },
        "batch not stored; retrying one by one",
      );
      for (const pending of batch) {
        try {
          this.#commit([pending]);
        } catch (single) {
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

  #commit(batch: Pending[]): void {
    const context: BatchContext = {
      db: this.#db,
      duePolicy: this.#duePolicy,
      changes: [],
      activity: new Map(),
    };
    const outcomes = transact(this.#db, () => {
      const results = batch.map((pending) => ingestMessage(context, pending.publish));
      for (const [device, activity] of context.activity)
        recordDeviceActivity(this.#db, device, activity);
      return results;
    });
    this.#stats.batches++;
    this.#stats.messages += batch.length;
    this.#stats.largestBatch = Math.max(this.#stats.largestBatch, batch.length);
    for (const [i, pending] of batch.entries()) {
      const outcome = outcomes[i] as IngestOutcome;
      this.#stats.outcomes[outcome.result]++;
      pending.resolve(outcome);
    }
    this.#feed.publish(context.changes);
  }
}
