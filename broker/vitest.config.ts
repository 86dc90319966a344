import { defineConfig } from "vitest/config";

// Deadlines, not speeds: a test that waits (fixtures' WAIT_MS) must reach its own deadline first.
export default defineConfig({
  test: {
    name: "broker",
    include: ["src/**/*.test.ts"],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
