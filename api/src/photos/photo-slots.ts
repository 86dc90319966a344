/**
 * How many photos are decoded at once: each may take a few hundred MB while it is (50 MP of
 * pixels), so a burst of uploads waits its turn rather than taking the server's memory. Past
 * `waiting` in line, `run` refuses at once (the caller answers 503 with Retry-After).
 */
export class PhotoSlots {
  readonly #running: number;
  readonly #waiting: number;
  #busy = 0;
  readonly #queue: (() => void)[] = [];

  constructor(options: { running: number; waiting: number }) {
    this.#running = options.running;
    this.#waiting = options.waiting;
  }

  /** Runs `work` in a slot; undefined, without running it, when the line is full. */
  async run<T>(work: () => Promise<T>): Promise<{ value: T } | undefined> {
    if (this.#busy >= this.#running) {
      if (this.#queue.length >= this.#waiting) return undefined;
      await new Promise<void>((resolve) => this.#queue.push(resolve));
    } else this.#busy++;
    try {
      return { value: await work() };
    } finally {
      // The slot passes to the next in line, or is freed.
      const next = this.#queue.shift();
      if (next) next();
      else this.#busy--;
    }
  }
}
