import type { Logger } from "pino";

/** How often one reason is logged again while it keeps happening. */
const EVERY_MS = 10_000;

/**
 * Logs why connections close: the first close of each reason, then one line per reason every
 * 10 s with how many more there were, so that a flood of bad sockets cannot flood the log (the
 * counters have every one).
 */
export class CloseLog {
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #last = new Map<string, { at: number; since: number }>();

  constructor(logger: Logger, now: () => number = Date.now) {
    this.#logger = logger;
    this.#now = now;
  }

  note(reason: string, fields: Record<string, unknown>, message: string): void {
    const now = this.#now();
    const last = this.#last.get(reason);
    if (last && now - last.at < EVERY_MS) {
      last.since++;
      return;
    }
    this.#logger.warn({ reason, ...fields, alsoSinceLastLine: last?.since ?? 0 }, message);
    this.#last.set(reason, { at: now, since: 0 });
  }
}
