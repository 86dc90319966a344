import { defineConfig } from "vitest/config";

// Browser tests against the built dashboard and the real system; no Svelte plugin needed here.
export default defineConfig({
  test: {
    name: "dashboard",
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/build-dashboard.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
