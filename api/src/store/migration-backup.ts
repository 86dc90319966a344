import { join } from "node:path";
import Database from "better-sqlite3";
import {
  discardCopy,
  finishCopy,
  migrationBackupFileName,
  startCopy,
} from "../backup/backup-files.ts";
import type { Db } from "./database.ts";
import { integrityProblems, vacuumInto } from "./database-copy.ts";

/**
 * The copy taken before migrating a database that has a schema: the way back when an upgrade goes
 * wrong. Synchronous, at start, before anything serves. A copy that cannot be written or fails
 * its check stops the migration: better not to start than to migrate without a way back.
 */
export function backupBeforeMigration(
  db: Db,
  options: { dir: string; from: number; to: number; at: number },
): string {
  const file = join(options.dir, migrationBackupFileName(options.from, options.to, options.at));
  let temp: string | undefined;
  try {
    temp = startCopy(file);
    vacuumInto(db, temp);
    const copy = new Database(temp, { fileMustExist: true });
    let problems: string | null;
    try {
      problems = integrityProblems(copy);
    } finally {
      copy.close();
    }
    if (problems !== null) throw new Error(`it failed its integrity check: ${problems}`);
    finishCopy(temp, file);
    return file;
  } catch (error) {
    if (temp) discardCopy(temp);
    throw new Error(
      `no copy of the database could be written to ${options.dir} before migrating it from schema ${options.from} to ${options.to}, so it was not migrated: ${error instanceof Error ? error.message : error} (free some space there, or set BULBCHECK_BACKUP_DIR to another folder)`,
    );
  }
}
