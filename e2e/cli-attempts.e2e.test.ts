import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runStepwise } from "../src/cli/test-support/run-stepwise.js";
import { CONTENT_DIR } from "./server.js";
import { useBrowserSession } from "./session.js";

describe("an exercise solved in the terminal", { timeout: 90_000 }, () => {
  const session = useBrowserSession();
  const work = mkdtempSync(join(tmpdir(), "stepwise-e2e-cli-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("shows up in the app: the attempt is recorded on the running Stepwise and the exercise is solved there", async () => {
    const server = session.server.url("").replace(/\/$/, "");
    expect((await runStepwise(work, "exercise", "download", "dot-product", "dot", "--server", server)).code).toBe(0);
    const solution = readFileSync(join(CONTENT_DIR, "stages/02-math-foundations/exercises/dot-product/solution.py"), "utf8");
    writeFileSync(join(work, "dot", "dot_product.py"), solution);
    const graded = await runStepwise(work, "test", "dot");
    expect(graded.code).toBe(0);
    expect(graded.stdout + graded.stderr).toMatch(/Recorded on your Stepwise/);

    const page = session.page;
    await page.goto(session.server.url("/exercises/dot-product"));
    await expect.poll(() => page.locator(".workspace__secondary .status--done").innerText()).toMatch(/Solved/);
    // The reference solution unlocks after an attempt: the terminal's attempt counts as one.
    expect(await page.getByRole("button", { name: "Show the solution" }).isEnabled()).toBe(true);
  });
});
