import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../server/test-support/test-dialects.js";
import { runStepwiseWith } from "./test-support/run-stepwise.js";

const work = mkdtempSync(join(tmpdir(), "stepwise-server-discovery-"));
const PROJECT = "review-sentiment";

/** Two running Stepwise servers, so a test can tell which one a command reached. */
describe("stepwise submit, score and test find the server the same way", { timeout: 120_000 }, () => {
  let folderServer: TestServer;
  let otherServer: TestServer;
  let folderUrl: string;
  let otherUrl: string;
  const stepwise = (env: Record<string, string | undefined>, ...args: string[]) => runStepwiseWith(work, env, ...args);
  const submissionsOn = async (server: TestServer) =>
    (await server.app.inject({ url: `/api/projects/${PROJECT}/submissions` })).json<{ submissions: unknown[] }>().submissions
      .length;
  const portOf = (url: string) => new URL(url).port;

  beforeAll(async () => {
    folderServer = await startTestServer("sqlite");
    otherServer = await startTestServer("sqlite");
    folderUrl = await folderServer.app.listen({ host: "127.0.0.1", port: 0 });
    otherUrl = await otherServer.app.listen({ host: "127.0.0.1", port: 0 });
  }, 60_000);
  afterAll(async () => {
    await folderServer.destroy();
    await otherServer.destroy();
    rmSync(work, { recursive: true, force: true });
  });

  it("project download --server remembers the server; submit in that folder needs only the file and reaches it, not STEPWISE_URL's", async () => {
    const download = await stepwise({}, "project", "download", PROJECT, "reviews", "--server", folderUrl);
    expect(download.code, download.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(work, "reviews", ".stepwise-project.json"), "utf8"))).toEqual({
      projectId: PROJECT,
      server: folderUrl,
    });
    expect(readFileSync(join(work, "reviews", "README.md"), "utf8")).toContain("stepwise submit reviews/submission.csv");
    const submitted = await stepwise({ STEPWISE_URL: otherUrl }, "submit", "reviews/sample_submission.csv");
    expect(submitted.code, submitted.stderr).toBe(0);
    expect(submitted.stdout).toMatch(/Rank 1 of 1 on the public leaderboard · 1 of 5 submissions used today/);
    expect(await submissionsOn(folderServer)).toBe(1);
    expect(await submissionsOn(otherServer)).toBe(0);
  });

  it("--server on the command line wins over the folder's server", async () => {
    const submitted = await stepwise({}, "submit", PROJECT, "reviews/sample_submission.csv", "--server", otherUrl);
    expect(submitted.code, submitted.stderr).toBe(0);
    expect(await submissionsOn(otherServer)).toBe(1);
    expect(await submissionsOn(folderServer)).toBe(1);
  });

  it("a file outside a downloaded folder goes to STEPWISE_URL, else to 127.0.0.1:$PORT", async () => {
    copyFileSync(join(work, "reviews", "sample_submission.csv"), join(work, "loose.csv"));
    expect((await stepwise({ STEPWISE_URL: otherUrl }, "submit", PROJECT, "loose.csv")).code).toBe(0);
    expect(await submissionsOn(otherServer)).toBe(2);
    const byPort = await stepwise({ STEPWISE_URL: undefined, PORT: portOf(folderUrl) }, "submit", PROJECT, "loose.csv");
    expect(byPort.code, byPort.stderr).toBe(0);
    expect(await submissionsOn(folderServer)).toBe(2);
    // Outside a project folder, the project has to be named.
    const unnamed = await stepwise({ STEPWISE_URL: otherUrl }, "submit", "loose.csv");
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toMatch(/which project is loose.csv for\? Give it first: stepwise submit <project> loose.csv/);
  });

  it("a damaged folder marker is refused with what to do, and nothing is submitted", async () => {
    mkdirSync(join(work, "broken"));
    copyFileSync(join(work, "loose.csv"), join(work, "broken", "submission.csv"));
    writeFileSync(join(work, "broken", ".stepwise-project.json"), "{ not json");
    const refused = await stepwise({ STEPWISE_URL: otherUrl }, "submit", PROJECT, "broken/submission.csv");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/\.stepwise-project\.json is damaged; download the project again into a new folder/);
    expect(await submissionsOn(otherServer)).toBe(2);
    expect(await submissionsOn(folderServer)).toBe(2);
  });

  it("score in the folder asks the folder's server whether the competition is finished", async () => {
    expect(
      (await folderServer.app.inject({ method: "POST", url: `/api/projects/${PROJECT}/finish`, payload: {} })).statusCode,
    ).toBe(200);
    const scored = await stepwise({ STEPWISE_URL: otherUrl }, "score", "--file", "reviews/sample_submission.csv", "--json");
    expect(scored.code, scored.stderr).toBe(0);
    expect(JSON.parse(scored.stdout)).toMatchObject({ project: PROJECT, private: { accuracy: expect.any(Number) } });
  });

  it("stepwise test in a folder downloaded without --server records on 127.0.0.1:$PORT when STEPWISE_URL is unset", async () => {
    expect((await stepwise({}, "exercise", "download", "dot-product", "dot")).code).toBe(0);
    const tested = await stepwise({ STEPWISE_URL: undefined, PORT: portOf(otherUrl) }, "test", "dot");
    expect(tested.code).toBe(1);
    expect(tested.stdout).toMatch(/Recorded on your Stepwise \(graded again there\): not solved yet/);
    const exercise = (await otherServer.app.inject({ url: "/api/exercises/dot-product" })).json<{
      attempts: { count: number };
    }>();
    expect(exercise.attempts.count).toBe(1);
  });
});
