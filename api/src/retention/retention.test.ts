import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordAudit } from "../store/audit-store.ts";
import { type Db, openDatabase } from "../store/database.ts";
import { insertRejected } from "../store/event-store.ts";
import { captureLog } from "../testing/log-capture.ts";
import { cutoffsAt, Retention } from "./retention.ts";

/** The records retention keeps 400 days, the unfinished deliveries it never touches, its batches. */

const DAY = 86_400_000;
const NOW = Date.UTC(2027, 5, 1);
let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "bulbcheck-retention-"));
  db = openDatabase({ path: join(dir, "test.db") });
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function delivery(state: string, createdAt: number): void {
  const id = db
    .prepare(
      `INSERT INTO notify_deliveries (key, purpose, channel_id, summary, message, state, give_up_at, created_at)
       VALUES (?, 'test', 1, 's', '{}', ?, ?, ?)`,
    )
    .run(`k-${state}-${createdAt}`, state, createdAt + DAY, createdAt).lastInsertRowid;
  db.prepare(
    `INSERT INTO notify_attempts (delivery_id, n, at, duration_ms, outcome) VALUES (?, 1, ?, 5, 'retry')`,
  ).run(id, createdAt);
}

describe("retention", () => {
  it("keeps records 400 days and raw messages 90, by what each says", async () => {
    db.prepare(
      `INSERT INTO notify_channels (name, kind, config, created_at, updated_at)
       VALUES ('ops', 'webhook', '{}', 0, 0)`,
    ).run();
    for (const age of [500, 401, 399, 100, 10]) {
      const at = NOW - age * DAY;
      recordAudit(db, { at, actor: "kari", action: "defect.resolve", target: "defect:1" });
      delivery("sent", at);
      insertRejected(db, {
        device: null,
        site: null,
        topic: "bulbcheck/v1/x/y/health",
        reason: "bad_json",
        message: "not JSON",
        params: {},
        payload: Buffer.from("{"),
        receivedAt: at,
      });
    }
    // Still being sent: however old, it stays until it is finished.
    delivery("pending", NOW - 600 * DAY);
    const { logger, lines } = captureLog("info");
    const retention = new Retention({
      db,
      logger,
      now: () => NOW,
      policy: { eventDays: 90, recordDays: 400 },
      batchRows: 2,
    });
    const summary = await retention.sweep();
    expect(summary.deleted).toEqual({ rejected_events: 4, audit_log: 2, notify_deliveries: 2 });
    expect(count("audit_log")).toBe(3);
    expect(count("rejected_events")).toBe(1);
    expect(db.prepare("SELECT state FROM notify_deliveries ORDER BY created_at").all()).toEqual([
      { state: "pending" },
      { state: "sent" },
      { state: "sent" },
      { state: "sent" },
    ]);
    expect(count("notify_attempts")).toBe(4);
    // Batches of at most two rows: four refused messages took three of them.
    expect(summary.batches).toBeGreaterThanOrEqual(6);
    expect(lines.map((l) => l.msg)).toContain(
      "retention deleted 8 rows older than 90 days (messages) and 400 days (records)",
    );
    // A second sweep finds nothing and says nothing.
    expect((await retention.sweep()).deleted).toEqual({});
    expect(lines).toHaveLength(1);
  });

  it("puts each cutoff its days before now", () => {
    expect(cutoffsAt(NOW, { eventDays: 90, recordDays: 400 })).toEqual({
      events: NOW - 90 * DAY,
      records: NOW - 400 * DAY,
    });
  });
});
