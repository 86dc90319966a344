import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { copyFile, mkdir, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { makeDataFolder } from "@bulbcheck/broker";
import Database from "better-sqlite3";
import { photoFolderOf } from "../photos/photo-files.ts";
import { fileTimestamp } from "./backup-files.ts";

/**
 * The photos of a backup: their files are not in the database, so a copy of a database that has
 * photos has a folder beside it, `<copy>.photos/`, with the files of the photos its database
 * names (and no others). Restoring the copy puts that folder in place of the data folder's
 * `photos/` (an empty one when the copy has none).
 */
export function photosOfBackup(file: string): string {
  return `${file}.photos`;
}

/** The live photos of the database at `databaseFile`: `photos/` beside it. */
export function livePhotosOf(databaseFile: string): string {
  return photoFolderOf(dirname(databaseFile));
}

/** The photo ids a (checked) copy names; none for a schema from before photos. */
function photoIdsIn(copy: string): string[] {
  const db = new Database(copy, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'defect_photos'")
      .get();
    if (!table) return [];
    return (db.prepare("SELECT id FROM defect_photos ORDER BY id").all() as { id: string }[]).map(
      (r) => r.id,
    );
  } finally {
    db.close();
  }
}

export interface PhotoCopy {
  /** Photos whose files were copied. */
  photos: number;
  /** Photos the copy names whose files were gone (deleted by retention meanwhile). */
  missing: number;
}

/**
 * Copies the files of the photos `copy` names from `liveDir` into `<file>.photos`, under a temp
 * name first, renamed when whole; a folder of that name from before is replaced. Photo files
 * never change under their name, so a copy taken while the server runs is consistent with the
 * database copy it is taken after: a photo's files are written before its row is committed.
 */
export async function backUpPhotos(options: {
  copy: string;
  file: string;
  liveDir: string;
}): Promise<PhotoCopy> {
  const ids = photoIdsIn(options.copy);
  const target = photosOfBackup(options.file);
  const temp = `${target}.partial`;
  await rm(temp, { recursive: true, force: true });
  if (ids.length === 0) {
    await rm(target, { recursive: true, force: true });
    return { photos: 0, missing: 0 };
  }
  makeDataFolder(dirname(target));
  await mkdir(temp, { mode: 0o700 });
  let photos = 0;
  let missing = 0;
  try {
    for (const id of ids) {
      let copied = 0;
      for (const size of ["full", "thumb"]) {
        const name = `${id}.${size}.jpg`;
        try {
          await copyFile(join(options.liveDir, name), join(temp, name));
          copied++;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        }
      }
      if (copied === 2) photos++;
      else missing++;
    }
    await rm(target, { recursive: true, force: true });
    await rename(temp, target);
    return { photos, missing };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Puts a backup's photos in place of the data folder's, for a restore: copied beside them under a
 * temp name (`copy`), then swapped in with renames once the database is in place (`commit`); the
 * photos that were there are kept aside as `photos.before-restore-<UTC time>`. A copy without a
 * photos folder had no photos: the folder is then empty.
 */
export function preparePhotoRestore(from: string, databaseFile: string, now: number) {
  const source = photosOfBackup(from);
  const live = livePhotosOf(databaseFile);
  const temp = `${live}.restoring`;
  rmSync(temp, { recursive: true, force: true });
  makeDataFolder(temp);
  return {
    async copy(): Promise<number> {
      if (!existsSync(source)) return 0;
      const names = readdirSync(source).filter((name) => /\.(full|thumb)\.jpg$/.test(name));
      for (const name of names) await copyFile(join(source, name), join(temp, name));
      return names.filter((name) => name.endsWith(".full.jpg")).length;
    },
    commit(): string | undefined {
      const aside = existsSync(live) ? `${live}.before-restore-${fileTimestamp(now)}` : undefined;
      if (aside) renameSync(live, aside);
      renameSync(temp, live);
      return aside;
    },
    discard(): void {
      rmSync(temp, { recursive: true, force: true });
    },
  };
}
