import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";

/**
 * Settings from an environment file (`KEY=value` lines, `#` comments, quotes as in a `.env`
 * file, which Node.js parses), named by `--env-file FILE` or `BULBCHECK_ENV_FILE`; the flag wins.
 * What the real environment sets wins over the file, and the file over the command's own
 * defaults (`bulbcheck serve` runs no demo chain): the same precedence as `node --env-file`, so
 * an operator can override one value for one start without editing the file. (systemd's
 * `EnvironmentFile=` is the other way round: it wins over the unit's `Environment=` lines.)
 */
export interface EnvFileResult {
  /** The arguments without `--env-file` and its value. */
  argv: string[];
  /** The file read, if any. */
  file: string | undefined;
  /** The names the file set (the environment had none of them). */
  applied: string[];
  /** The names the file has but the environment already set, so the file's value was not used. */
  overridden: string[];
}

export class EnvFileError extends Error {}

/** Takes `--env-file FILE` (or `--env-file=FILE`) out of `argv`. */
function takeFlag(argv: string[]): { argv: string[]; file: string | undefined } {
  const rest: string[] = [];
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--env-file") {
      file = argv[++i];
      if (file === undefined || file === "") throw new EnvFileError("--env-file needs a file");
    } else if (arg.startsWith("--env-file=")) {
      file = arg.slice("--env-file=".length);
      if (file === "") throw new EnvFileError("--env-file needs a file");
    } else rest.push(arg);
  }
  return { argv: rest, file };
}

/**
 * Reads the environment file named in `argv` or `env` into `env` (only the names `env` lacks),
 * then `defaults` (only the names still missing).
 *
 * @example
 *   const { argv } = applyEnvFile({ argv: process.argv.slice(2), env: process.env, defaults: { BULBCHECK_SIM: "0" } });
 */
export function applyEnvFile(options: {
  argv: string[];
  env: NodeJS.ProcessEnv;
  defaults?: Record<string, string>;
}): EnvFileResult {
  const { env } = options;
  const flag = takeFlag(options.argv);
  const file = flag.file ?? (env.BULBCHECK_ENV_FILE || undefined);
  const applied: string[] = [];
  const overridden: string[] = [];
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : error;
      throw new EnvFileError(
        `environment file ${file}: ${why instanceof Error ? why.message : why}`,
      );
    }
    for (const [name, value] of Object.entries(parseEnv(text))) {
      if (env[name] === undefined) {
        env[name] = value;
        applied.push(name);
      } else overridden.push(name);
    }
  }
  for (const [name, value] of Object.entries(options.defaults ?? {})) env[name] ??= value;
  return { argv: flag.argv, file, applied, overridden };
}
