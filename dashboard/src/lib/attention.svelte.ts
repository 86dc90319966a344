import type { Defect, StreamEvent, StreamEventData } from "@bulbcheck/shared";

/**
 * Attention without noise (docs/notifications.md, "On the boards"): a board marks a new
 * high-severity or customer-reported defect as it arrives live, with a "New" label (not colour
 * alone) and a highlight that fades; the tab title counts what nobody has acknowledged; a wall
 * board may chime, when that screen was asked to.
 */

/** How long a new defect keeps its "New" label; its highlight fades over the first part. */
export const FRESH_MS = 2 * 60_000;

type Arrival = Pick<Defect, "severity" | "source" | "status"> & { id: number };

/** Whether a live defect event is one a board should point at: new, and high or a customer's. */
export function needsAttention(change: string, defect: Arrival): boolean {
  return (
    change === "opened" &&
    defect.status === "open" &&
    (defect.severity === "high" || defect.source === "customer")
  );
}

type LiveDefect = StreamEventData<"defect">["defect"];

/** The defects of a batch of events that need attention, in the order they came. */
export function arrivals(events: readonly StreamEvent[]): LiveDefect[] {
  const out: LiveDefect[] = [];
  for (const e of events)
    if (e.event === "defect" && needsAttention(e.data.change, e.data.defect))
      out.push(e.data.defect);
  return out;
}

/** The new defects a board shows marked, by id, each until `FRESH_MS` after it arrived. */
export class FreshDefects {
  #arrived = $state<Record<number, number>>({});
  #timer: ReturnType<typeof setInterval> | undefined;

  /** Marks these defects new now. */
  note(ids: readonly number[]): void {
    if (ids.length === 0) return;
    const now = Date.now();
    const next = { ...this.#arrived };
    for (const id of ids) next[id] = now;
    this.#arrived = next;
    this.#timer ??= setInterval(() => this.#expire(), 5_000);
  }

  has(id: number): boolean {
    return id in this.#arrived;
  }

  get ids(): number[] {
    return Object.keys(this.#arrived).map(Number);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #expire(): void {
    const now = Date.now();
    const kept = Object.entries(this.#arrived).filter(([, at]) => now - at < FRESH_MS);
    if (kept.length === Object.keys(this.#arrived).length) return;
    this.#arrived = Object.fromEntries(kept);
    if (kept.length === 0) this.stop();
  }
}

/** `(3) Bulb Check · Overview`: the count of unacknowledged defects first, where tabs show it. */
export function tabTitle(unacknowledged: number, page: string): string {
  return `${unacknowledged > 0 ? `(${unacknowledged}) ` : ""}Bulb Check · ${page}`;
}

/** The unacknowledged defects of these sites' summaries. */
export function unacknowledgedOf(sites: readonly { unacknowledged: number }[]): number {
  return sites.reduce((sum, s) => sum + s.unacknowledged, 0);
}

const CHIME_KEY = "bulbcheck:board-chime";

/**
 * The wall board's chime, a setting of this screen (this browser's localStorage), off unless
 * turned on. A short two-note tone made with the Web Audio API: no sound file. Browsers let a
 * page play sound only after someone touched it; a kiosk browser is started with autoplay
 * allowed (docs/notifications.md).
 */
export class Chime {
  on = $state(false);
  /** Sound is on, but the browser has not let the page play yet (nobody touched it). */
  blocked = $state(false);
  #context: AudioContext | undefined;

  load(): void {
    this.on = localStorage.getItem(CHIME_KEY) === "1";
    if (this.on) void this.#resume();
  }

  toggle(): void {
    this.on = !this.on;
    localStorage.setItem(CHIME_KEY, this.on ? "1" : "0");
    // A click is the gesture browsers ask for before a page may play sound.
    if (this.on) {
      void this.#resume();
      this.play();
    }
  }

  /** Once on a click anywhere, for a board that was loaded with sound on. */
  unlock(): void {
    if (this.on) void this.#resume();
  }

  play(): void {
    if (!this.on) return;
    const ctx = this.#ctx();
    if (!ctx) return;
    if (ctx.state !== "running") {
      this.blocked = true;
      return;
    }
    const start = ctx.currentTime;
    for (const [i, frequency] of [880, 1320].entries()) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = "sine";
      osc.frequency.value = frequency;
      const t = start + i * 0.18;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.25, t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.16);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + 0.17);
    }
  }

  close(): void {
    void this.#context?.close();
    this.#context = undefined;
  }

  #ctx(): AudioContext | undefined {
    if (typeof AudioContext === "undefined") return undefined;
    this.#context ??= new AudioContext();
    return this.#context;
  }

  async #resume(): Promise<void> {
    const ctx = this.#ctx();
    if (!ctx) return;
    try {
      await ctx.resume();
    } catch {
      // Refused until someone touches the page.
    }
    this.blocked = ctx.state !== "running";
  }
}
