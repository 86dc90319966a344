import type { DashboardReading } from "@bulbcheck/api";

export interface DashboardProbeOptions {
  /** How often it asks; 15 s by default. */
  everyMs?: number;
  /** An answer later than this counts as none. */
  timeoutMs?: number;
  now?: () => number;
}

/**
 * The composition root serves the dashboard beside the API, so it is the part that can tell
 * whether the dashboard answers: it asks the sign-in page now and then (any answer below 500 is
 * one) and keeps the latest reading, which the API's health monitor reads.
 */
export class DashboardProbe {
  readonly #everyMs: number;
  readonly #timeoutMs: number;
  readonly #now: () => number;
  #reading: DashboardReading | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(options: DashboardProbeOptions = {}) {
    this.#everyMs = options.everyMs ?? 15_000;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /** What the API reads: undefined until a dashboard is watched or said to be down. */
  reading = (): DashboardReading | undefined => this.#reading;

  /** Asks `url` now and then on a timer; resolves after the first answer (or none). */
  async watch(url: string): Promise<void> {
    const ask = () => this.#ask(`${url}/login`);
    await ask();
    this.#timer = setInterval(() => void ask(), this.#everyMs);
    this.#timer.unref();
  }

  /** The dashboard did not start at all: down from now, with why. */
  failedToStart(error: string): void {
    this.#note(false, error);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  async #ask(url: string): Promise<void> {
    try {
      const response = await fetch(url, {
        signal: AbortSignal.timeout(this.#timeoutMs),
        redirect: "manual",
      });
      await response.body?.cancel();
      if (response.status >= 500)
        this.#note(false, `HTTP ${response.status} from the sign-in page`);
      else this.#note(true);
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      this.#note(false, cause ?? (error instanceof Error ? error.message : String(error)));
    }
  }

  #note(answering: boolean, error?: string): void {
    const since = this.#reading?.answering === answering ? this.#reading.since : this.#now();
    this.#reading = { answering, since, ...(error ? { error } : {}) };
  }
}
