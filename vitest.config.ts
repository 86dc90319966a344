import { defineConfig } from "vitest/config";

// One test run for the whole repo: each package is a project, so `pnpm test` prints one summary.
export default defineConfig({
  test: {
    projects: ["shared", "broker", "api", "device-sim", "dashboard", "server"],
  },
});
