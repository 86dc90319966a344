import { LatencyHistogram } from "./latency-histogram.ts";
import type { ErrorCounts } from "./load-result.ts";
import { type PacedSender, Pacer } from "./pacer.ts";

/**
 * What the connections of one run share: the counters, the latency histogram, the message budget
 * and the pacer. Connections bump the counters directly; they are plain fields because they are
 * touched once per message.
 */
export class RunState {
  sent = 0;
  acked = 0;
  inflight = 0;
  /** When the last PUBACK arrived (performance.now()); a long silence means the broker stalled. */
  lastAckAt = 0;
  readonly errors: ErrorCounts = {};
  readonly latency = new LatencyHistogram();
  /** The first socket or protocol error, to explain a run where nothing could connect. */
  firstError: string | undefined;
  #budget: number;
  readonly #pacer: Pacer | undefined;
  #stopping = false;
  #active = 0;
  #allDone: (() => void) | undefined;

  constructor({ total, rate }: { total: number; rate: number | undefined }) {
    this.#budget = total;
    this.#pacer = rate === undefined ? undefined : new Pacer(rate);
  }

  /** True once no connection may send anything more: the budget is spent or the run stops. */
  get exhausted(): boolean {
    return this.#stopping || this.#budget === 0;
  }

  get stopping(): boolean {
    return this.#stopping;
  }

  /** Grants up to `wanted` sends from the budget and the rate; `sender` is resumed when paced. */
  take(wanted: number, sender: PacedSender): number {
    if (this.#stopping) return 0;
    let granted = Math.min(wanted, this.#budget);
    if (granted > 0 && this.#pacer) granted = this.#pacer.take(granted, sender);
    this.#budget -= granted;
    return granted;
  }

  error(kind: string, count = 1, detail?: string): void {
    this.errors[kind] = (this.errors[kind] ?? 0) + count;
    if (detail !== undefined) this.firstError ??= detail;
  }

  /** Starts the publish phase with `active` connections; resolves when every one is done. */
  begin(active: number): Promise<void> {
    this.#active = active;
    return new Promise((resolve) => {
      this.#allDone = resolve;
      if (active === 0) resolve();
    });
  }

  /** A connection will send nothing more and has nothing in flight. */
  connectionDone(): void {
    this.#active--;
    if (this.#active === 0) this.#allDone?.();
  }

  /** Nothing new is sent from now on; in-flight messages may still be acknowledged. */
  stop(): void {
    this.#stopping = true;
    this.#pacer?.stop();
  }
}
