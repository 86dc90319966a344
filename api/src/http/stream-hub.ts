import type { SiteSummary, StreamEventData, StreamEventName } from "@bulbcheck/shared";
import type { Change, ChangeFeed } from "../engine/change-feed.ts";
import { defectView, iso } from "./views.ts";

export interface StreamMessage {
  event: StreamEventName;
  data: string;
  id: string;
}

/** A subscriber that falls this far behind is dropped; its EventSource reconnects and reloads. */
export const MAX_QUEUED = 5000;

/** One live `/api/stream` connection: a bounded queue between the change feed and the socket. */
export class StreamSession {
  /** The sites whose changes it receives; null for every site. */
  readonly sites: ReadonlySet<string> | null;
  #queue: StreamMessage[] = [];
  #wake: (() => void) | undefined;
  #ended = false;

  constructor(sites: ReadonlySet<string> | null) {
    this.sites = sites;
  }

  get ended(): boolean {
    return this.#ended;
  }

  sees(site: string): boolean {
    return this.sites === null || this.sites.has(site);
  }

  push(message: StreamMessage): void {
    if (this.#ended) return;
    if (this.#queue.length >= MAX_QUEUED) {
      this.end();
      return;
    }
    this.#queue.push(message);
    this.#wake?.();
  }

  /** What is queued, waiting up to `timeoutMs` for something to arrive. */
  async take(timeoutMs: number): Promise<StreamMessage[]> {
    if (this.#queue.length === 0 && !this.#ended) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wake = undefined;
    }
    const taken = this.#queue;
    this.#queue = [];
    return taken;
  }

  end(): void {
    this.#ended = true;
    this.#wake?.();
  }
}

export interface StreamHubOptions {
  feed: ChangeFeed;
  now: () => number;
  /** A site's summary as it is now; undefined for a site that is gone. */
  summaryOf: (site: string) => SiteSummary | undefined;
  /**
   * How long changes to a site gather before its summary is sent: the first change's summary
   * leaves at most this late, and a busy site costs one summary per period, not one per change.
   */
  summaryDelayMs?: number;
  /** A summary that could not be read; it is sent with the site's next change. */
  onError?: (error: unknown) => void;
}

/**
 * Fans committed changes out to the live streams as the typed events of the contract. Each
 * change is serialized once, however many boards are watching, and only when one is; after
 * changes to a site, its summary follows once per `summaryDelayMs`.
 */
export class StreamHub {
  readonly #sessions = new Set<StreamSession>();
  readonly #now: () => number;
  readonly #summaryOf: (site: string) => SiteSummary | undefined;
  readonly #summaryDelayMs: number;
  readonly #onError: (error: unknown) => void;
  readonly #dirty = new Set<string>();
  #summaryTimer: ReturnType<typeof setTimeout> | undefined;
  #seq = 0;
  readonly #unsubscribe: () => void;

  constructor(options: StreamHubOptions) {
    this.#now = options.now;
    this.#summaryOf = options.summaryOf;
    this.#summaryDelayMs = options.summaryDelayMs ?? 200;
    this.#onError = options.onError ?? (() => {});
    this.#unsubscribe = options.feed.subscribe((change) => this.#publish(change));
  }

  get size(): number {
    return this.#sessions.size;
  }

  open(sites: ReadonlySet<string> | null): StreamSession {
    const session = new StreamSession(sites);
    this.#sessions.add(session);
    return session;
  }

  close(session: StreamSession): void {
    session.end();
    this.#sessions.delete(session);
  }

  /** Ends every stream, so that a stopping server is not held open by watching boards. */
  closeAll(): void {
    for (const session of this.#sessions) session.end();
    this.#sessions.clear();
    clearTimeout(this.#summaryTimer);
    this.#dirty.clear();
    this.#unsubscribe();
  }

  #publish(change: Change): void {
    if (this.#sessions.size === 0) return;
    this.#send(change.type === "defect" ? change.defect.site : change.site, this.#event(change));
    this.#summaryLater(change.type === "defect" ? change.defect.site : change.site);
  }

  #send(site: string, message: StreamMessage): void {
    for (const session of this.#sessions) if (session.sees(site)) session.push(message);
  }

  #message<E extends StreamEventName>(event: E, data: StreamEventData<E>): StreamMessage {
    return { event, id: String(++this.#seq), data: JSON.stringify(data) };
  }

  #event(change: Change): StreamMessage {
    switch (change.type) {
      case "defect":
        return this.#message("defect", {
          change: change.change,
          defect: defectView(change.defect, this.#now()),
        });
      case "device": {
        const { type: _, at, ...rest } = change;
        return this.#message("device", { ...rest, at: iso(at) });
      }
      case "inspection": {
        const { type: _, at, ...rest } = change;
        return this.#message("inspection", { ...rest, at: iso(at) });
      }
    }
  }

  #summaryLater(site: string): void {
    this.#dirty.add(site);
    this.#summaryTimer ??= setTimeout(() => this.#sendSummaries(), this.#summaryDelayMs);
  }

  #sendSummaries(): void {
    this.#summaryTimer = undefined;
    const sites = [...this.#dirty];
    this.#dirty.clear();
    for (const site of sites) {
      if (![...this.#sessions].some((session) => session.sees(site))) continue;
      let summary: SiteSummary | undefined;
      try {
        summary = this.#summaryOf(site);
      } catch (error) {
        // The store cannot be read now (closing, say): the next change sends the summary again.
        this.#onError(error);
        continue;
      }
      if (summary) this.#send(site, this.#message("site", { site: summary }));
    }
  }
}
