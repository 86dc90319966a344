import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type BuildInfo, checkoutCommit, packageVersion } from "./build-info.ts";

/**
 * Run by `pnpm build` once compiled (`node dist/bake-build-info.js`): writes
 * `dist/build-info.json`, what `readBuildInfo()` finds beside it. The commit comes from
 * `BULBCHECK_COMMIT` when the builder knows it better (an image built from a folder without
 * `.git`: `--build-arg BULBCHECK_COMMIT=...`), else from git, else it is "unknown".
 */
const commit =
  process.env.BULBCHECK_COMMIT?.trim() ||
  checkoutCommit(fileURLToPath(new URL(".", import.meta.url))) ||
  "unknown";
const info: BuildInfo = {
  version: packageVersion(),
  commit,
  builtAt: new Date().toISOString(),
};
const file = new URL("./build-info.json", import.meta.url);
writeFileSync(file, `${JSON.stringify(info, null, 2)}\n`);
console.log(`build info: ${info.version} ${info.commit} (${fileURLToPath(file)})`);
