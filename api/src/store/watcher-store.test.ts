import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "./database.ts";
import { addWatcher, MAX_WATCHERS_PER_DEFECT, watchersOf } from "./watcher-store.ts";

/** A customer's address is kept with its defect only, at most so many per defect, and goes with it. */

let db: Db;

beforeEach(() => {
  db = openDatabase({ path: ":memory:" });
  db.exec(`INSERT INTO defects (id, site_id, zone_id, asset_id, fault, category, severity, status, source,
    reports, reporters, first_seen_at, last_seen_at, opened_at, due_at)
    VALUES (1, 's', 'z', 'a', 'bulb_out', 'lighting', 'medium', 'open', 'customer', 1, '[]', 0, 0, 0, 1)`);
});

afterEach(() => db.close());

describe("defect watchers", () => {
  it("keeps an address once, in lower case, and at most so many per defect", () => {
    expect(addWatcher(db, { defect: 1, email: "Guest@Example.test", language: null, at: 0 })).toBe(
      true,
    );
    expect(addWatcher(db, { defect: 1, email: "guest@example.test", language: null, at: 1 })).toBe(
      true,
    );
    expect(watchersOf(db, 1).map((w) => w.email)).toEqual(["guest@example.test"]);
    for (let i = 1; i < MAX_WATCHERS_PER_DEFECT; i++)
      addWatcher(db, { defect: 1, email: `g${i}@example.test`, language: null, at: 0 });
    expect(addWatcher(db, { defect: 1, email: "late@example.test", language: null, at: 0 })).toBe(
      false,
    );
    expect(watchersOf(db, 1)).toHaveLength(MAX_WATCHERS_PER_DEFECT);
  });

  it("deletes the addresses with their defect", () => {
    addWatcher(db, { defect: 1, email: "guest@example.test", language: null, at: 0 });
    db.exec("DELETE FROM defect_timeline WHERE defect_id = 1; DELETE FROM defects WHERE id = 1");
    expect(db.prepare("SELECT count(*) AS n FROM defect_watchers").get()).toEqual({ n: 0 });
  });
});
