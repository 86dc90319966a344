import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { failingChannels } from "./channel-failure-store.ts";
import { type Db, openDatabase } from "./database.ts";

/** Which channels have been failing since their last success, read from a window of the log. */

const DAY = 86_400_000;
const NOW = Date.UTC(2027, 0, 10);
let db: Db;

beforeEach(() => {
  db = openDatabase({ path: ":memory:" });
  for (const name of ["ops", "chat"])
    db.prepare(
      `INSERT INTO notify_channels (name, kind, config, created_at, updated_at)
       VALUES (?, 'webhook', '{}', 0, 0)`,
    ).run(name);
});

afterEach(() => db.close());

function attempt(channel: number, at: number, outcome: string, error: string | null = null) {
  const delivery = db
    .prepare(
      `INSERT INTO notify_deliveries (key, purpose, channel_id, summary, message, state, give_up_at, created_at)
       VALUES (?, 'test', ?, 's', '{}', 'failed', ?, ?)`,
    )
    .run(`k-${channel}-${at}`, channel, at + DAY, at).lastInsertRowid;
  db.prepare(
    `INSERT INTO notify_attempts (delivery_id, n, at, duration_ms, outcome, error)
     VALUES (?, 1, ?, 5, ?, ?)`,
  ).run(delivery, at, outcome, error);
}

describe("failing channels", () => {
  it("counts the failures since the last success, within the window read", () => {
    // ops: failing for 10 days, longer than the window; chat: failed, then went through.
    attempt(1, NOW - 10 * DAY, "failed", "ECONNREFUSED");
    attempt(2, NOW - 3 * DAY, "retry", "HTTP 500");
    attempt(1, NOW - 2 * DAY, "retry", "ECONNREFUSED");
    attempt(2, NOW - DAY, "sent");
    attempt(1, NOW - 60_000, "failed", "ETIMEDOUT");
    expect(failingChannels(db, NOW - 7 * DAY)).toEqual([
      {
        id: 1,
        name: "ops",
        kind: "webhook",
        firstFailedAt: NOW - 2 * DAY,
        failures: 2,
        lastError: "ETIMEDOUT",
      },
    ]);
    attempt(2, NOW - 30_000, "failed", "HTTP 502");
    expect(failingChannels(db, NOW - 7 * DAY).map((c) => [c.name, c.failures])).toEqual([
      ["ops", 2],
      ["chat", 1],
    ]);
  });
});
