import type { Change, ChangeFeed } from "../engine/change-feed.ts";
import { defectView, iso } from "./views.ts";

export interface StreamMessage {
  event: string;
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

/**
 * Fans committed changes out to the live streams. Each change is serialized once, however many
 * boards are watching, and only when at least one is.
 */
export class StreamHub {
  readonly #sessions = new Set<StreamSession>();
  readonly #now: () => number;
  #seq = 0;
  readonly #unsubscribe: () => void;

  constructor(feed: ChangeFeed, now: () => number) {
    this.#now = now;
    this.#unsubscribe = feed.subscribe((change) => this.#publish(change));
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
    this.#unsubscribe();
  }

  #publish(change: Change): void {
    if (this.#sessions.size === 0) return;
    const message = this.#serialize(change);
    const site = change.type === "defect" ? change.defect.site : change.site;
    for (const session of this.#sessions) {
      if (session.sites === null || session.sites.has(site)) session.push(message);
    }
  }

  #serialize(change: Change): StreamMessage {
    const id = String(++this.#seq);
    if (change.type === "defect") {
      return {
        event: "defect",
        id,
        data: JSON.stringify({
          change: change.change,
          defect: defectView(change.defect, this.#now()),
        }),
      };
    }
    const { type: _, at, ...rest } = change;
    return { event: "device", id, data: JSON.stringify({ ...rest, at: iso(at) }) };
  }
}
