/** A connection that ran out of send tokens and wants to be called back when there are more. */
export interface PacedSender {
  resume(): void;
}

/** Timer granularity: fine enough that per-tick bursts stay small, coarse enough to be cheap. */
const TICK_MS = 5;
/** Tokens saved up at most, so a stalled broker is not hit with a burst when it recovers. */
const MAX_BURST_SECONDS = 0.05;

/**
 * A token bucket shared by all connections for the `rate` option. A sender that gets fewer
 * tokens than it asked for waits in a FIFO queue; a short timer refills the bucket and wakes
 * waiting senders in order, so slow and fast connections share the rate fairly.
 */
export class Pacer {
  readonly #rate: number;
  readonly #burst: number;
  readonly #now: () => number;
  readonly #waiting = new Set<PacedSender>();
  #tokens = 0;
  #last: number;
  #timer: NodeJS.Timeout | undefined;

  constructor(ratePerSecond: number, now: () => number = () => performance.now()) {
    this.#rate = ratePerSecond / 1000;
    this.#burst = Math.max(1, ratePerSecond * MAX_BURST_SECONDS);
    this.#now = now;
    this.#last = now();
  }

  /** Grants up to `wanted` sends now; when short, `sender` is resumed once tokens are back. */
  take(wanted: number, sender: PacedSender): number {
    this.#refill();
    const granted = Math.min(wanted, Math.floor(this.#tokens));
    this.#tokens -= granted;
    if (granted < wanted) this.#wait(sender);
    return granted;
  }

  /** Forgets waiting senders and stops the timer; the run is over. */
  stop(): void {
    this.#waiting.clear();
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #refill(): void {
    const now = this.#now();
    this.#tokens = Math.min(this.#burst, this.#tokens + (now - this.#last) * this.#rate);
    this.#last = now;
  }

  #wait(sender: PacedSender): void {
    this.#waiting.add(sender);
    this.#timer ??= setInterval(() => this.#tick(), TICK_MS);
  }

  #tick(): void {
    this.#refill();
    // A resumed sender that is short again re-joins at the end of the set, after the others.
    for (const sender of this.#waiting) {
      if (this.#tokens < 1) return;
      this.#waiting.delete(sender);
      sender.resume();
    }
    if (this.#waiting.size === 0) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}
