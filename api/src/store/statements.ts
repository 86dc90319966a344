import type Database from "better-sqlite3";
import type { Db } from "./database.ts";

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * The prepared statement for `sql` on `db`, prepared once and reused: store functions take `db`
 * as their first argument and still never re-prepare on the hot path.
 */
export function statement<P extends unknown[] | object = unknown[], R = unknown>(
  db: Db,
  sql: string,
): Database.Statement<P, R> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared as Database.Statement<P, R>;
}
