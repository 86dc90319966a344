import { describe, expect, it } from "vitest";
import { openDatabase } from "./database.ts";
import { photosOfDefect } from "./photo-store.ts";

/** A defect's photos are read by its id on every defect page: through their index. */
describe("photo-store query plans", () => {
  it("reads a defect's photos through the index on defect_photos", () => {
    const db = openDatabase({ path: ":memory:" });
    try {
      const seen: string[] = [];
      const prepare = db.prepare.bind(db);
      db.prepare = ((sql: string) => {
        seen.push(sql);
        return prepare(sql);
      }) as typeof db.prepare;
      photosOfDefect(db, 1);
      const [sql] = seen;
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as { detail: string }[])
        .map((r) => r.detail)
        .join("\n");
      expect(plan).toContain("USING INDEX defect_photos_by_defect");
      expect(plan).not.toMatch(/SCAN p\b/);
    } finally {
      db.close();
    }
  });
});
