import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "e2e/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // expect.poll waits for a page to settle; a loaded two-core machine can take longer than the 1 s default.
    expect: { poll: { timeout: 10_000 } },
    // The browser test starts Chromium; keep the machine's two cores for one heavy job at a time.
    maxWorkers: 2,
  },
});
