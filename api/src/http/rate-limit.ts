import { ApiError } from "./api-error.ts";

/**
 * Counts events per key in fixed windows: at most `limit` per `windowMs`. The table of keys is
 * bounded, oldest window dropped first, so that a flood of distinct addresses cannot grow memory
 * without end; under such a flood a key may be forgotten early, which errs towards letting a
 * caller through rather than blocking everyone.
 */
export class RateLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #maxKeys: number;
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(options: { limit: number; windowMs: number; maxKeys?: number }) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#maxKeys = options.maxKeys ?? 50_000;
  }

  /** Seconds until `key` may go on, or 0 when it may now. Does not count. */
  blockedFor(key: string, now: number): number {
    const window = this.#windows.get(key);
    if (!window || now - window.start >= this.#windowMs || window.count < this.#limit) return 0;
    return Math.max(1, Math.ceil((window.start + this.#windowMs - now) / 1000));
  }

  /** Counts one event for `key`. */
  hit(key: string, now: number): void {
    let window = this.#windows.get(key);
    if (!window || now - window.start >= this.#windowMs) {
      this.#windows.delete(key);
      if (this.#windows.size >= this.#maxKeys) this.#evict(now);
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
    }
    window.count += 1;
  }

  /** Counts one event and refuses it with a 429 when the key is over its limit. */
  take(key: string, now: number, what: string): void {
    const wait = this.blockedFor(key, now);
    if (wait > 0) throw rateLimited(wait, what);
    this.hit(key, now);
  }

  /** Takes back one event counted for `key` (an attempt that turned out well, say). */
  refund(key: string): void {
    const window = this.#windows.get(key);
    if (window && window.count > 0) window.count -= 1;
  }

  /** How many events `key` has in its window now. */
  count(key: string, now: number): number {
    const window = this.#windows.get(key);
    return window && now - window.start < this.#windowMs ? window.count : 0;
  }

  /** Whether `key` is at its limit now, and until when (epoch ms) if so. */
  blockedUntil(key: string, now: number): number | undefined {
    const window = this.#windows.get(key);
    if (!window || now - window.start >= this.#windowMs || window.count < this.#limit)
      return undefined;
    return window.start + this.#windowMs;
  }

  /** The keys at their limit now, with their counts and when their windows end. */
  blocked(now: number): { key: string; count: number; until: number }[] {
    const out: { key: string; count: number; until: number }[] = [];
    for (const [key, window] of this.#windows) {
      if (now - window.start < this.#windowMs && window.count >= this.#limit)
        out.push({ key, count: window.count, until: window.start + this.#windowMs });
    }
    return out;
  }

  /** Every key `match` picks, as they are now; for forgetting some at once. */
  keys(match: (key: string) => boolean): string[] {
    return [...this.#windows.keys()].filter(match);
  }

  forget(key: string): void {
    this.#windows.delete(key);
  }

  #evict(now: number): void {
    // Map order is insertion order, so the first keys are the oldest windows.
    for (const [key, window] of this.#windows) {
      if (this.#windows.size < this.#maxKeys && now - window.start < this.#windowMs) break;
      this.#windows.delete(key);
    }
  }
}

export function rateLimited(retryAfterSeconds: number, what: string): ApiError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new ApiError(
    429,
    "rate_limited",
    `too many ${what}; try again in ${retryAfterSeconds < 90 ? `${retryAfterSeconds} s` : `${minutes} min`}`,
    undefined,
    { "retry-after": String(retryAfterSeconds) },
  );
}
