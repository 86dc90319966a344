import { defineConfig } from "vitest/config";

// Property tests are CPU-bound: on a busy machine they take several times as long, never fail for it.
export default defineConfig({
  test: { name: "shared", include: ["src/**/*.test.ts"], testTimeout: 60_000 },
});
