import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { middleOf, quantile, spreadOf } from "./stats.ts";

const durations = fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), {
  minLength: 1,
  maxLength: 60,
});

describe("quantile and middleOf", () => {
  it("puts the median between the least and the most, and p90 at or above it", () => {
    fc.assert(
      fc.property(durations, (xs) => {
        const m = middleOf(xs);
        expect(m).not.toBeNull();
        if (!m) return;
        expect(m.median).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(m.median).toBeLessThanOrEqual(Math.max(...xs));
        expect(m.p90).toBeGreaterThanOrEqual(m.median);
        expect(m.count).toBe(xs.length);
      }),
    );
  });

  it("does not depend on the order of the values", () => {
    fc.assert(
      fc.property(durations, fc.double({ min: 0, max: 1, noNaN: true }), (xs, q) => {
        expect(quantile([...xs].reverse(), q)).toBeCloseTo(quantile(xs, q) ?? 0, 6);
      }),
    );
  });

  it("knows the textbook cases", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10], 0.9)).toBe(10);
    expect(quantile([], 0.5)).toBeNull();
    expect(middleOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ median: 5.5, p90: 9.1, count: 10 });
  });
});

describe("spreadOf", () => {
  it("names the site far from the rest and measures the spread", () => {
    const s = spreadOf([
      { site: "a", value: 10 },
      { site: "b", value: 11 },
      { site: "c", value: 12 },
      { site: "d", value: 13 },
      { site: "e", value: 90 },
      { site: "f", value: null },
    ]);
    expect(s).toMatchObject({ q1: 11, median: 12, q3: 13, iqr: 2, low: [], high: ["e"] });
    expect(s?.cv).toBeGreaterThan(1);
  });

  it("has no spread when every site is the same, and none without values", () => {
    expect(
      spreadOf([
        { site: "a", value: 5 },
        { site: "b", value: 5 },
      ]),
    ).toMatchObject({
      iqr: 0,
      cv: 0,
      low: [],
      high: [],
    });
    expect(spreadOf([{ site: "a", value: null }])).toBeNull();
  });

  it("keeps the quartiles in order for any values", () => {
    fc.assert(
      fc.property(durations, (xs) => {
        const s = spreadOf(xs.map((value, i) => ({ site: `s${i}`, value })));
        expect(s).not.toBeNull();
        if (!s) return;
        expect(s.q1).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.q3);
        expect(s.iqr).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
