import type { SiteSummary } from "@bulbcheck/shared";
import { describe, expect, it } from "vitest";
import { ChangeFeed } from "../engine/change-feed.ts";
import { StreamHub } from "./stream-hub.ts";

const summaryOf = (calls: string[]) => (site: string) => {
  calls.push(site);
  return { id: site } as SiteSummary;
};

const deviceChange = (site: string, device: string) =>
  ({ type: "device", change: "online", device, site, at: 0 }) as const;

describe("the stream hub", () => {
  it("sends one summary per site for a burst of its changes, after them, and none unwatched", async () => {
    const feed = new ChangeFeed();
    const calls: string[] = [];
    const hub = new StreamHub({
      feed,
      now: () => 0,
      summaryOf: summaryOf(calls),
      summaryDelayMs: 10,
    });
    const oslo = hub.open(new Set(["oslo"]));
    feed.publish(Array.from({ length: 100 }, (_, i) => deviceChange("oslo", `d${i}`)));
    feed.publish([deviceChange("bergen", "b1")]);
    const first = await oslo.take(1000);
    expect(first.map((m) => m.event)).toEqual(Array(100).fill("device"));
    const later = await oslo.take(1000);
    expect(later.map((m) => m.event)).toEqual(["site"]);
    expect(JSON.parse(later[0]?.data ?? "")).toEqual({ site: { id: "oslo" } });
    // Bergen changed too, but nobody watches it: its summary is not even read.
    expect(calls).toEqual(["oslo"]);
    hub.closeAll();
  });

  it("reads nothing while no board watches", async () => {
    const feed = new ChangeFeed();
    const calls: string[] = [];
    const hub = new StreamHub({
      feed,
      now: () => 0,
      summaryOf: summaryOf(calls),
      summaryDelayMs: 1,
    });
    feed.publish([deviceChange("oslo", "d1")]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([]);
    hub.closeAll();
  });

  it("keeps going when a summary cannot be read, and says so", async () => {
    const feed = new ChangeFeed();
    const errors: unknown[] = [];
    const hub = new StreamHub({
      feed,
      now: () => 0,
      summaryOf: () => {
        throw new Error("the database is closed");
      },
      summaryDelayMs: 1,
      onError: (error) => errors.push(error),
    });
    const session = hub.open(null);
    feed.publish([deviceChange("oslo", "d1")]);
    expect((await session.take(1000)).map((m) => m.event)).toEqual(["device"]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors).toHaveLength(1);
    hub.closeAll();
  });
});
