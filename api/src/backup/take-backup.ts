import { dirname } from "node:path";
import { photoFolderOf } from "../photos/photo-files.ts";
import type { Db } from "../store/database.ts";
import { discardCopy, finishCopyAsync, startCopy } from "./backup-files.ts";
import { backUpPhotos, livePhotosOf, type PhotoCopy } from "./backup-photos.ts";
import { type CopyCheck, runCopyJob } from "./copy-job.ts";

/** A whole, checked copy under its final name, and its photos in `<file>.photos`. */
export interface BackupCopy {
  file: string;
  bytes: number;
  photos: PhotoCopy;
}

export interface OnlineBackupOptions {
  /** The final name; the copy is written beside it under a temp name first. */
  file: string;
  /**
   * Pages copied per step; between steps the event loop runs (ingestion, the API). Writes on
   * this same connection meanwhile are copied along and do not restart the backup.
   */
  pagesPerStep?: number;
  /** Abandons the copy at its next step (a stop): it rejects, and nothing of it is left. */
  signal?: AbortSignal;
  onProgress?: (progress: { totalPages: number; remainingPages: number }) => void;
}

/**
 * A backup inside the server, on the writer's own connection, in small steps. Only for that
 * connection: SQLite restarts a step-wise backup whenever another connection writes the source,
 * so under a busy writer elsewhere it would never finish (use `backupSnapshot` there).
 */
export async function backupOnline(db: Db, options: OnlineBackupOptions): Promise<BackupCopy> {
  const pages = options.pagesPerStep ?? 256;
  return checkedCopy(options.file, photoFolderOf(dirname(db.name)), async (temp) => {
    await db.backup(temp, {
      progress: (progress) => {
        options.signal?.throwIfAborted();
        options.onProgress?.(progress);
        return pages;
      },
    });
    return runCopyJob({ file: temp, selfContained: true }, { signal: options.signal });
  });
}

export interface SnapshotBackupOptions {
  /** The live database, which a running server may be writing. */
  databaseFile: string;
  file: string;
  /** The copy's size so far, every `progressMs`. */
  onProgress?: (bytes: number) => void;
  progressMs?: number;
}

/**
 * A backup from a process other than the server's (`bulbcheck backup`): one snapshot copied in
 * one step, on a worker's connection of its own. In WAL mode it reads while the server writes and
 * blocks neither; the copy is what was committed when it began.
 */
export function backupSnapshot(options: SnapshotBackupOptions): Promise<BackupCopy> {
  const { onProgress } = options;
  return checkedCopy(options.file, livePhotosOf(options.databaseFile), (temp) =>
    runCopyJob(
      { file: temp, snapshotOf: options.databaseFile, selfContained: false },
      onProgress ? { progress: { every: options.progressMs ?? 1000, onProgress } } : {},
    ),
  );
}

/**
 * Copies into a temp file with `copy`, which also checks it, then the photos it names; renames
 * it only when sound and its photos are beside it.
 */
async function checkedCopy(
  file: string,
  liveDir: string,
  copy: (temp: string) => Promise<CopyCheck>,
): Promise<BackupCopy> {
  const temp = startCopy(file);
  try {
    const check = await copy(temp);
    if (check.problems !== null)
      throw new Error(`the copy failed its integrity check: ${check.problems}`);
    const photos = await backUpPhotos({ copy: temp, file, liveDir });
    return { file, bytes: await finishCopyAsync(temp, file), photos };
  } catch (error) {
    discardCopy(temp);
    throw error;
  }
}
