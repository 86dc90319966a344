import { invalidate } from "$app/navigation";

/** The dependency every live page declares; a change on the stream invalidates it. */
export const LIVE = "bulbcheck:live";

/** Redraws at most this often, however busy the stream is. */
const THROTTLE_MS = 300;

class LiveState {
  /** Whether the page on screen follows the stream at all (the indicator shows only then). */
  following = $state(0);
  connected = $state(false);
  lastChangeAt = $state<number | null>(null);
}

export const live = new LiveState();

/**
 * Follows the dashboard's `/stream` (the API's change stream, relayed server-side so the token
 * stays there) and reloads the page's data when something changed. EventSource reconnects by
 * itself after a network blip; a wall screen stays live for days.
 */
export function followChanges(site?: string): () => void {
  const source = new EventSource(site ? `/stream?site=${encodeURIComponent(site)}` : "/stream");
  live.following++;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    live.lastChangeAt = Date.now();
    pending ??= setTimeout(() => {
      pending = undefined;
      void invalidate(LIVE);
    }, THROTTLE_MS);
  };
  source.addEventListener("ready", () => {
    // After a reconnect, what happened meanwhile is not replayed: reload once.
    if (live.lastChangeAt !== null) void invalidate(LIVE);
    live.connected = true;
  });
  source.addEventListener("defect", changed);
  source.addEventListener("device", changed);
  source.onerror = () => {
    live.connected = false;
  };
  return () => {
    clearTimeout(pending);
    source.close();
    live.following--;
    live.connected = false;
  };
}
