import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PythonSettingsResponse } from "../../../shared/api/index.js";
import { startTestServer } from "../../test-support/test-dialects.js";

const work = mkdtempSync(join(tmpdir(), "stepwise-python-settings-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function pythonSettings(overrides: Parameters<typeof startTestServer>[1]): Promise<PythonSettingsResponse> {
  const server = await startTestServer("sqlite", overrides);
  try {
    return (await server.app.inject({ method: "GET", url: "/api/python" })).json<PythonSettingsResponse>();
  } finally {
    await server.destroy();
  }
}

describe("GET /api/python", () => {
  it("says which exercise packages the learner's Python has, so a page can name a missing one before Run", async () => {
    const full = await pythonSettings({});
    expect(full.serverPython.enabled).toBe(true);
    expect(full.serverPython.packages?.numpy).toMatch(/^\d+\.\d+/);

    const bare = join(work, "bare-python");
    writeFileSync(bare, `#!/bin/sh\nexec ${process.env.STEPWISE_PYTHON ?? "python3"} -S "$@"\n`);
    chmodSync(bare, 0o755);
    const without = await pythonSettings({ python: bare });
    expect(without.serverPython).toMatchObject({ interpreter: bare, packages: { numpy: null, pandas: null } });

    const off = await pythonSettings({ serverPython: { enabled: false, reason: "off for this test" } });
    expect(off.serverPython).toMatchObject({ enabled: false, packages: null });
  });
});
