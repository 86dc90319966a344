import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Logger } from "pino";
import type { ChangeFeed } from "../engine/change-feed.ts";
import type { Channel } from "../store/channel-store.ts";
import { getChannel } from "../store/channel-store.ts";
import { type Db, transact } from "../store/database.ts";
import {
  claimDelivery,
  type DeliveryRow,
  deliveriesInFlight,
  dueDeliveries,
  finishAttempt,
  insertDelivery,
} from "../store/delivery-store.ts";
import type { MailSender } from "./mailer.ts";
import type { Notice } from "./notice.ts";
import type { OutboundPolicy } from "./outbound.ts";
import { afterInterruption, DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelay } from "./retry.ts";
import { type AttemptAnswer, sendToChannel } from "./send.ts";
import { planEscalations, queueDailyReports, stepEscalations } from "./steps.ts";

/**
 * The notifier: the I/O around the pure rules. Each pass plans escalations for new defects, takes
 * the escalation steps that fell due, queues the daily reports whose hour has come, and sends the
 * deliveries that are due. Everything it must not forget is in SQLite: a pass after a restart
 * finds whatever fell due meanwhile. Every step is one transaction that adds its deliveries
 * (unique per step and channel) and moves the escalation on, so a step is taken once.
 *
 * Sending: a delivery is marked `sending` with an attempt id before anything leaves; only that
 * attempt may record the outcome. An attempt still marked `sending` at start was cut off by a
 * crash; one still under way when `stop()` gives up waiting was cut off by the stop. Either is
 * settled by `afterInterruption` (docs/notifications.md, "Delivery guarantees").
 */

export interface NotifierTuning {
  retry: RetryPolicy;
  /** How often a pass runs by itself; changes on the feed start one sooner. */
  everyMs: number;
  /** How long `stop()` waits for attempts under way. */
  stopGraceMs: number;
  /** Deliveries sent at once, at most. */
  concurrency: number;
  random: () => number;
}

export const DEFAULT_NOTIFIER_TUNING: NotifierTuning = {
  retry: DEFAULT_RETRY_POLICY,
  everyMs: 5000,
  stopGraceMs: 3000,
  concurrency: 8,
  random: Math.random,
};

export interface NotifierOptions {
  db: Db;
  feed: ChangeFeed;
  logger: Logger;
  now: () => number;
  /** Undefined without SMTP settings: e-mail deliveries wait, and say why. */
  mailer: MailSender | undefined;
  /** The dashboard's address, for links in messages. */
  publicUrl: string | undefined;
  /** Where web channels may post: public addresses and those an admin allows. */
  outbound: OutboundPolicy;
  tuning?: Partial<NotifierTuning>;
}

interface InFlight {
  row: DeliveryRow;
  kind: Channel["kind"] | undefined;
  attemptId: string;
  controller: AbortController;
  done: Promise<void>;
}

const KICK_DELAY_MS = 100;

export class Notifier {
  readonly #o: NotifierOptions;
  readonly #t: NotifierTuning;
  readonly #inFlight = new Map<number, InFlight>();
  /** Attempts the stop settled: their late answers are not recorded. */
  readonly #cutOff = new Set<string>();
  #chain: Promise<unknown> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  #unsubscribe: (() => void) | undefined;
  #kickQueued = false;
  #busy = false;
  #stopping = false;

  constructor(options: NotifierOptions) {
    this.#o = options;
    this.#t = { ...DEFAULT_NOTIFIER_TUNING, ...options.tuning };
  }

  /** Settles attempts a crash cut off, then runs a pass now and every `everyMs`. */
  start(): void {
    const recovered = this.#settleInterrupted(deliveriesInFlight(this.#o.db));
    if (recovered > 0)
      this.#o.logger.warn({ deliveries: recovered }, "attempts cut off by the last stop settled");
    this.#unsubscribe = this.#o.feed.subscribe((change) => {
      if (change.type === "defect" && change.change !== "merged") this.#kick();
    });
    this.#timer = setInterval(() => {
      if (!this.#busy) void this.runOnce();
    }, this.#t.everyMs);
    this.#timer.unref();
    this.#kick();
  }

  /** One pass, after any pass under way; resolves when its sends have ended. */
  runOnce(): Promise<void> {
    const pass = this.#chain.then(() => this.#pass());
    this.#chain = pass.catch(() => undefined);
    return pass;
  }

  /** Sends a test message to a channel now, once (no retries): the new delivery's id. */
  async sendTest(channel: Channel): Promise<number | undefined> {
    const now = this.#o.now();
    const key = `test-c${channel.id}-${randomUUID()}`;
    const notice: Notice = {
      type: "test",
      id: key,
      channel: { id: channel.id, name: channel.name },
      at: new Date(now).toISOString(),
      url: this.#o.publicUrl ?? null,
    };
    const id = transact(this.#o.db, () =>
      insertDelivery(
        this.#o.db,
        {
          key,
          purpose: "test",
          channel: channel.id,
          site: null,
          summary: `Test message to ${channel.name}`,
          summaryParams: { channel: channel.name },
          message: JSON.stringify(notice),
          maxAttempts: 1,
          giveUpAt: now + this.#t.retry.giveUpAfterMs,
        },
        now,
      ),
    );
    await this.runOnce();
    return id;
  }

  /**
   * Stops passes, waits up to `stopGraceMs` for attempts under way, and settles the rest as
   * interrupted (so that no later answer is recorded for them) before cutting them off.
   */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#unsubscribe?.();
    if (this.#timer) clearInterval(this.#timer);
    const waiting = [...this.#inFlight.values()].map((f) => f.done);
    if (waiting.length > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled(waiting),
        new Promise((resolve) => {
          timer = setTimeout(resolve, this.#t.stopGraceMs);
        }),
      ]);
      clearTimeout(timer);
    }
    const left = [...this.#inFlight.values()];
    if (left.length > 0) {
      for (const f of left) this.#cutOff.add(f.attemptId);
      this.#settleInterrupted(left.map((f) => ({ ...f.row, attempt_id: f.attemptId })));
      this.#o.logger.warn({ deliveries: left.length }, "attempts under way cut off by the stop");
      for (const f of left) f.controller.abort();
    }
    this.#o.mailer?.close();
  }

  /**
   * A pass soon after a change: changes within the next 100 ms share it, so that a burst of
   * ingestion costs one pass, not one per batch.
   */
  #kick(): void {
    if (this.#kickQueued || this.#stopping) return;
    this.#kickQueued = true;
    setTimeout(() => {
      this.#kickQueued = false;
      if (!this.#stopping) void this.runOnce();
    }, KICK_DELAY_MS).unref();
  }

  async #pass(): Promise<void> {
    if (this.#stopping) return;
    this.#busy = true;
    try {
      const { db, now, publicUrl } = this.#o;
      const context = { db, now: now(), publicUrl, retry: this.#t.retry };
      planEscalations(context);
      stepEscalations(context);
      queueDailyReports(context);
      // Due deliveries in rounds, so that a long queue does not wait for the next pass.
      for (let round = 0; round < 10 && !this.#stopping; round++) {
        const due = dueDeliveries(db, now(), this.#t.concurrency);
        if (due.length === 0) break;
        await Promise.all(due.map((row) => this.#attempt(row)));
      }
    } catch (error) {
      this.#o.logger.error({ err: error }, "notification pass failed; trying again at the next");
    } finally {
      this.#busy = false;
    }
  }

  async #attempt(row: DeliveryRow): Promise<void> {
    const { db } = this.#o;
    if (this.#stopping) return;
    const attemptId = randomUUID();
    if (!transact(db, () => claimDelivery(db, row.id, attemptId))) return;
    const channel = getChannel(db, row.channel_id);
    const controller = new AbortController();
    const at = this.#o.now();
    const started = performance.now();
    const done = (async () => {
      const result = !channel
        ? { status: null, outcome: "failed" as const, error: "the channel was deleted" }
        : !channel.enabled
          ? { status: null, outcome: "failed" as const, error: "the channel is disabled" }
          : await sendToChannel(channel, row, {
              mailer: this.#o.mailer,
              publicUrl: this.#o.publicUrl,
              timeoutMs: this.#t.retry.timeoutMs,
              signal: controller.signal,
              now: this.#o.now,
              outbound: this.#o.outbound,
            });
      this.#record(
        row,
        channel?.kind,
        attemptId,
        at,
        Math.round(performance.now() - started),
        result,
      );
    })();
    this.#inFlight.set(row.id, { row, kind: channel?.kind, attemptId, controller, done });
    try {
      await done;
    } catch (error) {
      this.#o.logger.error({ err: error, delivery: row.id }, "recording a delivery failed");
    } finally {
      this.#inFlight.delete(row.id);
    }
  }

  #record(
    row: DeliveryRow,
    kind: Channel["kind"] | undefined,
    attemptId: string,
    at: number,
    durationMs: number,
    result: AttemptAnswer,
  ): void {
    if (this.#cutOff.has(attemptId)) return;
    const { db } = this.#o;
    const attempts = row.attempts + 1;
    let state: DeliveryRow["state"] = result.outcome === "sent" ? "sent" : "failed";
    let nextAttemptAt: number | null = null;
    let error = result.error;
    let outcome: "sent" | "retry" | "failed" | "interrupted" = result.outcome;
    if (
      result.outcome === "retry" &&
      result.maybeDelivered &&
      kind &&
      afterInterruption(kind) === "uncertain"
    ) {
      // A room that may have it and cannot drop a repeat: held, as after a crash.
      state = "uncertain";
      outcome = "interrupted";
      error = `${error ?? "no answer"}: the room may have it, and cannot drop a repeat, so it is not sent again by itself; resend it from the delivery log`;
    } else if (result.outcome === "retry") {
      const next =
        this.#o.now() + retryDelay(attempts, this.#t.retry, this.#t.random, result.retryAfterMs);
      const outOfTries = row.max_attempts !== null && attempts >= row.max_attempts;
      if (outOfTries || next > row.give_up_at) {
        error = `${error ?? "failed"}; gave up after ${attempts} attempt${attempts === 1 ? "" : "s"}`;
      } else {
        state = "pending";
        nextAttemptAt = next;
      }
    }
    const recorded = transact(db, () =>
      finishAttempt(db, {
        id: row.id,
        attemptId,
        at,
        durationMs,
        status: result.status,
        outcome: state === "pending" ? "retry" : outcome === "retry" ? "failed" : outcome,
        error,
        answer: result.answer,
        state,
        nextAttemptAt,
      }),
    );
    if (recorded && state === "failed")
      this.#o.logger.warn({ delivery: row.key, error }, "delivery failed for good");
  }

  /** Settles attempts cut off by a stop or a crash, by their channel's kind. */
  #settleInterrupted(rows: DeliveryRow[]): number {
    const { db } = this.#o;
    const now = this.#o.now();
    return transact(db, () => {
      let settled = 0;
      for (const row of rows) {
        if (!row.attempt_id) continue;
        const kind = getChannel(db, row.channel_id)?.kind ?? "webhook";
        const retry = afterInterruption(kind) === "retry";
        const ok = finishAttempt(db, {
          id: row.id,
          attemptId: row.attempt_id,
          at: now,
          durationMs: 0,
          status: null,
          outcome: "interrupted",
          error: retry
            ? "cut off by a stop or crash: the receiver may have it; sent again with the same idempotency key"
            : "cut off by a stop or crash: the room may have it, and cannot drop a repeat, so it is not sent again by itself; resend it from the delivery log",
          state: retry ? "pending" : "uncertain",
          nextAttemptAt: retry ? now : null,
        });
        if (ok) settled++;
      }
      return settled;
    });
  }
}
