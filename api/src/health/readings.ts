import { statfsSync } from "node:fs";
import type { Occurrence } from "./conditions.ts";

/**
 * A running total (the broker's refusals) sampled at each check, kept as what it grew by and
 * when, for `keepMs`: the rules ask whether it grew lately, not what it is.
 */
export class CounterGrowth {
  #last: number | undefined;
  #log: Occurrence[] = [];

  constructor(private readonly keepMs: number) {}

  sample(at: number, total: number): Occurrence[] {
    // The first sample is the baseline: what happened before the monitor looked is not recent.
    if (this.#last !== undefined && total > this.#last)
      this.#log.push({ at, n: total - this.#last });
    this.#last = total;
    this.#log = this.#log.filter((o) => at - o.at <= this.keepMs);
    return [...this.#log];
  }
}

/**
 * The slowest publish-to-commit wait per second of commits, for `keepMs`: told of every commit
 * (so that a slow one between two checks is not missed), at most one entry per second kept.
 */
export class CommitWaits {
  #log: Occurrence[] = [];

  constructor(private readonly keepMs: number) {}

  note(receivedAt: readonly number[], committedAt: number): void {
    if (receivedAt.length === 0) return;
    const waited = committedAt - Math.min(...receivedAt);
    const second = Math.floor(committedAt / 1000) * 1000;
    const last = this.#log.at(-1);
    if (last && last.at === second) last.n = Math.max(last.n, waited);
    else this.#log.push({ at: second, n: waited });
  }

  list(now: number): Occurrence[] {
    this.#log = this.#log.filter((o) => now - o.at <= this.keepMs);
    return this.#log.map((o) => ({ ...o }));
  }
}

/** Free bytes for an unprivileged writer on `dir`'s file system; undefined when unreadable. */
export function freeBytesOn(dir: string): number | undefined {
  try {
    const fs = statfsSync(dir);
    return fs.bavail * fs.bsize;
  } catch {
    return undefined;
  }
}
