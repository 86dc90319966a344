import type Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "./database.ts";
import { messagesPerDay } from "./event-day-store.ts";
import { complianceByDay } from "./event-store.ts";
import {
  defectsOpenedIn,
  evidenceCountsIn,
  recurrencesIn,
  resolvedIn,
  visibleCaught,
} from "./insight-store.ts";

/**
 * The hot aggregate reads must range over an index, not read a whole table that grows with
 * history (docs/performance.md). Each store function is called on a database whose `prepare` is
 * watched, and `EXPLAIN QUERY PLAN` is asked of exactly the statements it prepared, with the
 * values it bound.
 */

const DAY = 86_400_000;
const FROM = 20_000 * DAY;

let db: Db;
let prepared: { sql: string; params: unknown }[];

beforeEach(() => {
  db = openDatabase({ path: ":memory:" });
  prepared = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    const all = statement.all.bind(statement);
    statement.all = ((params: unknown) => {
      prepared.push({ sql, params });
      return all(params);
    }) as typeof statement.all;
    return statement;
  }) as typeof db.prepare;
});

afterEach(() => db.close());

/** The plan of each statement the call ran, one string per statement. */
function plansOf(run: () => unknown): string[] {
  prepared = [];
  run();
  expect(prepared.length).toBeGreaterThan(0);
  return prepared.map(({ sql, params }) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`) as Database.Statement<[unknown], { detail: string }>)
      .all(params)
      .map((row) => row.detail)
      .join("\n"),
  );
}

const SCOPES = [
  ["every site", null],
  ["a list of sites", ["s1", "s2"]],
] as const;

describe("query plans of the insights", () => {
  const window = {
    starts: new Map([
      ["Europe/Oslo", FROM - 3_600_000],
      ["UTC", FROM],
    ]),
  };
  for (const [name, sites] of SCOPES) {
    it(`reads only each site's part of the window, for ${name}`, () => {
      // Every defect opened in the window, with what the page counts: one pass, each site's range
      // of the covering index.
      const [opened] = plansOf(() => defectsOpenedIn(db, window, sites));
      expect(opened).toMatch(
        /SEARCH d USING COVERING INDEX defects_by_site_window \(site_id=\? AND opened_at>\?\)/,
      );
      // Resolutions by zone and quarter hour: each site's range of the index (the groups are
      // sorted, a window's worth of resolutions, not the table).
      const [resolved] = plansOf(() => resolvedIn(db, window, sites));
      expect(resolved).toMatch(
        /SEARCH d USING COVERING INDEX defects_resolved_window \(site_id=\? AND resolved_at>\?\)/,
      );
      // Each visible asset's defects in the window are one range: no defect looks up its asset.
      const [visible] = plansOf(() => visibleCaught(db, window, sites));
      expect(visible).toMatch(/USING COVERING INDEX assets_visible/);
      expect(visible).toMatch(
        /SEARCH d USING COVERING INDEX defects_by_asset_opened \(site_id=\? AND asset_id=\? AND opened_at>\?\)/,
      );
      // Repeat failures: the small partial index, not every defect of the window.
      const [repeats] = plansOf(() => recurrencesIn(db, window, sites));
      expect(repeats).toMatch(
        /SEARCH d USING INDEX defects_recurrences \(site_id=\? AND opened_at>\?\)/,
      );
      // Sensor suspects and defects after a passed round: each from its partial index.
      const [suspects, afterRound] = plansOf(() => evidenceCountsIn(db, window, sites));
      expect(suspects).toMatch(
        /SEARCH d USING (COVERING )?INDEX defects_sensor_suspect \(site_id=\? AND opened_at>\?\)/,
      );
      expect(afterRound).toMatch(
        /SEARCH d USING (COVERING )?INDEX defects_after_round \(site_id=\? AND opened_at>\?\)/,
      );
      for (const plan of [opened, resolved, visible, repeats, suspects, afterRound])
        expect(plan).not.toMatch(/SCAN d\b/);
    });
  }
});

describe("query plan of a site's compliance by day", () => {
  it("ranges over the site's inspections in the window, across checkpoints", () => {
    const [plan] = plansOf(() => complianceByDay(db, "s1", FROM, "Europe/Oslo"));
    expect(plan).toMatch(
      /SEARCH inspections USING COVERING INDEX inspections_by_site_at \(site_id=\? AND at>\?\)/,
    );
    expect(plan).toMatch(
      /SEARCH defects USING INDEX defects_by_site_window \(site_id=\? AND opened_at>\?\)/,
    );
    expect(plan).not.toMatch(/SCAN (inspections|defects)\b/);
  });
});

describe("query plans of the checks per day", () => {
  for (const [name, sites] of SCOPES) {
    it(`ranges over the window of the daily counts, for ${name}`, () => {
      const [plan] = plansOf(() => messagesPerDay(db, FROM / DAY, sites));
      expect(plan).toMatch(
        sites === null
          ? /SEARCH event_days USING PRIMARY KEY \(day>\?\)/
          : /SEARCH event_days USING INDEX event_days_by_site \(site_id=\? AND day>\?\)/,
      );
      expect(plan).not.toMatch(/SCAN event_days\b/);
    });
  }
});
