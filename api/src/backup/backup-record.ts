import Database from "better-sqlite3";
import { recordBackupFailure, recordBackupOk } from "../store/backup-state-store.ts";

/**
 * Records a backup taken by another process than the server (`bulbcheck backup`) in the live
 * database, where health reads it: on a connection of its own, waiting its turn behind the
 * server's writer. Throws when it cannot (a database older than the backup state, say).
 */
export function recordInDatabase(
  databaseFile: string,
  outcome: { at: number } & ({ file: string; bytes: number } | { error: string }),
): void {
  const db = new Database(databaseFile, { fileMustExist: true, timeout: 5000 });
  try {
    if ("error" in outcome) recordBackupFailure(db, outcome);
    else recordBackupOk(db, outcome);
  } finally {
    db.close();
  }
}
