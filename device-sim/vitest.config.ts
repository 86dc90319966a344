import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { name: "device-sim", include: ["src/**/*.test.ts"], testTimeout: 30_000 },
});
