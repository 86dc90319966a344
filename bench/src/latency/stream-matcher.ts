import type { PayloadBuilder } from "@bulbcheck/device-sim";
import type { HealthPayload } from "@bulbcheck/shared";
import { z } from "zod";
import { percentile, round2 } from "../kit/bench-stats.ts";
import { LAMPS_PER_SITE, lampId } from "../kit/ingest-fleet.ts";
import type { SseMessage } from "./sse-reader.ts";

/**
 * How the latency bench ties a `defect` event on the stream to the publish that caused it.
 *
 * Each device is the only sensor of its site and walks its lamps: message 1 reports lamp 0 out
 * (a new sensor defect: one `opened` event), message 2 says lamp 0 is ok (the rule resolves the
 * defects sensors raised on it: one `resolved` event), message 3 reports lamp 1 out, and so on.
 * So every publish causes exactly one event, keyed by site, asset and change; events of one key
 * arrive in the order of their publishes (one connection, one ingester, commits in order), so a
 * FIFO of publish times per key pairs them.
 */
export function streamPayloads(runTag: string, published: (key: string) => void): PayloadBuilder {
  return (device, seq) => {
    const asset = lampId(Math.floor((seq - 1) / 2) % LAMPS_PER_SITE);
    const fault = seq % 2 === 1;
    const id = `${runTag}-${seq}`;
    const payload: HealthPayload = fault
      ? { id, asset, state: "fault", fault: "bulb_out", value: 0, unit: "mA" }
      : { id, asset, state: "ok", value: 120, unit: "mA" };
    // The builder runs as the message is written: the time taken here is the publish time.
    published(`${device.site}/${asset}/${fault ? "opened" : "resolved"}`);
    return Buffer.from(JSON.stringify(payload));
  };
}

const defectEvent = z.object({
  change: z.string(),
  defect: z.object({ site: z.string(), asset: z.string() }),
});

export class StreamMatcher {
  #sentAt = new Map<string, number[]>();
  #latencies: number[] = [];
  #pending = 0;
  #unmatched = 0;
  #onMatch: (() => void) | undefined;

  /** Starts a run: what is left of the last one is forgotten. */
  reset(): void {
    this.#sentAt.clear();
    this.#latencies = [];
    this.#pending = 0;
    this.#unmatched = 0;
  }

  published(key: string): void {
    const at = performance.now();
    const queue = this.#sentAt.get(key);
    if (queue) queue.push(at);
    else this.#sentAt.set(key, [at]);
    this.#pending++;
  }

  received(message: SseMessage, receivedAt: number): void {
    if (message.event !== "defect") return;
    const { change, defect } = defectEvent.parse(JSON.parse(message.data));
    const sentAt = this.#sentAt.get(`${defect.site}/${defect.asset}/${change}`)?.shift();
    if (sentAt === undefined) {
      this.#unmatched++;
      return;
    }
    this.#pending--;
    this.#latencies.push(receivedAt - sentAt);
    this.#onMatch?.();
  }

  /** Publishes still waiting for their event. */
  get pending(): number {
    return this.#pending;
  }

  /** Defect events no publish of this run explains. */
  get unmatched(): number {
    return this.#unmatched;
  }

  /** Resolves once `count` events matched, or after `timeoutMs` without reaching it. */
  drained(count: number, timeoutMs: number): Promise<void> {
    if (this.#latencies.length >= count) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.#onMatch = undefined;
        resolve();
      }
      this.#onMatch = () => {
        if (this.#latencies.length >= count) done();
      };
    });
  }

  summary(): { count: number; ms: { p50: number; p95: number; p99: number; max: number } } {
    const sorted = [...this.#latencies].sort((a, b) => a - b);
    return {
      count: sorted.length,
      ms: {
        p50: round2(percentile(sorted, 50)),
        p95: round2(percentile(sorted, 95)),
        p99: round2(percentile(sorted, 99)),
        max: round2(sorted.at(-1) ?? Number.NaN),
      },
    };
  }
}
