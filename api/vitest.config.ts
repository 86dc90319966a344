import { defineConfig } from "vitest/config";

// Deadlines, not speeds: a test that waits (`eventually`, a child system's start) must reach its
// own deadline, with a message, before Vitest's.
export default defineConfig({
  test: {
    name: "api",
    include: ["src/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
