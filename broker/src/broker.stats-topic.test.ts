import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { connectAs, startTestBroker, type TestBroker, waitFor } from "./testing/fixtures.ts";

/**
 * aedes takes a new broker id at each start, and the stand-alone broker keeps its retained
 * messages in its session store: without care, every run left its `$SYS/{id}/bulbcheck/stats`
 * behind, served to `$SYS` subscribers for ever. A start drops those of earlier ids.
 */

let dir: string;
let running: TestBroker | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "bulbcheck-stats-"));
});
afterEach(async () => {
  await running?.close();
  running = undefined;
  await rm(dir, { recursive: true, force: true });
});

/**
 * The stats topics a new `$SYS/#` subscriber is sent until it has the running broker's: its
 * retained copy (the retained messages come in the order they were stored, older runs' first),
 * or with `live`, the first publication, which is stored before it is sent.
 */
async function statsTopicsSeen(t: TestBroker, { live = false } = {}): Promise<string[]> {
  const own = `$SYS/${t.broker.aedes.id}/bulbcheck/stats`;
  const client = await connectAs(t.url, await t.service("monitor", { subscribe: ["$SYS/#"] }));
  const seen = new Set<string>();
  let ownSeen = false;
  client.on("message", (topic, _payload, packet) => {
    if (!topic.endsWith("/bulbcheck/stats")) return;
    seen.add(topic);
    if (topic === own && (live || packet.retain)) ownSeen = true;
  });
  await client.subscribeAsync("$SYS/#");
  await waitFor("the running broker's stats", () => ownSeen);
  await client.endAsync();
  return [...seen];
}

test("after two restarts on one session store, a $SYS subscriber sees the stats of the running broker only", async () => {
  const ids: string[] = [];
  for (let run = 0; run < 3; run++) {
    running = await startTestBroker({
      wsPort: null,
      statsIntervalMs: 20,
      sessions: { path: join(dir, "broker-sessions.db"), synchronous: "full" },
    });
    ids.push(running.broker.aedes.id);
    // A first subscriber waits until this run's stats are retained, so the next run finds them.
    await statsTopicsSeen(running, { live: true });
    expect(await statsTopicsSeen(running)).toEqual([
      `$SYS/${running.broker.aedes.id}/bulbcheck/stats`,
    ]);
    await running.close();
    running = undefined;
  }
  // Each start is another broker to aedes.
  expect(new Set(ids).size).toBe(3);
});
