import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { open, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { makeDataFolder } from "@bulbcheck/broker";

/** The folder of the photos in a data folder: beside the database, as private as it. */
export function photoFolderOf(dataDir: string): string {
  return join(dataDir, "photos");
}

/** A new photo id: 128 random bits, base64url. Never derived from the defect or the time. */
export function newPhotoId(): string {
  return randomBytes(16).toString("base64url");
}

export type PhotoSize = "full" | "thumb";

const NAME = /^([A-Za-z0-9_-]{22})\.(full|thumb)\.jpg$/;

/**
 * The image files of the photos, `<id>.full.jpg` and `<id>.thumb.jpg` in one private folder
 * (0700, files 0600). A file is written under a temp name, synced and renamed, so a name always
 * holds a whole image. The database says which photos exist; a file without its row (a crash
 * between the two, or a row deleted by retention or a site's removal) is an orphan that
 * `orphans()` finds.
 */
export class PhotoFiles {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  pathOf(id: string, size: PhotoSize): string {
    return join(this.dir, `${id}.${size}.jpg`);
  }

  async write(id: string, images: Record<PhotoSize, Buffer>): Promise<void> {
    makeDataFolder(this.dir);
    try {
      for (const size of ["full", "thumb"] as const) {
        const path = this.pathOf(id, size);
        const temp = `${path}.partial`;
        const handle = await open(temp, "wx", 0o600);
        try {
          await handle.writeFile(images[size]);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, path);
      }
    } catch (error) {
      await this.remove(id);
      throw error;
    }
  }

  /** The image's bytes; undefined when its file is not there. */
  async read(id: string, size: PhotoSize): Promise<Buffer | undefined> {
    try {
      return await readFile(this.pathOf(id, size));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  async remove(id: string): Promise<void> {
    for (const size of ["full", "thumb"] as const) {
      await rm(this.pathOf(id, size), { force: true });
      await rm(`${this.pathOf(id, size)}.partial`, { force: true });
    }
  }

  /** Ids with a file here, and when their newest file was written (epoch ms). */
  list(): Map<string, number> {
    const found = new Map<string, number>();
    if (!existsSync(this.dir)) return found;
    for (const name of readdirSync(this.dir)) {
      const id = NAME.exec(name.replace(/\.partial$/, ""))?.[1];
      if (!id) continue;
      const mtime = statSync(join(this.dir, name)).mtimeMs;
      found.set(id, Math.max(found.get(id) ?? 0, mtime));
    }
    return found;
  }

  /** Deletes the files of `ids` (synchronously: retention's small batches). */
  removeSync(ids: Iterable<string>): void {
    for (const id of ids)
      for (const size of ["full", "thumb"] as const) {
        rmSync(this.pathOf(id, size), { force: true });
        rmSync(`${this.pathOf(id, size)}.partial`, { force: true });
      }
  }

  /** The bytes of every photo file here (for storage figures). */
  totalBytes(): number {
    if (!existsSync(this.dir)) return 0;
    let total = 0;
    for (const name of readdirSync(this.dir)) total += statSync(join(this.dir, name)).size;
    return total;
  }
}
