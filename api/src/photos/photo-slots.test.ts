import { describe, expect, it } from "vitest";
import { PhotoSlots } from "./photo-slots.ts";

describe("PhotoSlots", () => {
  it("runs so many at once, lines up a few more and refuses the rest", async () => {
    const slots = new PhotoSlots({ running: 2, waiting: 1 });
    const gates: (() => void)[] = [];
    const started: number[] = [];
    const job = (n: number) => () =>
      new Promise<number>((resolve) => {
        started.push(n);
        gates.push(() => resolve(n));
      });
    const first = slots.run(job(1));
    const second = slots.run(job(2));
    const third = slots.run(job(3));
    expect(await slots.run(job(4))).toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([1, 2]);
    gates[0]?.();
    expect(await first).toEqual({ value: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([1, 2, 3]);
    gates[1]?.();
    gates[2]?.();
    expect([await second, await third]).toEqual([{ value: 2 }, { value: 3 }]);
    // All slots free again.
    const again = slots.run(async () => 5);
    expect(await again).toEqual({ value: 5 });
  });
});
