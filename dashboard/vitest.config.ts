import { defineConfig } from "vitest/config";

// Browser tests against the built dashboard and the real system; no Svelte plugin needed here.
// Deadlines, not speeds: Chromium, the system and the dashboard share the machine with the rest of
// the suite, so every wait is for a condition and ends as soon as it holds.
export default defineConfig({
  test: {
    name: "dashboard",
    // The word modules' unit tests live beside them in src; the browser tests in tests.
    include: ["tests/**/*.test.ts", "src/**/*.test.ts"],
    globalSetup: ["tests/build-dashboard.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
