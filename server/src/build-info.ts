import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * What this process runs: the version and the commit it was built from, shown by `/api/health`,
 * the dashboard's footer and `bulbcheck version`. `pnpm build` bakes them into
 * `dist/build-info.json` (so a release knows its commit without git); the sources, as
 * `pnpm start` runs them, ask git at start, or say "dev" where there is none.
 */
export const buildInfoSchema = z.object({
  version: z.string().min(1),
  /** A commit's first 12 hex digits, `-dirty` when the build had changes not committed. */
  commit: z.string().min(1),
  /** When it was built (ISO-8601); absent when the sources run. */
  builtAt: z.string().optional(),
});
export type BuildInfo = z.infer<typeof buildInfoSchema>;

/** Beside the compiled module in dist/; never beside the source. */
const BAKED = new URL("./build-info.json", import.meta.url);
const PACKAGE_JSON = new URL("../package.json", import.meta.url);
const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));

/** The package's version (every workspace package carries the same one). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(PACKAGE_JSON, "utf8")) as { version: string }).version;
}

/**
 * The commit of the checkout that holds `dir`, or undefined without git or a repository.
 *
 * @example
 *   checkoutCommit(process.cwd()); // "779cb29c1a2b" or "779cb29c1a2b-dirty"
 */
export function checkoutCommit(dir: string): string | undefined {
  const git = (...args: string[]) =>
    execFileSync("git", ["-C", dir, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 10_000,
    }).trim();
  try {
    const commit = git("rev-parse", "--short=12", "HEAD");
    // Tracked files only: a data folder or a build output is no change to the code.
    const dirty = git("status", "--porcelain", "--untracked-files=no") !== "";
    return dirty ? `${commit}-dirty` : commit;
  } catch {
    return undefined;
  }
}

/** The baked build info when this is a build, else the checkout's, else `dev`. */
export function readBuildInfo(): BuildInfo {
  if (existsSync(BAKED)) return buildInfoSchema.parse(JSON.parse(readFileSync(BAKED, "utf8")));
  return { version: packageVersion(), commit: checkoutCommit(PACKAGE_DIR) ?? "dev" };
}
