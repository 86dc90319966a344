import { parseStreamEvent, type StreamEvent } from "@bulbcheck/shared";
import { faultWords, m } from "@bulbcheck/shared/i18n";
import { tap } from "./live.svelte.ts";

/**
 * Wait this long after a new defect before saying it: the site's summary (with its name) follows
 * the defect on the stream, and a burst of reports becomes one sentence, not a queue of them.
 */
const SETTLE_MS = 800;

interface Arrived {
  fault: string;
  asset: string;
  site: string;
}

/**
 * What the layout's polite live region says: "New defect: Spill, Elevator A floor, Hotel Oslo"
 * for each defect opened on the stream (issue 21, item 7). It hears the stream through the page
 * when the page follows all of it (`tap`), else reads `/stream` itself; either way it does not
 * count as a page following the stream (the "Live" indicator is the page's). A screen reader
 * reads the sentence when the person is not busy.
 */
export class DefectAnnouncer {
  /** The sentence in the live region; it changes once per burst of new defects. */
  text = $state("");
  #names = new Map<string, string>();
  #pending: Arrived[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Site names the page already knows (the stream's site summaries add the rest). */
  know(sites: Iterable<{ id: string; name: string }>): void {
    for (const s of sites) this.#names.set(s.id, s.name);
  }

  /** Listens through the page's stream while `live.followingAll > 0`, else opens its own. */
  start(options: { shared: boolean }): () => void {
    const stop = options.shared ? tap((event) => this.#hear(event)) : this.#own();
    return () => {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      stop();
    };
  }

  /** Its own connection, defect and site events only, for a page that follows no stream. */
  #own(): () => void {
    const source = new EventSource("/stream");
    for (const name of ["site", "defect"] as const) {
      source.addEventListener(name, (message) => {
        const event = parseStreamEvent(name, (message as MessageEvent<string>).data);
        if (event) this.#hear(event);
      });
    }
    return () => source.close();
  }

  #hear(event: StreamEvent): void {
    if (event.event === "site") this.#names.set(event.data.site.id, event.data.site.name);
    if (event.event !== "defect" || event.data.change !== "opened") return;
    const { fault, assetName, site } = event.data.defect;
    this.#pending.push({ fault, asset: assetName, site });
    this.#timer ??= setTimeout(() => this.#say(), SETTLE_MS);
  }

  #say(): void {
    this.#timer = undefined;
    const [first, ...rest] = this.#pending;
    this.#pending = [];
    if (!first) return;
    const sentence = m.layout_new_defect({
      fault: faultWords(first.fault),
      asset: first.asset,
      site: this.#names.get(first.site) ?? first.site,
    });
    this.text =
      rest.length > 0
        ? `${sentence}, ${m.layout_new_defects_more({ count: rest.length })}`
        : sentence;
  }
}
