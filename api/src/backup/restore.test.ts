import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, schemaVersion } from "../store/database.ts";
import { countEvents, insertEvent } from "../store/event-store.ts";
import { RestoreRefused, restoreDatabase } from "./restore.ts";
import { backupSnapshot } from "./take-backup.ts";

/** Restore into a stopped data folder, and what it refuses (a running server: server/src/backup). */

let dir: string;
let databaseFile: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "bulbcheck-restore-"));
  databaseFile = join(dir, "bulbcheck.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A database with `events` events, closed. */
function databaseWith(file: string, events: number): void {
  const db = openDatabase({ path: file });
  for (let i = 0; i < events; i++)
    insertEvent(db, {
      device: "d",
      eventId: `e-${i}`,
      site: "s",
      kind: "health",
      asset: null,
      at: i,
      receivedAt: i,
      payload: "x".repeat(500),
    });
  db.close();
}

async function copyOf(events: number): Promise<string> {
  const source = join(dir, "source.db");
  databaseWith(source, events);
  const file = join(dir, "copy.db");
  await backupSnapshot({ databaseFile: source, file });
  return file;
}

function expectUntouched(before: Buffer): void {
  expect(readFileSync(databaseFile).equals(before)).toBe(true);
  expect(readdirSync(dir).filter((name) => /before-restore|restoring/.test(name))).toEqual([]);
}

describe("restoreDatabase", () => {
  it("puts the copy in place, keeps the old database aside and leaves no WAL of it", async () => {
    const file = await copyOf(50);
    databaseWith(databaseFile, 3);
    // The old database's shared-memory file, as a stopped server may leave it.
    writeFileSync(`${databaseFile}-shm`, "");
    const done = await restoreDatabase({ databaseFile, from: file, now: () => 0 });
    expect(done.keptAside).toBe(`${databaseFile}.before-restore-1970-01-01T00-00-00.000Z`);
    expect(existsSync(`${databaseFile}-wal`)).toBe(false);
    expect(existsSync(`${databaseFile}-shm`)).toBe(false);
    expect(statSync(databaseFile).mode & 0o777).toBe(0o600);
    const restored = openDatabase({ path: databaseFile });
    expect(countEvents(restored)).toBe(50);
    restored.close();
    const kept = new Database(done.keptAside as string, { readonly: true });
    expect(countEvents(kept)).toBe(3);
    kept.close();
  });

  it("refuses a copy that fails its integrity check", async () => {
    const file = await copyOf(2000);
    // Garbage over pages in the middle of the file: the b-trees there no longer hold.
    const fd = openSync(file, "r+");
    const size = statSync(file).size;
    for (let at = 4 * 4096; at < size - 4096; at += 3 * 4096)
      writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, at);
    closeSync(fd);
    databaseWith(databaseFile, 1);
    const before = readFileSync(databaseFile);
    await expect(restoreDatabase({ databaseFile, from: file })).rejects.toThrow(
      /fails its integrity check .*: restore another copy/,
    );
    expectUntouched(before);
  });

  it("refuses a file that is not a Bulb Check database", async () => {
    databaseWith(databaseFile, 1);
    const before = readFileSync(databaseFile);
    const other = join(dir, "other.db");
    const db = new Database(other);
    db.exec("CREATE TABLE notes (text TEXT)");
    db.close();
    await expect(restoreDatabase({ databaseFile, from: other })).rejects.toThrow(
      /is not a Bulb Check database/,
    );
    const text = join(dir, "notes.txt");
    writeFileSync(text, "not a database at all, just some words. ".repeat(200));
    await expect(restoreDatabase({ databaseFile, from: text })).rejects.toBeInstanceOf(
      RestoreRefused,
    );
    expectUntouched(before);
  });

  it("refuses a copy of a newer schema than this build knows", async () => {
    const file = await copyOf(1);
    const copy = new Database(file);
    const newer = schemaVersion(copy) + 1;
    copy.pragma(`user_version = ${newer}`);
    copy.close();
    await expect(restoreDatabase({ databaseFile, from: file })).rejects.toThrow(
      `is at schema version ${newer}, newer than this Bulb Check knows`,
    );
    expect(existsSync(databaseFile)).toBe(false);
  });
});
