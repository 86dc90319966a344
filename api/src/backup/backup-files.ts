import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { open, rename, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { makeDataFolder, makePrivateFile } from "@bulbcheck/broker";

/**
 * Where backups go and what they are called. A copy is written under a temporary name beside its
 * final one (same file system, so the rename is atomic), checked, synced, and only then renamed:
 * a file under a final name is always a whole, checked copy.
 */

/** A UTC timestamp that sorts as it reads and is a valid file name everywhere (no colons). */
export function fileTimestamp(at: number): string {
  return new Date(at).toISOString().replaceAll(":", "-");
}

const BACKUP = /^bulbcheck-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z\.db$/;
const PARTIAL_SUFFIX = ".partial";

/** A scheduled or `bulbcheck backup` copy: `bulbcheck-2026-12-02T04-45-00.000Z.db`. */
export function backupFileName(at: number): string {
  return `bulbcheck-${fileTimestamp(at)}.db`;
}

/** The copy taken before migrating from schema `from` to `to`. */
export function migrationBackupFileName(from: number, to: number, at: number): string {
  return `before-migration-${from}-to-${to}-${fileTimestamp(at)}.db`;
}

function partialName(file: string): string {
  return `${file}${PARTIAL_SUFFIX}`;
}

/**
 * Makes the folder (0700 when new) and an empty private temp file for `file`'s copy: SQLite
 * writes into it and keeps its mode, so the copy is never readable by others.
 */
export function startCopy(file: string): string {
  makeDataFolder(dirname(file));
  const temp = partialName(file);
  rmSync(temp, { force: true });
  makePrivateFile(temp);
  return temp;
}

/** The checked copy onto disk and under its final name; then the rename onto disk too. */
export function finishCopy(temp: string, file: string): number {
  syncPath(temp, "r+");
  renameSync(temp, file);
  syncPath(dirname(file), "r");
  return statSync(file).size;
}

/**
 * `finishCopy` for a running server: the sync of a copy of hundreds of MB takes its time to
 * reach the disk, and done here it runs on libuv's threads while the event loop goes on
 * acknowledging devices (a synchronous one held PUBACKs for several hundred ms).
 */
export async function finishCopyAsync(temp: string, file: string): Promise<number> {
  await syncPathAsync(temp, "r+");
  await rename(temp, file);
  await syncPathAsync(dirname(file), "r");
  return (await stat(file)).size;
}

async function syncPathAsync(path: string, flags: "r" | "r+"): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A copy that failed or was abandoned: nothing of it is left. */
export function discardCopy(temp: string): void {
  for (const path of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`])
    rmSync(path, { force: true });
}

function syncPath(path: string, flags: "r" | "r+"): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Deletes the oldest of Bulb Check's regular copies in `dir` beyond the newest `keep`. Files of
 * other names are not touched: the copies taken before migrations, and `.partial` files (a copy
 * under way, perhaps from `bulbcheck backup` in another process, or one a crash cut off).
 * Returns the deleted names.
 */
export function pruneBackups(dir: string, keep: number): string[] {
  const copies = readdirSync(dir)
    .filter((name) => BACKUP.test(name))
    .sort();
  const deleted = copies.slice(0, Math.max(0, copies.length - keep));
  for (const name of deleted) {
    rmSync(join(dir, name), { force: true });
    // Its photos (backup-photos.ts) go with it.
    rmSync(join(dir, `${name}.photos`), { recursive: true, force: true });
  }
  return deleted;
}
