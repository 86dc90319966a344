import { chmodSync, copyFileSync, existsSync, linkSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { makeDataFolder } from "@bulbcheck/broker";
import { type Db, loadMigrations } from "../store/database.ts";
import { makeSelfContained } from "../store/database-copy.ts";
import { lockDatabase } from "../store/database-lock.ts";
import { discardCopy, fileTimestamp, finishCopy, startCopy } from "./backup-files.ts";
import { preparePhotoRestore } from "./backup-photos.ts";
import { runCopyJob } from "./copy-job.ts";

/** A restore that was not done, and what to do instead. */
export class RestoreRefused extends Error {}

export interface RestoreOptions {
  /** The live database's path: `<data folder>/bulbcheck.db`. */
  databaseFile: string;
  /** The copy to restore. */
  from: string;
  now?: () => number;
  /** The newest schema this build knows (its migrations' last). */
  latestSchema?: number;
}

export interface RestoreOutcome {
  /** Where the database that was in place now is; undefined when there was none. */
  keptAside: string | undefined;
  /** The restored copy's schema version; the next start migrates it when older. */
  schemaVersion: number;
  latestSchema: number;
  /** The old database's -wal, -shm or -journal files that were removed. */
  removed: string[];
  /** Photos put in place from `<FILE>.photos` (none when the copy has no such folder). */
  photos: number;
  /** Where the photos folder that was in place now is; undefined when there was none. */
  photosKeptAside: string | undefined;
}

/**
 * Puts a backup in place of a stopped system's database: refused while a server has it open
 * (the exclusive lock taken here is held until the swap is done, so none can start meanwhile),
 * or when the copy is unsound, not Bulb Check's, or newer than this build. The copy is checked
 * as placed: copied beside the database, checked, synced, then renamed over it; the database
 * that was there is kept aside under a second name.
 */
export async function restoreDatabase(options: RestoreOptions): Promise<RestoreOutcome> {
  const now = options.now ?? Date.now;
  const latestSchema = options.latestSchema ?? loadMigrations().at(-1)?.version ?? 0;
  const { databaseFile, from } = options;
  if (!existsSync(from)) throw new RestoreRefused(`${from} does not exist`);
  makeDataFolder(dirname(databaseFile));
  const lock = existsSync(databaseFile) ? lockStopped(databaseFile) : undefined;
  let temp: string | undefined;
  let photoRestore: ReturnType<typeof preparePhotoRestore> | undefined;
  try {
    temp = startCopy(join(dirname(databaseFile), `${basename(databaseFile)}.restoring`));
    copyFileSync(from, temp);
    // copyFile gives the copy the source's mode; the data folder's files are private.
    chmodSync(temp, 0o600);
    const check = await runCopyJob({ file: temp, selfContained: true });
    if (check.problems !== null)
      throw new RestoreRefused(
        `${from} fails its integrity check (${check.problems}): restore another copy`,
      );
    if (check.schemaVersion === null)
      throw new RestoreRefused(`${from} is not a Bulb Check database: restore one of its backups`);
    if (check.schemaVersion > latestSchema)
      throw new RestoreRefused(
        `${from} is at schema version ${check.schemaVersion}, newer than this Bulb Check knows (${latestSchema}): restore it with the release that wrote it, or a newer one`,
      );
    // The photos beside the copy, copied in first: the swap afterwards is renames only.
    photoRestore = preparePhotoRestore(from, databaseFile, now());
    const photos = await photoRestore.copy();
    let keptAside: string | undefined;
    if (lock) {
      // The WAL folded into the file, which is then whole on its own under its new name.
      makeSelfContained(lock);
      keptAside = `${databaseFile}.before-restore-${fileTimestamp(now())}`;
      // A second name for the old file, then the copy renamed over the first: at no moment is
      // there no database under its name (a start then would make an empty one).
      linkSync(databaseFile, keptAside);
    }
    finishCopy(temp, databaseFile);
    const photosKeptAside = photoRestore.commit();
    photoRestore = undefined;
    lock?.close();
    // Left by the database that was in place: beside the new one they would be taken for its own.
    const removed = ["-wal", "-shm", "-journal"]
      .map((suffix) => `${databaseFile}${suffix}`)
      .filter((path) => existsSync(path));
    for (const path of removed) rmSync(path, { force: true });
    return {
      keptAside,
      schemaVersion: check.schemaVersion,
      latestSchema,
      removed,
      photos,
      photosKeptAside,
    };
  } catch (error) {
    if (temp) discardCopy(temp);
    photoRestore?.discard();
    throw error;
  } finally {
    if (lock?.open) lock.close();
  }
}

/** The live database locked, or a refusal saying that a server has it open. */
function lockStopped(databaseFile: string): Db {
  try {
    return lockDatabase(databaseFile);
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY")
      throw new RestoreRefused(
        `a Bulb Check server is running on ${dirname(databaseFile)}: stop it first (systemctl stop bulbcheck, docker compose stop, or Ctrl-C), then restore again`,
      );
    throw error;
  }
}
