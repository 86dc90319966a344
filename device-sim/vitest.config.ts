import { defineConfig } from "vitest/config";

// Deadlines, not speeds: expect.poll waits for a condition; 1 s (its default) is not generous.
export default defineConfig({
  test: {
    name: "device-sim",
    include: ["src/**/*.test.ts"],
    testTimeout: 90_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
