import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import {
  bulbCheckSchemaVersion,
  integrityProblems,
  makeSelfContained,
  vacuumInto,
} from "../store/database-copy.ts";
import type { CopyCheck, CopyJob } from "./copy-job.ts";

/**
 * A copy's slow parts on connections of their own, off the main thread: the one-step snapshot of
 * `bulbcheck backup`, and `PRAGMA integrity_check`, which takes seconds on a multi-GB copy that
 * the server's event loop (MQTT, the API) must not wait for. Started by copy-job.ts only.
 */
const job = workerData as CopyJob;

function run(): CopyCheck {
  if (job.snapshotOf !== undefined) {
    const live = new Database(job.snapshotOf, { fileMustExist: true, timeout: 5000 });
    try {
      vacuumInto(live, job.file);
    } finally {
      live.close();
    }
  }
  let copy: Database.Database | undefined;
  try {
    copy = new Database(job.file, { fileMustExist: true });
    const problems = integrityProblems(copy);
    const schemaVersion = problems === null ? bulbCheckSchemaVersion(copy) : null;
    if (problems === null && job.selfContained) makeSelfContained(copy);
    return { problems, schemaVersion };
  } catch (error) {
    // Not a database at all, or unreadable: SQLite says which.
    return {
      problems: error instanceof Error ? error.message : String(error),
      schemaVersion: null,
    };
  } finally {
    copy?.close();
  }
}

parentPort?.postMessage(run());
