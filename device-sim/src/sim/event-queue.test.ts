import { Random } from "@bulbcheck/shared";
import { describe, expect, it } from "vitest";
import { EventQueue } from "./event-queue.ts";

describe("EventQueue", () => {
  it("pops earliest first, and equal times in insertion order", () => {
    const q = new EventQueue<string>();
    q.push(5, "e");
    q.push(1, "a");
    q.push(3, "c1");
    q.push(3, "c2");
    q.push(2, "b");
    q.push(3, "c3");
    const out: string[] = [];
    for (let e = q.pop(); e; e = q.pop()) out.push(e.item);
    expect(out).toEqual(["a", "b", "c1", "c2", "c3", "e"]);
  });

  it("orders many random entries", () => {
    const r = new Random(9);
    const q = new EventQueue<number>();
    const times = Array.from({ length: 2000 }, () => r.int(500));
    for (const [i, t] of times.entries()) q.push(t, i);
    let last = -1;
    for (let e = q.pop(); e; e = q.pop()) {
      expect(e.at).toBeGreaterThanOrEqual(last);
      last = e.at;
    }
  });
});
