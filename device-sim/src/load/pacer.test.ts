import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Pacer } from "./pacer.ts";

describe("Pacer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("grants the rate over time and resumes waiting senders in turn", () => {
    const pacer = new Pacer(1000, () => Date.now());
    const sent = [0, 0];
    const senders = [0, 1].map((i) => ({
      resume() {
        sent[i] = (sent[i] ?? 0) + pacer.take(10, this);
      },
    }));
    for (const s of senders) s.resume();
    vi.advanceTimersByTime(1000);
    pacer.stop();
    const total = (sent[0] ?? 0) + (sent[1] ?? 0);
    expect(total).toBeGreaterThanOrEqual(990);
    expect(total).toBeLessThanOrEqual(1000);
    expect(Math.abs((sent[0] ?? 0) - (sent[1] ?? 0))).toBeLessThanOrEqual(10);
  });

  it("stops its timer when nobody waits", () => {
    const pacer = new Pacer(100, () => Date.now());
    pacer.take(1, { resume() {} });
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(50);
    expect(vi.getTimerCount()).toBe(0);
  });
});
