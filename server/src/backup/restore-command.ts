import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { readSystemConfig } from "@bulbcheck/api";
import { RestoreRefused, restoreDatabase } from "@bulbcheck/api/backup";
import { applyEnvFile, EnvFileError } from "../env-file.ts";

/**
 * `bulbcheck restore FILE`: a backup in place of the database of a stopped data folder (the one
 * the settings name). Says what it did, or why it did nothing. Returns the exit code.
 */
export async function restoreCommand(args: string[]): Promise<number> {
  const { argv } = applyEnvFile({ argv: args, env: process.env });
  const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true });
  const [from] = positionals;
  if (from === undefined || positionals.length > 1)
    throw new EnvFileError("usage: bulbcheck restore FILE");
  const { databaseFile } = readSystemConfig(process.env);
  try {
    const done = await restoreDatabase({ databaseFile, from: resolve(from) });
    console.log(`Restored ${resolve(from)} into ${databaseFile} (integrity check ok)`);
    console.log(
      done.keptAside
        ? `The database that was there is kept as ${done.keptAside}`
        : "There was no database there before",
    );
    if (done.removed.length > 0) console.log(`Removed its stale ${done.removed.join(", ")}`);
    if (done.photos > 0 || done.photosKeptAside)
      console.log(
        `Put its ${done.photos} photo(s) in place${done.photosKeptAside ? `; the photos that were there are kept in ${done.photosKeptAside}` : ""}`,
      );
    console.log(
      done.schemaVersion < done.latestSchema
        ? `Its schema is version ${done.schemaVersion}: the next start migrates it to ${done.latestSchema} (after a copy of it)`
        : `Its schema is version ${done.schemaVersion}, this release's`,
    );
    console.log("Start Bulb Check again to serve it.");
    return 0;
  } catch (error) {
    if (!(error instanceof RestoreRefused)) throw error;
    console.error(`bulbcheck restore: not restored: ${error.message}`);
    return 1;
  }
}
