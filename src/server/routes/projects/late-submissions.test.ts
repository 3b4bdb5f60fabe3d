import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LeaderboardResponse, ProjectResponse, SubmissionListResponse, SubmitResponse } from "../../../shared/api/index.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

describe.each(DIALECTS)("late submissions to a finished competition on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  }, 60_000);
  afterAll(() => server.destroy());

  const get = (url: string) => server.app.inject({ method: "GET", url });
  const file = async (projectId: string, name: string) => (await get(`/api/projects/${projectId}/files/${name}`)).body;
  const submit = (projectId: string, csv: string, fileName: string) =>
    server.app.inject({
      method: "POST",
      url: `/api/projects/${projectId}/submissions?fileName=${encodeURIComponent(fileName)}`,
      headers: { "content-type": "text/csv" },
      payload: csv,
    });
  const mySubmissions = async (projectId: string) =>
    (await get(`/api/projects/${projectId}/submissions`)).json<SubmissionListResponse>().submissions;

  it("takes late submissions after the finish when asked: scored on both boards, never ranked", async () => {
    const project = "review-sentiment";
    const late = (accept: boolean) =>
      server.app.inject({ method: "PUT", url: `/api/projects/${project}/late-submissions`, payload: { accept } });
    const sample = await file(project, "sample_submission.csv");
    expect((await submit(project, sample, "on-time.csv")).statusCode).toBeLessThan(300);
    const stillOpen = await late(true);
    expect(stillOpen.statusCode).toBe(409);
    expect(stillOpen.json<{ message: string }>().message).toMatch(/still open/);
    await server.app.inject({ method: "POST", url: `/api/projects/${project}/finish`, payload: {} });
    const boardBefore = (await get(`/api/projects/${project}/leaderboard`)).json<LeaderboardResponse>();

    const refused = await submit(project, sample, "too-late.csv");
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ message: string }>().message).toMatch(/late submissions/);
    expect((await late(true)).json()).toEqual({ lateSubmissions: true });
    expect((await get(`/api/projects/${project}`)).json<ProjectResponse>()).toMatchObject({
      closed: true,
      lateSubmissions: true,
    });

    const accepted = await submit(project, sample, "late.csv");
    expect(accepted.statusCode).toBeLessThan(300);
    const result = accepted.json<SubmitResponse>();
    expect(result.rank).toBeNull();
    expect(result.submission).toMatchObject({ fileName: "late.csv", late: true, final: false });
    expect(result.submission.privateScores).not.toBeNull();
    expect((await get(`/api/projects/${project}/leaderboard`)).json<LeaderboardResponse>()).toEqual(boardBefore);
    const mine = await mySubmissions(project);
    expect(mine[0]).toMatchObject({ fileName: "late.csv", late: true });
    expect(mine.slice(1).every((item) => !item.late)).toBe(true);

    expect((await late(false)).json()).toEqual({ lateSubmissions: false });
    expect((await submit(project, sample, "later.csv")).statusCode).toBe(409);
    expect((await mySubmissions(project)).length).toBe(mine.length);
  });
});
