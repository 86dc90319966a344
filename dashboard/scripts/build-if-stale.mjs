// `pnpm start` builds the dashboard only when its sources (or the shared contract) changed since
// the last build, so that a second start is instant and a first one shows vite's progress.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const built = join(root, "build", "handler.js");
const sources = [
  join(root, "src"),
  join(root, "static"),
  join(root, "svelte.config.js"),
  join(root, "vite.config.ts"),
  join(root, "message-modules.ts"),
  join(root, "package.json"),
  join(root, "..", "shared", "src"),
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
if (process.env.BULBCHECK_DASHBOARD_PORT === "off") {
  // Nothing will serve it (and a test that starts `pnpm start` so does not race another build).
  console.log("dashboard: off (BULBCHECK_DASHBOARD_PORT=off), not built");
} else if (builtAt > 0 && Math.max(...sources.map(newest)) < builtAt) {
  console.log("dashboard: build is up to date");
} else {
  console.log("dashboard: building (about 10 s)...");
  const result = spawnSync("pnpm", ["exec", "vite", "build", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error(
      "dashboard: the build failed (see above); `pnpm start` goes on without the dashboard",
    );
  }
}
