import { readBuildInfo } from "./build-info.ts";
import { applyEnvFile, EnvFileError } from "./env-file.ts";
import { checkHealth } from "./health-check.ts";

/**
 * The `bulbcheck` command of a build or a release (`bin/bulbcheck`): plain JavaScript from
 * dist/, no tsx. `serve` is the production start: what `pnpm start` runs, without the demo chain
 * unless `BULBCHECK_SIM=1` asks for it.
 */

const USAGE = `bulbcheck: check the basics of every building, all the time

usage:
  bulbcheck [serve] [--env-file FILE]     the system, the dashboard; no demo chain unless BULBCHECK_SIM=1
  bulbcheck health [--env-file FILE]      asks the running system's /api/health: exit 0 when ok or degraded (its reasons printed), 1 on fail
  bulbcheck backup [FILE] [--env-file FILE]
                                          a checked copy of the database, also while it runs
                                          (default: the backup folder's bulbcheck-<UTC time>.db)
  bulbcheck restore FILE [--env-file FILE]
                                          a backup in place of the database; the server stopped
  bulbcheck broker <command> [options]    the broker command: serve, add-device, add-service, remove, list
  bulbcheck sim [options]                 the device simulator (bulbcheck sim --help)
  bulbcheck version                       the version and the commit it was built from

Settings come from the environment (README: "Settings"), and from an environment file named by
--env-file or BULBCHECK_ENV_FILE; a variable set in the environment wins over the file.`;

/** What the production start changes from `pnpm start`'s defaults: no demo chain. */
export const RELEASE_DEFAULTS: Record<string, string> = { BULBCHECK_SIM: "0" };

/** Runs another package's command in this process, as if it had been started with `rest`. */
async function delegate(module: "broker" | "sim", rest: string[]): Promise<void> {
  const { argv } = applyEnvFile({ argv: rest, env: process.env });
  process.argv = [process.argv[0] as string, process.argv[1] as string, ...argv];
  if (module === "broker") await import("@bulbcheck/broker/cli");
  else await import("@bulbcheck/device-sim/cli");
}

/** The command word (default `serve`) and the other arguments, `--env-file FILE` among them. */
function commandOf(args: string[]): { command: string; after: string[] } {
  const at = args.findIndex(
    (arg, i) => !arg.startsWith("-") && (i === 0 || args[i - 1] !== "--env-file"),
  );
  if (at === -1) return { command: "serve", after: args };
  return { command: args[at] as string, after: args.filter((_, i) => i !== at) };
}

async function run(args: string[]): Promise<void> {
  const { command, after } = commandOf(args);
  switch (command) {
    case "serve":
      if (after.includes("--help") || after.includes("-h")) break;
      // Imported only here: a health check or `version` loads none of the system.
      return (await import("./main.ts")).main({ argv: after, defaults: RELEASE_DEFAULTS });
    case "health": {
      const { argv } = applyEnvFile({ argv: after, env: process.env });
      if (argv.length > 0) throw new EnvFileError(`health takes no ${argv.join(" ")}`);
      process.exit(await checkHealth(process.env));
      return;
    }
    case "backup":
      if (after.includes("--help") || after.includes("-h")) break;
      process.exit(await (await import("./backup/backup-command.ts")).backupCommand(after));
      return;
    case "restore":
      if (after.includes("--help") || after.includes("-h")) break;
      process.exit(await (await import("./backup/restore-command.ts")).restoreCommand(after));
      return;
    case "broker":
    case "sim":
      return delegate(command, after);
    case "version": {
      const { version, commit, builtAt } = readBuildInfo();
      console.log(`bulbcheck ${version} (${commit}${builtAt ? `, built ${builtAt}` : ""})`);
      return;
    }
    case "help":
    case "-h":
      break;
    default:
      console.error(`bulbcheck: unknown command ${JSON.stringify(command)}\n`);
      console.error(USAGE);
      process.exit(2);
  }
  console.log(USAGE);
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  console.error(`bulbcheck: ${error instanceof Error ? error.message : error}`);
  process.exit(error instanceof EnvFileError ? 2 : 1);
}
