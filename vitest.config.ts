import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "e2e/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // The browser test starts Chromium; keep the machine's two cores for one heavy job at a time.
    maxWorkers: 2,
  },
});
