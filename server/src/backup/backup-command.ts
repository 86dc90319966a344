import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readSystemConfig } from "@bulbcheck/api";
import { backupFileName, backupSnapshot, recordInDatabase } from "@bulbcheck/api/backup";
import { applyEnvFile, EnvFileError } from "../env-file.ts";

/**
 * `bulbcheck backup [FILE]`: a consistent copy of the database, taken from this process while
 * the server runs (or not), checked, synced and renamed into place, and recorded in the database
 * for health. Default FILE: the backup folder's `bulbcheck-<UTC time>.db`. Returns the exit code.
 */
export async function backupCommand(args: string[], now = Date.now): Promise<number> {
  const { argv } = applyEnvFile({ argv: args, env: process.env });
  const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true });
  if (positionals.length > 1) throw new EnvFileError("usage: bulbcheck backup [FILE]");
  const config = readSystemConfig(process.env);
  const { databaseFile } = config;
  if (!existsSync(databaseFile)) {
    console.error(`bulbcheck backup: there is no database at ${databaseFile}: nothing to back up`);
    return 1;
  }
  const file = resolve(positionals[0] ?? join(config.backup.dir, backupFileName(now())));
  const size = sizeOf(databaseFile) + sizeOf(`${databaseFile}-wal`);
  console.log(`Backing up ${databaseFile} (about ${megabytes(size)}) to ${file}`);
  const startedAt = Date.now();
  try {
    const copy = await backupSnapshot({
      databaseFile,
      file,
      // The size on disk: it stops growing once the copy is whole and its check runs.
      onProgress: (bytes) =>
        console.log(`  ${megabytes(bytes)} of about ${megabytes(size)} written`),
    });
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    console.log(
      `Wrote ${copy.file}: ${megabytes(copy.bytes)}, integrity check ok, in ${seconds} s`,
    );
    if (copy.photos.photos > 0 || copy.photos.missing > 0)
      console.log(
        `Copied ${copy.photos.photos} photo(s) to ${copy.file}.photos${copy.photos.missing > 0 ? ` (${copy.photos.missing} deleted meanwhile by retention)` : ""}`,
      );
    record(databaseFile, { at: now(), file: copy.file, bytes: copy.bytes });
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`bulbcheck backup: the backup failed: ${reason}`);
    record(databaseFile, { at: now(), error: reason });
    return 1;
  }
}

/** The outcome where health reads it; a backup is not undone for want of that. */
function record(databaseFile: string, outcome: Parameters<typeof recordInDatabase>[1]): void {
  try {
    recordInDatabase(databaseFile, outcome);
  } catch (error) {
    console.error(
      `bulbcheck backup: not recorded in the database (health will not show it): ${error instanceof Error ? error.message : error}`,
    );
  }
}

function sizeOf(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
