import { statSync } from "node:fs";
import { insertEvent, openDatabase, recordBackupOk } from "@bulbcheck/api/store";
import { makePrivateFile } from "@bulbcheck/broker";

/**
 * A store of about `megabytes` MB of events for the backup bench, built directly (as the query
 * bench builds its stores), marked as backed up a moment ago so that the system's schedule waits
 * its week and the bench alone decides when a backup runs.
 */
export function buildBackupStore(file: string, megabytes: number): number {
  // Private, as the system makes its database: it says so at start otherwise.
  makePrivateFile(file);
  const db = openDatabase({ path: file, synchronous: "normal" });
  const bytes = () =>
    (db.pragma("page_count", { simple: true }) as number) *
    (db.pragma("page_size", { simple: true }) as number);
  const insert = db.transaction((from: number, count: number) => {
    for (let i = from; i < from + count; i++)
      insertEvent(db, {
        device: `ballast-${i % 1000}`,
        eventId: `b-${i}`,
        site: `ballast-site-${i % 50}`,
        kind: "health",
        asset: null,
        at: i,
        receivedAt: i,
        // About the size of a stored event with its indexes, several times over: fewer rows to
        // write for the same pages to copy.
        payload: JSON.stringify({ id: `b-${i}`, state: "ok", note: "x".repeat(800) }),
      });
  });
  let rows = 0;
  while (bytes() < megabytes * 1_000_000) {
    insert(rows, 20_000);
    rows += 20_000;
  }
  recordBackupOk(db, { at: Date.now(), file: "(the bench's store)", bytes: 0 });
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return statSync(file).size;
}
