import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The browser tests run against the production build, as `pnpm start` serves it. */
export default function setup(): void {
  const script = fileURLToPath(new URL("../scripts/build-if-stale.mjs", import.meta.url));
  // The tests need the build whatever the shell says about serving it.
  const { BULBCHECK_DASHBOARD_PORT: _, ...env } = process.env;
  const result = spawnSync(process.execPath, [script], { stdio: "inherit", env });
  if (result.status !== 0) throw new Error("the dashboard did not build");
}
