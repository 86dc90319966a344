import { describe, expect, it } from "vitest";
import { LatencyHistogram } from "./latency-histogram.ts";

describe("LatencyHistogram", () => {
  it("reports percentiles within the bucket precision", () => {
    const histogram = new LatencyHistogram();
    // 1..10,000 µs, uniformly: p50 is 5 ms, p99 is 9.9 ms.
    for (let us = 1; us <= 10_000; us++) histogram.recordMs(us / 1000);
    const { p50, p95, p99, max } = histogram.summary();
    expect(p50).toBeCloseTo(5, 0);
    expect(Math.abs(p50 - 5) / 5).toBeLessThan(0.016);
    expect(Math.abs(p95 - 9.5) / 9.5).toBeLessThan(0.016);
    expect(Math.abs(p99 - 9.9) / 9.9).toBeLessThan(0.016);
    expect(max).toBe(10);
    expect(histogram.count).toBe(10_000);
  });

  it("is exact below 128 µs and never reports more than the maximum", () => {
    const histogram = new LatencyHistogram();
    histogram.recordMs(0.1);
    expect(histogram.summary()).toEqual({ p50: 0.1, p95: 0.1, p99: 0.1, max: 0.1 });
    histogram.recordMs(3_600_000);
    expect(histogram.percentileMs(100)).toBe(3_600_000);
  });

  it("is all zero when empty", () => {
    expect(new LatencyHistogram().summary()).toEqual({ p50: 0, p95: 0, p99: 0, max: 0 });
  });
});
