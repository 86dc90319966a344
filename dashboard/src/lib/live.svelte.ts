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
/** Waits before opening the stream again: after it ended, and after it was refused or failed. */
const RETRY_MS = 2_000;
const REFUSED_RETRY_MS = 30_000;
/**
 * The API writes a keep-alive comment every 15 s on a quiet stream: with nothing at all for this
 * long (three of them missed), what a screen shows may be old, whatever the connection says.
 */
export const SILENT_MS = 45_000;

const EVENTS: ReadonlySet<string> = new Set(["defect", "device", "inspection", "site"]);

class LiveState {
  /** Whether the page on screen follows the stream at all (the indicator shows only then). */
  following = $state(0);
  /** How many of those follow all of it (no `site`): then `tap` hears every event through them. */
  followingAll = $state(0);
  connected = $state(false);
  /** When the last event was applied (epoch ms), for the indicator and tests. */
  lastEventAt = $state<number | null>(null);
  /** The last sign of life from the stream (epoch ms): an event, its `ready` or a keep-alive. */
  aliveAt = $state<number | null>(null);
  /** The stream answered 401: this browser's token or session is no longer valid. */
  refused = $state(false);
}

export const live = new LiveState();

/**
 * Whether a screen that follows the stream may be showing old things: its access was refused, or
 * nothing came from the stream (not even a keep-alive) within `SILENT_MS`.
 */
export function notLive(
  state: { aliveAt: number | null; refused: boolean },
  since: number,
  now: number,
): boolean {
  return state.refused || now - (state.aliveAt ?? since) > SILENT_MS;
}

export interface FollowOptions {
  /** One site's events only; the stream is limited to the user's sites anyway. */
  site?: string;
  /** When the page's data was loaded (epoch ms). */
  loadedAt: number;
  /** Applies a batch of events, in the order they were committed, to what the page shows. */
  apply: (events: StreamEvent[]) => void;
}

/** Who hears each event as it arrives (the layout's announcer), through the page's own stream. */
const taps = new Set<(event: StreamEvent) => void>();
/** The followers of the whole stream, oldest first: the first one feeds the taps. */
const feeders: symbol[] = [];

/**
 * Hears every event of the whole stream through a page that follows it (while
 * `live.followingAll > 0`), so a tab opens one connection, not two. Returns the unsubscribe.
 */
export function tap(listener: (event: StreamEvent) => void): () => void {
  taps.add(listener);
  return () => taps.delete(listener);
}

/** One server-sent message, as the stream's lines make it up. */
interface Message {
  event: string;
  data: string;
}

/**
 * Reads a `text/event-stream` body: the messages as they complete, and every comment line (the
 * API's keep-alive) as a sign of life. Read with fetch rather than EventSource, which shows
 * neither a keep-alive nor why a stream was refused.
 */
async function readStream(
  body: ReadableStream<Uint8Array>,
  onMessage: (message: Message) => void,
  onAlive: () => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let event = "";
  let data: string[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    onAlive();
    buffer += decoder.decode(value, { stream: true });
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (line === "") {
        if (data.length > 0) onMessage({ event: event || "message", data: data.join("\n") });
        event = "";
        data = [];
      } else if (line.startsWith(":")) {
      } else {
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        const raw = colon < 0 ? "" : line.slice(colon + 1);
        const text = raw.startsWith(" ") ? raw.slice(1) : raw;
        if (field === "event") event = text;
        else if (field === "data") data.push(text);
      }
    }
  }
}

/**
 * Follows the dashboard's `/stream` (the API's event stream, relayed server-side so the token
 * stays there) and hands the page the contract's typed events to apply to what it shows: no
 * reload for a change. It opens the stream again after it ends or fails; a 401 sets
 * `live.refused` (a revoked token) and is tried again now and then.
 */
export function follow(options: FollowOptions): () => void {
  const url = options.site ? `/stream?site=${encodeURIComponent(options.site)}` : "/stream";
  const feeder = Symbol("follower");
  if (!options.site) {
    feeders.push(feeder);
    live.followingAll++;
  }
  live.following++;
  live.aliveAt = options.loadedAt;
  let pending: StreamEvent[] = [];
  let scheduled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let lastFlushAt = Number.NEGATIVE_INFINITY;
  let readyBefore = false;
  const abort = new AbortController();
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
  const onMessage = ({ event: name, data }: Message) => {
    if (stopped) return;
    if (name === "ready") {
      const ready = parseStreamEvent("ready", data);
      const at = ready?.event === "ready" ? Date.parse(ready.data.at) : Date.now();
      if (readyBefore || at - options.loadedAt > GAP_MS) void invalidate(LIVE);
      readyBefore = true;
      live.connected = true;
      live.refused = false;
      return;
    }
    if (!EVENTS.has(name)) return;
    const event = parseStreamEvent(name, data);
    // An event this version does not know, or a malformed one, is not applied.
    if (!event) return;
    if (feeders[0] === feeder) for (const listener of taps) listener(event);
    pending.push(event);
    if (scheduled) return;
    scheduled = true;
    if (document.visibilityState !== "visible") {
      timer = setTimeout(flush, HIDDEN_BATCH_MS);
      return;
    }
    const wait = Math.max(0, lastFlushAt + BATCH_MS - performance.now());
    timer = setTimeout(() => requestAnimationFrame(flush), wait);
  };
  const onAlive = () => {
    if (!stopped) live.aliveAt = Date.now();
  };
  const open = async () => {
    let wait = RETRY_MS;
    try {
      const response = await fetch(url, {
        headers: { accept: "text/event-stream" },
        cache: "no-store",
        signal: abort.signal,
      });
      if (response.status === 401) {
        live.refused = true;
        wait = REFUSED_RETRY_MS;
      } else if (response.ok && response.body) {
        await readStream(response.body, onMessage, onAlive);
      }
    } catch {
      // A network failure or the page going away: tried again below unless stopped.
    }
    live.connected = false;
    if (!stopped) retry = setTimeout(() => void open(), wait);
  };
  void open();
  const resync = setInterval(() => void invalidate(LIVE), RESYNC_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
    clearTimeout(retry);
    clearInterval(resync);
    abort.abort();
    const at = feeders.indexOf(feeder);
    if (at >= 0) {
      feeders.splice(at, 1);
      live.followingAll--;
    }
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
