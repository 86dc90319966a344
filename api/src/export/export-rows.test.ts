import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../store/database.ts";
import { auditRows, defectRows, type ExportScope, eventRows, timelineRows } from "./export-rows.ts";

/**
 * The export's cursors on a real SQLite file with more rows than one read takes: every row of
 * the range comes out once, in order, and nothing outside it, however the reads are cut.
 */

const DAY = 86_400_000;
const START = Date.parse("2026-01-01T00:00:00Z");

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "bulbcheck-export-"));
  db = openDatabase({ path: join(dir, "bulbcheck.db") });
  for (const site of ["hotel-oslo", "hotel-bergen", "store-tromso"]) {
    db.prepare("INSERT INTO sites (id, name, created_at, updated_at) VALUES (?, ?, 0, 0)").run(
      site,
      site,
    );
    db.prepare("INSERT INTO zones (site_id, id, name) VALUES (?, 'lobby', 'Lobby')").run(site);
    db.prepare(
      "INSERT INTO assets (site_id, id, zone_id, name, category) VALUES (?, 'lamp', 'lobby', 'Lamp, north', 'lighting')",
    ).run(site);
  }
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const all = <T>(batches: Generator<T[]>): T[] => [...batches].flat();
const scope = (from: number, to: number, sites: string[]): ExportScope => ({
  from,
  to,
  sites,
  allSites: false,
});

describe("the export's reads", () => {
  it("gives every defect opened in the range once, site by site in time order", () => {
    const insert = db.prepare(
      `INSERT INTO defects (site_id, zone_id, asset_id, fault, category, severity, status, source,
         reports, reporters, first_seen_at, last_seen_at, opened_at, due_at)
       VALUES (?, 'lobby', 'lamp', 'bulb_out', 'lighting', 'medium', 'resolved', 'sensor', 1, '[]', ?, ?, ?, ?)`,
    );
    const timeline = db.prepare(
      "INSERT INTO defect_timeline (defect_id, at, type, actor) VALUES (?, ?, ?, 'sensor')",
    );
    const sites = ["hotel-oslo", "hotel-bergen", "store-tromso"];
    // 1,800 defects over 90 days, many opened in the same millisecond (a cursor on time alone
    // would lose or repeat them at the edge of a read).
    db.exec("BEGIN");
    for (let i = 0; i < 1800; i++) {
      const at = START + Math.floor(i / 3) * ((90 * DAY) / 600);
      const { lastInsertRowid } = insert.run(sites[i % 3], at, at, at, at + DAY);
      timeline.run(lastInsertRowid, at, "opened");
      timeline.run(lastInsertRowid, at + 1000, "resolved");
    }
    db.exec("COMMIT");
    const from = START + 10 * DAY;
    const to = START + 70 * DAY;
    const rows = all(defectRows(db, scope(from, to, ["hotel-bergen", "hotel-oslo"])));
    const expected = db
      .prepare(
        `SELECT id FROM defects WHERE site_id IN ('hotel-bergen', 'hotel-oslo')
           AND opened_at >= ? AND opened_at < ? ORDER BY site_id, opened_at, id`,
      )
      .all(from, to)
      .map((r) => (r as { id: number }).id);
    expect(expected.length).toBeGreaterThan(500);
    expect(rows.map((r) => r.id)).toEqual(expected);
    expect(rows[0]).toMatchObject({ site: "hotel-bergen", asset_name: "Lamp, north" });

    const steps = all(timelineRows(db, scope(from, to, ["hotel-bergen", "hotel-oslo"])));
    expect(steps).toHaveLength(expected.length * 2);
    expect(steps.slice(0, 2).map((s) => s.type)).toEqual(["opened", "resolved"]);
    expect(new Set(steps.map((s) => s.defect)).size).toBe(expected.length);
  });

  it("finds the events of the range among many by their receive time, a late one included", () => {
    const insert = db.prepare(
      `INSERT INTO events (device_id, event_id, site_id, kind, asset_id, at, received_at, payload)
       VALUES ('pad', ?, ?, 'health', 'lamp', ?, ?, '{}')`,
    );
    // 30,000 events a minute apart (six read windows), two sites.
    const minute = 60_000;
    db.exec("BEGIN");
    for (let i = 0; i < 30_000; i++)
      insert.run(
        `e-${i}`,
        i % 2 ? "hotel-oslo" : "hotel-bergen",
        START + i * minute,
        START + i * minute,
      );
    // Happened in the range, received long after it (a device that was offline and caught up).
    db.exec("COMMIT");
    insert.run("late", "hotel-oslo", START + 1000 * minute + 30, START + 29_999 * minute + 1);
    const from = START + 1000 * minute;
    const to = START + 21_000 * minute;
    const rows = all(eventRows(db, scope(from, to, ["hotel-oslo"])));
    const ids = rows.map((r) => r.event_id);
    expect(ids).toHaveLength(10_001);
    expect(ids[0]).toBe("e-1001");
    expect(ids.at(-2)).toBe("e-20999");
    expect(ids.at(-1)).toBe("late");
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives the audit entries of the range, only of the sites asked for unless all are", () => {
    const insert = db.prepare(
      "INSERT INTO audit_log (at, actor, action, target, site) VALUES (?, 'admin', 'x', 't', ?)",
    );
    db.exec("BEGIN");
    for (let i = 0; i < 1500; i++)
      insert.run(START + i * 1000, [null, "hotel-oslo", "hotel-bergen"][i % 3]);
    db.exec("COMMIT");
    const from = START + 100_000;
    const to = START + 1_300_000;
    const mine = all(auditRows(db, scope(from, to, ["hotel-oslo"])));
    expect(mine).toHaveLength(400);
    expect(mine.every((r) => r.site === "hotel-oslo")).toBe(true);
    const everything = all(auditRows(db, { ...scope(from, to, []), allSites: true }));
    expect(everything).toHaveLength(1200);
    expect(everything[0]?.at).toBe(new Date(from).toISOString());
  });
});
