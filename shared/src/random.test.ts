import { describe, expect, it } from "vitest";
import { Random } from "./random.ts";

describe("Random", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it("stays in range and is roughly uniform", () => {
    const r = new Random(7);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      buckets[Math.floor(x * 10)]++;
    }
    for (const n of buckets) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });

  it("draws exponential waits with the asked mean", () => {
    const r = new Random(1);
    let sum = 0;
    for (let i = 0; i < 50_000; i++) sum += r.exponential(60);
    expect(sum / 50_000).toBeGreaterThan(57);
    expect(sum / 50_000).toBeLessThan(63);
  });

  it("picks by weight", () => {
    const r = new Random(3);
    let dirty = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        r.weighted([
          ["dirty", 85],
          ["spill", 15],
        ] as const) === "dirty"
      )
        dirty++;
    expect(dirty).toBeGreaterThan(8200);
    expect(dirty).toBeLessThan(8800);
  });
});
