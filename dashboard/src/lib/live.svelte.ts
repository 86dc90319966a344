import { parseStreamEvent, type StreamEvent } from "@bulbcheck/shared";
import { invalidate } from "$app/navigation";

/** The dependency of every live page's data: reloaded after a reconnect, and now and then. */
export const LIVE = "bulbcheck:live";

/**
 * Events are applied together, at most this often and then on the browser's next frame: a busy
 * stream costs a few redraws a second, not one per event (a wall screen may show several boards,
 * a site board has hundreds of rows). A tab out of sight applies them every `HIDDEN_BATCH_MS`.
 */
const BATCH_MS = 100;
const HIDDEN_BATCH_MS = 500;
/**
 * The stream replays nothing: what changed between the page's load and the stream's `ready`, or
 * while it was away, is read again; a gap this short is the page's own start-up and is not.
 */
const GAP_MS = 2_000;
/** A wall board runs for days: read everything again this often all the same. */
const RESYNC_MS = 10 * 60_000;

const EVENTS = ["defect", "device", "inspection", "site"] as const;

class LiveState {
  /** Whether the page on screen follows the stream at all (the indicator shows only then). */
  following = $state(0);
  connected = $state(false);
  /** When the last event was applied (epoch ms), for the indicator and tests. */
  lastEventAt = $state<number | null>(null);
}

export const live = new LiveState();

export interface FollowOptions {
  /** One site's events only; the stream is limited to the user's sites anyway. */
  site?: string;
  /** When the page's data was loaded (epoch ms). */
  loadedAt: number;
  /** Applies a batch of events, in the order they were committed, to what the page shows. */
  apply: (events: StreamEvent[]) => void;
}

/**
 * Follows the dashboard's `/stream` (the API's event stream, relayed server-side so the token
 * stays there) and hands the page the contract's typed events to apply to what it shows: no
 * reload for a change. EventSource reconnects by itself after a network blip.
 */
export function follow(options: FollowOptions): () => void {
  const url = options.site ? `/stream?site=${encodeURIComponent(options.site)}` : "/stream";
  const source = new EventSource(url);
  live.following++;
  let pending: StreamEvent[] = [];
  let scheduled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let lastFlushAt = Number.NEGATIVE_INFINITY;
  let readyBefore = false;
  const flush = () => {
    scheduled = false;
    clearTimeout(timer);
    timer = undefined;
    if (stopped) return;
    lastFlushAt = performance.now();
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    options.apply(batch);
    live.lastEventAt = Date.now();
  };
  for (const name of EVENTS) {
    source.addEventListener(name, (message) => {
      const event = parseStreamEvent(name, (message as MessageEvent<string>).data);
      // An event this version does not know, or a malformed one, is not applied.
      if (!event) return;
      pending.push(event);
      if (scheduled) return;
      scheduled = true;
      if (document.visibilityState !== "visible") {
        timer = setTimeout(flush, HIDDEN_BATCH_MS);
        return;
      }
      const wait = Math.max(0, lastFlushAt + BATCH_MS - performance.now());
      timer = setTimeout(() => requestAnimationFrame(flush), wait);
    });
  }
  source.addEventListener("ready", (message) => {
    const ready = parseStreamEvent("ready", (message as MessageEvent<string>).data);
    const at = ready?.event === "ready" ? Date.parse(ready.data.at) : Date.now();
    if (readyBefore || at - options.loadedAt > GAP_MS) void invalidate(LIVE);
    readyBefore = true;
    live.connected = true;
  });
  source.onerror = () => {
    live.connected = false;
  };
  const resync = setInterval(() => void invalidate(LIVE), RESYNC_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
    clearInterval(resync);
    source.close();
    live.following--;
    live.connected = false;
  };
}

/** Calls `run` at most once per `ms`, the last call of a burst included. */
export function throttle(run: () => void, ms: number): () => void {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (timer) return;
    const wait = Math.max(0, last + ms - Date.now());
    timer = setTimeout(() => {
      timer = undefined;
      last = Date.now();
      run();
    }, wait);
  };
}
