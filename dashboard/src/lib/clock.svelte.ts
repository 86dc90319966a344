/** How often "open for 5 min" and overdue marks move on, without a reload. */
const TICK_MS = 15_000;

class Clock {
  now = $state(Date.now());
  #users = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  /** Starts the clock while a page shows ages; the returned function stops it. */
  start(): () => void {
    this.now = Date.now();
    if (this.#users++ === 0) this.#timer = setInterval(() => (this.now = Date.now()), TICK_MS);
    return () => {
      if (--this.#users === 0) clearInterval(this.#timer);
    };
  }
}

/** The time the pages measure ages and due times against. */
export const clock = new Clock();
