import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "./database.ts";
import { faultHistory, lastRoundOf, sensorHealthOf } from "./evidence-store.ts";

/**
 * The evidence reads range over an index (migration 017), not over every defect or check-in a
 * site ever had: `EXPLAIN QUERY PLAN` of the statements each function prepares.
 */

let db: Db;
let sqls: string[];

beforeEach(() => {
  db = openDatabase({ path: ":memory:" });
  sqls = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    sqls.push(sql);
    return prepare(sql);
  }) as typeof db.prepare;
});

afterEach(() => db.close());

function plansOf(run: () => unknown, params: unknown[]): string[] {
  sqls = [];
  run();
  return sqls.map((sql, i) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params[i] ?? params[0]) as { detail: string }[])
      .map((r) => r.detail)
      .join("\n"),
  );
}

describe("query plans of the evidence reads", () => {
  it("finds the last round of an asset within the window of the site's check-ins", () => {
    const [plan] = plansOf(
      () => lastRoundOf(db, "s", "a", 1000, 100),
      [{ site: "s", asset: "a", at: 1000, from: 900 }],
    );
    expect(plan).toContain("inspections_by_site_at (site_id=? AND at>? AND at<?)");
    expect(plan).toContain("ca USING PRIMARY KEY");
  });

  it("counts an asset's faults from its index", () => {
    const [plan] = plansOf(() => faultHistory(db, "s", "a"), [["s", "a"]]);
    expect(plan).toMatch(/COVERING INDEX defects_by_asset_fault/);
  });

  it("reads a site's devices by site", () => {
    const [plan] = plansOf(() => sensorHealthOf(db, "s", "a"), [["s", "a"]]);
    expect(plan).toContain("devices_by_site");
  });
});
