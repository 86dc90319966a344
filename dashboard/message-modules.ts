import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/**
 * The browser's messages one module each, so that a page's chunk holds the messages it uses and
 * no others. The committed catalogues (shared/src/i18n/paraglide) are one module per language,
 * which Node loads fast (the API, the tests) but a bundler cannot split: every page downloaded
 * every message in all four languages, over 400 KB, before it hydrated. The client build alone
 * reads a copy compiled by shared's own `i18n` script with `--output-structure message-modules`
 * (Paraglide's output for bundlers), so both speak from the same catalogues and runtime.
 */

const SHARED = fileURLToPath(new URL("../shared/", import.meta.url));
const COMMITTED = join(SHARED, "src", "i18n", "paraglide");
const OUT = fileURLToPath(new URL("./node_modules/.cache/message-modules/", import.meta.url));
const STAMP = join(OUT, ".compiled-from");

export function messageModules(): Plugin {
  return {
    name: "bulbcheck:message-modules",
    apply: "build",
    enforce: "pre",
    applyToEnvironment: (environment) => environment.name === "client",
    buildStart() {
      compileIfStale();
    },
    async resolveId(source, importer, options) {
      // Whatever imports the compiled output names its folder; the copy's own imports stay.
      if (!source.includes("paraglide") || !importer || importer.startsWith(OUT)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved?.id.startsWith(COMMITTED)) return null;
      return join(OUT, resolved.id.slice(COMMITTED.length));
    },
  };
}

/** Compiles unless the copy is of the catalogues and settings as they are now. */
function compileIfStale(): void {
  const sources = [
    join(SHARED, "messages"),
    join(SHARED, "project.inlang"),
    join(SHARED, "package.json"),
  ];
  const stamp = String(Math.max(...sources.map(newest)));
  if (existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp) return;
  // Later options win: the script's own, with another folder and structure.
  execFileSync(
    "pnpm",
    [
      "--dir",
      SHARED,
      "run",
      "--silent",
      "i18n",
      "--outdir",
      OUT,
      "--output-structure",
      "message-modules",
    ],
    { stdio: "inherit" },
  );
  writeFileSync(STAMP, stamp);
}

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}
