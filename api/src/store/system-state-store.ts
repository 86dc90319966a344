import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/** Facts about the installation itself, by name, as JSON values (migration 010). */
export function readSystemState<T>(db: Db, name: string): T | undefined {
  const row = statement<[string], { value: string }>(
    db,
    "SELECT value FROM system_state WHERE name = ?",
  ).get(name);
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function writeSystemState(db: Db, name: string, value: unknown): void {
  statement(
    db,
    "INSERT INTO system_state (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
  ).run(name, JSON.stringify(value));
}
