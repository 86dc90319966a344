/**
 * How many of something run at once, per key: `tryEnter` says no rather than queueing, so that
 * what waits is the caller, not memory or a thread pool.
 */
export class InFlight {
  readonly #max: number;
  readonly #running = new Map<string, number>();

  constructor(max: number) {
    this.#max = max;
  }

  /** Takes a place for `key`, or answers false when `max` are running. */
  tryEnter(key: string): boolean {
    const running = this.#running.get(key) ?? 0;
    if (running >= this.#max) return false;
    this.#running.set(key, running + 1);
    return true;
  }

  leave(key: string): void {
    const running = (this.#running.get(key) ?? 0) - 1;
    if (running > 0) this.#running.set(key, running);
    else this.#running.delete(key);
  }

  running(key: string): number {
    return this.#running.get(key) ?? 0;
  }
}
