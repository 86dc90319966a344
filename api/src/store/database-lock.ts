import Database from "better-sqlite3";
import type { Db } from "./database.ts";

/**
 * Opens the database and locks it for this connection alone, or throws SQLite's SQLITE_BUSY at
 * once when another connection has it open: in WAL mode every open connection keeps a shared
 * lock, so a running server refuses it even when idle, and a stopped (or crashed) one does not.
 * The lock is held until the connection closes.
 */
export function lockDatabase(file: string): Db {
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
